import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { z } from 'zod';
import { THRESHOLD_LABELS, THRESHOLDS, ThresholdSchema } from '../../../../shared/schema/chapter';
import {
  ELECTION_METHOD_LABELS,
  MOTION_METHOD_LABELS,
  MOTION_METHODS,
  MotionMethodSchema,
  type VoteDefinitionInput,
} from '../../../../shared/votes/definition';
import { ELECTION_METHODS, ElectionMethodSchema } from '../../../../shared/voting/result';
import {
  TIE_BREAK_METHODS,
  TieBreakMethodSchema,
  OVERVOTE_RULES,
} from '../../../../shared/voting/rules';
import { api, messageOf } from '../../api';
import { useChapter } from '../../appStatus';
import { Field } from '../../ui/Field';
import { Notice } from '../../ui/Notice';

const TIE_LABELS: Record<(typeof TIE_BREAK_METHODS)[number], string> = {
  'previous-round-then-random': 'Previous round, then a seeded random draw',
  random: 'Seeded random draw',
  'previous-round-then-lot': 'Previous round, then lots drawn in the room',
  lot: 'Lots drawn in the room',
  'previous-round-then-stop': 'Previous round, then stop and let the room decide',
  stop: 'Stop and let the room decide',
};

const FormSchema = z
  .object({
    kind: z.enum(['motion', 'election']),
    title: z.string().trim().min(1, 'Give the vote a title').max(200),
    text: z.string().max(5000),
    mover: z.string().trim().max(120),
    seconder: z.string().trim().max(120),
    motionMethod: MotionMethodSchema,
    threshold: ThresholdSchema,
    electionMethod: ElectionMethodSchema,
    seats: z.number({ error: 'Enter a number of seats' }).int().min(1).max(50),
    candidates: z.string(),
    overvote: z.enum(OVERVOTE_RULES),
    maxSkipped: z.string().regex(/^(unlimited|\d+)$/, 'A number, or unlimited'),
    tieBreak: TieBreakMethodSchema,
    seed: z.string().trim().max(200),
    doubleEntry: z.boolean(),
    allowWriteIns: z.boolean(),
  })
  .superRefine((f, ctx) => {
    const names = f.candidates
      .split('\n')
      .map((s) => s.trim())
      .filter(Boolean);
    if (f.kind === 'election' && names.length === 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['candidates'],
        message: 'List at least one candidate, one per line',
      });
    }
    if (f.kind === 'election' && new Set(names).size !== names.length) {
      ctx.addIssue({
        code: 'custom',
        path: ['candidates'],
        message: 'A candidate is listed twice',
      });
    }
  });
type FormValues = z.infer<typeof FormSchema>;

function toDefinition(f: FormValues): VoteDefinitionInput {
  if (f.kind === 'motion') {
    return {
      kind: 'motion',
      title: f.title,
      text: f.text,
      ...(f.mover ? { mover: f.mover } : {}),
      ...(f.seconder ? { seconder: f.seconder } : {}),
      method: f.motionMethod,
      threshold: f.threshold,
    };
  }
  return {
    kind: 'election',
    title: f.title,
    method: f.electionMethod,
    seats: f.seats,
    candidates: f.candidates
      .split('\n')
      .map((s) => s.trim())
      .filter(Boolean),
    doubleEntry: f.doubleEntry,
    allowWriteIns: f.allowWriteIns,
    rules: {
      overvote: f.overvote,
      maxSkippedRanks: f.maxSkipped === 'unlimited' ? 'unlimited' : Number(f.maxSkipped),
      tieBreak: { method: f.tieBreak, ...(f.seed ? { seed: f.seed } : {}) },
    },
  };
}

