import { buildHouseholds } from '../../../shared/canvass/household';
import type { Household, Voter, VoterListMeta } from '../../../shared/canvass/schema';
import { applyMarks } from './listOps';

/** A voter list read into memory, with chapter marks applied. */
export interface Loaded {
  meta: VoterListMeta;
  /** Every stored voter, chapter-marked ones included. */
  all: Voter[];
  /** `all` by ID. */
  allById: Map<string, Voter>;
  /** Voters after chapter marks, by ID. */
  voters: Map<string, Voter>;
  /** Households of those voters, in list order. */
  households: Map<string, Household>;
}

/** `households`: those of `all` when no mark applies (saves rebuilding them after an import). */
export function loadedFrom(meta: VoterListMeta, all: Voter[], households?: Household[]): Loaded {
  const allById = new Map(all.map((v) => [v.id, v]));
  const active = applyMarks(all, meta.marks);
  const unmarked = active.length === all.length;
  return {
    meta,
    all,
    allById,
    voters: unmarked ? allById : new Map(active.map((v) => [v.id, v])),
    households: new Map(
      (unmarked && households ? households : buildHouseholds(active)).map((h) => [h.key, h]),
    ),
  };
}
