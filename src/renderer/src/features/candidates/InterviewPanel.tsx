import { useMemo, useState } from 'react';
import { z } from 'zod';
import {
  answerText,
  excerpt,
  isScored,
  latestScores,
  SUPPORT_LABELS,
  type Answer,
  type StoredQuestionnaire,
} from '../../../../shared/candidates';
import { candidatesChannels, type CandidateDetail } from '../../../../shared/contract/candidates';
import { formatDate, localToday } from '../../../../shared/dates';
import { api } from '../../api';
import { Checklist, Field, FieldError } from '../../ui/Field';
import { DataTable } from '../../ui/DataTable';
import { Form, parsedAs, useSchemaForm } from '../../ui/Form';
import { Notice } from '../../ui/Notice';
import { ItemOptions } from '../../ui/Options';
import type { Action } from '../../ui/useAction';
import { useAsync } from '../../ui/useAsync';
import type { CandidatePanelProps } from './panel';

const PanelSchema = candidatesChannels['candidates.savePanel'].input.omit({ candidateId: true });

type InterviewView = CandidateDetail['interviews'][number];

const fmt = (x: number | null) => (x === null ? '—' : String(Math.round(x * 100) / 100));

function shortAnswer(a: Answer | undefined): string {
  if (!a) return 'No answer';
  if (a.type === 'scale') return a.value ? SUPPORT_LABELS[a.value] : 'Declined';
  if (a.type === 'pledge') return a.value ? (a.value === 'yes' ? 'Yes' : 'No') : 'Declined';
  return excerpt(answerText(a), 60) || 'No answer';
}

export function InterviewPanel({ detail, questionnaires, action }: CandidatePanelProps) {
  return (
    <section className="card" aria-labelledby="interview-heading">
      <h2 id="interview-heading">Interview and panel scores</h2>
      {detail.interviews.map((iv) => (
        <Interview key={iv.interview.id} iv={iv} detail={detail} action={action} />
      ))}
      {/* Remount when the questionnaires or interviews arrive, so the form starts from them. */}
      <PanelSetup
        key={`${questionnaires.map((q) => q.id).join(',')}|${detail.interviews.map((iv) => iv.interview.id).join(',')}`}
        detail={detail}
        questionnaires={questionnaires}
        action={action}
      />
    </section>
  );
}

function PanelSetup({ detail, questionnaires, action }: CandidatePanelProps) {
  // The form starts from the panel already set for a questionnaire, so saving it again
  // changes only what the chair changes.
  const existing = (id: string) =>
    detail.interviews.find((iv) => iv.interview.questionnaireId === id)?.interview;
  const first = questionnaires[0]?.id ?? '';
  const form = useSchemaForm(PanelSchema, {
    questionnaireId: first,
    date: existing(first)?.date ?? localToday(),
    panelistIds: existing(first)?.panelistIds ?? [],
  });
  if (questionnaires.length === 0) return <p className="muted">Create a questionnaire first.</p>;
  return (
    <Form
      form={form}
      action={action}
      className="form wide"
      aria-label="Interview panel"
      onSubmit={(panel) => api.candidates.savePanel({ candidateId: detail.candidate.id, ...panel })}
      success={(_, { panelistIds }) => `The panel of ${panelistIds.length} is set.`}
      submitLabel="Save panel"
      primary={false}
    >
      <h3>Set the interview panel</h3>
      <div className="two-col">
        <Field label="Interview on questionnaire">
          <select
            {...form.register('questionnaireId', {
              onChange: (e: { target: { value: string } }) => {
                const interview = existing(e.target.value);
                form.setValue('panelistIds', interview?.panelistIds ?? []);
                if (interview) form.setValue('date', interview.date);
              },
            })}
          >
            <ItemOptions items={questionnaires} label={(q) => q.title} />
          </select>
        </Field>
        <Field label="Interview date">
          <input type="date" {...form.register('date')} />
        </Field>
      </div>
      <Checklist
        name="panelistIds"
        legend="Panelists"
        gridClassName="member-grid"
        options={detail.members.map((m) => ({ value: m.id, label: m.name }))}
      />
    </Form>
  );
}

function Interview({
  iv,
  detail,
  action,
}: {
  iv: InterviewView;
  detail: CandidateDetail;
  action: Action;
}) {
  const { value: q } = useAsync(() =>
    api.candidates.questionnaire({ id: iv.interview.questionnaireId }),
  );
  if (!q) return <p aria-busy="true">Loading…</p>;
  const answers = detail.responses.find((r) => r.questionnaire.id === q.id)?.response.answers ?? {};
  const scored = q.questions.filter(isScored);
  const flagged = iv.summaries.filter((s) => s.disagreement).length;
  const summary = (questionId: string) => iv.summaries.find((x) => x.questionId === questionId);
  return (
    <div className="interview">
      <h3>
        {iv.questionnaireTitle} — interviewed {formatDate(iv.interview.date, 'en-US')} by{' '}
        {iv.panelists.map((p) => p.name).join(', ')}
      </h3>
      {flagged > 0 && (
        <Notice kind="info">
          The panel disagrees on {flagged} {flagged === 1 ? 'answer' : 'answers'} (a 0 beside a 2):
          talk them over before the numbers are used.
        </Notice>
      )}
      <div className="table-scroll">
        <DataTable
          className="table compact panel-table"
          caption="Each panelist’s score (0–2), the mean and the spread"
          rows={scored}
          rowKey={(question) => question.id}
          rowClassName={(question) => (summary(question.id)?.disagreement ? 'disagree' : undefined)}
          columns={[
            { header: '#', cell: (question) => q.questions.indexOf(question) + 1 },
            {
              header: 'Question',
              rowHeader: true,
              cell: (question) => excerpt(question.prompt, 70),
            },
            { header: 'Answer', cell: (question) => shortAnswer(answers[question.id]) },
            ...iv.panelists.map((p) => ({
              header: p.name,
              cell: (question: (typeof scored)[number]) => {
                const own = summary(question.id)?.scores.find((x) => x.panelistId === p.id);
                return own ? (
                  <>
                    <strong>{own.score}</strong>
                    {own.note && <span className="note"> {excerpt(own.note, 50)}</span>}
                  </>
                ) : (
                  '—'
                );
              },
            })),
            { header: 'Mean', cell: (question) => fmt(summary(question.id)?.mean ?? null) },
            {
              header: 'Spread',
              cell: (question) => {
                const s = summary(question.id);
                return (
                  <>
                    {fmt(s?.spread ?? null)}
                    {s?.disagreement && <span className="badge warn">Disagreement</span>}
                  </>
                );
              },
            },
          ]}
        />
      </div>
      <ScoreForm iv={iv} q={q} answers={answers} action={action} />
    </div>
  );
}

