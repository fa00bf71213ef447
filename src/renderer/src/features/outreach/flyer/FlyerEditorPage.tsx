/**
 * The flyer editor's route: `#/outreach/flyers/new?template=…&county=…` starts a draft;
 * `#/outreach/flyers/<id>` edits a saved flyer.
 */
import { FlyerDraftSchema, FlyerTemplateSchema } from '../../../../../shared/outreach/flyer';
import { api } from '../../../api';
import { useRoute } from '../../../router';
import { Notice } from '../../../ui/Notice';
import { useAsync } from '../../../ui/useAsync';
import { FlyerEditor } from './FlyerEditor';

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
    // The editor edits the content alone: a saved flyer's id and dates stay out of its form.
    return { content: FlyerDraftSchema.parse(content), settings, highlights, counties };
  });
  if (error) return <Notice kind="error">{error}</Notice>;
  if (!value) return <div aria-busy="true" />;
  return (
    <FlyerEditor
      id={isNew ? null : id}
      initial={value.content}
      settings={value.settings}
      options={value.highlights.options}
      platformVersion={value.highlights.platformVersion}
      counties={value.counties}
    />
  );
}
