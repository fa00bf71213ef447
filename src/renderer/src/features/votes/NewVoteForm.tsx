import { useWatch } from 'react-hook-form';
import { z } from 'zod';
import { THRESHOLD_LABELS, THRESHOLDS, ThresholdSchema } from '../../../../shared/schema/chapter';
import {
  ELECTION_METHOD_LABELS,
  MOTION_METHOD_LABELS,
  MOTION_METHODS,
  MotionMethodSchema,
  VoteDefinitionSchema,
  type VoteDefinitionInput,
} from '../../../../shared/voteLog/definition';
import { ELECTION_METHODS, ElectionMethodSchema } from '../../../../shared/voting/result';
import {
  TIE_BREAK_METHODS,
  TieBreakMethodSchema,
  OVERVOTE_RULES,
} from '../../../../shared/voting/rules';
import { api } from '../../api';
import { useChapter } from '../../appStatus';
import { Field } from '../../ui/Field';
import { Form, parsedAs, useSchemaForm } from '../../ui/Form';
import { Options } from '../../ui/Options';

const TIE_LABELS: Record<(typeof TIE_BREAK_METHODS)[number], string> = {
  'previous-round-then-random': 'Previous round, then a seeded random draw',
  random: 'Seeded random draw',
  'previous-round-then-lot': 'Previous round, then lots drawn in the room',
  lot: 'Lots drawn in the room',
  'previous-round-then-stop': 'Previous round, then stop and let the room decide',
  stop: 'Stop and let the room decide',
};

/** The form's own fields (flat: one form for both kinds). */
const FieldsSchema = z.object({
  kind: z.enum(['motion', 'election']),
  title: z.string(),
  text: z.string(),
  mover: z.string(),
  seconder: z.string(),
  motionMethod: MotionMethodSchema,
  threshold: ThresholdSchema,
  electionMethod: ElectionMethodSchema,
  seats: z.number({ error: 'Enter a number of seats' }),
  candidates: z.string(),
  overvote: z.enum(OVERVOTE_RULES),
  maxSkipped: z.string().regex(/^(unlimited|\d+)$/, 'A number, or unlimited'),
  tieBreak: TieBreakMethodSchema,
  seed: z.string(),
  doubleEntry: z.boolean(),
  allowWriteIns: z.boolean(),
});
type FormValues = z.infer<typeof FieldsSchema>;

/** Where an issue of the vote's definition (`votes.open`) shows on this form. */
const FIELD_OF: Record<string, keyof FormValues> = {
  overvote: 'overvote',
  maxSkippedRanks: 'maxSkipped',
  tieBreak: 'tieBreak',
  seed: 'seed',
};
function fieldOf(kind: FormValues['kind'], path: readonly PropertyKey[]): string {
  const [first = '', ...rest] = path.map(String);
  if (first === 'method') return kind === 'motion' ? 'motionMethod' : 'electionMethod';
  if (first === 'rules') return FIELD_OF[rest.at(-1) ?? ''] ?? 'tieBreak';
  return FIELD_OF[first] ?? first;
}

function toDefinition(f: FormValues): VoteDefinitionInput {
  const trim = (s: string) => s.trim();
  if (f.kind === 'motion') {
    return {
      kind: 'motion',
      title: f.title,
      text: f.text,
      ...(trim(f.mover) ? { mover: f.mover } : {}),
      ...(trim(f.seconder) ? { seconder: f.seconder } : {}),
      method: f.motionMethod,
      threshold: f.threshold,
    };
  }
  return {
    kind: 'election',
    title: f.title,
    method: f.electionMethod,
    seats: f.seats,
    candidates: f.candidates.split('\n').map(trim).filter(Boolean),
    doubleEntry: f.doubleEntry,
    allowWriteIns: f.allowWriteIns,
    rules: {
      overvote: f.overvote,
      maxSkippedRanks: f.maxSkipped === 'unlimited' ? 'unlimited' : Number(f.maxSkipped),
      tieBreak: { method: f.tieBreak, ...(trim(f.seed) ? { seed: trim(f.seed) } : {}) },
    },
  };
}

/** The form's values, checked as `votes.open` checks the definition they make. */
const FormSchema = FieldsSchema.transform((values, ctx) =>
  parsedAs(VoteDefinitionSchema, toDefinition, (path) => fieldOf(values.kind, path))(values, ctx),
);

export function NewVoteForm({
  onCreated,
  onCancel,
}: {
  onCreated: (id: string) => void;
  onCancel: () => void;
}) {
  const chapter = useChapter();
  const form = useSchemaForm(FormSchema, {
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
  });
  const { register, control } = form;
  const kind = useWatch({ control, name: 'kind' });
  const electionMethod = useWatch({ control, name: 'electionMethod' });

  return (
    <Form
      form={form}
      onSubmit={(definition) => api.votes.open(definition)}
      onSuccess={({ id }) => onCreated(id)}
      submitLabel="Open the vote"
      onCancel={onCancel}
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
      <Field label="Title">
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
              <Options values={MOTION_METHODS} labels={MOTION_METHOD_LABELS} />
            </select>
          </Field>
          <Field label="Threshold" hint="Voice votes can decide majority thresholds only.">
            <select {...register('threshold')}>
              <Options values={THRESHOLDS} labels={THRESHOLD_LABELS} />
            </select>
          </Field>
        </>
      ) : (
        <>
          <Field label="Method">
            <select {...register('electionMethod')}>
              <Options values={ELECTION_METHODS} labels={ELECTION_METHOD_LABELS} />
            </select>
          </Field>
          {(electionMethod === 'stv' ||
            electionMethod === 'approval' ||
            electionMethod === 'plurality') && (
            <Field label="Seats">
              <input type="number" min={1} {...register('seats', { valueAsNumber: true })} />
            </Field>
          )}
          <Field label="Candidates, one per line">
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
              <Field label="Blank ranks allowed in a row">
                <input {...register('maxSkipped')} />
              </Field>
            </div>
          )}
          <div className="two-col">
            <Field label="Ties are broken by">
              <select {...register('tieBreak')}>
                <Options values={TIE_BREAK_METHODS} labels={TIE_LABELS} />
              </select>
            </Field>
            <Field label="Random draw seed (draw it in the room)">
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
    </Form>
  );
}
