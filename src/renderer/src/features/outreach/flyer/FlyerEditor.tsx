/**
 * The flyer editor: the form beside a live preview that renders the same sheets as the print
 * route, scaled. Each text box of the preview is measured; a text that does not fit is named
 * here and the flyer is not printed until it fits (paper would cut it off silently).
 */
import { useState } from 'react';
import type { CountyEntry } from '../../../../../shared/contract/outreach';
import {
  FLYER_LANGUAGES,
  FLYER_LAYOUTS,
  FlyerContentSchema,
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
} from '../../../../../shared/outreach/flyer';
import { api } from '../../../api';
import { useChapter } from '../../../appStatus';
import { faces, type FlyerArt } from '../../../ui/flyer/FlyerSheets';
import { navigate } from '../../../router';
import { Field } from '../../../ui/Field';
import { Form, markSaved, SubmitButton, useSchemaForm } from '../../../ui/Form';
import { Options } from '../../../ui/Options';
import { ActionNotice, Notice } from '../../../ui/Notice';
import { useAction } from '../../../ui/useAction';
import { CountyFill } from './CountyFill';
import { ConfirmModal } from '../../../ui/ConfirmModal';
import { FlyerPreview } from './FlyerPreview';
import { HighlightsFieldset } from './HighlightsFieldset';
import { OverflowReport } from './OverflowReport';
import { SocialImagesPanel } from './SocialImagesPanel';
import { TEMPLATE_LABELS } from './templateLabels';

type TextName = 'headline' | 'callToAction' | 'event' | 'contact';

/** The flyer's texts by language, checked by FlyerContentSchema (`outreach.createFlyer`/`updateFlyer`). */
export function FlyerEditor({
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
  const action = useAction();
  /** A print that went through without writing a PDF (the person closed the dialog). */
  const [info, setInfo] = useState<string | null>(null);
  const [overflow, setOverflow] = useState<string[]>([]);
  const [confirm, setConfirm] = useState<{ warnings: string[]; content: FlyerContent } | null>(
    null,
  );
  const [refused, setRefused] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [zoom, setZoom] = useState(false);
  /** Saves so far, so the social images panel shows the saved flyer. */
  const [saves, setSaves] = useState(0);
  const form = useSchemaForm(FlyerContentSchema, initial);
  const { register, setValue, watch, formState } = form;
  const values = watch();
  const langs = languagesOf(values.languages);
  const layout = effectiveLayout(values);
  const art: FlyerArt = { content: values, disclaimer: settings.disclaimer };
  const pages = faces(values);
  const invalid = formState.submitCount > 0 && Object.keys(formState.errors).length > 0;

  async function save(content: FlyerContent): Promise<string> {
    setInfo(null);
    if (savedId) {
      await api.outreach.updateFlyer({ id: savedId, flyer: content });
      setSaves((n) => n + 1);
      return savedId;
    }
    const created = await api.outreach.createFlyer(content);
    setSavedId(created.id);
    // The flyer now has an address of its own; no remount (that would drop this form).
    window.history.replaceState(null, '', `#/outreach/flyers/${created.id}`);
    return created.id;
  }

  const saveAndPrint = (content: FlyerContent) =>
    action.run(
      async () => {
        const flyerId = await save(content);
        markSaved(form);
        return api.print.save({ document: 'flyer', params: { id: flyerId } });
      },
      {
        success: (result) => (result.saved ? `Saved ${result.fileName ?? 'the PDF'}.` : null),
        onSuccess: (result) =>
          setInfo(result.saved ? null : 'The flyer is saved; no PDF was written.'),
      },
    );

  const onPrint = form.handleSubmit(async (content) => {
    if (overflow.length > 0) {
      action.clearError();
      setInfo(null);
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
  });

  const textField = (name: TextName, label: string, rows: number) =>
    langs.map((lang) => (
      <Field key={`${name}.${lang}`} label={`${label} (${LANG_NAMES[lang]})`}>
        <textarea rows={rows} lang={lang} {...register(`${name}.${lang}`)} />
      </Field>
    ));

  return (
    <div className={`flyer-editor${zoom ? ' flyer-editor--zoom' : ''}`}>
      <section aria-labelledby="flyer-form-heading" className="flyer-editor-form">
        <h2 id="flyer-form-heading">{savedId ? 'Edit flyer' : 'New flyer'}</h2>
        {invalid ? (
          <Notice kind="error">Some fields need attention: see the messages below them.</Notice>
        ) : refused && overflow.length > 0 ? (
          <Notice kind="error">
            {`Not printed: ${overflow.map(fieldLabel).join(', ')} ${
              overflow.length === 1 ? 'does' : 'do'
            } not fit. Shorten the text (or pick a larger template) so nothing is cut off on paper.`}
          </Notice>
        ) : (
          <>
            <ActionNotice action={action} />
            <Notice kind="info">{info}</Notice>
          </>
        )}
        <Form
          form={form}
          action={action}
          onSubmit={save}
          success="Flyer saved."
          draft={`flyer:${savedId ?? 'new'}`}
        >
          <Field label="Flyer name" hint="For your list only; it is not printed.">
            <input {...register('name')} autoComplete="off" />
          </Field>
          <Field label="Template" hint={TEMPLATE_INFO[values.template].paper}>
            <select {...register('template')}>
              <Options labels={TEMPLATE_LABELS} />
            </select>
          </Field>
          <Field label="Languages">
            <select {...register('languages')}>
              <Options values={FLYER_LANGUAGES} labels={LANGUAGE_LABELS} />
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
                  <Options values={FLYER_LAYOUTS} labels={LAYOUT_LABELS} />
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
          <HighlightsFieldset langs={langs} options={options} platformVersion={platformVersion} />
          {textField('callToAction', 'Call to action', 2)}
          {textField('event', 'Next meeting or event', 3)}
          {textField('contact', 'Contact', 2)}
          <Field
            label="QR code address"
            hint="A web address (https://…). The QR code is made on this laptop; nothing is sent anywhere."
          >
            <input type="url" {...register('qrUrl')} autoComplete="off" />
          </Field>
          <div className="actions">
            <SubmitButton primary={false}>Save flyer</SubmitButton>
            <button
              type="button"
              className="primary"
              disabled={action.busy}
              onClick={(e) => void onPrint(e)}
            >
              Save and print PDF…
            </button>
            {savedId && (
              <button type="button" onClick={() => setDeleting(true)}>
                Delete flyer
              </button>
            )}
          </div>
        </Form>
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

      {savedId && <SocialImagesPanel flyerId={savedId} saves={saves} />}

      {deleting && savedId && (
        <ConfirmModal
          title="Delete this flyer?"
          cancelLabel="Keep it"
          confirmLabel="Delete flyer"
          onCancel={() => setDeleting(false)}
          onConfirm={() =>
            void action
              .run(
                () => api.outreach.deleteFlyer({ id: savedId }),
                () => {
                  markSaved(form);
                  navigate('/outreach/flyers');
                },
              )
              .then((ok) => {
                if (!ok) setDeleting(false);
              })
          }
        >
          <p>
            The flyer’s texts are removed from the chapter. PDFs already saved stay where they are.
          </p>
        </ConfirmModal>
      )}
      {confirm && (
        <ConfirmModal
          title="Before you print"
          cancelLabel="Go back"
          confirmLabel="Print anyway"
          onCancel={() => setConfirm(null)}
          onConfirm={() => {
            const content = confirm.content;
            setConfirm(null);
            void saveAndPrint(content);
          }}
        >
          <ul>
            {confirm.warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </ConfirmModal>
      )}
    </div>
  );
}
