import {
  FLYER_TEMPLATES,
  TEMPLATE_INFO,
  type FlyerTemplate,
} from '../../../../../shared/outreach/flyer';

/** Each flyer template's name, in order, for `<Options labels={TEMPLATE_LABELS} />`. */
export const TEMPLATE_LABELS = Object.fromEntries(
  FLYER_TEMPLATES.map((t) => [t, TEMPLATE_INFO[t].label]),
) as Record<FlyerTemplate, string>;
