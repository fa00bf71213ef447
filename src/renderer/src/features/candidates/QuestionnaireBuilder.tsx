import { formatDate } from '../../../../shared/dates';
import { pluralize } from '../../../../shared/text';
import { useState } from 'react';
import { FormProvider, useWatch } from 'react-hook-form';
import { z } from 'zod';
import {
  QUESTION_TYPE_LABELS,
  SUPPORT_LABELS,
  SUPPORT_LEVELS,
  SupportLevelSchema,
  WeightSchema,
} from '../../../../shared/candidates';
import {
  CustomQuestionInputSchema,
  QuestionnaireInputSchema,
  type CandidatesOverview,
  type CustomQuestionInput,
} from '../../../../shared/contract/candidates';
import { api } from '../../api';
import { navigate } from '../../router';
import { BackLink } from '../../ui/BackLink';
import { DataTable } from '../../ui/DataTable';
import { Field } from '../../ui/Field';
import { Form, parsedAs, useSchemaForm } from '../../ui/Form';
import { Notice } from '../../ui/Notice';
import { useAsync } from '../../ui/useAsync';
import { WEIGHT_LABELS } from './format';
import { ItemOptions, Options } from '../../ui/Options';

type Version = CandidatesOverview['platformVersions'][number];

export function QuestionnaireBuilder() {
  const { value, error } = useAsync(() => api.candidates.list());
  const versions = value?.platformVersions ?? [];
  const [chosen, setChosen] = useState<number | null>(null);
  const version = versions.find((v) => v.number === chosen) ?? versions[0];
  return (
    <section aria-labelledby="builder-heading">
      <BackLink href="#/candidates">Candidates</BackLink>
      <h1 id="builder-heading">New questionnaire</h1>
      <Notice kind="error">{error}</Notice>
      {value && versions.length === 0 && (
        <Notice kind="info">
          No platform version has been adopted yet. Questions come from the adopted platform: adopt
          policies in Platform first.
        </Notice>
      )}
      {version && (
        <>
          <Field
            label="Platform version"
            hint="The questionnaire is pinned to this version: answers are judged against it."
          >
            <select value={version.number} onChange={(e) => setChosen(Number(e.target.value))}>
              {versions.map((v) => (
                <option key={v.number} value={v.number}>
                  {`Version ${v.number} — ${formatDate(v.date, 'en-US')} (${pluralize(v.policies.length, 'policy', 'policies')})`}
                </option>
              ))}
            </select>
          </Field>
          <Builder key={version.number} version={version} />
        </>
      )}
    </section>
  );
}

/** The builder's fields: one row a policy (in the version's order) and the word limit as typed. */
const FieldsSchema = z.object({
  title: z.string(),
  rows: z.array(
    z.object({ weight: WeightSchema, stance: SupportLevelSchema, mustMatch: z.boolean() }),
  ),
  rightsMustMatch: z.boolean(),
  wordLimit: z
    .string()
    .regex(/^\s*\d*\s*$/, 'The word limit is a whole number of words, or blank for no limit.'),
  custom: z.array(CustomQuestionInputSchema),
});
type Fields = z.infer<typeof FieldsSchema>;

/** What `candidates.createQuestionnaire` receives: only weights and stances that differ from the default. */
function questionnaireSchema(version: Version) {
  const ids = version.policies.map((p) => p.id);
  const pick = <T,>(rows: Fields['rows'], get: (r: Fields['rows'][number]) => T, skip: T) =>
    Object.fromEntries(
      rows.flatMap((r, i) => (get(r) !== skip && ids[i] ? [[ids[i], get(r)]] : [])),
    ) as Record<string, T>;
  return FieldsSchema.transform(
    parsedAs(
      QuestionnaireInputSchema,
      (f: Fields) => ({
        platformVersion: version.number,
        ...(f.title.trim() ? { title: f.title } : {}),
        weights: pick(f.rows, (r) => r.weight, 'standard'),
        stances: pick(f.rows, (r) => r.stance, 'strongly-support'),
        mustMatch: ids.filter((_, i) => f.rows[i]?.mustMatch),
        rightsMustMatch: f.rightsMustMatch,
        wordLimit: f.wordLimit.trim() === '' ? null : Number(f.wordLimit),
        custom: f.custom,
      }),
      ([first]) =>
        first === 'weights' || first === 'stances' || first === 'mustMatch'
          ? 'rows'
          : String(first ?? ''),
    ),
  );
}

