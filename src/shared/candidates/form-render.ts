import type { Answer, QuestionnaireResponse } from './answers';
import {
  QUESTION_TYPE_LABELS,
  SUPPORT_LABELS,
  SUPPORT_LEVELS,
  type Question,
  type Questionnaire,
} from './questions';

/*
 * The fill-in form, for paper or email. Lines the parser reads:
 *   "questionnaire: …", "platform-version: …", "candidate: …" before the first question;
 *   "## Question N [id]" opens a question; "Your answer…" and "Comment…" open the answer parts;
 *   "- [x] label" marks a choice; "> text" carries written text, one line each.
 * Everything else (title, instructions, the question text) is for people and is skipped, so
 * question text that could be mistaken for a marker is escaped with a backslash.
 */
export const FORM_KEYS = {
  questionnaire: 'questionnaire',
  version: 'platform-version',
  candidate: 'candidate',
} as const;

export const PLEDGE_LABELS = { yes: 'Yes', no: 'No' } as const;

const MARKER = /^(#|your answer|comment)/i;

export function choiceLabels(q: Question): { value: string; label: string }[] {
  if (q.type === 'scale')
    return SUPPORT_LEVELS.map((v) => ({ value: v, label: SUPPORT_LABELS[v] }));
  if (q.type === 'pledge')
    return [
      { value: 'yes', label: PLEDGE_LABELS.yes },
      { value: 'no', label: PLEDGE_LABELS.no },
    ];
  return [];
}

function quoted(text: string): string[] {
  return text === '' ? [] : text.split('\n').map((line) => (line === '' ? '>' : `> ${line}`));
}

function limitNote(q: Question): string {
  return q.wordLimit === null ? '' : ` (up to ${q.wordLimit} words)`;
}

function questionLines(q: Question, n: number, answer: Answer | undefined): string[] {
  const meta = [QUESTION_TYPE_LABELS[q.type]];
  if (q.type !== 'open') {
    meta.push(`weight: ${q.weight}`);
    if (q.mustMatch) meta.push('must match');
  }
  if (q.wordLimit !== null) meta.push(`word limit: ${q.wordLimit}`);
  const out = [`## Question ${n} [${q.id}]`, '', `_${meta.join(' · ')}_`, ''];
  out.push(...q.prompt.split('\n').map((line) => (MARKER.test(line) ? `\\${line}` : line)), '');
  if (q.type === 'scale' || q.type === 'pledge') {
    const value =
      answer && (answer.type === 'scale' || answer.type === 'pledge') ? answer.value : null;
    out.push('Your answer (mark one box with an x):');
    for (const c of choiceLabels(q)) out.push(`- [${c.value === value ? 'x' : ' '}] ${c.label}`);
    const comment =
      answer && (answer.type === 'scale' || answer.type === 'pledge') ? answer.comment : '';
    out.push('', `Comment, optional${limitNote(q)}:`, ...quoted(comment));
  } else {
    const text = answer && (answer.type === 'record' || answer.type === 'open') ? answer.text : '';
    const ask =
      q.type === 'record' ? 'cite a vote you cast or an action you took' : 'in your own words';
    out.push(`Your answer, ${ask}${limitNote(q)}:`, ...quoted(text));
  }
  out.push('');
  return out;
}

/** The questionnaire as a Markdown form, blank or pre-filled with a response. */
export function questionnaireToMarkdown(
  questionnaire: Questionnaire,
  opts: {
    candidate: { id: string; name: string };
    response?: QuestionnaireResponse;
    chapterName?: string;
  },
): string {
  const out = [
    `# ${questionnaire.title}`,
    '',
    ...(opts.chapterName
      ? [`From ${opts.chapterName}, for ${opts.candidate.name}.`, '']
      : [`For ${opts.candidate.name}.`, '']),
    `${FORM_KEYS.questionnaire}: ${questionnaire.id}`,
    `${FORM_KEYS.version}: ${questionnaire.platformVersion}`,
    `${FORM_KEYS.candidate}: ${opts.candidate.id}`,
    '',
    'How to fill in this form: put an x in one box, like [x]. Write your answers on lines that start',
    'with ">" (add as many as you need). Please keep the lines that start with "##" and the three',
    'lines above as they are, so that we can read your answers back in.',
    '',
  ];
  questionnaire.questions.forEach((q, i) =>
    out.push(...questionLines(q, i + 1, opts.response?.answers[q.id])),
  );
  // Drop trailing blank lines only: a quoted line's own trailing spaces are part of the answer.
  while (out.at(-1) === '') out.pop();
  return `${out.join('\n')}\n`;
}
