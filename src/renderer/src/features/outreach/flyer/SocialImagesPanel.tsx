/**
 * Social images of a saved flyer: a square post or a link preview, in one of the flyer's
 * languages, previewed at scale, checked for overflow as the flyer is, saved as a PNG
 * (`print.saveImage`, drawn by the `social-image` print route) with an alt text to paste.
 */
import { useEffect, useState } from 'react';
import type { FlyerPrintData } from '../../../../../shared/contract/outreach';
import type { Lang } from '../../../../../shared/outreach/county';
import { LANG_NAMES, languagesOf } from '../../../../../shared/outreach/flyer';
import { api } from '../../../api';
import { Notice } from '../../../ui/Notice';
import { Options } from '../../../ui/Options';
import { useAsync } from '../../../ui/useAsync';
import { SocialImageSaver } from '../social/SocialImageSaver';

/** The panel, reloaded after each save of the flyer (`saves` counts them). */
export function SocialImagesPanel({ flyerId, saves }: { flyerId: string; saves: number }) {
  const { value, error, reload } = useAsync(() => api.outreach.flyerPrint({ id: flyerId }));
  useEffect(() => {
    if (saves > 0) reload();
  }, [saves, reload]);
  return (
    <section aria-labelledby="social-heading" className="social-panel">
      <h2 id="social-heading">Social images</h2>
      <p className="muted">
        Made from the saved flyer (save your changes first): its headline, highlights and call to
        action, with the chapter’s name and its “Paid for by …” disclaimer.
      </p>
      {error ? (
        <Notice kind="error">{error}</Notice>
      ) : value ? (
        <SocialImageMaker data={value} flyerId={flyerId} />
      ) : (
        <div aria-busy="true" />
      )}
    </section>
  );
}

function SocialImageMaker({ data, flyerId }: { data: FlyerPrintData; flyerId: string }) {
  const langs = languagesOf(data.flyer.languages);
  const [chosenLang, setLang] = useState<Lang>(langs[0] ?? 'en');
  const lang = langs.includes(chosenLang) ? chosenLang : (langs[0] ?? 'en');
  return (
    <SocialImageSaver
      art={{
        chapterName: data.chapterName,
        content: data.flyer,
        disclaimer: data.settings.disclaimer,
      }}
      lang={lang}
      settings={data.settings}
      paramsFor={(format) => ({ flyerId, format, language: lang })}
      languagePicker={
        <label>
          Language
          <select value={lang} onChange={(e) => setLang(e.target.value as Lang)}>
            <Options values={langs} labels={LANG_NAMES} />
          </select>
        </label>
      }
      fix={{
        overflow: 'Shorten it in the flyer above and save the flyer.',
        refused: 'Shorten the flyer’s text so nothing is cut off in the image.',
      }}
    />
  );
}
