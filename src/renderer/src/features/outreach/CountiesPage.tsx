import { useState } from 'react';
import { z } from 'zod';
import { outreachChannels, type CountyEntry } from '../../../../shared/contract/outreach';
import {
  contactLine,
  electionLine,
  emptyCountyProfile,
  eventLine,
} from '../../../../shared/outreach/county';
import { api } from '../../api';
import { QrCode } from '../../ui/QrCode';
import { Field } from '../../ui/Field';
import { Form, parsedAs, useSchemaForm } from '../../ui/Form';
import { ActionNotice, Notice } from '../../ui/Notice';
import { useAction } from '../../ui/useAction';
import { useAsync } from '../../ui/useAsync';

/** Profiles for each of the chapter's counties (the bundled Census list names them). */
export function CountiesPage() {
  const { value: counties, error, reload } = useAsync(() => api.outreach.counties());
  const [editing, setEditing] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  return (
    <section aria-labelledby="counties-heading">
      <h2 id="counties-heading">County profiles</h2>
      <p className="muted">
        Who to call, the next meeting, the election and the official polling-place lookup for each
        of the chapter’s counties. New flyers take their meeting and contact from here.
      </p>
      <Notice kind="error">{error}</Notice>
      <Notice kind="success">{saved}</Notice>
      {(counties ?? []).map((county) =>
        editing === county.fips ? (
          <CountyForm
            key={county.fips}
            county={county}
            onCancel={() => setEditing(null)}
            onSaved={() => {
              setEditing(null);
              setSaved(`Saved the ${county.name} profile.`);
              reload();
            }}
          />
        ) : (
          <CountyCard
            key={county.fips}
            county={county}
            onEdit={() => {
              setSaved(null);
              setEditing(county.fips);
            }}
          />
        ),
      )}
    </section>
  );
}

function CountyCard({ county, onEdit }: { county: CountyEntry; onEdit: () => void }) {
  const p = county.profile;
  const headingId = `county-${county.fips}`;
  // Opening the lookup: main asks the person before anything leaves the laptop.
  const open = useAction();
  const [info, setInfo] = useState<string | null>(null);
  const openLookup = (url: string) => {
    setInfo(null);
    const ask = () => api.app.openExternal({ url }); // eng-disable OPEN_EXTERNAL_JS_CHECK
    void open.run(ask, {
      success: ({ opened }) => (opened ? 'Opened the lookup in your browser.' : null),
      onSuccess: ({ opened }) => setInfo(opened ? null : 'The lookup was not opened.'),
    });
  };
  return (
    <article className="card county-card" aria-labelledby={headingId}>
      <div className="page-head">
        <h3 id={headingId}>
          {county.name}, {county.state}
        </h3>
        <button type="button" onClick={onEdit}>
          {p ? `Edit ${county.name} profile` : `Write ${county.name} profile`}
        </button>
      </div>
      {!p ? (
        <p className="muted">No profile yet.</p>
      ) : (
        <div className="county-profile">
          <dl className="county-facts">
            <div>
              <dt>Local contact</dt>
              <dd>{contactLine(p.contact) || 'Not set'}</dd>
            </div>
            <div>
              <dt>Next meeting or event</dt>
              <dd>{eventLine(p.event, 'en') || 'Not set'}</dd>
            </div>
            <div>
              <dt>Election</dt>
              <dd>{electionLine(p.electionDate, 'en') || 'Not set'}</dd>
            </div>
            <div>
              <dt>Languages used in outreach</dt>
              <dd>{p.languages.length ? p.languages.join(', ') : 'Not set'}</dd>
            </div>
            <div>
              <dt>Polling-place lookup</dt>
              <dd>
                {p.pollingLookupUrl ? (
                  <>
                    <span className="url-text">{p.pollingLookupUrl}</span>{' '}
                    <button
                      type="button"
                      disabled={open.busy}
                      onClick={() => openLookup(p.pollingLookupUrl)}
                    >
                      Open the lookup in a browser…
                    </button>
                  </>
                ) : (
                  'Not set'
                )}
              </dd>
            </div>
          </dl>
          {p.pollingLookupUrl && (
            <figure className="county-qr">
              <QrCode url={p.pollingLookupUrl} className="county-qr-code" />
              <figcaption>Scan to find a polling place</figcaption>
            </figure>
          )}
        </div>
      )}
      <ActionNotice action={open} />
      <Notice kind="info">{info}</Notice>
    </article>
  );
}

