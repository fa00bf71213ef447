/**
 * Fixed-point vote values. STV moves fractions of ballots; doing that in floating point
 * lets drift creep into a count that has to be re-derivable by hand, so fractional values
 * are integers in units of 1/10000 vote and every division truncates.
 */
export const DECIMALS = 4;
export const UNITS_PER_VOTE = 10_000;

/** Whole votes to units. */
export function toUnits(votes: number): number {
  return votes * UNITS_PER_VOTE;
}

/** Units to a plain number with at most four decimals (exact: the shortest float repr). */
export function fromUnits(units: number): number {
  return units / UNITS_PER_VOTE;
}

/** floor(a × b ÷ c) for non-negative integers, exact even when a × b exceeds 2^53. */
export function mulDivFloor(a: number, b: number, c: number): number {
  const product = a * b;
  if (Number.isSafeInteger(product)) {
    // Both operands are exact; correct the float quotient by at most one either way.
    let q = Math.floor(product / c);
    if (q * c > product) q -= 1;
    else if ((q + 1) * c <= product) q += 1;
    return q;
  }
  return Number((BigInt(a) * BigInt(b)) / BigInt(c));
}

/** "12.3456" — units always shown with four decimals so columns line up. */
export function formatUnits(units: number): string {
  const sign = units < 0 ? '-' : '';
  const abs = Math.abs(units);
  const whole = Math.floor(abs / UNITS_PER_VOTE);
  const frac = abs - whole * UNITS_PER_VOTE;
  return `${sign}${groupDigits(whole)}.${String(frac).padStart(DECIMALS, '0')}`;
}

/** 8976 → "8,976". Done by hand so the text never depends on the host's locale data. */
export function groupDigits(n: number): string {
  const s = String(Math.trunc(Math.abs(n)));
  const grouped = s.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return n < 0 ? `-${grouped}` : grouped;
}
