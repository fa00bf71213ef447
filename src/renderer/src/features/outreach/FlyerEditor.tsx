/**
 * The flyer editor: the form beside a live preview that renders the same sheets as the print
 * route, scaled. Each text box of the preview is measured; a text that does not fit is named
 * here and the flyer is not printed until it fits (paper would cut it off silently).
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useFieldArray, useForm } from 'react-hook-form';
import type { CountyEntry } from '../../../../shared/contract/outreach';
import type { CountyProfile, Lang } from '../../../../shared/outreach/county';
import {
  FLYER_LANGUAGES,
  FLYER_LAYOUTS,
  FLYER_TEMPLATES,
  FlyerContentSchema,
  FlyerTemplateSchema,
  LANGUAGE_LABELS,
  LANG_NAMES,
  LAYOUT_LABELS,
  TEMPLATE_INFO,
  countyTexts,
  effectiveLayout,
  fieldLabel,
  languagesOf,
  printWarnings,
  type FlyerContent,
  type FlyerContentInput,
  type HighlightOption,
  type OutreachSettings,
} from '../../../../shared/outreach/flyer';
import { api, messageOf } from '../../api';
import { useChapter } from '../../appStatus';
import { FlyerSheets, faces, loadFlyerFonts, type FlyerArt } from '../../ui/flyer/FlyerSheets';
import { navigate, useRoute } from '../../router';
import { Field } from '../../ui/Field';
import { Modal } from '../../ui/Modal';
import { Notice } from '../../ui/Notice';
import { useAsync } from '../../ui/useAsync';
import { useCounties } from '../../ui/useCounties';

type Message = { kind: 'error' | 'success' | 'info'; text: string } | null;

/** `#/outreach/flyers/new?template=…&county=…` starts a draft; `#/outreach/flyers/<id>` edits. */
export function FlyerEditorPage({ id }: { id: string }) {
  const { params } = useRoute();
  const isNew = id === 'new';
  const template = FlyerTemplateSchema.catch('half-letter').parse(params.get('template'));
  const county = params.get('county') || null;
  const { value, error } = useAsync(async () => {
    const [content, settings, highlights, counties] = await Promise.all([
      isNew
        ? api.outreach.draftFlyer({ countyFips: county, template })
        : api.outreach.flyer({ id }),
      api.outreach.settings(),
      api.outreach.highlightOptions(),
      api.outreach.counties(),
    ]);
    return { content, settings, highlights, counties };
  });
  if (error) return <Notice kind="error">{error}</Notice>;
  if (!value) return <div aria-busy="true" />;
  return (
    <FlyerEditor
      id={isNew ? null : id}
      initial={contentOf(value.content)}
      settings={value.settings}
      options={value.highlights.options}
      platformVersion={value.highlights.platformVersion}
      counties={value.counties}
    />
  );
}

function contentOf(flyer: FlyerContentInput): FlyerContentInput {
  return {
    name: flyer.name,
    template: flyer.template,
    languages: flyer.languages,
    layout: flyer.layout,
    countyFips: flyer.countyFips,
    headline: { ...flyer.headline },
    highlights: flyer.highlights.map((h) => ({ policyId: h.policyId, text: { ...h.text } })),
    callToAction: { ...flyer.callToAction },
    event: { ...flyer.event },
    contact: { ...flyer.contact },
    qrUrl: flyer.qrUrl,
  };
}

type TextName = 'headline' | 'callToAction' | 'event' | 'contact';

