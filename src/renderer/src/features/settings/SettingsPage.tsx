import { useState } from 'react';
import type { BundlePreview } from '../../../../shared/contract/app';
import { api, messageOf } from '../../api';
import { useAppStatus, useChapter } from '../../appStatus';
import { Notice } from '../../ui/Notice';
import { ChapterForm } from '../setup/ChapterForm';
import { ChapterRulesPanel } from './ChapterRulesPanel';

type Message = { kind: 'error' | 'success'; text: string } | null;

export function SettingsPage() {
  const chapter = useChapter();
  const { refresh, setStatus } = useAppStatus();
  const [message, setMessage] = useState<Message>(null);
  const [bundle, setBundle] = useState<{ text: string; preview: BundlePreview } | null>(null);

  return (
    <section aria-labelledby="settings-heading">
      <h1 id="settings-heading">Settings</h1>
      {message && <Notice kind={message.kind}>{message.text}</Notice>}
      <section className="card" aria-labelledby="chapter-heading">
        <h2 id="chapter-heading">Chapter</h2>
        <ChapterForm
          key={chapter.id}
          initial={{
            name: chapter.name,
            state: chapter.state,
            counties: chapter.counties,
            quorum: chapter.quorum,
            defaultThreshold: chapter.defaultThreshold,
          }}
          submitLabel="Save chapter"
          onSubmit={async (input) => {
            try {
              await api.chapter.update(input);
              await refresh();
              setMessage({ kind: 'success', text: 'Chapter saved.' });
            } catch (e) {
              setMessage({ kind: 'error', text: messageOf(e) });
            }
          }}
        />
      </section>

      <ChapterRulesPanel />

      <section className="card" aria-labelledby="bundle-heading">
        <h2 id="bundle-heading">Export and import the whole chapter</h2>
        <p>
          The export is one JSON file holding everything in this chapter. Keep it somewhere safe, or
          open it on another laptop. Importing replaces this chapter’s data; a backup is made first.
        </p>
        <button
          type="button"
          onClick={async () => {
            try {
              const result = await api.bundle.export();
              if (result.saved)
                setMessage({
                  kind: 'success',
                  text: `Exported to ${result.fileName ?? 'the file'}.`,
                });
            } catch (e) {
              setMessage({ kind: 'error', text: messageOf(e) });
            }
          }}
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
              try {
                setBundle({ text, preview: await api.bundle.preview({ text }) });
                setMessage(null);
              } catch (err) {
                setBundle(null);
                setMessage({ kind: 'error', text: messageOf(err) });
              }
            }}
          />
        </label>
        {bundle && (
          <div className="import-preview" role="region" aria-label="What the import will change">
            <p>
              Bundle of <strong>{bundle.preview.chapterName ?? 'an empty chapter'}</strong>,
              exported {new Date(bundle.preview.exportedAt).toLocaleString()}.
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
              onClick={async () => {
                try {
                  setStatus(await api.bundle.apply({ text: bundle.text }));
                  setBundle(null);
                  setMessage({
                    kind: 'success',
                    text: 'Imported. A backup of the previous data was made first.',
                  });
                } catch (err) {
                  setMessage({ kind: 'error', text: messageOf(err) });
                }
              }}
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
