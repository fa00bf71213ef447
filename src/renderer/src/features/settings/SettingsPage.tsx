import { formatDateTime } from '../../../../shared/dates';
import { useState } from 'react';
import type { BundlePreview } from '../../../../shared/contract/app';
import { api } from '../../api';
import { useAppStatus, useChapter } from '../../appStatus';
import { ActionNotice } from '../../ui/Notice';
import { useAction } from '../../ui/useAction';
import { ChapterForm } from '../setup';
import { DevicesPanel } from '../devices';
import { ChapterRulesPanel } from './ChapterRulesPanel';
import './settings.css';

export function SettingsPage() {
  const chapter = useChapter();
  const { refresh, setStatus } = useAppStatus();
  const action = useAction();
  const [bundle, setBundle] = useState<{ text: string; preview: BundlePreview } | null>(null);

  return (
    <section aria-labelledby="settings-heading">
      <h1 id="settings-heading">Settings</h1>
      <ActionNotice action={action} />
      <section className="card" aria-labelledby="chapter-heading">
        <h2 id="chapter-heading">Chapter</h2>
        <ChapterForm
          key={chapter.id}
          initial={chapter}
          submitLabel="Save chapter"
          action={action}
          onSubmit={async (input) => {
            await api.chapter.update(input);
            await refresh();
          }}
          success="Chapter saved."
        />
      </section>

      <ChapterRulesPanel />

      <DevicesPanel />

      <section className="card" aria-labelledby="bundle-heading">
        <h2 id="bundle-heading">Export and import the whole chapter</h2>
        <p>
          The export is one JSON file holding everything in this chapter. Keep it somewhere safe, or
          open it on another laptop. Importing replaces this chapter’s data; a backup is made first.
        </p>
        <button
          type="button"
          disabled={action.busy}
          onClick={() =>
            void action.run(() => api.bundle.export(), {
              success: (r) => (r.saved ? `Exported to ${r.fileName ?? 'the file'}.` : null),
            })
          }
        >
          Export chapter…
        </button>
        <label className="file">
          Chapter bundle to import
          <input
            type="file"
            accept=".json,application/json"
            onChange={async (e) => {
              const file = e.target.files?.[0];
              if (!file) return;
              const text = await file.text();
              const ok = await action.run(
                () => api.bundle.preview({ text }),
                (preview) => setBundle({ text, preview }),
              );
              if (!ok) setBundle(null);
            }}
          />
        </label>
        {bundle && (
          <div className="import-preview" role="region" aria-label="What the import will change">
            <p>
              Bundle of <strong>{bundle.preview.chapterName ?? 'an empty chapter'}</strong>,
              exported {formatDateTime(bundle.preview.exportedAt)}.
            </p>
            <ul>
              <li>
                Chapter details {bundle.preview.chapterChanged ? 'will change' : 'stay the same'}.
              </li>
              <li>
                Members: {bundle.preview.members.added} added, {bundle.preview.members.changed}{' '}
                changed, {bundle.preview.members.removed} removed ({bundle.preview.members.total} in
                the bundle).
              </li>
            </ul>
            <button
              type="button"
              className="primary"
              disabled={action.busy}
              onClick={() =>
                void action.run(() => api.bundle.apply({ text: bundle.text }), {
                  success: 'Imported. A backup of the previous data was made first.',
                  onSuccess: (status) => {
                    setStatus(status);
                    setBundle(null);
                  },
                })
              }
            >
              Replace this chapter with the bundle
            </button>
            <button type="button" onClick={() => setBundle(null)}>
              Cancel
            </button>
          </div>
        )}
      </section>
    </section>
  );
}
