/**
 * A social image, previewed at scale and saved as a PNG (`print.saveImage`, drawn by the
 * `social-image` print route): the format to pick, the alt text to edit and copy, overflow
 * checked as on flyers (an image that cuts text off is not saved). Shared by the flyer
 * editor's panel and the platform highlights page, which give it the art and the params.
 */
import { useRef, useState, type ReactNode } from 'react';
import type { Lang } from '../../../../../shared/outreach/county';
import {
  LANG_NAMES,
  disclaimerWarnings,
  fieldLabel,
  type OutreachSettings,
} from '../../../../../shared/outreach/flyer';
import {
  ALT_TEXT_MAX,
  SOCIAL_FORMAT_LABELS,
  SOCIAL_SIZES,
  socialAltText,
  type SocialArt,
  type SocialFormat,
  type SocialImageParams,
} from '../../../../../shared/outreach/socialImage';
import { api } from '../../../api';
import { SocialImage } from '../../../ui/flyer/SocialImage';
import { useFlyerFonts, useOverflow } from '../../../ui/flyer/useOverflow';
import { ActionNotice, Notice } from '../../../ui/Notice';
import { Options } from '../../../ui/Options';
import { useAction } from '../../../ui/useAction';
import { OverflowReport } from '../flyer/OverflowReport';

export function SocialImageSaver({
  art,
  lang,
  settings,
  paramsFor,
  problems = [],
  languagePicker,
  fix,
}: {
  art: SocialArt;
  lang: Lang;
  settings: OutreachSettings;
  /** What the print route draws for the chosen format. */
  paramsFor: (format: SocialFormat) => SocialImageParams;
  /** Why the image cannot be saved yet (a missing headline…), shown when saving. */
  problems?: string[];
  /** A language select to show between the format and the alt text, if any. */
  languagePicker?: ReactNode;
  /** How to shorten an overflowing text, and where to save it. */
  fix: { overflow: string; refused: string };
}) {
  const [format, setFormat] = useState<SocialFormat>('square');
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
  const blocked = [
    ...problems,
    ...(overflow.length > 0
      ? [
          `${overflow.map(fieldLabel).join(', ')} ${overflow.length === 1 ? 'does' : 'do'} not fit. ${fix.refused}`,
        ]
      : []),
  ];

  const copy = () => {
    const area = altRef.current;
    area?.select();
    // Selected text copies without a clipboard permission (the app grants none).
    const ok = document.execCommand('copy');
    setCopied(ok ? 'Alt text copied.' : 'Could not copy: the text is selected, press Ctrl+C.');
  };

  const save = () => {
    if (blocked.length > 0) {
      setRefused(true);
      return;
    }
    setRefused(false);
    void action.run(() => api.print.saveImage(paramsFor(format)), {
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
        {languagePicker}
        {disclaimerWarnings([lang], settings).map((w) => (
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
        {refused && blocked.length > 0 ? (
          <Notice kind="error">{`Not saved: ${blocked.join(' ')}`}</Notice>
        ) : (
          <ActionNotice action={action} />
        )}
      </div>
      <div className="social-preview-col">
        <OverflowReport fields={overflow} where="in the image" fix={fix.overflow} />
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
