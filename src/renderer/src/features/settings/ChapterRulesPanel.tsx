import { useState } from 'react';
import {
  SETTINGS_FIELDS,
  THRESHOLD_LABELS,
  type ChapterSettings,
  type SettingsPatch,
} from '../../../../shared/settings';
import { THRESHOLDS, type Threshold } from '../../../../shared/schema/chapter';
import { api } from '../../api';
import { ActionNotice, Notice } from '../../ui/Notice';
import { useAction } from '../../ui/useAction';
import { useAsync } from '../../ui/useAsync';
import './settings.css';
import { Options } from '../../ui/Options';

/** The chapter's rules (src/shared/settings): one row per entry in SETTINGS_FIELDS. */
export function ChapterRulesPanel() {
  const { value, error } = useAsync(() => api.settings.get());
  const [saved, setSaved] = useState<ChapterSettings | null>(null);
  const action = useAction();
  const settings = saved ?? value;
  const save = (patch: SettingsPatch) =>
    action.run(() => api.settings.update(patch), { success: 'Rules saved.', onSuccess: setSaved });
  return (
    <section className="card" aria-labelledby="rules-heading">
      <h2 id="rules-heading">Chapter rules</h2>
      <Notice kind="error">{error}</Notice>
      <ActionNotice action={action} />
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
                    <Options values={THRESHOLDS} labels={THRESHOLD_LABELS} />
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
