import { useState } from 'react';
import { useWatch } from 'react-hook-form';
import {
  candidatesChannels,
  type CandidatesOverview,
  type ComparisonView,
} from '../../../../shared/contract/candidates';
import { api } from '../../api';
import { BackLink } from '../../ui/BackLink';
import { ComparisonTable } from '../../ui/ComparisonTable';
import { Checklist, Field } from '../../ui/Field';
import { Form, useSchemaForm } from '../../ui/Form';
import { ActionNotice, Notice } from '../../ui/Notice';
import { ItemOptions } from '../../ui/Options';
import { savedLine } from '../../ui/savedLine';
import { useAction, type Action } from '../../ui/useAction';
import { useAsync } from '../../ui/useAsync';

const CompareSchema = candidatesChannels['candidates.compare'].input;

export function ComparisonPage({ initialQuestionnaire }: { initialQuestionnaire: string | null }) {
  const { value: overview, error } = useAsync(() => api.candidates.list());
  const [view, setView] = useState<ComparisonView | null>(null);
  const action = useAction();
  const qs = overview?.questionnaires ?? [];
  return (
    <section aria-labelledby="compare-heading">
      <BackLink href="#/candidates">Candidates</BackLink>
      <h1 id="compare-heading">Compare candidates side by side</h1>
      <Notice kind="error">{error}</Notice>
      <ActionNotice action={action} />
      {overview &&
        (qs.length === 0 ? (
          <p className="muted">Create a questionnaire first.</p>
        ) : (
          <ComparisonForm
            overview={overview}
            initialQuestionnaire={initialQuestionnaire}
            action={action}
            onShow={setView}
          />
        ))}
      {view && (
        <div className="table-scroll">
          <p className="muted">
            {view.questionnaire.title}: rows are questions grouped by area, columns are candidates.
            Unanswered questions {view.nonAnswers === 'exclude' ? 'are left out of' : 'score 0 in'}{' '}
            the alignment.
          </p>
          <ComparisonTable comparison={view.comparison} />
        </div>
      )}
    </section>
  );
}

function ComparisonForm({
  overview,
  initialQuestionnaire,
  action,
  onShow,
}: {
  overview: CandidatesOverview;
  initialQuestionnaire: string | null;
  action: Action;
  onShow: (view: ComparisonView | null) => void;
}) {
  const form = useSchemaForm(CompareSchema, {
    questionnaireId: initialQuestionnaire || overview.questionnaires[0]?.id || '',
    candidateIds: overview.candidates.map((c) => c.candidate.id),
  });
  const [questionnaireId, candidateIds] = useWatch({
    control: form.control,
    name: ['questionnaireId', 'candidateIds'],
  });
  return (
    <Form
      form={form}
      action={action}
      className="form wide"
      onSubmit={(input) =>
        api.candidates.compare(input).catch((e: unknown) => {
          onShow(null);
          throw e;
        })
      }
      onSuccess={onShow}
      submitLabel="Show the comparison"
      actions={
        <button
          type="button"
          disabled={!candidateIds?.length || action.busy}
          onClick={() =>
            void action.run(
              () =>
                api.print.save({
                  document: 'candidate-comparison',
                  params: {
                    questionnaireId: questionnaireId ?? '',
                    candidateIds: candidateIds ?? [],
                  },
                }),
              { success: savedLine('the PDF') },
            )
          }
        >
          Save as PDF (landscape)
        </button>
      }
    >
      <Field label="Questionnaire">
        <select {...form.register('questionnaireId')}>
          <ItemOptions items={overview.questionnaires} label={(q) => q.title} />
        </select>
      </Field>
      <Checklist
        name="candidateIds"
        legend="Candidates to compare"
        gridClassName="member-grid"
        options={overview.candidates.map((s) => ({
          value: s.candidate.id,
          label: s.candidate.name,
        }))}
      />
    </Form>
  );
}
