import { platformChannels } from '../../../../shared/contract/platform';
import { reviewStatus, type FindingKind, type Policy } from '../../../../shared/platform';
import { api } from '../../api';
import { DataTable } from '../../ui/DataTable';
import { Field } from '../../ui/Field';
import { Form, useSchemaForm } from '../../ui/Form';
import type { Action } from '../../ui/useAction';
import type { PolicySectionProps } from './types';

const FINDING_LABELS: Record<FindingKind, string> = {
  'no-conflict': 'No conflict',
  conflict: 'Conflict',
  'needs-discussion': 'Needs discussion',
};

const FindingSchema = platformChannels['platform.recordFinding'].input.omit({
  policyId: true,
  rightId: true,
});

type Row = ReturnType<typeof reviewStatus>['rows'][number];

/** A finding for every Secured Right; a conflict (or a right not reviewed) keeps the policy from a vote. */
export function ReviewGrid({ policy, view, action }: PolicySectionProps) {
  const review = reviewStatus(policy, view.platform.rights);
  const closed =
    policy.status === 'adopted' || policy.status === 'rejected' || policy.status === 'withdrawn';
  return (
    <section className="card review-grid" aria-labelledby="review-heading">
      <h2 id="review-heading">Rights review</h2>
      <p className="muted">
        A finding for every Secured Right. Any right marked in conflict (or not reviewed) keeps the
        policy from a vote; one that still needs discussion keeps it from adoption. An amendment to
        the text calls for a new review.
      </p>
      <DataTable
        className="table compact"
        caption="Findings per Secured Right"
        captionHidden
        rows={review.rows}
        rowKey={(row) => row.right.id}
        columns={[
          {
            header: 'Secured Right',
            rowHeader: true,
            cell: (row) => `${row.right.number}. ${row.right.title}`,
          },
          {
            header: 'Finding',
            cell: (row) =>
              row.state === 'missing' ? (
                'Not reviewed'
              ) : row.state === 'stale' ? (
                row.finding?.rightVersion !== row.right.version ? (
                  'Right reworded since review'
                ) : (
                  'Text amended since review'
                )
              ) : (
                <span
                  className={`tag ${row.state === 'conflict' ? 'conflict' : row.state === 'no-conflict' ? 'ok' : ''}`}
                >
                  {FINDING_LABELS[row.state]}
                </span>
              ),
          },
          { header: 'Note', cell: (row) => row.finding?.note },
          { header: 'By', cell: (row) => row.finding?.by },
          !closed && {
            header: 'Record a finding',
            cell: (row) => <FindingForm policy={policy} row={row} action={action} />,
          },
        ]}
      />
      {review.rows.length === 0 && (
        <p className="muted">There are no Secured Rights to review against yet.</p>
      )}
    </section>
  );
}

function FindingForm({ policy, row, action }: { policy: Policy; row: Row; action: Action }) {
  const form = useSchemaForm(FindingSchema, {
    finding: row.finding?.finding ?? 'no-conflict',
    note: '',
    by: '',
  });
  const { register } = form;
  const title = row.right.title;
  return (
    <Form
      form={form}
      action={action}
      className="form inline"
      aria-label={`Finding on ${title}`}
      onSubmit={(finding) =>
        api.platform.recordFinding({ policyId: policy.id, rightId: row.right.id, ...finding })
      }
      success="Finding recorded."
      submitLabel="Record"
      primary={false}
    >
      <Field label={`Finding on ${title}`} hideLabel>
        <select {...register('finding')}>
          {(Object.keys(FINDING_LABELS) as FindingKind[]).map((k) => (
            <option key={k} value={k}>
              {FINDING_LABELS[k]}
            </option>
          ))}
        </select>
      </Field>
      <Field label={`Note on ${title}`} hideLabel>
        <input {...register('note')} placeholder="Note" />
      </Field>
      <Field label={`Reviewer for ${title}`} hideLabel>
        <input {...register('by')} placeholder="Your name" />
      </Field>
    </Form>
  );
}
