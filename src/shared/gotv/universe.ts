/**
 * The get-out-the-vote universe: who the chapter turns out on election day.
 *
 * Rule (shown to people as `UNIVERSE_RULE`): every voter whose latest support answer is 1
 * (strong support) or 2 (lean support), and every active member matched to a registered
 * voter; leaving out anyone recorded as moved, deceased or not to be contacted, and anyone
 * the voter file suppresses. The latest answer wins, so a 3 after a 1 takes a voter out;
 * a suppression wins over any answer.
 */
import type { ResultCode } from '../canvass/results';

export const UNIVERSE_RULE =
  'Everyone whose latest support answer is 1 (strong support) or 2 (lean support), and every active member who is a registered voter — leaving out anyone recorded as moved, deceased or not to be contacted, and anyone the voter file suppresses.';

/** Result codes after which a voter is never in the universe. */
const LEAVES_UNIVERSE: ReadonlySet<string> = new Set<ResultCode>(['MV', 'DEC', 'DNW']);

/** One answer or code about a voter, from a door, a call or an IDs file. */
export interface VoterAnswer {
  voterId: string;
  support: number | null;
  code: string | null;
  /** ISO date-time; '' when unknown (then the later answer in the file wins). */
  at: string;
}

/** Each voter's latest support answer, and who must be left out whatever they said. */
export class LatestAnswers {
  private readonly support = new Map<string, { at: string; support: number }>();
  private readonly excluded = new Set<string>();

  add(answer: VoterAnswer): void {
    if (answer.code !== null && LEAVES_UNIVERSE.has(answer.code)) this.excluded.add(answer.voterId);
    if (answer.support === null) return;
    const prev = this.support.get(answer.voterId);
    if (!prev || prev.at <= answer.at)
      this.support.set(answer.voterId, { at: answer.at, support: answer.support });
  }

  supportOf(voterId: string): number | null {
    return this.support.get(voterId)?.support ?? null;
  }

  isExcluded(voterId: string): boolean {
    return this.excluded.has(voterId);
  }

  /** Voters whose latest answer is 1 or 2, in the order they were first answered. */
  *supporters(): Iterable<string> {
    for (const [id, { support }] of this.support) if (support <= 2) yield id;
  }
}

export type UniverseReason = 'supporter' | 'member' | 'supporter and member';

export interface UniverseMember {
  voterId: string;
  reason: UniverseReason;
  /** The latest support answer, null for a member never asked. */
  support: number | null;
}

export interface UniverseInput {
  answers: LatestAnswers;
  /** Voter IDs of active members matched to the voter file. */
  memberVoterIds?: Iterable<string>;
  /** Whether the voter is in the (current, unsuppressed) voter file. */
  isListed: (voterId: string) => boolean;
  /** Voter IDs suppressed by the chapter (marks) or the file. */
  suppressed?: ReadonlySet<string>;
}

export interface Universe {
  members: UniverseMember[];
  /** Supporters whose voter ID is not in the voter file (moved away, or a typo). */
  unlisted: string[];
  /** Answered 1–2 but left out: moved, deceased, not to be contacted or suppressed. */
  leftOut: number;
}

/** The universe, supporters first (in answer order), then members not already in it. */
export function buildUniverse(input: UniverseInput): Universe {
  const { answers, isListed } = input;
  const suppressed = input.suppressed ?? new Set<string>();
  const out = (id: string): boolean => answers.isExcluded(id) || suppressed.has(id);
  const members = new Set(input.memberVoterIds ?? []);
  const chosen = new Map<string, UniverseMember>();
  const unlisted: string[] = [];
  let leftOut = 0;
  for (const id of answers.supporters()) {
    if (out(id)) leftOut++;
    else if (!isListed(id)) unlisted.push(id);
    else {
      const reason = members.has(id) ? 'supporter and member' : 'supporter';
      chosen.set(id, { voterId: id, reason, support: answers.supportOf(id) });
    }
  }
  for (const id of members) {
    if (chosen.has(id) || out(id) || !isListed(id)) continue;
    chosen.set(id, { voterId: id, reason: 'member', support: answers.supportOf(id) });
  }
  return { members: [...chosen.values()], unlisted, leftOut };
}
