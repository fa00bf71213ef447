import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { loadFlyerFonts } from './FlyerSheets';

/**
 * After every render, measures each `data-field` box under `ref` (layout is unaffected by a
 * preview's scale), marks it `data-overflow`, and reports the boxes whose text does not fit
 * whenever that list changes. Flyers and social images are checked the same way.
 */
export function useOverflow(
  ref: RefObject<HTMLElement | null>,
  ready: boolean,
  onOverflow: (fields: string[]) => void,
): void {
  const reported = useRef<string | null>(null);
  useLayoutEffect(() => {
    const root = ref.current;
    if (!root || !ready) return;
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
}

/** False until the shipped fonts are in (measure nothing before: the fallback font differs). */
export function useFlyerFonts(): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    let cancelled = false;
    void loadFlyerFonts().then(() => {
      if (!cancelled) setReady(true);
    });
    return () => {
      cancelled = true;
    };
  }, []);
  return ready;
}
