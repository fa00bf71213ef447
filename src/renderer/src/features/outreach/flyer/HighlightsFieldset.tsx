/** The flyer's three or four platform highlights: a policy to start from, then the words. */
import { useFieldArray, useFormContext } from 'react-hook-form';
import type { Lang } from '../../../../../shared/outreach/county';
import {
  LANG_NAMES,
  type FlyerContent,
  type FlyerContentInput,
  type HighlightOption,
} from '../../../../../shared/outreach/flyer';
import { Field, FieldError } from '../../../ui/Field';

export function HighlightsFieldset({
  langs,
  options,
  platformVersion,
}: {
  langs: Lang[];
  options: HighlightOption[];
  platformVersion: number | null;
}) {
  const { control, register, setValue, watch } = useFormContext<
    FlyerContentInput,
    unknown,
    FlyerContent
  >();
  const { fields, append, remove } = useFieldArray({ control, name: 'highlights' });
  const highlights = watch('highlights');
  return (
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
                value={highlights[i]?.policyId ?? ''}
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
          {langs.map((lang) => (
            <Field key={lang} label={`Highlight ${i + 1} (${LANG_NAMES[lang]})`}>
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
      <FieldError name="highlights" />
      {fields.length < 4 && (
        <button type="button" onClick={() => append({ policyId: null, text: { en: '', es: '' } })}>
          Add a fourth highlight
        </button>
      )}
    </fieldset>
  );
}
