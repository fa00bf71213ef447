import { useState } from 'react';
import {
  QUESTION_TYPE_LABELS,
  SUPPORT_LABELS,
  SUPPORT_LEVELS,
  type SupportLevel,
  type Weight,
} from '../../../../shared/candidates';
import type {
  CandidatesOverview,
  CustomQuestionInput,
} from '../../../../shared/contract/candidates';
import { api, messageOf } from '../../api';
import { navigate } from '../../router';
import { Field } from '../../ui/Field';
import { Notice } from '../../ui/Notice';
import { useAsync } from '../../ui/useAsync';
import { WEIGHT_LABELS } from './format';

type Version = CandidatesOverview['platformVersions'][number];

const NEW_CUSTOM: CustomQuestionInput = {
  type: 'open',
  prompt: '',
  areaId: null,
  weight: 'standard',
  mustMatch: false,
  stance: 'strongly-support',
  expected: 'yes',
  wordLimit: null,
};

export function QuestionnaireBuilder() {
  const { value, error } = useAsync(() => api.candidates.list());
  const versions = value?.platformVersions ?? [];
  const [chosen, setChosen] = useState<number | null>(null);
  const version = versions.find((v) => v.number === chosen) ?? versions[0];
  return (
    <section aria-labelledby="builder-heading">
      <p>
        <a href="#/candidates">← Candidates</a>
      </p>
      <h1 id="builder-heading">New questionnaire</h1>
      <Notice kind="error">{error}</Notice>
      {value && versions.length === 0 && (
        <Notice kind="info">
          No platform version has been adopted yet. Questions come from the adopted platform: adopt
          policies in Platform first.
        </Notice>
      )}
      {version && (
        <>
          <Field
            label="Platform version"
            hint="The questionnaire is pinned to this version: answers are judged against it."
          >
            <select value={version.number} onChange={(e) => setChosen(Number(e.target.value))}>
              {versions.map((v) => (
                <option key={v.number} value={v.number}>
                  Version {v.number} — {new Date(v.date).toLocaleDateString()} ({v.policies.length}{' '}
                  policies)
                </option>
              ))}
            </select>
          </Field>
          <Builder key={version.number} version={version} />
        </>
      )}
    </section>
  );
}

