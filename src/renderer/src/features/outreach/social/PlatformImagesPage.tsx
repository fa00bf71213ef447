/**
 * Outreach → Social images: an image made from platform highlights the person picks. They
 * choose the language, word the headline and each picked policy's line in it (a line starts
 * from the policy's English summary: the app translates nothing), and save the square post
 * or the link preview through the same pipeline as a flyer's images.
 */
import { useState } from 'react';
import type { SocialBasics } from '../../../../../shared/contract/outreach';
import type { Lang } from '../../../../../shared/outreach/county';
import {
  HIGHLIGHT_MAX,
  LANG_NAMES,
  type HighlightOption,
} from '../../../../../shared/outreach/flyer';
import { LIMITS } from '../../../../../shared/limits';
import {
  highlightLine,
  platformArt,
  platformImageDraft,
  platformImageParams,
  platformImageProblems,
  togglePick,
  untranslatedWarnings,
  type PlatformImageDraft,
} from '../../../../../shared/outreach/platformImage';
import { api } from '../../../api';
import { Field } from '../../../ui/Field';
import { Notice } from '../../../ui/Notice';
import { Options } from '../../../ui/Options';
import { useAsync } from '../../../ui/useAsync';
import { SocialImageSaver } from './SocialImageSaver';

export function PlatformImagesPage() {
  const { value, error } = useAsync(() =>
    Promise.all([api.outreach.highlightOptions(), api.outreach.socialBasics()]),
  );
  return (
    <section aria-labelledby="platform-images-heading" className="platform-images">
      <h2 id="platform-images-heading">Social images from the platform</h2>
      <p className="muted">
        Pick up to {LIMITS.flyerHighlights} adopted policies, write a headline and each policy’s
        line in the image’s language, and save a square post or a link preview. For an image of a
        flyer, open the flyer: it has its own Social images panel.
      </p>
      {error ? (
        <Notice kind="error">{error}</Notice>
      ) : !value ? (
        <div aria-busy="true" />
      ) : value[0].options.length === 0 ? (
        <Notice kind="info">
          No adopted platform yet: adopt policies under Platform, then make images of them here.
        </Notice>
      ) : (
        <PlatformImageMaker options={value[0].options} basics={value[1]} />
      )}
    </section>
  );
}

function PlatformImageMaker({
  options,
  basics,
}: {
  options: HighlightOption[];
  basics: SocialBasics;
}) {
  const [draft, setDraft] = useState<PlatformImageDraft>(() => platformImageDraft(options));
  const [lang, setLang] = useState<Lang>('en');
  const params = platformImageParams(draft, options, lang, 'square');
  const titleOf = (id: string) => options.find((o) => o.policyId === id)?.title ?? id;
  const setText = (key: 'headline' | 'callToAction', text: string) =>
    setDraft((d) => ({ ...d, [key]: { ...d[key], [lang]: text } }));
  const areas = [...new Set(options.map((o) => o.area))];

  return (
    <>
      <fieldset className="platform-image-words">
        <legend>The image’s words</legend>
        <Field
          label="Language"
          hint="The app translates nothing: in Spanish, write each line in Spanish yourself."
        >
          <select value={lang} onChange={(e) => setLang(e.target.value as Lang)}>
            <Options labels={LANG_NAMES} />
          </select>
        </Field>
        <Field label={`Headline (${LANG_NAMES[lang]})`}>
          <input
            lang={lang}
            maxLength={LIMITS.flyerHeadline}
            value={draft.headline[lang]}
            onChange={(e) => setText('headline', e.target.value)}
          />
        </Field>
        <fieldset className="platform-image-picks">
          <legend>
            Adopted policies to show ({draft.picked.length} of at most {LIMITS.flyerHighlights})
          </legend>
          {areas.map((area) => (
            <fieldset key={area}>
              <legend>{area}</legend>
              {options
                .filter((o) => o.area === area)
                .map((o) => {
                  const picked = draft.picked.includes(o.policyId);
                  return (
                    <label key={o.policyId} className="check">
                      <input
                        type="checkbox"
                        checked={picked}
                        disabled={!picked && draft.picked.length >= LIMITS.flyerHighlights}
                        onChange={() => setDraft((d) => togglePick(d, o.policyId))}
                      />
                      {o.title}
                    </label>
                  );
                })}
            </fieldset>
          ))}
        </fieldset>
        {draft.picked.map((id, i) => (
          <Field key={id} label={`Highlight ${i + 1} (${LANG_NAMES[lang]}): ${titleOf(id)}`}>
            <textarea
              rows={2}
              lang={lang}
              maxLength={HIGHLIGHT_MAX}
              value={highlightLine(draft, options, id, lang)}
              onChange={(e) =>
                setDraft((d) => ({
                  ...d,
                  lines: { ...d.lines, [id]: { ...d.lines[id], [lang]: e.target.value } },
                }))
              }
            />
          </Field>
        ))}
        <Field label={`Call to action (${LANG_NAMES[lang]}, optional)`}>
          <input
            lang={lang}
            maxLength={LIMITS.flyerCallToAction}
            value={draft.callToAction[lang]}
            onChange={(e) => setText('callToAction', e.target.value)}
          />
        </Field>
        {untranslatedWarnings(params, options).map((w) => (
          <Notice key={w} kind="info">
            {w}
          </Notice>
        ))}
      </fieldset>
      <SocialImageSaver
        art={platformArt(params, basics.chapterName, basics.settings.disclaimer)}
        lang={lang}
        settings={basics.settings}
        paramsFor={(format) => ({ ...params, format })}
        problems={platformImageProblems(params)}
        fix={{
          overflow: 'Shorten it above.',
          refused: 'Shorten the words above so nothing is cut off in the image.',
        }}
      />
    </>
  );
}
