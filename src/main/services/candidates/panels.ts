/** Interview panels: who sits on a candidate's panel, and each panelist's scores. */
import { randomUUID } from 'node:crypto';
import { isScored, type Interview } from '../../../shared/candidates';
import { AppError } from '../../../shared/errors';
import type { Session } from '../../session';
import { candidateOf, change, memberName, questionnaireOf } from './lookups';

export function savePanel(
  session: Session,
  input: { candidateId: string; questionnaireId: string; date: string; panelistIds: string[] },
): Promise<Interview> {
  return change(session, (data, now) => {
    candidateOf(data, input.candidateId);
    questionnaireOf(data, input.questionnaireId);
    const active = new Set(data.members.filter((m) => m.active).map((m) => m.id));
    if (input.panelistIds.some((p) => !active.has(p)))
      throw new AppError('invalid-input', 'Every panelist must be an active member.');
    if (new Set(input.panelistIds).size !== input.panelistIds.length)
      throw new AppError('invalid-input', 'A panelist is listed twice.');
    const existing = data.interviews.find(
      (i) => i.candidateId === input.candidateId && i.questionnaireId === input.questionnaireId,
    );
    const interview: Interview = existing
      ? { ...existing, date: input.date, panelistIds: input.panelistIds }
      : {
          id: randomUUID(),
          candidateId: input.candidateId,
          questionnaireId: input.questionnaireId,
          date: input.date,
          panelistIds: input.panelistIds,
          scores: [],
          createdAt: now.toISOString(),
        };
    const interviews = existing
      ? data.interviews.map((i) => (i === existing ? interview : i))
      : [...data.interviews, interview];
    return { data: { ...data, interviews }, result: interview };
  });
}

export function scoreAnswers(
  session: Session,
  input: {
    interviewId: string;
    panelistId: string;
    scores: { questionId: string; score: number; note: string }[];
  },
): Promise<Interview> {
  return change(session, (data, now) => {
    const interview = data.interviews.find((i) => i.id === input.interviewId);
    if (!interview) throw new AppError('not-found', 'That interview does not exist.');
    if (!interview.panelistIds.includes(input.panelistId))
      throw new AppError(
        'invalid-input',
        `${memberName(data, input.panelistId)} is not on this panel.`,
      );
    const questionnaire = questionnaireOf(data, interview.questionnaireId);
    const scored = new Set(questionnaire.questions.filter(isScored).map((q) => q.id));
    const stray = input.scores.find((s) => !scored.has(s.questionId));
    if (stray)
      throw new AppError(
        'invalid-input',
        `Question ${stray.questionId} is not a scored question of this questionnaire.`,
      );
    const at = now.toISOString();
    const updated: Interview = {
      ...interview,
      scores: [
        ...interview.scores,
        ...input.scores.map((s) => ({
          candidateId: interview.candidateId,
          questionId: s.questionId,
          panelistId: input.panelistId,
          score: s.score,
          note: s.note,
          at,
        })),
      ],
    };
    return {
      data: { ...data, interviews: data.interviews.map((i) => (i === interview ? updated : i)) },
      result: updated,
    };
  });
}
