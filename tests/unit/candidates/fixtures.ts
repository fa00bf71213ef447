import { DEFAULT_POLICY_AREAS, type PlatformVersion } from '../../../src/shared/platform';
import type { QuestionnaireResponse } from '../../../src/shared/candidates';

const policy = (id: string, areaId: string, title: string) => ({
  id,
  areaId,
  title,
  summary: `${title} for everyone.`,
  text: `${title}.`,
  sponsors: ['m-ana'],
  adoptedAt: '2025-02-01T20:00:00-05:00',
});

/** A platform of six policies and two Secured Rights, as in the end-to-end path. */
export const PLATFORM_V2: PlatformVersion = {
  number: 2,
  date: '2025-03-01T20:00:00-05:00',
  cause: { kind: 'policy-adopted', refId: 'p-clinic', vote: null },
  rights: [
    {
      id: 'r-equal',
      number: 1,
      title: 'Equal protection',
      text: 'Every person is equal before the law.',
      version: 1,
    },
    {
      id: 'r-speech',
      number: 2,
      title: 'Free expression',
      text: 'Everyone may speak and assemble.',
      version: 1,
    },
  ],
  areas: DEFAULT_POLICY_AREAS.map((a) => ({ id: a.id, name: a.name })),
  policies: [
    policy('p-climate', 'climate', 'Solar on public buildings'),
    policy('p-meals', 'education', 'Free school meals'),
    policy('p-clinic', 'healthcare', 'Community clinics'),
    policy('p-wage', 'career-economy', 'Living wage'),
    policy('p-peace', 'peace-foreign-policy', 'Diplomacy first'),
    policy('p-parole', 'prison-reform', 'Parole reform'),
  ],
};

export const PLATFORM_V3: PlatformVersion = {
  ...PLATFORM_V2,
  number: 3,
  date: '2025-04-01T20:00:00-05:00',
  policies: [...PLATFORM_V2.policies, policy('p-transit', 'climate', 'Free transit')],
};

export function unwrap<T>(r: { ok: true; value: T } | { ok: false; reason: string }): T {
  if (!r.ok) throw new Error(r.reason);
  return r.value;
}

export function response(
  candidateId: string,
  answers: QuestionnaireResponse['answers'],
  version = 2,
): QuestionnaireResponse {
  return { candidateId, questionnaireId: 'q-2025', platformVersion: version, answers };
}