function ScoreForm({
  iv,
  q,
  answers,
  action,
}: {
  iv: InterviewView;
  q: StoredQuestionnaire;
  answers: Record<string, Answer>;
  action: Action;
}) {
  const [panelistId, setPanelistId] = useState(iv.panelists[0]?.id ?? '');
  return (
    <div className="score-form">
      <Field label="Scoring as">
        <select value={panelistId} onChange={(e) => setPanelistId(e.target.value)}>
          <ItemOptions items={iv.panelists} label={(p) => p.name} />
        </select>
      </Field>
      <PanelistScores
        key={panelistId}
        iv={iv}
        q={q}
        answers={answers}
        panelistId={panelistId}
        action={action}
      />
    </div>
  );
}

/**
 * One row a scored question, a score left blank is not sent; checked as
 * `candidates.scoreAnswers` checks the scores, its issues shown on their row.
 */
function scoresSchema(scored: readonly { id: string }[]) {
  const Row = z.object({ score: z.enum(['', '0', '1', '2']), note: z.string() });
  const sent = (rows: z.infer<typeof Row>[]) => rows.flatMap((r, i) => (r.score ? [i] : []));
  return z
    .object({ rows: z.array(Row) })
    .refine((v) => sent(v.rows).length > 0, { path: ['rows'], message: 'Give at least one score.' })
    .transform((values, ctx) =>
      parsedAs(
        candidatesChannels['candidates.scoreAnswers'].input.pick({ scores: true }),
        ({ rows }: typeof values) => ({
          scores: sent(rows).map((i) => ({
            questionId: scored[i]?.id ?? '',
            score: Number(rows[i]?.score),
            note: rows[i]?.note ?? '',
          })),
        }),
        ([, k, ...rest]) =>
          k === undefined ? 'rows' : ['rows', sent(values.rows)[Number(k)], ...rest].join('.'),
      )(values, ctx),
    );
}

function PanelistScores({
  iv,
  q,
  answers,
  panelistId,
  action,
}: {
  iv: InterviewView;
  q: StoredQuestionnaire;
  answers: Record<string, Answer>;
  panelistId: string;
  action: Action;
}) {
  const scored = q.questions.filter(isScored);
  const name = iv.panelists.find((p) => p.id === panelistId)?.name ?? '';
  const schema = useMemo(() => scoresSchema(scored), [scored]);
  const form = useSchemaForm(schema, {
    rows: scored.map((x) => {
      const own = latestScores(iv.interview.scores, iv.interview.candidateId, x.id).find(
        (s) => s.panelistId === panelistId,
      );
      const score = (own ? String(own.score) : '') as '' | '0' | '1' | '2';
      return { score, note: own?.note ?? '' };
    }),
  });
  return (
    <Form
      form={form}
      action={action}
      className="panelist-scores"
      aria-label={`Scores by ${name}`}
      onSubmit={({ scores }) =>
        api.candidates.scoreAnswers({ interviewId: iv.interview.id, panelistId, scores })
      }
      success={(_, { scores }) => `Saved ${scores.length} scores by ${name}.`}
      submitLabel={`Save ${name}’s scores`}
    >
      <DataTable
        className="table compact"
        caption={`Scores by ${name}`}
        captionHidden
        rows={scored}
        rowKey={(x) => x.id}
        columns={[
          { header: '#', cell: (x) => q.questions.indexOf(x) + 1 },
          { header: 'Answer', cell: (x) => shortAnswer(answers[x.id]) },
          {
            header: 'Score',
            cell: (x, i) => (
              <select
                aria-label={`Score for question ${q.questions.indexOf(x) + 1}`}
                {...form.register(`rows.${i}.score`)}
              >
                <option value="">—</option>
                <option value="2">2 — fully</option>
                <option value="1">1 — partly</option>
                <option value="0">0 — not at all</option>
              </select>
            ),
          },
          {
            header: 'Note',
            cell: (x, i) => (
              <input
                aria-label={`Note for question ${q.questions.indexOf(x) + 1}`}
                {...form.register(`rows.${i}.note`)}
              />
            ),
          },
        ]}
      />
      <FieldError name="rows" />
    </Form>
  );
}
