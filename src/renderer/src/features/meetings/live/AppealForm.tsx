import { meetingsChannels } from '../../../../../shared/contract/meetings';
import { api } from '../../../api';
import { navigate } from '../../../router';
import { Field } from '../../../ui/Field';
import { Form, useSchemaForm } from '../../../ui/Form';
import type { Action } from '../../../ui/useAction';

const AppealSchema = meetingsChannels['meetings.appeal'].input.pick({ by: true });

/** Appeals the chair's ruling on a point: it opens a majority vote. */
export function AppealForm({
  meetingId,
  pointId,
  action,
}: {
  meetingId: string;
  pointId: string;
  action: Action;
}) {
  const form = useSchemaForm(AppealSchema, { by: '' });
  return (
    <Form
      form={form}
      action={action}
      className="form inline"
      aria-label="Appeal the ruling"
      onSubmit={({ by }) => api.meetings.appeal({ id: meetingId, pointId, by })}
      onSuccess={({ voteId }) => navigate(`/votes/${voteId}`)}
      submitLabel="Appeal the ruling (majority vote)"
      primary={false}
    >
      <Field label="Appealed by">
        <input list="present-names" {...form.register('by')} />
      </Field>
    </Form>
  );
}
