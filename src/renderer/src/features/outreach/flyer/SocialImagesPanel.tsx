/**
 * Social images of a saved flyer: a square post or a link preview, in one of the flyer's
 * languages, previewed at scale, checked for overflow as the flyer is, saved as a PNG
 * (`print.saveImage`, drawn by the `social-image` print route) with an alt text to paste.
 */
import { useEffect, useRef, useState } from 'react';
import type { FlyerPrintData } from '../../../../../shared/contract/outreach';
import type { Lang } from '../../../../../shared/outreach/county';
import {
  LANG_NAMES,
  disclaimerWarnings,
  fieldLabel,
  languagesOf,
} from '../../../../../shared/outreach/flyer';
import {
  ALT_TEXT_MAX,
  SOCIAL_FORMAT_LABELS,
  SOCIAL_SIZES,
  socialAltText,
  type SocialArt,
  type SocialFormat,
} from '../../../../../shared/outreach/socialImage';
import { api } from '../../../api';
import { SocialImage } from '../../../ui/flyer/SocialImage';
import { useFlyerFonts, useOverflow } from '../../../ui/flyer/useOverflow';
import { ActionNotice, Notice } from '../../../ui/Notice';
import { Options } from '../../../ui/Options';
import { useAction } from '../../../ui/useAction';
import { useAsync } from '../../../ui/useAsync';
import { OverflowReport } from './OverflowReport';

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
  const [format, setFormat] = useState<SocialFormat>('square');
  const [chosenLang, setLang] = useState<Lang>(langs[0] ?? 'en');
  const lang = langs.includes(chosenLang) ? chosenLang : (langs[0] ?? 'en');
  const art: SocialArt = {
    chapterName: data.chapterName,
    content: data.flyer,
    disclaimer: data.settings.disclaimer,
  };
  // The alt text starts from the image's words and is the person's to edit, until those change.
  const generated = socialAltText(art, lang);
  const [edited, setEdited] = useState({ from: generated, text: generated });
  const alt = edited.from === generated ? edited.text : generated;
  const [copied, setCopied] = useState<string | null>(null);
  const altRef = useRef<HTMLTextAreaElement>(null);
  const [overflow, setOverflow] = useState<string[]>([]);
  const [refused, setRefused] = useState(false);
  const action = useAction();
  const fontsReady = useFlyerFonts();
  const previewRef = useRef<HTMLDivElement>(null);
  useOverflow(previewRef, fontsReady, setOverflow);
  const size = SOCIAL_SIZES[format];
  const scale = 432 / size.width;

  const copy = () => {
    const area = altRef.current;
    area?.select();
    // Selected text copies without a clipboard permission (the app grants none).
    const ok = document.execCommand('copy');
    setCopied(ok ? 'Alt text copied.' : 'Could not copy: the text is selected, press Ctrl+C.');
  };

  const save = () => {
    if (overflow.length > 0) {
      setRefused(true);
      return;
    }
    setRefused(false);
    void action.run(() => api.print.saveImage({ flyerId, format, language: lang }), {
      success: (r) => (r.saved ? `Saved ${r.fileName ?? 'the image'}.` : 'No image was saved.'),
    });
  };

  return (
    <div className="social-maker">
      <div className="social-controls">
        <label>
          Image
          <select value={format} onChange={(e) => setFormat(e.target.value as SocialFormat)}>
            <Options labels={SOCIAL_FORMAT_LABELS} />
          </select>
        </label>
        <label>
          Language
          <select value={lang} onChange={(e) => setLang(e.target.value as Lang)}>
            <Options values={langs} labels={LANG_NAMES} />
          </select>
        </label>
        {disclaimerWarnings([lang], data.settings).map((w) => (
          <Notice key={w} kind="info">
            {w}
          </Notice>
        ))}
        <label>
          Alt text (paste it with the image)
          <textarea
            ref={altRef}
            rows={6}
            lang={lang}
            maxLength={ALT_TEXT_MAX}
            value={alt}
            onChange={(e) => {
              setEdited({ from: generated, text: e.target.value });
              setCopied(null);
            }}
          />
        </label>
        <div className="actions">
          <button type="button" onClick={copy}>
            Copy alt text
          </button>
          <button type="button" className="primary" disabled={action.busy} onClick={save}>
            Save image…
          </button>
        </div>
        <Notice kind="success">{copied}</Notice>
        {refused && overflow.length > 0 ? (
          <Notice kind="error">
            {`Not saved: ${overflow.map(fieldLabel).join(', ')} ${
              overflow.length === 1 ? 'does' : 'do'
            } not fit. Shorten the flyer’s text so nothing is cut off in the image.`}
          </Notice>
        ) : (
          <ActionNotice action={action} />
        )}
      </div>
      <div className="social-preview-col">
        <OverflowReport
          fields={overflow}
          where="in the image"
          fix="Shorten it in the flyer above and save the flyer."
        />
        <div
          ref={previewRef}
          className="social-preview"
          role="img"
          aria-label={`Preview: ${SOCIAL_FORMAT_LABELS[format]}, ${LANG_NAMES[lang]}`}
          style={{ width: size.width * scale, height: size.height * scale }}
        >
          <div className="social-preview-inner" style={{ transform: `scale(${scale})` }}>
            <SocialImage art={art} format={format} lang={lang} />
          </div>
        </div>
      </div>
    </div>
  );
}
