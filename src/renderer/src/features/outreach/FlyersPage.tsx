import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import {
  FLYER_TEMPLATES,
  LANGUAGE_LABELS,
  OutreachSettingsSchema,
  TEMPLATE_INFO,
  type FlyerTemplate,
  type OutreachSettings,
} from '../../../../shared/outreach/flyer';
import { api, messageOf } from '../../api';
import { useChapter } from '../../appStatus';
import { navigate } from '../../router';
import { Field } from '../../ui/Field';
import { Notice } from '../../ui/Notice';
import { useAsync } from '../../ui/useAsync';
import { useCounties } from '../../ui/useCounties';

export function FlyersPage() {
  const chapter = useChapter();
  const { countyLabel } = useCounties();
  const { value: flyers, error } = useAsync(() => api.outreach.flyers());
  const { value: settings } = useAsync(() => api.outreach.settings());
  const [template, setTemplate] = useState<FlyerTemplate>('half-letter');
  const [county, setCounty] = useState(chapter.counties[0] ?? '');
  return (
    <>
      <section aria-labelledby="flyers-heading">
        <h2 id="flyers-heading">Flyers</h2>
        <Notice kind="error">{error}</Notice>
        <table className="table">
          <caption className="visually-hidden">Flyers, last changed first</caption>
          <thead>
            <tr>
              <th scope="col">Flyer</th>
              <th scope="col">Template</th>
              <th scope="col">Languages</th>
              <th scope="col">Last changed</th>
            </tr>
          </thead>
          <tbody>
            {(flyers ?? []).map((f) => (
              <tr key={f.id}>
                <th scope="row">
                  <a href={`#/outreach/flyers/${f.id}`}>{f.name}</a>
                </th>
                <td>{TEMPLATE_INFO[f.template].label}</td>
                <td>{LANGUAGE_LABELS[f.languages]}</td>
                <td>{new Date(f.updatedAt).toLocaleDateString()}</td>
              </tr>
            ))}
            {flyers && flyers.length === 0 && (
              <tr>
                <td colSpan={4} className="muted">
                  No flyers yet.
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </section>

      <section className="card" aria-labelledby="new-flyer-heading">
        <h2 id="new-flyer-heading">New flyer</h2>
        <p className="muted">
          Starts from the adopted platform’s highlights and the county’s next meeting and contact.
          Every text can be changed.
        </p>
        <form
          className="form inline"
          onSubmit={(e) => {
            e.preventDefault();
            const params = new URLSearchParams({ template, county });
            navigate(`/outreach/flyers/new?${params.toString()}`);
          }}
        >
          <label>
            Template
            <select value={template} onChange={(e) => setTemplate(e.target.value as FlyerTemplate)}>
              {FLYER_TEMPLATES.map((t) => (
                <option key={t} value={t}>
                  {TEMPLATE_INFO[t].label}
                </option>
              ))}
            </select>
          </label>
          <label>
            County
            <select value={county} onChange={(e) => setCounty(e.target.value)}>
              {chapter.counties.map((fips) => (
                <option key={fips} value={fips}>
                  {countyLabel(fips)}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" className="primary">
            Start a flyer
          </button>
        </form>
      </section>

      {settings && <DisclaimerForm initial={settings} />}
    </>
  );
}

type FormValues = z.input<typeof OutreachSettingsSchema>;

/** The chapter's "Paid for by …" notice, printed in a box on every flyer. */
function DisclaimerForm({ initial }: { initial: OutreachSettings }) {
  const [message, setMessage] = useState<{ kind: 'error' | 'success'; text: string } | null>(null);
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<FormValues, unknown, OutreachSettings>({
    resolver: zodResolver(OutreachSettingsSchema),
    defaultValues: initial,
  });
  return (
    <section className="card" aria-labelledby="disclaimer-heading">
      <h2 id="disclaimer-heading">Disclaimer</h2>
      <p className="muted">
        Printed political material carries a “Paid for by …” notice in a box. Federal, state and
        local rules differ, so write the whole notice as your rules require. Every flyer prints it;
        printing warns while it is empty.
      </p>
      {message && <Notice kind={message.kind}>{message.text}</Notice>}
      <form
        className="form"
        noValidate
        onSubmit={handleSubmit(async (values) => {
          try {
            await api.outreach.saveSettings(values);
            setMessage({ kind: 'success', text: 'Disclaimer saved.' });
          } catch (e) {
            setMessage({ kind: 'error', text: messageOf(e) });
          }
        })}
      >
        <Field
          label="Disclaimer (English)"
          hint="For example: Paid for by Lakeside Egalitarians, 1 Lake St, Cleveland, OH."
          error={errors.disclaimer?.en?.message}
        >
          <textarea rows={2} {...register('disclaimer.en')} />
        </Field>
        <Field
          label="Disclaimer (Spanish)"
          hint="Por ejemplo: Pagado por Lakeside Egalitarians, 1 Lake St, Cleveland, OH."
          error={errors.disclaimer?.es?.message}
        >
          <textarea rows={2} lang="es" {...register('disclaimer.es')} />
        </Field>
        <button type="submit" disabled={isSubmitting}>
          Save disclaimer
        </button>
      </form>
    </section>
  );
}
