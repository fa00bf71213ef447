import type { TieBreakRule } from './rules';
import type { TieRecord } from './result';

/**
 * Tie-breaking. Rules apply in order: earlier rounds (the most recent round in which the
 * tied candidates differed), then the seeded random draw or the lot drawn in the room;
 * whatever cannot be decided is reported as unresolved so the room decides, never the code.
 */

/**
 * 128-bit string hash (cyrb128 by bryc, public domain) over the UTF-16 code units of the
 * seed; feeds sfc32 below. Both are a few lines, so anyone can re-derive a draw by hand.
 */
export function hashSeed(seed: string): [number, number, number, number] {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < seed.length; i++) {
    const k = seed.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}

/** sfc32 (Chris Doty-Humphrey's Small Fast Counting generator): uint32 outputs. */
export function sfc32(seed: readonly [number, number, number, number]): () => number {
  let [a, b, c, d] = seed;
  return () => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t >>> 0;
  };
}

/** Discarded outputs after seeding, so similar seeds do not start from similar states. */
const WARM_UP = 15;

/** Uniform integer in [0, n) by rejection sampling: no modulo bias. */
function uniformBelow(next: () => number, n: number): number {
  const limit = 2 ** 32 - (2 ** 32 % n);
  for (;;) {
    const x = next();
    if (x < limit) return x % n;
  }
}

/**
 * The random draw: a Fisher–Yates shuffle of candidate positions 0…n-1 driven by
 * sfc32(hashSeed(seed)). The returned order is most favoured first, so one draw before
 * the count settles every tie the same way (like drawing lots for the whole ballot).
 * It depends only on the seed and the number of candidates, not on their names.
 */
export function drawOrder(seed: string, n: number): number[] {
  const next = sfc32(hashSeed(seed));
  for (let i = 0; i < WARM_UP; i++) next();
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = uniformBelow(next, i + 1);
    const tmp = order[i] as number;
    order[i] = order[j] as number;
    order[j] = tmp;
  }
  return order;
}

export type TieWant = 'lowest' | 'highest';
export type TiePurpose = TieRecord['purpose'];

export interface TieDecision {
  chosen: number | null;
  record: TieRecord;
}

/** One per count: remembers whether the draw was used, so the result can show its order. */
export class TieBreaker {
  private drawn: number[] | null = null;
  drawUsed = false;

  constructor(
    readonly rule: TieBreakRule,
    private readonly names: readonly string[],
    private readonly format: (value: number) => string = String,
  ) {}

  /** Drawn order (names, most favoured first) when the count used it. */
  drawnOrderNames(): string[] | undefined {
    if (!this.drawUsed || !this.drawn) return undefined;
    return this.drawn.map((i) => this.names[i] as string);
  }

  /**
   * Picks one of `tied` (candidate indices; all equal now): the lowest to eliminate or the
   * highest to elect. `history` holds earlier rounds' values by candidate index, oldest first.
   */
  decide(
    tied: readonly number[],
    want: TieWant,
    purpose: TiePurpose,
    history: readonly ArrayLike<number>[],
  ): TieDecision {
    const method = this.rule.method;
    const tiedNames = tied.map((c) => this.names[c] as string);
    let left = [...tied];
    const steps: string[] = [];

    if (method.startsWith('previous-round')) {
      for (let r = history.length - 1; r >= 0 && left.length > 1; r--) {
        const values = history[r] as ArrayLike<number>;
        const pick = want === 'lowest' ? Math.min : Math.max;
        const extreme = pick(...left.map((c) => values[c] as number));
        const narrowed = left.filter((c) => values[c] === extreme);
        if (narrowed.length < left.length) {
          steps.push(
            `round ${r + 1}: ${left.map((c) => `${this.names[c]} ${this.format(values[c] as number)}`).join(', ')}`,
          );
          left = narrowed;
        }
      }
      if (left.length === 1) {
        return this.done(left[0] as number, tiedNames, purpose, 'previous-round', steps);
      }
      if (steps.length === 0) steps.push('equal in every earlier round');
    }

    if (method.endsWith('random')) {
      const seed = this.rule.seed;
      if (seed === undefined) {
        steps.push('no random seed recorded');
        return this.unresolved(tiedNames, purpose, steps);
      }
      this.drawn ??= drawOrder(seed, this.names.length);
      this.drawUsed = true;
      const rank = new Map(this.drawn.map((c, i) => [c, i]));
      const chosen = this.extremeBy(left, (c) => rank.get(c) ?? 0, want);
      steps.push(`seeded draw (seed "${seed}")`);
      return this.done(chosen, tiedNames, purpose, 'random', steps);
    }

    if (method.endsWith('lot')) {
      const lot = this.rule.lot ?? [];
      const missing = left.filter((c) => !lot.includes(this.names[c] as string));
      if (missing.length > 0) {
        steps.push(`the lot does not list ${missing.map((c) => this.names[c]).join(', ')}`);
        return this.unresolved(tiedNames, purpose, steps);
      }
      const chosen = this.extremeBy(left, (c) => lot.indexOf(this.names[c] as string), want);
      steps.push(`lot order ${lot.join(' > ')}`);
      return this.done(chosen, tiedNames, purpose, 'lot', steps);
    }

    steps.push('the rules say the room decides');
    return this.unresolved(tiedNames, purpose, steps);
  }

  /** Lower position = more favoured: eliminate the least favoured, elect the most. */
  private extremeBy(cands: number[], position: (c: number) => number, want: TieWant): number {
    let best = cands[0] as number;
    for (const c of cands) {
      const better =
        want === 'lowest' ? position(c) > position(best) : position(c) < position(best);
      if (better) best = c;
    }
    return best;
  }

  private done(
    chosen: number,
    tied: string[],
    purpose: TiePurpose,
    decidedBy: 'previous-round' | 'random' | 'lot',
    steps: string[],
  ): TieDecision {
    const name = this.names[chosen] as string;
    const verb =
      purpose === 'elimination' ? 'eliminated' : purpose === 'election' ? 'elected' : 'first';
    return {
      chosen,
      record: {
        purpose,
        tied,
        decidedBy,
        chosen: name,
        detail: `${steps.join('; ')} → ${name} ${verb}`,
      },
    };
  }

  private unresolved(tied: string[], purpose: TiePurpose, steps: string[]): TieDecision {
    return {
      chosen: null,
      record: { purpose, tied, decidedBy: 'unresolved', chosen: null, detail: steps.join('; ') },
    };
  }
}