function Builder({ version }: { version: Version }) {
  const [schema] = useState(() => questionnaireSchema(version));
  const form = useSchemaForm(schema, {
    title: '',
    rows: version.policies.map(() => ({
      weight: 'standard' as const,
      stance: 'strongly-support' as const,
      mustMatch: false,
    })),
    rightsMustMatch: true,
    wordLimit: '150',
    custom: [],
  });
  const { register, control, setValue } = form;
  const custom = useWatch({ control, name: 'custom' });
  const areaName = (id: string | null) => version.areas.find((a) => a.id === id)?.name ?? 'Other';

  return (
    <Form
      form={form}
      className="form wide"
      onSubmit={(input) => api.candidates.createQuestionnaire(input)}
      onSuccess={(q) => navigate(`/candidates/questionnaires/${q.id}`)}
      submitLabel="Create questionnaire"
      actions={<a href="#/candidates">Cancel</a>}
    >
      <Field
        label="Title (optional)"
        hint={`Default: Candidate questionnaire (platform version ${version.number})`}
      >
        <input {...register('title')} autoComplete="off" />
      </Field>
      <fieldset>
        <legend>Secured Rights: one yes/no pledge each</legend>
        <ol>
          {version.rights.map((r) => (
            <li key={r.id}>{r.title}</li>
          ))}
        </ol>
        <label className="check">
          <input type="checkbox" {...register('rightsMustMatch')} /> Every pledge must match (a “no”
          is listed first as a must-match failure)
        </label>
      </fieldset>
      <DataTable
        className="table compact"
        caption="Policies: one support-scale question each"
        rows={version.policies}
        rowKey={(p) => p.id}
        columns={[
          { header: 'Area', cell: (p) => areaName(p.areaId) },
          { header: 'Policy', rowHeader: true, cell: (p) => p.title },
          {
            header: 'Weight',
            cell: (p, i) => (
              <select aria-label={`Weight of ${p.title}`} {...register(`rows.${i}.weight`)}>
                <Options labels={WEIGHT_LABELS} />
              </select>
            ),
          },
          {
            header: 'Platform’s stance',
            cell: (p, i) => (
              <select aria-label={`Stance on ${p.title}`} {...register(`rows.${i}.stance`)}>
                <Options values={SUPPORT_LEVELS} labels={SUPPORT_LABELS} />
              </select>
            ),
          },
          {
            header: 'Must match',
            cell: (p, i) => (
              <input
                type="checkbox"
                aria-label={`${p.title} must match`}
                {...register(`rows.${i}.mustMatch`)}
              />
            ),
          },
        ]}
      />
      <Field label="Word limit per answer" hint="Blank for no limit.">
        <input inputMode="numeric" {...register('wordLimit')} />
      </Field>

      <fieldset aria-labelledby="custom-legend">
        <legend id="custom-legend">The chapter’s own questions</legend>
        {custom.length > 0 && (
          <ol>
            {custom.map((c, i) => (
              <li key={i}>
                <span className="muted">
                  {QUESTION_TYPE_LABELS[c.type]} · {areaName(c.areaId)}
                  {c.type !== 'open' ? ` · ${c.weight}${c.mustMatch ? ' · must match' : ''}` : ''}
                </span>{' '}
                {c.prompt}{' '}
                <button
                  type="button"
                  aria-label={`Remove question ${i + 1}`}
                  onClick={() =>
                    setValue(
                      'custom',
                      custom.filter((_, j) => j !== i),
                    )
                  }
                >
                  Remove
                </button>
              </li>
            ))}
          </ol>
        )}
        <CustomQuestionDraft
          version={version}
          onAdd={(question) => setValue('custom', [...custom, question])}
        />
      </fieldset>
    </Form>
  );
}

const NEW_CUSTOM: CustomQuestionInput = {
  type: 'open',
  prompt: '',
  areaId: null,
  weight: 'standard',
  mustMatch: false,
  stance: 'strongly-support',
  expected: 'yes',
  wordLimit: null,
};

/**
 * The chapter's own question being written: a form of its own (CustomQuestionInputSchema)
 * inside the questionnaire's, added to the list by its button rather than submitted.
 */
function CustomQuestionDraft({
  version,
  onAdd,
}: {
  version: Version;
  onAdd: (question: CustomQuestionInput) => void;
}) {
  const draft = useSchemaForm(CustomQuestionInputSchema, NEW_CUSTOM);
  const { register } = draft;
  const type = useWatch({ control: draft.control, name: 'type' });
  return (
    <FormProvider {...draft}>
      <div className="two-col">
        <Field label="Question type">
          <select {...register('type')}>
            <Options labels={QUESTION_TYPE_LABELS} />
          </select>
        </Field>
        <Field label="Policy area">
          <select {...register('areaId', { setValueAs: (v: string | null) => v || null })}>
            <option value="">Other questions</option>
            <ItemOptions items={version.areas} label={(a) => a.name} />
          </select>
        </Field>
      </div>
      <Field label="Question text">
        <textarea rows={2} {...register('prompt')} />
      </Field>
      {type !== 'open' && (
        <div className="two-col">
          <Field label="Question weight">
            <select {...register('weight')}>
              <Options labels={WEIGHT_LABELS} />
            </select>
          </Field>
          {type === 'scale' && (
            <Field label="Chapter’s answer">
              <select {...register('stance')}>
                <Options values={SUPPORT_LEVELS} labels={SUPPORT_LABELS} />
              </select>
            </Field>
          )}
          {type === 'pledge' && (
            <Field label="Expected answer">
              <select {...register('expected')}>
                <option value="yes">Yes</option>
                <option value="no">No</option>
              </select>
            </Field>
          )}
          <label className="check">
            <input type="checkbox" {...register('mustMatch')} /> Must match
          </label>
        </div>
      )}
      <button
        type="button"
        onClick={() =>
          void draft.handleSubmit((question) => {
            onAdd(question);
            draft.reset(NEW_CUSTOM);
          })()
        }
      >
        Add this question
      </button>
    </FormProvider>
  );
}
