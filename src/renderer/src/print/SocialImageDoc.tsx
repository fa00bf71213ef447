import { useRef } from 'react';
import { platformArt } from '../../../shared/outreach/platformImage';
import type { SocialArt, SocialImageParams } from '../../../shared/outreach/socialImage';
import { api } from '../api';
import { loadFlyerFonts } from '../ui/flyer/FlyerSheets';
import { SocialImage } from '../ui/flyer/SocialImage';
import { useOverflow } from '../ui/flyer/useOverflow';
import type { PrintView } from './printView';

/** A flyer's words, or the platform highlights the params carry, with the chapter's. */
async function artOf(params: SocialImageParams): Promise<SocialArt> {
  if ('flyerId' in params) {
    const data = await api.outreach.flyerPrint({ id: params.flyerId });
    return {
      chapterName: data.chapterName,
      content: data.flyer,
      disclaimer: data.settings.disclaimer,
    };
  }
  const basics = await api.outreach.socialBasics();
  return platformArt(params, basics.chapterName, basics.settings.disclaimer);
}

export const socialImageView: PrintView<'social-image'> = async (params) => {
  const art = await artOf(params);
  await loadFlyerFonts();
  return <SocialImageDoc art={art} params={params} />;
};

/**
 * The image alone at the top left of the page, captured at its exact size (host.captureImage).
 * Overflowing boxes are marked, and listed on the root's `data-overflow`, as in the editor.
 */
function SocialImageDoc({ art, params }: { art: SocialArt; params: SocialImageParams }) {
  const ref = useRef<HTMLDivElement>(null);
  useOverflow(ref, true, (fields) => {
    if (ref.current) ref.current.dataset.overflow = fields.join(' ');
  });
  return (
    <div ref={ref} className="social-doc">
      <SocialImage art={art} format={params.format} lang={params.language} />
    </div>
  );
}
