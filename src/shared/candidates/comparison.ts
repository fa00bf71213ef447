import { ok, type Result } from '../platform/outcome';
import type { QuestionnaireResponse } from './answers';
import { scoreResponse, type AlignmentScore, type ScoringSettings } from './alignment';
import { panelSummary, type PanelScore } from './panel';
import { PledgeAnswerSchema, SUPPORT_LABELS, type Question, type Questionnaire } from './questions';

export type ComparisonCell = {
  candidateId: string;
  /** What the candidate said, short: a scale label, Yes/No, or the start of their text. */
  answer: string | null;
  points: number | null;
  maxPoints: number;
  mustMatchFailed: boolean;
  disagreement: boolean;
  note: string;
};

export type ComparisonRow = {
  questionId: string;
  type: Question['type'];
  prompt: string;
  weight: string | null;
  mustMatch: boolean;
  cells: ComparisonCell[];
};

export type Comparison = {
  columns: ({ candidateId: string; name: string; returned: boolean } & Pick<
    AlignmentScore,
    | 'points'
    | 'maxPoints'
    | 'alignmentPct'
    | 'coveragePct'
    | 'answered'
    | 'asked'
    | 'mustMatchFailures'
    | 'pendingPanel'
  >)[];
  groups: { key: string; title: string; rows: ComparisonRow[] }[];
};

export type ComparisonEntry = {
  candidate: { id: string; name: string };
  /** Null when the candidate has not returned the questionnaire. */
  response: QuestionnaireResponse | null;
};

/** Shortens to whole words, for a table cell. */
export function excerpt(text: string, max = 80): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

function groupOf(
  q: Question,
  areaName: (id: string) => string | undefined,
): { key: string; title: string } {
  if (q.source.kind === 'right') return { key: 'secured-rights', title: 'Secured Rights' };
  const areaId = q.source.areaId;
  const name = areaId ? areaName(areaId) : undefined;
  return areaId && name
    ? { key: `area:${areaId}`, title: name }
    : { key: 'other', title: 'Other questions' };
}

/**
 * The side-by-side table: rows are questions grouped by area (Secured Rights first, other
 * questions last), columns are candidates, with each candidate's totals on top.
 */
export function compareCandidates(
  questionnaire: Questionnaire,
  entries: readonly ComparisonEntry[],
  opts: {
    areas: readonly { id: string; name: string }[];
    panel?: readonly PanelScore[];
    settings?: ScoringSettings;
    excerptLength?: number;
  },
): Result<Comparison> {
  const panel = opts.panel ?? [];
  const scores = new Map<string, AlignmentScore | null>();
  for (const e of entries) {
    if (!e.response) {
      scores.set(e.candidate.id, null);
      continue;
    }
    const s = scoreResponse(questionnaire, e.response, {
      panel,
      ...(opts.settings ? { settings: opts.settings } : {}),
    });
    if (!s.ok) return { ok: false, reason: `${e.candidate.name}: ${s.reason}` };
    scores.set(e.candidate.id, s.value);
  }
  const n = opts.excerptLength ?? 80;
  const areaName = (id: string) => opts.areas.find((a) => a.id === id)?.name;
  const order = ['secured-rights', ...opts.areas.map((a) => `area:${a.id}`), 'other'];
  const groups = new Map<string, { key: string; title: string; rows: ComparisonRow[] }>();

  for (const q of questionnaire.questions) {
    const g = groupOf(q, areaName);
    const cells = entries.map((e): ComparisonCell => {
      const a = e.response?.answers[q.id];
      const qs = scores.get(e.candidate.id)?.questions.find((x) => x.questionId === q.id);
      const summary = panelSummary(panel, e.candidate.id, q.id, opts.settings?.disagreementSpread);
      let answer: string | null = null;
      let comment = '';
      if (a?.type === 'scale') {
        answer = a.value ? SUPPORT_LABELS[a.value] : null;
        comment = a.comment;
      } else if (a?.type === 'pledge') {
        answer = a.value ? (a.value === PledgeAnswerSchema.enum.yes ? 'Yes' : 'No') : null;
        comment = a.comment;
      } else if (a) {
        answer = a.text.trim() ? excerpt(a.text, n) : null;
      }
      const notes = [comment, ...summary.scores.map((s) => s.note)].filter((x) => x.trim() !== '');
      return {
        candidateId: e.candidate.id,
        answer,
        points: qs && qs.counted ? qs.points : null,
        maxPoints: qs?.maxPoints ?? 0,
        mustMatchFailed: qs?.mustMatchFailed ?? false,
        disagreement: summary.disagreement,
        note: excerpt(notes.join(' · '), n),
      };
    });
    const row: ComparisonRow = {
      questionId: q.id,
      type: q.type,
      prompt: q.prompt,
      weight: q.type === 'open' ? null : q.weight,
      mustMatch: q.type !== 'open' && q.mustMatch,
      cells,
    };
    const group = groups.get(g.key) ?? { ...g, rows: [] };
    group.rows.push(row);
    groups.set(g.key, group);
  }

  return ok({
    columns: entries.map((e) => {
      const s = scores.get(e.candidate.id);
      const asked = questionnaire.questions.filter((q) => q.type !== 'open').length;
      return {
        candidateId: e.candidate.id,
        name: e.candidate.name,
        returned: e.response !== null,
        points: s?.points ?? 0,
        maxPoints: s?.maxPoints ?? 0,
        alignmentPct: s?.alignmentPct ?? null,
        coveragePct: s?.coveragePct ?? (asked > 0 ? 0 : null),
        answered: s?.answered ?? 0,
        asked: s?.asked ?? asked,
        mustMatchFailures: s?.mustMatchFailures ?? [],
        pendingPanel: s?.pendingPanel ?? 0,
      };
    }),
    groups: [...groups.values()].sort((a, b) => order.indexOf(a.key) - order.indexOf(b.key)),
  });
}
