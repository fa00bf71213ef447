import { formatDate } from '../../../../shared/dates';
import { outreachChannels } from '../../../../shared/contract/outreach';
import { LANGUAGE_LABELS, type OutreachSettings } from '../../../../shared/outreach/flyer';
import { api } from '../../api';
import { useChapter } from '../../appStatus';
import { navigate } from '../../router';
import { DataTable } from '../../ui/DataTable';
import { Field } from '../../ui/Field';
import { Form, useSchemaForm } from '../../ui/Form';
import { Notice } from '../../ui/Notice';
import { Options } from '../../ui/Options';
import { useAsync } from '../../ui/useAsync';
import { CountyOptions } from './flyer/CountyOptions';
import { TEMPLATE_LABELS } from './flyer/templateLabels';

export function FlyersPage() {
  const { value: flyers, error } = useAsync(() => api.outreach.flyers());
  const { value: settings } = useAsync(() => api.outreach.settings());
  return (
    <>
      <section aria-labelledby="flyers-heading">
        <h2 id="flyers-heading">Flyers</h2>
        <Notice kind="error">{error}</Notice>
        <DataTable
          caption="Flyers, last changed first"
          captionHidden
          rows={flyers}
          rowKey={(f) => f.id}
          empty="No flyers yet."
          columns={[
            {
              header: 'Flyer',
              rowHeader: true,
              cell: (f) => <a href={`#/outreach/flyers/${f.id}`}>{f.name}</a>,
            },
            { header: 'Template', cell: (f) => TEMPLATE_LABELS[f.template] },
            { header: 'Languages', cell: (f) => LANGUAGE_LABELS[f.languages] },
            { header: 'Last changed', cell: (f) => formatDate(f.updatedAt, 'en-US') },
          ]}
        />
      </section>

      <section className="card" aria-labelledby="new-flyer-heading">
        <h2 id="new-flyer-heading">New flyer</h2>
        <p className="muted">
          Starts from the adopted platform’s highlights and the county’s next meeting and contact.
          Every text can be changed.
        </p>
        <NewFlyerForm />
      </section>

      {settings && <DisclaimerForm initial={settings} />}
    </>
  );
}

/** What `outreach.draftFlyer` starts a flyer from; the editor's route asks for the draft. */
const DraftSchema = outreachChannels['outreach.draftFlyer'].input;

function NewFlyerForm() {
  const chapter = useChapter();
  const form = useSchemaForm(DraftSchema, {
    template: 'half-letter',
    countyFips: chapter.counties[0] ?? null,
  });
  return (
    <Form
      form={form}
      className="form inline"
      onSubmit={(draft) => Promise.resolve(draft)}
      onSuccess={({ template, countyFips }) => {
        const params = new URLSearchParams({ template, county: countyFips ?? '' });
        navigate(`/outreach/flyers/new?${params.toString()}`);
      }}
      submitLabel="Start a flyer"
    >
      <Field label="Template">
        <select {...form.register('template')}>
          <Options labels={TEMPLATE_LABELS} />
        </select>
      </Field>
      <Field label="County">
        <select {...form.register('countyFips')}>
          <CountyOptions fips={chapter.counties} />
        </select>
      </Field>
    </Form>
  );
}

/** The chapter's "Paid for by …" notice, printed in a box on every flyer. */
function DisclaimerForm({ initial }: { initial: OutreachSettings }) {
  const form = useSchemaForm(outreachChannels['outreach.saveSettings'].input, initial);
  const { register } = form;
  return (
    <section className="card" aria-labelledby="disclaimer-heading">
      <h2 id="disclaimer-heading">Disclaimer</h2>
      <p className="muted">
        Printed political material carries a “Paid for by …” notice in a box. Federal, state and
        local rules differ, so write the whole notice as your rules require. Every flyer prints it;
        printing warns while it is empty.
      </p>
      <Form
        form={form}
        onSubmit={(values) => api.outreach.saveSettings(values)}
        success="Disclaimer saved."
        submitLabel="Save disclaimer"
        primary={false}
      >
        <Field
          label="Disclaimer (English)"
          hint="For example: Paid for by Lakeside Egalitarians, 1 Lake St, Cleveland, OH."
        >
          <textarea rows={2} {...register('disclaimer.en')} />
        </Field>
        <Field
          label="Disclaimer (Spanish)"
          hint="Por ejemplo: Pagado por Lakeside Egalitarians, 1 Lake St, Cleveland, OH."
        >
          <textarea rows={2} lang="es" {...register('disclaimer.es')} />
        </Field>
      </Form>
    </section>
  );
}