function Builder({ version }: { version: Version }) {
  const [title, setTitle] = useState('');
  const [weights, setWeights] = useState<Record<string, Weight>>({});
  const [stances, setStances] = useState<Record<string, SupportLevel>>({});
  const [mustMatch, setMustMatch] = useState<string[]>([]);
  const [rightsMustMatch, setRightsMustMatch] = useState(true);
  const [wordLimit, setWordLimit] = useState('150');
  const [custom, setCustom] = useState<CustomQuestionInput[]>([]);
  const [draft, setDraft] = useState<CustomQuestionInput>(NEW_CUSTOM);
  const [draftError, setDraftError] = useState<string | undefined>();
  const [error, setError] = useState<string | null>(null);
  const areaName = (id: string | null) => version.areas.find((a) => a.id === id)?.name ?? 'Other';

  const submit = async () => {
    const limit = wordLimit.trim() === '' ? null : Number(wordLimit);
    if (limit !== null && !(Number.isInteger(limit) && limit >= 1)) {
      setError('The word limit is a whole number of words, or blank for no limit.');
      return;
    }
    try {
      const q = await api.candidates.createQuestionnaire({
        platformVersion: version.number,
        ...(title.trim() ? { title: title.trim() } : {}),
        weights,
        stances,
        mustMatch,
        rightsMustMatch,
        wordLimit: limit,
        custom,
      });
      navigate(`/candidates/questionnaires/${q.id}`);
    } catch (e) {
      setError(messageOf(e));
    }
  };

  return (
    <form
      className="form wide"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <Field
        label="Title (optional)"
        hint={`Default: Candidate questionnaire (platform version ${version.number})`}
      >
        <input value={title} onChange={(e) => setTitle(e.target.value)} autoComplete="off" />
      </Field>
      <fieldset>
        <legend>Secured Rights: one yes/no pledge each</legend>
        <ol>
          {version.rights.map((r) => (
            <li key={r.id}>{r.title}</li>
          ))}
        </ol>
        <label className="check">
          <input
            type="checkbox"
            checked={rightsMustMatch}
            onChange={(e) => setRightsMustMatch(e.target.checked)}
          />{' '}
          Every pledge must match (a “no” is listed first as a must-match failure)
        </label>
      </fieldset>
      <table className="table compact">
        <caption>Policies: one support-scale question each</caption>
        <thead>
          <tr>
            <th scope="col">Area</th>
            <th scope="col">Policy</th>
            <th scope="col">Weight</th>
            <th scope="col">Platform’s stance</th>
            <th scope="col">Must match</th>
          </tr>
        </thead>
        <tbody>
          {version.policies.map((p) => (
            <tr key={p.id}>
              <td>{areaName(p.areaId)}</td>
              <th scope="row">{p.title}</th>
              <td>
                <select
                  aria-label={`Weight of ${p.title}`}
                  value={weights[p.id] ?? 'standard'}
                  onChange={(e) => setWeights({ ...weights, [p.id]: e.target.value as Weight })}
                >
                  {Object.entries(WEIGHT_LABELS).map(([w, label]) => (
                    <option key={w} value={w}>
                      {label}
                    </option>
                  ))}
                </select>
              </td>
              <td>
                <select
                  aria-label={`Stance on ${p.title}`}
                  value={stances[p.id] ?? 'strongly-support'}
                  onChange={(e) =>
                    setStances({ ...stances, [p.id]: e.target.value as SupportLevel })
                  }
                >
                  {SUPPORT_LEVELS.map((s) => (
                    <option key={s} value={s}>
                      {SUPPORT_LABELS[s]}
                    </option>
                  ))}
                </select>
              </td>
              <td>
                <input
                  type="checkbox"
                  aria-label={`${p.title} must match`}
                  checked={mustMatch.includes(p.id)}
                  onChange={(e) =>
                    setMustMatch(
                      e.target.checked ? [...mustMatch, p.id] : mustMatch.filter((x) => x !== p.id),
                    )
                  }
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <Field label="Word limit per answer" hint="Blank for no limit.">
        <input
          inputMode="numeric"
          value={wordLimit}
          onChange={(e) => setWordLimit(e.target.value)}
        />
      </Field>

      <fieldset aria-labelledby="custom-legend">
        <legend id="custom-legend">The chapter’s own questions</legend>
        {custom.length > 0 && (
          <ol>
            {custom.map((c, i) => (
              <li key={i}>
                <span className="muted">
                  {QUESTION_TYPE_LABELS[c.type]} · {areaName(c.areaId)}
                  {c.type !== 'open' ? ` · ${c.weight}${c.mustMatch ? ' · must match' : ''}` : ''}
                </span>{' '}
                {c.prompt}{' '}
                <button
                  type="button"
                  aria-label={`Remove question ${i + 1}`}
                  onClick={() => setCustom(custom.filter((_, j) => j !== i))}
                >
                  Remove
                </button>
              </li>
            ))}
          </ol>
        )}
        <div className="two-col">
          <Field label="Question type">
            <select
              value={draft.type}
              onChange={(e) =>
                setDraft({ ...draft, type: e.target.value as CustomQuestionInput['type'] })
              }
            >
              {Object.entries(QUESTION_TYPE_LABELS).map(([t, label]) => (
                <option key={t} value={t}>
                  {label}
                </option>
              ))}
            </select>
          </Field>
          <Field label="Policy area">
            <select
              value={draft.areaId ?? ''}
              onChange={(e) => setDraft({ ...draft, areaId: e.target.value || null })}
            >
              <option value="">Other questions</option>
              {version.areas.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.name}
                </option>
              ))}
            </select>
          </Field>
        </div>
        <Field label="Question text" error={draftError}>
          <textarea
            rows={2}
            value={draft.prompt}
            onChange={(e) => setDraft({ ...draft, prompt: e.target.value })}
          />
        </Field>
        {draft.type !== 'open' && (
          <div className="two-col">
            <Field label="Question weight">
              <select
                value={draft.weight}
                onChange={(e) => setDraft({ ...draft, weight: e.target.value as Weight })}
              >
                {Object.entries(WEIGHT_LABELS).map(([w, label]) => (
                  <option key={w} value={w}>
                    {label}
                  </option>
                ))}
              </select>
            </Field>
            {draft.type === 'scale' && (
              <Field label="Chapter’s answer">
                <select
                  value={draft.stance}
                  onChange={(e) => setDraft({ ...draft, stance: e.target.value as SupportLevel })}
                >
                  {SUPPORT_LEVELS.map((s) => (
                    <option key={s} value={s}>
                      {SUPPORT_LABELS[s]}
                    </option>
                  ))}
                </select>
              </Field>
            )}
            {draft.type === 'pledge' && (
              <Field label="Expected answer">
                <select
                  value={draft.expected}
                  onChange={(e) =>
                    setDraft({ ...draft, expected: e.target.value === 'no' ? 'no' : 'yes' })
                  }
                >
                  <option value="yes">Yes</option>
                  <option value="no">No</option>
                </select>
              </Field>
            )}
            <label className="check">
              <input
                type="checkbox"
                checked={draft.mustMatch}
                onChange={(e) => setDraft({ ...draft, mustMatch: e.target.checked })}
              />{' '}
              Must match
            </label>
          </div>
        )}
        <button
          type="button"
          onClick={() => {
            if (!draft.prompt.trim()) {
              setDraftError('Write the question first.');
              return;
            }
            setDraftError(undefined);
            setCustom([...custom, { ...draft, prompt: draft.prompt.trim() }]);
            setDraft(NEW_CUSTOM);
          }}
        >
          Add this question
        </button>
      </fieldset>
      <Notice kind="error">{error}</Notice>
      <div className="actions">
        <button type="submit" className="primary">
          Create questionnaire
        </button>
        <a href="#/candidates">Cancel</a>
      </div>
    </form>
  );
}