const text = z.string();
/** The form's fields: languages are typed as one comma-separated line. */
const CountyFieldsSchema = z.object({
  fips: text,
  contact: z.object({ name: text, phone: text, email: text }),
  event: z.object({ title: text, titleEs: text, date: text, time: text, place: text }),
  electionDate: text,
  pollingLookupUrl: text,
  languages: text,
});
type CountyFields = z.infer<typeof CountyFieldsSchema>;

/** Checked by `outreach.saveCounty`'s own schema; a language's issue shows on the languages line. */
const CountyFormSchema = CountyFieldsSchema.transform(
  parsedAs(
    outreachChannels['outreach.saveCounty'].input,
    (f: CountyFields) => ({
      ...f,
      languages: f.languages
        .split(',')
        .map((l) => l.trim())
        .filter(Boolean),
    }),
    (path) => (path[0] === 'languages' ? 'languages' : path.map(String).join('.')),
  ),
);

function CountyForm({
  county,
  onCancel,
  onSaved,
}: {
  county: CountyEntry;
  onCancel: () => void;
  onSaved: () => void;
}) {
  const initial = county.profile ?? emptyCountyProfile(county.fips);
  const form = useSchemaForm(CountyFormSchema, {
    fips: initial.fips,
    contact: initial.contact,
    event: initial.event,
    electionDate: initial.electionDate,
    pollingLookupUrl: initial.pollingLookupUrl,
    languages: initial.languages.join(', '),
  });
  const { register } = form;
  const headingId = `county-form-${county.fips}`;
  return (
    <section className="card" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {county.name}, {county.state}: profile
      </h3>
      <Form
        form={form}
        onSubmit={(profile) => api.outreach.saveCounty(profile)}
        onSuccess={onSaved}
        submitLabel="Save profile"
        onCancel={onCancel}
      >
        <fieldset>
          <legend>Local contact</legend>
          <Field label="Contact name">
            <input {...register('contact.name')} autoComplete="off" />
          </Field>
          <Field label="Contact phone">
            <input type="tel" {...register('contact.phone')} autoComplete="off" />
          </Field>
          <Field label="Contact email">
            <input type="email" {...register('contact.email')} autoComplete="off" />
          </Field>
        </fieldset>
        <fieldset>
          <legend>Next meeting or event</legend>
          <Field label="Meeting or event name">
            <input {...register('event.title')} autoComplete="off" />
          </Field>
          <Field
            label="Meeting or event name (Spanish)"
            hint="Used on Spanish flyers, e.g. Reunión del capítulo."
          >
            <input lang="es" {...register('event.titleEs')} autoComplete="off" />
          </Field>
          <Field label="Date">
            <input type="date" {...register('event.date')} />
          </Field>
          <Field label="Time">
            <input type="time" {...register('event.time')} />
          </Field>
          <Field label="Place">
            <input {...register('event.place')} autoComplete="off" />
          </Field>
        </fieldset>
        <Field label="Election date">
          <input type="date" {...register('electionDate')} />
        </Field>
        <Field
          label="Official polling-place lookup address"
          hint="The election office’s web page where voters find their polling place."
        >
          <input type="url" {...register('pollingLookupUrl')} autoComplete="off" />
        </Field>
        <Field
          label="Languages used in outreach"
          hint="Separate languages with commas, e.g. English, Spanish, Somali."
        >
          <input {...register('languages')} autoComplete="off" />
        </Field>
      </Form>
    </section>
  );
}
