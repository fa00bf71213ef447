import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildQuestionnaire,
  normalizeResponse,
  parseQuestionnaireForm,
  questionnaireToMarkdown,
  SUPPORT_LEVELS,
  type Answer,
  type Question,
  type Questionnaire,
  type QuestionnaireResponse,
} from '../../../src/shared/candidates';
import { PLATFORM_V2, response, unwrap } from './fixtures';

const AT = '2025-03-05T18:00:00-05:00';
const candidate = { id: 'cand-a', name: 'Rosa Diaz' };
const q = unwrap(buildQuestionnaire(PLATFORM_V2, { id: 'q-2025', createdAt: AT, wordLimit: 5 }));

describe('questionnaire form', () => {
  it('renders a blank form that imports back as no answers', () => {
    const md = questionnaireToMarkdown(q, { candidate, chapterName: 'Travis County Egalitarians' });
    expect(md).toContain('## Question 1 [right:r-equal]');
    expect(md).toContain('- [ ] Strongly support');
    const parsed = parseQuestionnaireForm(md, q);
    expect(parsed).toEqual({ ok: true, response: response('cand-a', {}), warnings: [] });
  });

  it('reads a filled-in form, tolerating CRLF, capital X and blank lines', () => {
    const md = questionnaireToMarkdown(q, { candidate })
      .replace('- [ ] Yes', '- [X] Yes')
      .replace(/(## Question 3 [\s\S]*?)- \[ \] Support/, '$1- [x] Support')
      .replace(
        /(## Question 3 [\s\S]*?Comment, optional \(up to 5 words\):)/,
        '$1\n> Only with local\n>\n> sourcing and more',
      )
      .replace(/\n/g, '\r\n');
    const parsed = parseQuestionnaireForm(md, q);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.response.answers).toEqual({
      'right:r-equal': { type: 'pledge', value: 'yes', comment: '' },
      'policy:p-meals': {
        type: 'scale',
        value: 'support',
        comment: 'Only with local\n\nsourcing and more',
      },
    });
    expect(parsed.warnings.map((w) => w.message)).toEqual([
      'The answer to question policy:p-meals has 6 words; the limit is 5.',
    ]);
    // The warning points at the question's header line.
    expect(md.split('\r\n')[parsed.warnings[0]!.line - 1]).toBe('## Question 3 [policy:p-meals]');
  });

  it('reports malformed forms with line numbers', () => {
    const lines = questionnaireToMarkdown(q, { candidate }).split('\n');
    const at = (re: RegExp) => lines.findIndex((l) => re.test(l));
    const broken = [...lines];
    broken[at(/^platform-version:/)] = 'platform-version: 1';
    const yes = at(/^- \[ \] Yes/);
    broken[yes] = '- [x] Yes';
    broken[yes + 1] = '- [x] No';
    const strongly = at(/^- \[ \] Strongly support/);
    broken[strongly] = '- [x] Strongly suport';
    broken.splice(strongly + 6, 0, 'I mostly agree');
    const result = parseQuestionnaireForm(broken.join('\n'), q);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([
      {
        line: at(/^platform-version:/) + 1,
        message:
          'This form was made for platform version 1, but the questionnaire is pinned to version 2.',
      },
      {
        line: yes + 2,
        message: 'More than one box is marked for question right:r-equal; mark one.',
      },
      {
        line: strongly + 1,
        message:
          '"Strongly suport" is not one of: Strongly support, Support, Neutral, Oppose, Strongly oppose.',
      },
      { line: strongly + 7, message: 'Expected a choice like "- [x] Support".' },
    ]);
    const noHeader = parseQuestionnaireForm('## Question 1 [nope]\n', q);
    expect(noHeader.ok ? [] : noHeader.errors.map((e) => e.message)).toEqual([
      'This questionnaire has no question "nope".',
      'The form has no "questionnaire:" line.',
      'The form has no "platform-version:" line.',
      'The form has no "candidate:" line.',
    ]);
  });
});

/* Round trip: any questionnaire, any response → Markdown → parse → the same response. */
const text = fc.string({
  unit: fc.constantFrom(
    'a',
    'B',
    ' ',
    '\n',
    '>',
    '#',
    '-',
    '[',
    'x',
    ']',
    ':',
    'é',
    'Your answer',
    'Comment',
    '## Question 1 [q0]',
    '- [x] Yes',
  ),
  maxLength: 30,
});
const prompt = text.filter((s) => s.trim() !== '');

const questionArb: fc.Arbitrary<(id: string) => Question> = fc
  .oneof(
    fc.record({
      type: fc.constant('scale' as const),
      prompt,
      stance: fc.constantFrom(...SUPPORT_LEVELS),
    }),
    fc.record({
      type: fc.constant('pledge' as const),
      prompt,
      expected: fc.constantFrom('yes' as const, 'no' as const),
    }),
    fc.record({ type: fc.constant('record' as const), prompt }),
    fc.record({ type: fc.constant('open' as const), prompt }),
  )
  .map((partial) => (id: string): Question => {
    const base = {
      id,
      prompt: partial.prompt,
      source: { kind: 'custom' as const, areaId: null },
      wordLimit: null,
    };
    if (partial.type === 'open') return { ...base, type: 'open' };
    const scored = { ...base, weight: 'standard' as const, mustMatch: false };
    if (partial.type === 'scale') return { ...scored, type: 'scale', stance: partial.stance };
    if (partial.type === 'pledge') return { ...scored, type: 'pledge', expected: partial.expected };
    return { ...scored, type: 'record' };
  });

function answerArb(question: Question): fc.Arbitrary<Answer | undefined> {
  const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });
  switch (question.type) {
    case 'scale':
      return maybe(
        fc.record({
          type: fc.constant('scale' as const),
          value: fc.option(fc.constantFrom(...SUPPORT_LEVELS), { nil: null }),
          comment: text,
        }),
      );
    case 'pledge':
      return maybe(
        fc.record({
          type: fc.constant('pledge' as const),
          value: fc.option(fc.constantFrom('yes' as const, 'no' as const), { nil: null }),
          comment: text,
        }),
      );
    default:
      return maybe(fc.record({ type: fc.constant(question.type), text }));
  }
}

const caseArb = fc.array(questionArb, { minLength: 1, maxLength: 6 }).chain((qs) => {
  const questionnaire: Questionnaire = {
    id: 'q-rt',
    title: 'Round trip',
    platformVersion: 4,
    createdAt: AT,
    questions: qs.map((make, i) => make(`q${i}`)),
  };
  return fc.tuple(fc.constant(questionnaire), fc.tuple(...questionnaire.questions.map(answerArb)));
});

describe('questionnaire form round trip', () => {
  it('parses back exactly what was rendered', () => {
    fc.assert(
      fc.property(caseArb, ([questionnaire, answers]) => {
        const filled: QuestionnaireResponse = {
          candidateId: 'cand-rt',
          questionnaireId: questionnaire.id,
          platformVersion: questionnaire.platformVersion,
          answers: Object.fromEntries(
            questionnaire.questions.flatMap((x, i) => (answers[i] ? [[x.id, answers[i]]] : [])),
          ),
        };
        const md = questionnaireToMarkdown(questionnaire, {
          candidate: { id: 'cand-rt', name: 'Round Trip' },
          response: filled,
        });
        const parsed = parseQuestionnaireForm(md, questionnaire);
        expect(parsed.ok ? parsed.response : parsed.errors).toEqual(normalizeResponse(filled));
      }),
      { numRuns: 300 },
    );
  });
});
