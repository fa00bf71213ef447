import { ok, refuse, type Result } from '../platform/outcome';
import type { PlatformVersion } from '../platform/versions';
import type { Question, Questionnaire, SupportLevel, Weight } from './questions';

export type BuildOptions = {
  id: string;
  createdAt: string;
  title?: string;
  /** Weight per policy id; policies not named are "standard". */
  weights?: Readonly<Record<string, Weight>>;
  /** Policy ids whose question must match the platform's stance. */
  mustMatch?: readonly string[];
  /** The platform's stance per policy id when it is not "strongly support". */
  stances?: Readonly<Record<string, SupportLevel>>;
  /** Secured Right pledges are must-match unless the chapter says otherwise. */
  rightsMustMatch?: boolean;
  rightsWeight?: Weight;
  wordLimit?: number | null;
  custom?: readonly Question[];
};

export const DEFAULT_WORD_LIMIT = 150;

/** A summary ends with a full stop before the question that follows it. */
const sentence = (text: string) => (/[.!?…]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`);

/**
 * One pledge per Secured Right (first, as on the printed platform), one scale question per
 * adopted policy in area order, then the chapter's own questions; pinned to the version.
 */
export function buildQuestionnaire(
  platform: PlatformVersion,
  opts: BuildOptions,
): Result<Questionnaire> {
  const policyIds = new Set(platform.policies.map((p) => p.id));
  const named = [
    ...Object.keys(opts.weights ?? {}),
    ...(opts.mustMatch ?? []),
    ...Object.keys(opts.stances ?? {}),
  ];
  const stray = named.find((id) => !policyIds.has(id));
  if (stray) return refuse(`Policy ${stray} is not part of platform version ${platform.number}.`);
  const wordLimit = opts.wordLimit === undefined ? DEFAULT_WORD_LIMIT : opts.wordLimit;
  const mustMatch = new Set(opts.mustMatch ?? []);

  const pledges: Question[] = platform.rights.map((r) => ({
    type: 'pledge',
    id: `right:${r.id}`,
    prompt: `Will you uphold Secured Right ${r.number}, "${r.title}": ${r.text}`,
    source: { kind: 'right', rightId: r.id },
    wordLimit,
    weight: opts.rightsWeight ?? 'core',
    mustMatch: opts.rightsMustMatch ?? true,
    expected: 'yes',
  }));
  const areaOrder = new Map(platform.areas.map((a, i) => [a.id, i]));
  const policies = [...platform.policies].sort(
    (a, b) => (areaOrder.get(a.areaId) ?? 0) - (areaOrder.get(b.areaId) ?? 0),
  );
  const policyQuestions: Question[] = policies.map((p) => ({
    type: 'scale',
    id: `policy:${p.id}`,
    prompt: `Our platform supports "${p.title}"${p.summary ? `: ${sentence(p.summary)}` : '.'} Where do you stand?`,
    source: { kind: 'policy', policyId: p.id, areaId: p.areaId },
    wordLimit,
    weight: opts.weights?.[p.id] ?? 'standard',
    mustMatch: mustMatch.has(p.id),
    stance: opts.stances?.[p.id] ?? 'strongly-support',
  }));
  const questions = [...pledges, ...policyQuestions, ...(opts.custom ?? [])];
  const seen = new Set<string>();
  for (const q of questions) {
    if (seen.has(q.id)) return refuse(`Two questions share the id ${q.id}.`);
    seen.add(q.id);
  }
  return ok({
    id: opts.id,
    title: opts.title ?? `Candidate questionnaire (platform version ${platform.number})`,
    platformVersion: platform.number,
    createdAt: opts.createdAt,
    questions,
  });
}

/** Whether a newer platform has been adopted since the questionnaire was built. */
export function questionnaireIsOutdated(
  questionnaire: Questionnaire,
  latestVersion: number,
): boolean {
  return latestVersion > questionnaire.platformVersion;
}
