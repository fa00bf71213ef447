/**
 * The coverage map's colour classes: a few ranges of one measure (quantiles of the counties
 * with any of it, so each colour holds about as many counties), a sequential blue for each,
 * and a warm grey, apart from the blues, for counties at 0.
 */

export interface ColourClass {
  /** Lowest and highest value in the class (whole numbers, both included). */
  min: number;
  max: number;
  colour: string;
}

/** ColorBrewer "Blues", light to dark (readable in greyscale print as well). */
const BLUES = ['#c6dbef', '#9ecae1', '#6baed6', '#3182bd', '#08519c'] as const;
export const MAX_CLASSES = BLUES.length;
/** Counties at 0 in the measure shown. */
export const NONE_COLOUR = '#ece6d8';

/** Up to `MAX_CLASSES` ordered, non-overlapping ranges covering every positive value. */
export function colourClasses(values: readonly number[]): ColourClass[] {
  const positive = values.filter((v) => v > 0).sort((a, b) => a - b);
  const n = positive.length;
  if (n === 0) return [];
  const k = Math.min(MAX_CLASSES, new Set(positive).size);
  const uppers: number[] = [];
  for (let i = 1; i <= k; i++) {
    const upper = positive[Math.ceil((i * n) / k) - 1] ?? 0;
    if (uppers.at(-1) !== upper) uppers.push(upper);
  }
  // Spread the classes over the palette: two classes get its ends, not its two lightest.
  const step = uppers.length > 1 ? (BLUES.length - 1) / (uppers.length - 1) : 0;
  return uppers.map((max, i) => ({
    min: i === 0 ? (positive[0] ?? 1) : (uppers[i - 1] ?? 0) + 1,
    max,
    colour: BLUES[Math.round(uppers.length > 1 ? i * step : BLUES.length - 1)] ?? BLUES[0],
  }));
}

/** The fill of a value: its class's colour, or NONE_COLOUR at 0. */
export function colourOf(value: number, classes: readonly ColourClass[]): string {
  if (value <= 0) return NONE_COLOUR;
  return classes.find((c) => value <= c.max)?.colour ?? classes.at(-1)?.colour ?? NONE_COLOUR;
}

/** "1–3", or "4" for a class of one value. */
export function rangeLabel(c: Pick<ColourClass, 'min' | 'max'>): string {
  const f = (v: number) => v.toLocaleString('en-US');
  return c.min === c.max ? f(c.min) : `${f(c.min)}–${f(c.max)}`;
}
