/**
 * What a voter list's stored metadata becomes with an import: the list's ID (from the file's
 * state and county, or its name), and its summary with chapter marks applied, its import
 * history and whether its turfs are stale. No I/O.
 */
import { buildHouseholds } from '../../../shared/canvass/household';
import type {
  ImportDiff,
  ImportSummary,
  Voter,
  VoterListMeta,
} from '../../../shared/canvass/schema';
import { applyMarks, slug } from './listOps';

const PRESET_STATE: Record<string, string> = { ohio: 'OH', 'north-carolina': 'NC', florida: 'FL' };

export const LIST_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

function stateOf(summary: ImportSummary): string {
  return PRESET_STATE[summary.preset] ?? '';
}

/** The list a file imports into when none is named: its state and county, else its name. */
export function listIdFor(summary: ImportSummary): string {
  const state = stateOf(summary);
  return summary.county && state
    ? `${state.toLowerCase()}-${slug(summary.county.name)}`
    : `list-${slug(summary.file.replace(/\.[^.]+$/, '')) || 'voters'}`;
}

/** The list's metadata after importing `voters` into it (`existing`: the list before, if any). */
export function listAfterImport(input: {
  listId: string;
  name: string | undefined;
  existing: VoterListMeta | null;
  summary: ImportSummary;
  voters: readonly Voter[];
  importedHouseholds: number;
  diff: ImportDiff | null;
  votersFile: string;
}): { meta: VoterListMeta; summary: ImportSummary } {
  const { existing, summary } = input;
  const state = stateOf(summary);
  const marks = existing?.marks ?? [];
  const active = applyMarks(input.voters, marks);
  const households = marks.length ? buildHouseholds(active).length : input.importedHouseholds;
  const finalSummary: ImportSummary = {
    ...summary,
    voters: active.length,
    households,
    suppressed: {
      ...summary.suppressed,
      chapter: summary.suppressed.chapter + input.voters.length - active.length,
    },
    skipped: summary.skipped.slice(0, 1000),
  };
  const meta: VoterListMeta = {
    id: input.listId,
    name:
      input.name ??
      existing?.name ??
      (summary.county ? `${summary.county.name} County${state ? `, ${state}` : ''}` : summary.file),
    state,
    county: summary.county ?? existing?.county ?? null,
    preset: summary.preset,
    fileDate: summary.fileDate,
    importedAt: summary.importedAt,
    voters: active.length,
    households,
    imports: [...(existing?.imports ?? []), { summary: finalSummary, diff: input.diff }],
    marks,
    votersFile: input.votersFile,
    turfsStale:
      existing !== null &&
      (input.diff === null ||
        input.diff.added + input.diff.removed + input.diff.addressChanged > 0),
  };
  return { meta, summary: finalSummary };
}
