/**
 * A flyer on paper. The same component draws the print route (full size, print/Flyer.tsx)
 * and the editor's live preview (scaled), so what the editor measures for overflow is what
 * prints.
 *
 * Every text sits in a box of fixed size (`data-field`); a text too long for its box is
 * clipped on paper, so the editor measures each box and refuses to print silently.
 */
import { Fragment, type ReactNode } from 'react';
import type { Lang } from '../../../../shared/outreach/county';
import {
  effectiveLayout,
  languagesOf,
  type Bilingual,
  type FlyerContent,
} from '../../../../shared/outreach/flyer';
import { QrCode } from '../QrCode';
import './flyer.css';

/** What a flyer draws: its content (saved or still being edited) and the chapter's disclaimer. */
export interface FlyerArt {
  content: Pick<
    FlyerContent,
    | 'template'
    | 'languages'
    | 'layout'
    | 'headline'
    | 'highlights'
    | 'callToAction'
    | 'event'
    | 'contact'
    | 'qrUrl'
  >;
  disclaimer: Bilingual;
}

const WORDS: Record<Lang, { contact: string; scan: string; highlights: string }> = {
  en: { contact: 'Contact', scan: 'Scan to open', highlights: 'What we stand for' },
  es: { contact: 'Contacto', scan: 'Escanee para abrir', highlights: 'Lo que defendemos' },
};

/** The pages of a flyer: one per face (side-by-side or one language), or front and back. */
export function faces(content: FlyerArt['content']): Lang[][] {
  const layout = effectiveLayout(content);
  if (layout === 'single') return [languagesOf(content.languages)];
  if (layout === 'side-by-side') return [['en', 'es']];
  return [['en'], ['es']];
}

export function FlyerSheets({ art, preview = false }: { art: FlyerArt; preview?: boolean }) {
  const pages = faces(art.content);
  const { template } = art.content;
  const frame = (key: string, sheet: ReactNode) =>
    preview ? (
      <div key={key} className={`flyer-frame flyer-frame--${template}`}>
        {sheet}
      </div>
    ) : (
      <Fragment key={key}>{sheet}</Fragment>
    );
  return (
    <>
      {pages.map((langs, i) =>
        frame(
          langs.join('-'),
          <div
            className={`flyer-sheet flyer-sheet--${template}`}
            data-page={i + 1}
            aria-label={pages.length > 1 ? `Page ${i + 1} of ${pages.length}` : undefined}
            role={pages.length > 1 ? 'group' : undefined}
          >
            {template === 'half-letter' ? (
              <>
                <FlyerCard art={art} langs={langs} position="top" />
                <CutMarks />
                <FlyerCard art={art} langs={langs} position="bottom" />
              </>
            ) : template === 'door-hanger' ? (
              <>
                <HangerHole />
                <FlyerCard art={art} langs={langs} />
              </>
            ) : (
              <FlyerCard art={art} langs={langs} />
            )}
          </div>,
        ),
      )}
    </>
  );
}

function FlyerCard({
  art,
  langs,
  position,
}: {
  art: FlyerArt;
  langs: Lang[];
  position?: 'top' | 'bottom';
}) {
  const { content, disclaimer } = art;
  const bilingualDisclaimer = langs.length > 1;
  return (
    <div
      className={`flyer-card flyer-card--${content.template} flyer-card--cols-${langs.length}${
        position ? ` flyer-card--${position}` : ''
      }`}
    >
      <div className="flyer-cols">
        {langs.map((lang) => (
          <FlyerColumn key={lang} content={content} lang={lang} />
        ))}
      </div>
      <div className="flyer-qr">
        {content.qrUrl ? (
          <>
            <QrCode url={content.qrUrl} className="flyer-qr-code" />
            <p className="flyer-box flyer-url" data-field="qrUrl">
              {content.qrUrl.replace(/^https?:\/\//, '')}
            </p>
          </>
        ) : null}
      </div>
      <div
        className={`flyer-disclaimer${bilingualDisclaimer ? ' flyer-disclaimer--two' : ''}`}
        role="note"
      >
        {langs.map((lang) => (
          <p key={lang} lang={lang} className="flyer-box" data-field={`disclaimer.${lang}`}>
            {disclaimer[lang] || '\u00a0'}
          </p>
        ))}
      </div>
    </div>
  );
}

function FlyerColumn({ content, lang }: { content: FlyerArt['content']; lang: Lang }) {
  const words = WORDS[lang];
  const highlights = content.highlights.map((h) => h.text[lang]).filter(Boolean);
  return (
    <div className="flyer-col" lang={lang}>
      <p className="flyer-box flyer-headline" data-field={`headline.${lang}`}>
        {content.headline[lang]}
      </p>
      <ul
        className="flyer-box flyer-highlights"
        data-field={`highlights.${lang}`}
        aria-label={words.highlights}
      >
        {highlights.map((text, i) => (
          <li key={i}>{text}</li>
        ))}
      </ul>
      <p className="flyer-box flyer-cta" data-field={`callToAction.${lang}`}>
        {content.callToAction[lang]}
      </p>
      <p className="flyer-box flyer-event" data-field={`event.${lang}`}>
        {content.event[lang]}
      </p>
      <p className="flyer-box flyer-contact" data-field={`contact.${lang}`}>
        {content.contact[lang] ? (
          <>
            <strong>{words.contact}:</strong> {content.contact[lang]}
          </>
        ) : null}
      </p>
    </div>
  );
}

function CutMarks() {
  return (
    <div className="flyer-cut" aria-hidden="true">
      <span className="flyer-cut-tick flyer-cut-tick--left" />
      <span className="flyer-cut-line" />
      <span className="flyer-cut-tick flyer-cut-tick--right" />
    </div>
  );
}

function HangerHole() {
  return (
    <svg
      className="flyer-hole"
      viewBox="0 0 408 216"
      aria-hidden="true"
      focusable="false"
      shapeRendering="geometricPrecision"
    >
      {/* 4.25 in × 2.25 in at 96 px/in: a 1.3 in hole and a slit towards the right edge. */}
      <circle
        cx="204"
        cy="110"
        r="62.4"
        fill="none"
        stroke="#000"
        strokeWidth="1.2"
        strokeDasharray="6 4"
      />
      <path
        d="M 248 154 L 384 208"
        fill="none"
        stroke="#000"
        strokeWidth="1.2"
        strokeDasharray="6 4"
      />
    </svg>
  );
}

/** Loads the shipped fonts before a flyer is measured or printed. */
export async function loadFlyerFonts(): Promise<void> {
  await Promise.all([
    document.fonts.load("400 12pt 'Chapterhouse Noto Sans'", 'Aa áéíóúñ¿¡'),
    document.fonts.load("700 12pt 'Chapterhouse Noto Sans'", 'Aa áéíóúñ¿¡'),
  ]);
}