export function NewVoteForm({
  onCreated,
  onCancel,
}: {
  onCreated: (id: string) => void;
  onCancel: () => void;
}) {
  const chapter = useChapter();
  const [error, setError] = useState<string | null>(null);
  const {
    register,
    control,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<FormValues>({
    resolver: zodResolver(FormSchema),
    defaultValues: {
      kind: 'motion',
      title: '',
      text: '',
      mover: '',
      seconder: '',
      motionMethod: 'show-of-hands',
      threshold: chapter.defaultThreshold,
      electionMethod: 'irv',
      seats: 1,
      candidates: '',
      overvote: 'exhaust',
      maxSkipped: 'unlimited',
      tieBreak: 'previous-round-then-random',
      seed: '',
      doubleEntry: true,
      allowWriteIns: false,
    },
  });
  const kind = useWatch({ control, name: 'kind' });
  const electionMethod = useWatch({ control, name: 'electionMethod' });

  return (
    <form
      className="form"
      noValidate
      onSubmit={handleSubmit(async (values) => {
        try {
          const { id } = await api.votes.open(toDefinition(values));
          onCreated(id);
        } catch (e) {
          setError(messageOf(e));
        }
      })}
    >
      <fieldset className="segmented">
        <legend>What is decided</legend>
        <label className="check">
          <input type="radio" value="motion" {...register('kind')} /> A motion (yes / no)
        </label>
        <label className="check">
          <input type="radio" value="election" {...register('kind')} /> An election among candidates
          or options
        </label>
      </fieldset>
      <Field label="Title" error={errors.title?.message}>
        <input {...register('title')} autoComplete="off" />
      </Field>
      {kind === 'motion' ? (
        <>
          <Field label="Motion text">
            <textarea rows={3} {...register('text')} />
          </Field>
          <div className="two-col">
            <Field label="Moved by">
              <input {...register('mover')} autoComplete="off" />
            </Field>
            <Field label="Seconded by">
              <input {...register('seconder')} autoComplete="off" />
            </Field>
          </div>
          <Field label="How the room votes">
            <select {...register('motionMethod')}>
              {MOTION_METHODS.map((m) => (
                <option key={m} value={m}>
                  {MOTION_METHOD_LABELS[m]}
                </option>
              ))}
            </select>
          </Field>
          <Field label="Threshold" hint="Voice votes can decide majority thresholds only.">
            <select {...register('threshold')}>
              {THRESHOLDS.map((t) => (
                <option key={t} value={t}>
                  {THRESHOLD_LABELS[t]}
                </option>
              ))}
            </select>
          </Field>
        </>
      ) : (
        <>
          <Field label="Method">
            <select {...register('electionMethod')}>
              {ELECTION_METHODS.map((m) => (
                <option key={m} value={m}>
                  {ELECTION_METHOD_LABELS[m]}
                </option>
              ))}
            </select>
          </Field>
          {(electionMethod === 'stv' ||
            electionMethod === 'approval' ||
            electionMethod === 'plurality') && (
            <Field label="Seats" error={errors.seats?.message}>
              <input type="number" min={1} {...register('seats', { valueAsNumber: true })} />
            </Field>
          )}
          <Field label="Candidates, one per line" error={errors.candidates?.message}>
            <textarea rows={5} {...register('candidates')} />
          </Field>
          {electionMethod !== 'approval' && (
            <div className="two-col">
              <Field label="Two names at one rank (overvote)">
                <select {...register('overvote')}>
                  <option value="exhaust">The ballot stops counting</option>
                  <option value="skip">Skip to the next rank</option>
                  <option value="exhaust-if-multiple-continuing">
                    Stop only if both are still in the count
                  </option>
                </select>
              </Field>
              <Field label="Blank ranks allowed in a row" error={errors.maxSkipped?.message}>
                <input {...register('maxSkipped')} />
              </Field>
            </div>
          )}
          <div className="two-col">
            <Field label="Ties are broken by">
              <select {...register('tieBreak')}>
                {TIE_BREAK_METHODS.map((m) => (
                  <option key={m} value={m}>
                    {TIE_LABELS[m]}
                  </option>
                ))}
              </select>
            </Field>
            <Field label="Random draw seed (draw it in the room)" error={errors.seed?.message}>
              <input {...register('seed')} autoComplete="off" />
            </Field>
          </div>
          <label className="check">
            <input type="checkbox" {...register('doubleEntry')} /> Two tellers key every ballot
            (double entry)
          </label>
          <label className="check">
            <input type="checkbox" {...register('allowWriteIns')} /> Allow write-in candidates
          </label>
        </>
      )}
      <Notice kind="error">{error}</Notice>
      <div className="actions">
        <button type="submit" className="primary" disabled={isSubmitting}>
          Open the vote
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
