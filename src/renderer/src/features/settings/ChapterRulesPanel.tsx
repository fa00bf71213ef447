import { useState } from 'react';
import {
  SETTINGS_FIELDS,
  THRESHOLD_LABELS,
  type ChapterSettings,
  type SettingsPatch,
} from '../../../../shared/settings';
import { THRESHOLDS, type Threshold } from '../../../../shared/schema/chapter';
import { api, messageOf } from '../../api';
import { Notice } from '../../ui/Notice';
import { useAsync } from '../../ui/useAsync';
import '../meetings/meetings.css';

/** The chapter's rules (src/shared/settings): one row per entry in SETTINGS_FIELDS. */
export function ChapterRulesPanel() {
  const { value, error } = useAsync(() => api.settings.get());
  const [saved, setSaved] = useState<ChapterSettings | null>(null);
  const [message, setMessage] = useState<{ kind: 'error' | 'success'; text: string } | null>(null);
  const settings = saved ?? value;
  const save = async (patch: SettingsPatch) => {
    try {
      setSaved(await api.settings.update(patch));
      setMessage({ kind: 'success', text: 'Rules saved.' });
    } catch (e) {
      setMessage({ kind: 'error', text: messageOf(e) });
    }
  };
  return (
    <section className="card" aria-labelledby="rules-heading">
      <h2 id="rules-heading">Chapter rules</h2>
      <Notice kind="error">{error}</Notice>
      {message && <Notice kind={message.kind}>{message.text}</Notice>}
      {settings && (
        <div className="form rules">
          {SETTINGS_FIELDS.map((field) => {
            const current = settings[field.key] as unknown;
            if (field.kind === 'threshold') {
              return (
                <label key={field.key}>
                  {field.label}
                  <select
                    value={String(current)}
                    onChange={(e) => void save({ [field.key]: e.target.value as Threshold })}
                  >
                    {THRESHOLDS.map((t) => (
                      <option key={t} value={t}>
                        {THRESHOLD_LABELS[t]}
                      </option>
                    ))}
                  </select>
                  <span className="hint">{field.help}</span>
                </label>
              );
            }
            if (field.kind === 'choice') {
              return (
                <label key={field.key}>
                  {field.label}
                  <select
                    value={String(current)}
                    onChange={(e) => void save({ [field.key]: e.target.value })}
                  >
                    {field.options.map((o) => (
                      <option key={o.value} value={o.value}>
                        {o.label}
                      </option>
                    ))}
                  </select>
                  <span className="hint">{field.help}</span>
                </label>
              );
            }
            return (
              <label key={field.key}>
                {field.label}
                <input
                  type="number"
                  min={field.min}
                  max={field.max}
                  defaultValue={Number(current)}
                  onBlur={(e) => void save({ [field.key]: Number(e.target.value) })}
                />
                <span className="hint">{field.help}</span>
              </label>
            );
          })}
        </div>
      )}
    </section>
  );
}
