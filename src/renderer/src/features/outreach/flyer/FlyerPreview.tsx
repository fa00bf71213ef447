import { useRef } from 'react';
import { FlyerSheets, type FlyerArt } from '../../../ui/flyer/FlyerSheets';
import { useFlyerFonts, useOverflow } from '../../../ui/flyer/useOverflow';

/** The print sheets, scaled; reports every `data-field` box whose text overflows it. */
export function FlyerPreview({
  art,
  onOverflow,
  chapterName,
}: {
  art: FlyerArt;
  onOverflow: (fields: string[]) => void;
  chapterName: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const fontsReady = useFlyerFonts();
  useOverflow(ref, fontsReady, onOverflow);
  return (
    <div
      ref={ref}
      className="flyer-preview"
      data-fonts-ready={fontsReady}
      role="img"
      aria-label={`Preview of the flyer for ${chapterName}`}
    >
      <FlyerSheets art={art} preview />
    </div>
  );
}