function FlyerEditor({
  id,
  initial,
  settings,
  options,
  platformVersion,
  counties,
}: {
  id: string | null;
  initial: FlyerContentInput;
  settings: OutreachSettings;
  options: HighlightOption[];
  platformVersion: number | null;
  counties: CountyEntry[];
}) {
  const chapter = useChapter();
  const [savedId, setSavedId] = useState(id);
  const [message, setMessage] = useState<Message>(null);
  const [overflow, setOverflow] = useState<string[]>([]);
  const [confirm, setConfirm] = useState<{ warnings: string[]; content: FlyerContent } | null>(
    null,
  );
  const [busy, setBusy] = useState(false);
  const [refused, setRefused] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [zoom, setZoom] = useState(false);
  const {
    register,
    control,
    handleSubmit,
    setValue,
    watch,
    formState: { errors },
  } = useForm<FlyerContentInput, unknown, FlyerContent>({
    resolver: zodResolver(FlyerContentSchema),
    defaultValues: initial,
  });
  const { fields, append, remove } = useFieldArray({ control, name: 'highlights' });
  // eslint-disable-next-line react-hooks/incompatible-library -- the preview follows every keystroke
  const values = watch();
  const langs = languagesOf(values.languages);
  const layout = effectiveLayout(values);
  const art: FlyerArt = { content: values, disclaimer: settings.disclaimer };
  const pages = faces(values);

  async function save(content: FlyerContent): Promise<string> {
    if (savedId) {
      await api.outreach.updateFlyer({ id: savedId, flyer: content });
      return savedId;
    }
    const created = await api.outreach.createFlyer(content);
    setSavedId(created.id);
    // The flyer now has an address of its own; no remount (that would drop this form).
    window.history.replaceState(null, '', `#/outreach/flyers/${created.id}`);
    return created.id;
  }

  async function saveAndPrint(content: FlyerContent) {
    setBusy(true);
    try {
      const flyerId = await save(content);
      const result = await api.print.save({ document: 'flyer', params: { id: flyerId } });
      setMessage(
        result.saved
          ? { kind: 'success', text: `Saved ${result.fileName ?? 'the PDF'}.` }
          : { kind: 'info', text: 'The flyer is saved; no PDF was written.' },
      );
    } catch (e) {
      setMessage({ kind: 'error', text: messageOf(e) });
    } finally {
      setBusy(false);
    }
  }

  const invalid = () =>
    setMessage({ kind: 'error', text: 'Some fields need attention: see the messages below them.' });

  const onSave = handleSubmit(async (content) => {
    try {
      await save(content);
      setMessage({ kind: 'success', text: 'Flyer saved.' });
    } catch (e) {
      setMessage({ kind: 'error', text: messageOf(e) });
    }
  }, invalid);

  const onPrint = handleSubmit(async (content) => {
    if (overflow.length > 0) {
      setMessage(null);
      setRefused(true);
      return;
    }
    setRefused(false);
    const warnings = printWarnings(content, settings);
    if (warnings.length > 0) {
      setConfirm({ warnings, content });
      return;
    }
    await saveAndPrint(content);
  }, invalid);

  const textField = (name: TextName, label: string, rows: number) =>
    langs.map((lang) => (
      <Field
        key={`${name}.${lang}`}
        label={`${label} (${LANG_NAMES[lang]})`}
        error={errors[name]?.[lang]?.message}
      >
        <textarea rows={rows} lang={lang} {...register(`${name}.${lang}`)} />
      </Field>
    ));

  return (
    <div className={`flyer-editor${zoom ? ' flyer-editor--zoom' : ''}`}>
      <section aria-labelledby="flyer-form-heading" className="flyer-editor-form">
        <h2 id="flyer-form-heading">{savedId ? 'Edit flyer' : 'New flyer'}</h2>
        {message && <Notice kind={message.kind}>{message.text}</Notice>}
        {refused && overflow.length > 0 && (
          <Notice kind="error">
            {`Not printed: ${overflow.map(fieldLabel).join(', ')} ${
              overflow.length === 1 ? 'does' : 'do'
            } not fit. Shorten the text (or pick a larger template) so nothing is cut off on paper.`}
          </Notice>
        )}
        <form noValidate className="form" onSubmit={onSave}>
          <Field
            label="Flyer name"
            hint="For your list only; it is not printed."
            error={errors.name?.message}
          >
            <input {...register('name')} autoComplete="off" />
          </Field>
          <Field label="Template" hint={TEMPLATE_INFO[values.template].paper}>
            <select {...register('template')}>
              {FLYER_TEMPLATES.map((t) => (
                <option key={t} value={t}>
                  {TEMPLATE_INFO[t].label}
                </option>
              ))}
            </select>
          </Field>
          <Field label="Languages">
            <select {...register('languages')}>
              {FLYER_LANGUAGES.map((l) => (
                <option key={l} value={l}>
                  {LANGUAGE_LABELS[l]}
                </option>
              ))}
            </select>
          </Field>
          {values.languages === 'both' &&
            (values.template === 'door-hanger' ? (
              <p className="hint">
                A door hanger is too narrow for two columns: English prints on the front, Spanish on
                the back.
              </p>
            ) : (
              <Field label="Layout">
                <select {...register('layout')}>
                  {FLYER_LAYOUTS.map((l) => (
                    <option key={l} value={l}>
                      {LAYOUT_LABELS[l]}
                    </option>
                  ))}
                </select>
              </Field>
            ))}
          <CountyFill
            counties={counties}
            value={values.countyFips}
            onChange={(fips) => setValue('countyFips', fips)}
            onFill={(profile) => {
              const texts = countyTexts(profile);
              for (const lang of ['en', 'es'] as const) {
                setValue(`event.${lang}`, texts.event[lang]);
                setValue(`contact.${lang}`, texts.contact[lang]);
              }
            }}
          />

          {textField('headline', 'Headline', 2)}

          <fieldset className="highlights">
            <legend>Platform highlights (three or four)</legend>
            <p className="hint">
              {platformVersion
                ? `Picked from the adopted platform (version ${platformVersion}); edit the words freely.`
                : 'No adopted platform yet: write the highlights as plain text.'}
            </p>
            {fields.map((field, i) => (
              <div key={field.id} className="highlight">
                {options.length > 0 && (
                  <Field label={`Highlight ${i + 1}: policy`}>
                    <select
                      value={values.highlights[i]?.policyId ?? ''}
                      onChange={(e) => {
                        const option = options.find((o) => o.policyId === e.target.value);
                        setValue(`highlights.${i}.policyId`, option?.policyId ?? null);
                        if (option) setValue(`highlights.${i}.text.en`, option.text);
                      }}
                    >
                      <option value="">Written by hand</option>
                      {options.map((o) => (
                        <option key={o.policyId} value={o.policyId}>
                          {o.area}: {o.title}
                        </option>
                      ))}
                    </select>
                  </Field>
                )}
                {langs.map((lang: Lang) => (
                  <Field
                    key={lang}
                    label={`Highlight ${i + 1} (${LANG_NAMES[lang]})`}
                    error={errors.highlights?.[i]?.text?.[lang]?.message}
                  >
                    <textarea rows={2} lang={lang} {...register(`highlights.${i}.text.${lang}`)} />
                  </Field>
                ))}
                {fields.length > 3 && (
                  <button type="button" onClick={() => remove(i)}>
                    Remove highlight {i + 1}
                  </button>
                )}
              </div>
            ))}
            {errors.highlights?.message && (
              <p className="field-error">{errors.highlights.message}</p>
            )}
            {fields.length < 4 && (
              <button
                type="button"
                onClick={() => append({ policyId: null, text: { en: '', es: '' } })}
              >
                Add a fourth highlight
              </button>
            )}
          </fieldset>

          {textField('callToAction', 'Call to action', 2)}
          {textField('event', 'Next meeting or event', 3)}
          {textField('contact', 'Contact', 2)}
          <Field
            label="QR code address"
            hint="A web address (https://…). The QR code is made on this laptop; nothing is sent anywhere."
            error={errors.qrUrl?.message}
          >
            <input type="url" {...register('qrUrl')} autoComplete="off" />
          </Field>
          <div className="actions">
            <button type="submit" disabled={busy}>
              Save flyer
            </button>
            <button type="button" className="primary" disabled={busy} onClick={onPrint}>
              Save and print PDF…
            </button>
            {savedId && (
              <button type="button" onClick={() => setDeleting(true)}>
                Delete flyer
              </button>
            )}
          </div>
        </form>
      </section>

      <section aria-labelledby="flyer-preview-heading" className="flyer-editor-preview">
        <div className="preview-head">
          <h2 id="flyer-preview-heading">Preview</h2>
          <button type="button" aria-pressed={zoom} onClick={() => setZoom((z) => !z)}>
            Larger preview
          </button>
        </div>
        <p className="muted">
          {TEMPLATE_INFO[values.template].paper}.{' '}
          {pages.length === 2
            ? 'Two pages: English on the front, Spanish on the back (print both sides).'
            : layout === 'side-by-side'
              ? 'English and Spanish side by side.'
              : 'One page.'}
        </p>
        <OverflowReport fields={overflow} />
        <FlyerPreview art={art} onOverflow={setOverflow} chapterName={chapter.name} />
      </section>

      {deleting && savedId && (
        <Modal title="Delete this flyer?" onClose={() => setDeleting(false)}>
          <p>
            The flyer’s texts are removed from the chapter. PDFs already saved stay where they are.
          </p>
          <div className="actions">
            <button type="button" onClick={() => setDeleting(false)}>
              Keep it
            </button>
            <button
              type="button"
              className="primary"
              onClick={async () => {
                try {
                  await api.outreach.deleteFlyer({ id: savedId });
                  navigate('/outreach/flyers');
                } catch (e) {
                  setDeleting(false);
                  setMessage({ kind: 'error', text: messageOf(e) });
                }
              }}
            >
              Delete flyer
            </button>
          </div>
        </Modal>
      )}
      {confirm && (
        <Modal title="Before you print" onClose={() => setConfirm(null)}>
          <ul>
            {confirm.warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
          <div className="actions">
            <button type="button" onClick={() => setConfirm(null)}>
              Go back
            </button>
            <button
              type="button"
              className="primary"
              onClick={async () => {
                const content = confirm.content;
                setConfirm(null);
                await saveAndPrint(content);
              }}
            >
              Print anyway
            </button>
          </div>
        </Modal>
      )}
    </div>
  );
}

/** The flyer's county, and one click to refill the meeting and contact from its profile. */
function CountyFill({
  counties,
  value,
  onChange,
  onFill,
}: {
  counties: CountyEntry[];
  value: string | null;
  onChange: (fips: string | null) => void;
  onFill: (profile: CountyProfile) => void;
}) {
  const { countyLabel } = useCounties();
  const profile = counties.find((c) => c.fips === value)?.profile ?? null;
  return (
    <div className="county-fill">
      <Field label="County">
        <select value={value ?? ''} onChange={(e) => onChange(e.target.value || null)}>
          <option value="">No county</option>
          {counties.map((c) => (
            <option key={c.fips} value={c.fips}>
              {countyLabel(c.fips)}
            </option>
          ))}
        </select>
      </Field>
      <button type="button" disabled={!profile} onClick={() => profile && onFill(profile)}>
        Fill meeting and contact from the county profile
      </button>
      {value && !profile && (
        <p className="hint">
          This county has no profile yet: write one under{' '}
          <a href="#/outreach/counties">County profiles</a>.
        </p>
      )}
    </div>
  );
}

function OverflowReport({ fields }: { fields: string[] }) {
  return (
    <div aria-live="polite">
      {fields.length > 0 && (
        <div className="notice notice-error overflow-report">
          <strong>Text does not fit its box</strong> (it would be cut off on paper):
          <ul>
            {fields.map((f) => (
              <li key={f}>{fieldLabel(f)}</li>
            ))}
          </ul>
          Shorten it, or pick a larger template.
        </div>
      )}
    </div>
  );
}

/** The print sheets, scaled; reports every `data-field` box whose text overflows it. */
function FlyerPreview({
  art,
  onOverflow,
  chapterName,
}: {
  art: FlyerArt;
  onOverflow: (fields: string[]) => void;
  chapterName: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const reported = useRef<string | null>(null);
  const [fontsReady, setFontsReady] = useState(false);
  useEffect(() => {
    let cancelled = false;
    void loadFlyerFonts().then(() => {
      if (!cancelled) setFontsReady(true);
    });
    return () => {
      cancelled = true;
    };
  }, []);
  // After every render: measure each text box (layout is unaffected by the preview's scale).
  useLayoutEffect(() => {
    const root = ref.current;
    if (!root || !fontsReady) return;
    const over = new Set<string>();
    for (const el of root.querySelectorAll<HTMLElement>('[data-field]')) {
      const overflows =
        el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1;
      el.dataset.overflow = String(overflows);
      if (overflows && el.dataset.field) over.add(el.dataset.field);
    }
    const next = [...over].sort();
    if (reported.current !== next.join('|')) {
      reported.current = next.join('|');
      onOverflow(next);
    }
  });
  return (
    <div
      ref={ref}
      className="flyer-preview"
      data-fonts-ready={fontsReady}
      role="img"
      aria-label={`Preview of the flyer for ${chapterName}`}
    >
      <FlyerSheets art={art} preview />
    </div>
  );
}
