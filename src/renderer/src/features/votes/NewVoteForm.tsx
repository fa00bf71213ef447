import { useWatch } from 'react-hook-form';
import { z } from 'zod';
import { THRESHOLD_LABELS, THRESHOLDS, ThresholdSchema } from '../../../../shared/schema/chapter';
import {
  ELECTION_METHOD_LABELS,
  MOTION_METHOD_LABELS,
  MOTION_METHODS,
  MotionMethodSchema,
  VoteDefinitionSchema,
  type VoteDefinition,
  type VoteDefinitionInput,
} from '../../../../shared/voteLog/definition';
import { ELECTION_METHODS, ElectionMethodSchema } from '../../../../shared/voting/result';
import { api } from '../../api';
import { useChapter } from '../../appStatus';
import { Field } from '../../ui/Field';
import { Form, parsedAs, useSchemaForm } from '../../ui/Form';
import { Options } from '../../ui/Options';
import {
  RULE_FIELD_DEFAULTS,
  ruleFieldOf,
  RuleFieldsSchema,
  rulesOf,
  seatsShown,
} from './electionRules';
import { ElectionRulesFields } from './ElectionRulesFields';

/** The form's own fields (flat: one form for both kinds; the ballot rules in electionRules.ts). */
const FieldsSchema = RuleFieldsSchema.extend({
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
  doubleEntry: z.boolean(),
  allowWriteIns: z.boolean(),
});
type FormValues = z.infer<typeof FieldsSchema>;

/** Where an issue of the vote's definition (`votes.open`) shows on this form. */
function fieldOf(kind: FormValues['kind'], path: readonly PropertyKey[]): string {
  const [first = '', ...rest] = path.map(String);
  if (first === 'method') return kind === 'motion' ? 'motionMethod' : 'electionMethod';
  if (first === 'rules') return ruleFieldOf(rest);
  return first;
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
    seats: seatsShown(f.electionMethod, f) ? f.seats : 1,
    candidates: f.candidates.split('\n').map(trim).filter(Boolean),
    doubleEntry: f.doubleEntry,
    allowWriteIns: f.allowWriteIns,
    rules: rulesOf(f, f.electionMethod, f.allowWriteIns),
  };
}

/** The form's values, checked as `votes.open` checks the definition they make. */
const FormSchema = FieldsSchema.transform((values, ctx) =>
  parsedAs(VoteDefinitionSchema, toDefinition, (path) => fieldOf(values.kind, path))(values, ctx),
);

/**
 * A new vote's definition. `open` sends it (by default `votes.open`; the live meeting opens an
 * election under its item); `only` leaves one kind to choose.
 */
export function NewVoteForm({
  onCreated,
  onCancel,
  open = (definition) => api.votes.open(definition),
  only,
}: {
  onCreated: (id: string) => void;
  onCancel: () => void;
  open?: (definition: VoteDefinition) => Promise<{ id: string }>;
  only?: FormValues['kind'];
}) {
  const chapter = useChapter();
  const form = useSchemaForm(FormSchema, {
    kind: only ?? 'motion',
    title: '',
    text: '',
    mover: '',
    seconder: '',
    motionMethod: 'show-of-hands',
    threshold: chapter.defaultThreshold,
    electionMethod: 'irv',
    seats: 1,
    candidates: '',
    ...RULE_FIELD_DEFAULTS,
    doubleEntry: true,
    allowWriteIns: false,
  });
  const { register, control } = form;
  const kind = useWatch({ control, name: 'kind' });
  const [electionMethod, winnerMode, bottomsUpPercent, allowWriteIns] = useWatch({
    control,
    name: ['electionMethod', 'winnerMode', 'bottomsUpPercent', 'allowWriteIns'],
  });

  return (
    <Form
      form={form}
      onSubmit={open}
      onSuccess={({ id }) => onCreated(id)}
      submitLabel="Open the vote"
      onCancel={onCancel}
    >
      {!only && (
        <fieldset className="segmented">
          <legend>What is decided</legend>
          <label className="check">
            <input type="radio" value="motion" {...register('kind')} /> A motion (yes / no)
          </label>
          <label className="check">
            <input type="radio" value="election" {...register('kind')} /> An election among
            candidates or options
          </label>
        </fieldset>
      )}
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
          <Field label="Candidates, one per line">
            <textarea rows={5} {...register('candidates')} />
          </Field>
          <ElectionRulesFields
            method={electionMethod}
            allowWriteIns={allowWriteIns}
            seats={
              seatsShown(electionMethod, { winnerMode, bottomsUpPercent }) && (
                <Field label="Seats">
                  <input type="number" min={1} {...register('seats', { valueAsNumber: true })} />
                </Field>
              )
            }
          />
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
