import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { FlyerSheets, loadFlyerFonts, type FlyerArt } from '../../../ui/flyer/FlyerSheets';

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
  const reported = useRef<string | null>(null);
  const [fontsReady, setFontsReady] = useState(false);
  useEffect(() => {
    let cancelled = false;
    void loadFlyerFonts().then(() => {
      if (!cancelled) setFontsReady(true);
    });
    return () => {
      cancelled = true;
    };
  }, []);
  // After every render: measure each text box (layout is unaffected by the preview's scale).
  useLayoutEffect(() => {
    const root = ref.current;
    if (!root || !fontsReady) return;
    const over = new Set<string>();
    for (const el of root.querySelectorAll<HTMLElement>('[data-field]')) {
      const overflows =
        el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1;
      el.dataset.overflow = String(overflows);
      if (overflows && el.dataset.field) over.add(el.dataset.field);
    }
    const next = [...over].sort();
    if (reported.current !== next.join('|')) {
      reported.current = next.join('|');
      onOverflow(next);
    }
  });
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
