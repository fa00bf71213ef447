import { VolunteerFilterSchema, type VolunteerFilter } from '../../../../shared/volunteers/filter';
import type { VolunteerView } from '../../../../shared/volunteers/schema';
import { api } from '../../api';
import { Field } from '../../ui/Field';
import { Form, useSchemaForm } from '../../ui/Form';
import type { Action } from '../../ui/useAction';
import { AvailabilityChecks, SkillChecks } from './Choices';
import { CountyOptions } from './CountyOptions';

const ANYONE: VolunteerFilter = {
  text: '',
  skills: [],
  language: '',
  county: '',
  availability: [],
  includeDoNotContact: false,
};

/**
 * Find volunteers (`volunteers.list` with a filter): every condition given must hold, e.g.
 * Spanish speakers who drive in Pike County on weekends.
 */
export function VolunteerFilterForm({
  state,
  action,
  onFound,
  onClear,
}: {
  state: string;
  action: Action;
  onFound: (found: VolunteerView[]) => void;
  onClear: () => void;
}) {
  const form = useSchemaForm(VolunteerFilterSchema, ANYONE);
  const { register } = form;
  return (
    <section aria-labelledby="find-heading" className="card">
      <h3 id="find-heading">Find volunteers</h3>
      <Form
        form={form}
        action={action}
        className="form volunteer-filter"
        onSubmit={(filter) => api.volunteers.list(filter)}
        onSuccess={onFound}
        submitLabel="Find"
        askBeforeLeaving={false}
        actions={
          <button
            type="button"
            onClick={() => {
              form.reset(ANYONE);
              onClear();
            }}
          >
            Show everyone
          </button>
        }
      >
        <div className="filter-fields">
          <Field label="Name, email or phone">
            <input type="search" {...register('text')} />
          </Field>
          <Field label="Speaks" hint="A language, e.g. Spanish">
            <input {...register('language')} />
          </Field>
          <Field label="Lives in or travels to">
            <select {...register('county')}>
              <option value="">Any county</option>
              <CountyOptions state={state} />
            </select>
          </Field>
        </div>
        <SkillChecks legend="Can do all of" />
        <AvailabilityChecks legend="Available on all of" />
        <label className="check">
          <input type="checkbox" {...register('includeDoNotContact')} /> Include volunteers who
          asked not to be contacted
        </label>
      </Form>
    </section>
  );
}
