import type { Answer, QuestionnaireResponse } from './answers';
import { choiceLabels, FORM_KEYS } from './form-render';
import {
  wordCount,
  type Question,
  type Questionnaire,
  type PledgeAnswer,
  type SupportLevel,
} from './questions';

export type FormProblem = { line: number; message: string };

export type FormParseResult =
  | { ok: true; response: QuestionnaireResponse; warnings: FormProblem[] }
  | { ok: false; errors: FormProblem[] };

const HEADER = /^## Question \d+ \[(.+)\]\s*$/i;
const CHECKBOX = /^[-*] \[( |x|X)\]\s*(.*?)\s*$/;

type Part = 'prompt' | 'choices' | 'comment' | 'text';
type Open = {
  q: Question;
  line: number;
  part: Part;
  marked: { value: string; line: number }[];
  comment: string[] | null;
  text: string[] | null;
};

function quotedLine(line: string): string | null {
  if (line === '>') return '';
  if (line.startsWith('> ')) return line.slice(2);
  if (line.startsWith('>')) return line.slice(1);
  return null;
}

/**
 * Reads a filled-in form back. The questionnaire gives each question's type; errors carry the
 * line number so the secretary can fix the form and import again.
 */
export function parseQuestionnaireForm(
  text: string,
  questionnaire: Questionnaire,
): FormParseResult {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const errors: FormProblem[] = [];
  const warnings: FormProblem[] = [];
  const meta: Partial<Record<keyof typeof FORM_KEYS, { value: string; line: number }>> = {};
  const answers: Record<string, Answer> = {};
  const seen = new Set<string>();
  let open: Open | null = null;

  const close = () => {
    if (!open) return;
    const { q } = open;
    if (open.marked.length > 1) {
      errors.push({
        line: open.marked[1]!.line,
        message: `More than one box is marked for question ${q.id}; mark one.`,
      });
    }
    const comment = open.comment?.join('\n') ?? '';
    const body = open.text?.join('\n') ?? '';
    let answer: Answer | null = null;
    const value = open.marked[0]?.value ?? null;
    if (q.type === 'scale' && (value !== null || comment !== '')) {
      answer = { type: 'scale', value: value as SupportLevel | null, comment };
    } else if (q.type === 'pledge' && (value !== null || comment !== '')) {
      answer = { type: 'pledge', value: value as PledgeAnswer | null, comment };
    } else if ((q.type === 'record' || q.type === 'open') && body !== '') {
      answer = { type: q.type, text: body };
    }
    if (answer) {
      answers[q.id] = answer;
      const words = wordCount(q.type === 'scale' || q.type === 'pledge' ? comment : body);
      if (q.wordLimit !== null && words > q.wordLimit) {
        warnings.push({
          line: open.line,
          message: `The answer to question ${q.id} has ${words} words; the limit is ${q.wordLimit}.`,
        });
      }
    }
    open = null;
  };

  lines.forEach((line, i) => {
    const n = i + 1;
    const header = HEADER.exec(line);
    if (header) {
      close();
      const id = header[1]!;
      const q = questionnaire.questions.find((x) => x.id === id);
      if (!q) errors.push({ line: n, message: `This questionnaire has no question "${id}".` });
      else if (seen.has(id)) errors.push({ line: n, message: `Question "${id}" appears twice.` });
      else {
        seen.add(id);
        open = { q, line: n, part: 'prompt', marked: [], comment: null, text: null };
      }
      return;
    }
    if (!open) {
      // Before the first question only the three key lines matter.
      const kv = /^([a-z-]+):\s*(.*?)\s*$/i.exec(line);
      const key = kv
        ? (Object.keys(FORM_KEYS) as (keyof typeof FORM_KEYS)[]).find(
            (k) => FORM_KEYS[k] === kv[1]!.toLowerCase(),
          )
        : undefined;
      if (kv && key) meta[key] = { value: kv[2]!, line: n };
      return;
    }
    const cur: Open = open;
    if (/^your answer/i.test(line)) {
      cur.part = cur.q.type === 'scale' || cur.q.type === 'pledge' ? 'choices' : 'text';
      if (cur.part === 'text') cur.text = [];
      return;
    }
    if (/^comment/i.test(line)) {
      if (cur.q.type === 'scale' || cur.q.type === 'pledge') {
        cur.part = 'comment';
        cur.comment = [];
      } else
        errors.push({
          line: n,
          message: `Question ${cur.q.id} takes a written answer, not a comment.`,
        });
      return;
    }
    if (cur.part === 'prompt' || line.trim() === '') return;
    if (cur.part === 'choices') {
      const box = CHECKBOX.exec(line);
      if (!box) {
        errors.push({ line: n, message: 'Expected a choice like "- [x] Support".' });
        return;
      }
      const choice = choiceLabels(cur.q).find(
        (c) => c.label.toLowerCase() === box[2]!.toLowerCase(),
      );
      if (!choice) {
        errors.push({
          line: n,
          message: `"${box[2]}" is not one of: ${choiceLabels(cur.q)
            .map((c) => c.label)
            .join(', ')}.`,
        });
      } else if (box[1] !== ' ') cur.marked.push({ value: choice.value, line: n });
      return;
    }
    const quote = quotedLine(line);
    if (quote === null) {
      errors.push({ line: n, message: 'Written answers go on lines that start with ">".' });
      return;
    }
    (cur.part === 'comment' ? cur.comment : cur.text)!.push(quote);
  });
  close();

  const need = (key: keyof typeof FORM_KEYS) => {
    const m = meta[key];
    if (!m) errors.push({ line: 1, message: `The form has no "${FORM_KEYS[key]}:" line.` });
    return m;
  };
  const qid = need('questionnaire');
  const version = need('version');
  const candidate = need('candidate');
  if (qid && qid.value !== questionnaire.id) {
    errors.push({
      line: qid.line,
      message: `This form is for questionnaire "${qid.value}", not "${questionnaire.id}".`,
    });
  }
  if (version && Number(version.value) !== questionnaire.platformVersion) {
    errors.push({
      line: version.line,
      message: `This form was made for platform version ${version.value}, but the questionnaire is pinned to version ${questionnaire.platformVersion}.`,
    });
  }
  if (candidate && !candidate.value)
    errors.push({ line: candidate.line, message: 'The candidate line is empty.' });
  for (const q of questionnaire.questions) {
    if (!seen.has(q.id))
      warnings.push({ line: lines.length, message: `Question ${q.id} is missing from the form.` });
  }
  if (errors.length) return { ok: false, errors: errors.sort((a, b) => a.line - b.line) };
  return {
    ok: true,
    response: {
      candidateId: candidate!.value,
      questionnaireId: questionnaire.id,
      platformVersion: questionnaire.platformVersion,
      answers,
    },
    warnings,
  };
}
