/**
 * A flyer as a social image, at its exact size in CSS pixels: the print route draws it at
 * full size for the PNG (print/SocialImageDoc.tsx), the flyer editor's panel scaled. Every
 * text sits in a box of fixed size (`data-field`), measured for overflow as on flyers.
 */
import type { Lang } from '../../../../shared/outreach/county';
import {
  SOCIAL_SIZES,
  socialHighlights,
  type SocialArt,
  type SocialFormat,
} from '../../../../shared/outreach/socialImage';
import './fonts.css';
import './social.css';

const STAND: Record<Lang, string> = { en: 'What we stand for', es: 'Lo que defendemos' };

export function SocialImage({
  art,
  format,
  lang,
}: {
  art: SocialArt;
  format: SocialFormat;
  lang: Lang;
}) {
  const { width, height } = SOCIAL_SIZES[format];
  const disclaimer = art.disclaimer[lang].trim();
  return (
    <div
      className={`social-image social-image--${format}`}
      style={{ width, height }}
      lang={lang}
      data-format={format}
    >
      <p className="social-box social-chapter" data-field="chapterName">
        {art.chapterName}
      </p>
      <p className="social-box social-headline" data-field={`headline.${lang}`}>
        {art.content.headline[lang]}
      </p>
      <ul
        className="social-box social-highlights"
        data-field={`highlights.${lang}`}
        aria-label={STAND[lang]}
      >
        {socialHighlights(art, lang).map((text, i) => (
          <li key={i}>{text}</li>
        ))}
      </ul>
      <p className="social-box social-cta" data-field={`callToAction.${lang}`}>
        {art.content.callToAction[lang]}
      </p>
      {disclaimer && (
        <p className="social-box social-disclaimer" data-field={`disclaimer.${lang}`} role="note">
          {disclaimer}
        </p>
      )}
    </div>
  );
}
