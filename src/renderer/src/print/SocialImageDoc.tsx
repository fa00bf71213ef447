import { useRef } from 'react';
import type { FlyerPrintData } from '../../../shared/contract/outreach';
import type { SocialImageParams } from '../../../shared/outreach/socialImage';
import { api } from '../api';
import { loadFlyerFonts } from '../ui/flyer/FlyerSheets';
import { SocialImage } from '../ui/flyer/SocialImage';
import { useOverflow } from '../ui/flyer/useOverflow';
import type { PrintView } from './printView';

export const socialImageView: PrintView<'social-image'> = async (params) => {
  const data = await api.outreach.flyerPrint({ id: params.flyerId });
  await loadFlyerFonts();
  return <SocialImageDoc data={data} params={params} />;
};

/**
 * The image alone at the top left of the page, captured at its exact size (host.captureImage).
 * Overflowing boxes are marked, and listed on the root's `data-overflow`, as in the editor.
 */
function SocialImageDoc({ data, params }: { data: FlyerPrintData; params: SocialImageParams }) {
  const ref = useRef<HTMLDivElement>(null);
  useOverflow(ref, true, (fields) => {
    if (ref.current) ref.current.dataset.overflow = fields.join(' ');
  });
  return (
    <div ref={ref} className="social-doc">
      <SocialImage
        art={{
          chapterName: data.chapterName,
          content: data.flyer,
          disclaimer: data.settings.disclaimer,
        }}
        format={params.format}
        lang={params.language}
      />
    </div>
  );
}
