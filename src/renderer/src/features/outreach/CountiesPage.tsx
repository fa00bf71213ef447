import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import type { CountyEntry } from '../../../../shared/contract/outreach';
import {
  CountyProfileInputSchema,
  contactLine,
  electionLine,
  emptyCountyProfile,
  eventLine,
} from '../../../../shared/outreach/county';
import { api, messageOf } from '../../api';
import { QrCode } from '../../ui/QrCode';
import { Field } from '../../ui/Field';
import { Notice } from '../../ui/Notice';
import { useAsync } from '../../ui/useAsync';

type Message = { kind: 'error' | 'success' | 'info'; text: string } | null;

/** Profiles for each of the chapter's counties (the bundled Census list names them). */
export function CountiesPage() {
  const { value: counties, error, reload } = useAsync(() => api.outreach.counties());
  const [editing, setEditing] = useState<string | null>(null);
  const [message, setMessage] = useState<Message>(null);
  return (
    <section aria-labelledby="counties-heading">
      <h2 id="counties-heading">County profiles</h2>
      <p className="muted">
        Who to call, the next meeting, the election and the official polling-place lookup for each
        of the chapter’s counties. New flyers take their meeting and contact from here.
      </p>
      <Notice kind="error">{error}</Notice>
      {message && <Notice kind={message.kind}>{message.text}</Notice>}
      {(counties ?? []).map((county) =>
        editing === county.fips ? (
          <CountyForm
            key={county.fips}
            county={county}
            onCancel={() => setEditing(null)}
            onSaved={() => {
              setEditing(null);
              setMessage({ kind: 'success', text: `Saved the ${county.name} profile.` });
              reload();
            }}
          />
        ) : (
          <CountyCard
            key={county.fips}
            county={county}
            onEdit={() => {
              setMessage(null);
              setEditing(county.fips);
            }}
            onMessage={setMessage}
          />
        ),
      )}
    </section>
  );
}

function CountyCard({
  county,
  onEdit,
  onMessage,
}: {
  county: CountyEntry;
  onEdit: () => void;
  onMessage: (m: Message) => void;
}) {
  const p = county.profile;
  const headingId = `county-${county.fips}`;
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
                      onClick={async () => {
                        try {
                          // Main asks the person before anything leaves the laptop.
                          const request = { url: p.pollingLookupUrl };
                          const { opened } = await api.app.openExternal(request); // eng-disable OPEN_EXTERNAL_JS_CHECK
                          onMessage(
                            opened
                              ? { kind: 'success', text: 'Opened the lookup in your browser.' }
                              : { kind: 'info', text: 'The lookup was not opened.' },
                          );
                        } catch (e) {
                          onMessage({ kind: 'error', text: messageOf(e) });
                        }
                      }}
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
    </article>
  );
}

/** The form keeps languages as one comma-separated line. */
const CountyFormSchema = CountyProfileInputSchema.omit({ languages: true }).extend({
  languages: z.string().max(500),
});
type FormValues = z.input<typeof CountyFormSchema>;
type Parsed = z.output<typeof CountyFormSchema>;

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
  const [error, setError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<FormValues, unknown, Parsed>({
    resolver: zodResolver(CountyFormSchema),
    defaultValues: {
      fips: initial.fips,
      contact: initial.contact,
      event: initial.event,
      electionDate: initial.electionDate,
      pollingLookupUrl: initial.pollingLookupUrl,
      languages: initial.languages.join(', '),
    },
  });
  const headingId = `county-form-${county.fips}`;
  return (
    <section className="card" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {county.name}, {county.state}: profile
      </h3>
      <form
        className="form"
        noValidate
        onSubmit={handleSubmit(async (values) => {
          try {
            await api.outreach.saveCounty({
              ...values,
              languages: values.languages
                .split(',')
                .map((l) => l.trim())
                .filter(Boolean),
            });
            onSaved();
          } catch (e) {
            setError(messageOf(e));
          }
        })}
      >
        <Notice kind="error">{error}</Notice>
        <fieldset>
          <legend>Local contact</legend>
          <Field label="Contact name" error={errors.contact?.name?.message}>
            <input {...register('contact.name')} autoComplete="off" />
          </Field>
          <Field label="Contact phone" error={errors.contact?.phone?.message}>
            <input type="tel" {...register('contact.phone')} autoComplete="off" />
          </Field>
          <Field label="Contact email" error={errors.contact?.email?.message}>
            <input type="email" {...register('contact.email')} autoComplete="off" />
          </Field>
        </fieldset>
        <fieldset>
          <legend>Next meeting or event</legend>
          <Field label="Meeting or event name" error={errors.event?.title?.message}>
            <input {...register('event.title')} autoComplete="off" />
          </Field>
          <Field
            label="Meeting or event name (Spanish)"
            hint="Used on Spanish flyers, e.g. Reunión del capítulo."
            error={errors.event?.titleEs?.message}
          >
            <input lang="es" {...register('event.titleEs')} autoComplete="off" />
          </Field>
          <Field label="Date" error={errors.event?.date?.message}>
            <input type="date" {...register('event.date')} />
          </Field>
          <Field label="Time" error={errors.event?.time?.message}>
            <input type="time" {...register('event.time')} />
          </Field>
          <Field label="Place" error={errors.event?.place?.message}>
            <input {...register('event.place')} autoComplete="off" />
          </Field>
        </fieldset>
        <Field label="Election date" error={errors.electionDate?.message}>
          <input type="date" {...register('electionDate')} />
        </Field>
        <Field
          label="Official polling-place lookup address"
          hint="The election office’s web page where voters find their polling place."
          error={errors.pollingLookupUrl?.message}
        >
          <input type="url" {...register('pollingLookupUrl')} autoComplete="off" />
        </Field>
        <Field
          label="Languages used in outreach"
          hint="Separate languages with commas, e.g. English, Spanish, Somali."
          error={errors.languages?.message}
        >
          <input {...register('languages')} autoComplete="off" />
        </Field>
        <div className="actions">
          <button type="submit" className="primary" disabled={isSubmitting}>
            Save profile
          </button>
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        </div>
      </form>
    </section>
  );
}
