import { useEffect, useLayoutEffect, useReducer, type RefObject } from 'react';

/** Below this the back of the room cannot read it anyway: the view scrolls instead. */
const MIN_FONT_PX = 12;
const STEPS = 8;

/** Content past the element's box, or past a child's (a grid's tracks can spill into padding). */
function overflows(el: HTMLElement): boolean {
  return (
    el.scrollHeight > el.clientHeight ||
    el.scrollWidth > el.clientWidth ||
    Array.from(el.children).some((child) => child.scrollWidth > child.clientWidth)
  );
}

/**
 * Shrinks the element's font size (everything inside is sized in em) until its content fits its
 * box, which the projector's CSS sizes to the screen. Runs after every render and on resize;
 * the search starts again from the stylesheet's size, so content that shrinks grows back.
 */
export function useFitToScreen(ref: RefObject<HTMLElement | null>): void {
  // A resize renders again, and so fits again.
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  useEffect(() => {
    window.addEventListener('resize', rerender);
    return () => window.removeEventListener('resize', rerender);
  }, []);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    el.style.fontSize = '';
    if (!overflows(el)) return;
    let fits = MIN_FONT_PX;
    let tooBig = parseFloat(getComputedStyle(el).fontSize);
    for (let i = 0; i < STEPS; i++) {
      const mid = (fits + tooBig) / 2;
      el.style.fontSize = `${mid}px`;
      if (overflows(el)) tooBig = mid;
      else fits = mid;
    }
    el.style.fontSize = `${fits}px`;
  });
}
