import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { MeetingView } from '../../../../shared/contract/meetings';
import {
  AGENDA_ITEM_KINDS,
  moveDown,
  moveToIndex,
  moveUp,
  plannedSchedule,
  totalTimeBoxMinutes,
  type AgendaItem,
  type AgendaItemKind,
  type AgendaLink,
} from '../../../../shared/meetings';
import { api, messageOf } from '../../api';
import { useChapter } from '../../appStatus';
import { navigate } from '../../router';
import { Notice } from '../../ui/Notice';
import { useAsync } from '../../ui/useAsync';
import { KIND_LABELS, MINUTES_STATUS } from '../../../../shared/meetings/labels';
import { formText } from './formText';
import { useCounties } from '../../ui/useCounties';

type LinkOption = { value: string; label: string; link: AgendaLink };

function linkValue(link: AgendaLink | null): string {
  if (!link) return '';
  if (link.type === 'policy') return `policy:${link.policyId}`;
  if (link.type === 'vote') return `vote:${link.voteId}`;
  return `candidate:${link.candidateId}`;
}

export function useLinkOptions(): LinkOption[] {
  const { value: platform } = useAsync(() => api.platform.get());
  const { value: votes } = useAsync(() => api.votes.list());
  const { value: candidates } = useAsync(() => api.candidates.list());
  return [
    ...(platform?.platform.policies ?? []).map((p) => ({
      value: `policy:${p.id}`,
      label: `Policy: ${p.title}`,
      link: { type: 'policy' as const, policyId: p.id },
    })),
    ...(candidates?.candidates ?? []).map(({ candidate: c }) => ({
      value: `candidate:${c.id}`,
      label: `Candidate: ${c.name} (${c.office})`,
      link: { type: 'candidate' as const, candidateId: c.id },
    })),
    ...(votes ?? []).map((v) => ({
      value: `vote:${v.id}`,
      label: `Vote: ${v.title}`,
      link: { type: 'vote' as const, voteId: v.id },
    })),
  ];
}

export function AgendaPage({ id }: { id: string }) {
  const { value: loaded, error } = useAsync(() => api.meetings.get({ id }));
  const [latest, setLatest] = useState<MeetingView | null>(null);
  const [message, setMessage] = useState<{ kind: 'error' | 'success'; text: string } | null>(null);
  const view = latest ?? loaded;
  const act = async (fn: () => Promise<MeetingView>, done?: string) => {
    try {
      setLatest(await fn());
      setMessage(done ? { kind: 'success', text: done } : null);
    } catch (e) {
      setMessage({ kind: 'error', text: messageOf(e) });
    }
  };
  if (error) return <Notice kind="error">{error}</Notice>;
  if (!view) return <p aria-busy="true">Loading…</p>;
  const m = view.meeting;
  const started = view.log.some((e) => e.type === 'meeting-started');
  return (
    <section aria-labelledby="meeting-heading" className="meet-ui">
      <p>
        <a href="#/meetings">← All meetings</a>
      </p>
      <div className="page-head">
        <h1 id="meeting-heading">{m.title}</h1>
        <div className="actions wrap">
          <button
            type="button"
            className="primary"
            onClick={() => navigate(`/meetings/${id}/live`)}
          >
            {started ? 'Open live meeting' : 'Run this meeting'}
          </button>
          {started && (
            <button type="button" onClick={() => navigate(`/meetings/${id}/minutes`)}>
              Minutes ({MINUTES_STATUS[view.minutes]})
            </button>
          )}
          <button
            type="button"
            onClick={async () => {
              try {
                const r = await api.print.save({ document: 'meeting-agenda', params: { id } });
                if (r.saved)
                  setMessage({ kind: 'success', text: `Saved ${r.fileName ?? 'the agenda'}.` });
              } catch (e) {
                setMessage({ kind: 'error', text: messageOf(e) });
              }
            }}
          >
            Save agenda as PDF
          </button>
        </div>
      </div>
      <p className="muted">
        {m.date}
        {m.startTime ? ` at ${m.startTime}` : ''}
        {m.place ? ` · ${m.place}` : ''}
        {view.countyName ? ` · ${view.countyName}` : ''}
      </p>
      {message && <Notice kind={message.kind}>{message.text}</Notice>}
      <DetailsForm
        view={view}
        onSave={(details) => act(() => api.meetings.update({ id, details }), 'Meeting saved.')}
      />
      <AgendaEditor
        view={view}
        onChange={(agenda) => act(() => api.meetings.setAgenda({ id, agenda }))}
      />
      {!started && (
        <p>
          <button
            type="button"
            onClick={async () => {
              if (!window.confirm(`Delete “${m.title}” and its agenda?`)) return;
              try {
                await api.meetings.remove({ id });
                navigate('/meetings');
              } catch (e) {
                setMessage({ kind: 'error', text: messageOf(e) });
              }
            }}
          >
            Delete this meeting
          </button>
        </p>
      )}
    </section>
  );
}

function DetailsForm({
  view,
  onSave,
}: {
  view: MeetingView;
  onSave: (d: {
    title: string;
    date: string;
    startTime: string | null;
    place: string;
    county: string | null;
  }) => Promise<void>;
}) {
  const chapter = useChapter();
  const { countyLabel } = useCounties();
  const m = view.meeting;
  return (
    <details className="card">
      <summary>Date, place and county</summary>
      <form
        className="form"
        aria-label="Meeting details"
        onSubmit={(e) => {
          e.preventDefault();
          const f = new FormData(e.currentTarget);
          const get = (k: string) => formText(f, k).trim();
          void onSave({
            title: get('title'),
            date: get('date'),
            startTime: get('startTime') || null,
            place: get('place'),
            county: get('county') || null,
          });
        }}
      >
        <label>
          Title
          <input name="title" defaultValue={m.title} required />
        </label>
        <div className="form inline">
          <label>
            Date
            <input name="date" type="date" defaultValue={m.date} required />
          </label>
          <label>
            Start time
            <input name="startTime" type="time" defaultValue={m.startTime ?? ''} />
          </label>
        </div>
        <label>
          Place
          <input name="place" defaultValue={m.place} />
        </label>
        <label>
          County
          <select name="county" defaultValue={m.county ?? ''}>
            <option value="">(none)</option>
            {chapter.counties.map((c) => (
              <option key={c} value={c}>
                {countyLabel(c)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit">Save details</button>
      </form>
    </details>
  );
}

function newItem(): AgendaItem {
  return {
    id: crypto.randomUUID(),
    kind: 'new-business',
    title: 'New item',
    timeBoxMinutes: 10,
    link: null,
    description: '',
  };
}

/**
 * The agenda: each change is saved at once. Reorder with the Move buttons, with Alt+↑/↓ while
 * focus is anywhere in an item, or by dragging the handle.
 */
function AgendaEditor({
  view,
  onChange,
}: {
  view: MeetingView;
  onChange: (agenda: AgendaItem[]) => Promise<void>;
}) {
  const agenda = view.meeting.agenda;
  const options = useLinkOptions();
  const [dragging, setDragging] = useState<string | null>(null);
  const [over, setOver] = useState<string | null>(null);
  const [announce, setAnnounce] = useState('');
  const schedule = view.meeting.startTime
    ? new Map(plannedSchedule(agenda, view.meeting.startTime).map((s) => [s.itemId, s]))
    : null;

  // Changes are applied one after another to the newest agenda, so a quick blur after a select
  // never saves a stale copy over the previous change.
  const latest = useRef(agenda);
  const pending = useRef(0);
  const queue = useRef<Promise<void>>(Promise.resolve());
  useEffect(() => {
    // While changes are queued, the newest agenda is the one we are sending, not the last reply.
    if (pending.current === 0) latest.current = agenda;
  }, [agenda]);
  const commit = (change: (list: AgendaItem[]) => AgendaItem[]) => {
    pending.current++;
    queue.current = queue.current.then(async () => {
      try {
        const next = change(latest.current);
        latest.current = next;
        await onChange(next);
      } finally {
        pending.current--;
      }
    });
    return queue.current;
  };
  const move = async (reorder: (list: AgendaItem[]) => AgendaItem[], itemId: string) => {
    await commit(reorder);
    const next = latest.current;
    const at = next.findIndex((a) => a.id === itemId);
    const item = next[at];
    if (item) setAnnounce(`${item.title} moved to position ${at + 1} of ${next.length}.`);
    // Keep focus on the moved item's row so repeated keystrokes keep moving it.
    requestAnimationFrame(() =>
      document.querySelector<HTMLElement>(`[data-item-id="${itemId}"] .focus-anchor`)?.focus(),
    );
  };
  const onKey = (e: KeyboardEvent, itemId: string) => {
    if (!e.altKey) return;
    if (e.key === 'ArrowUp') {
      e.preventDefault();
      void move((list) => moveUp(list, itemId), itemId);
    } else if (e.key === 'ArrowDown') {
      e.preventDefault();
      void move((list) => moveDown(list, itemId), itemId);
    }
  };
  const update = (itemId: string, patch: Partial<AgendaItem>) =>
    commit((list) => list.map((a) => (a.id === itemId ? { ...a, ...patch } : a)));

  return (
    <section className="card" aria-labelledby="agenda-heading">
      <div className="page-head">
        <h2 id="agenda-heading">Agenda</h2>
        <span className="muted">
          {agenda.length} items · {totalTimeBoxMinutes(agenda)} minutes planned
        </span>
      </div>
      <p className="muted">
        Reorder with the Move buttons, with <kbd>Alt</kbd>+<kbd>↑</kbd>/<kbd>↓</kbd> inside an item,
        or by dragging ⠿.
      </p>
      <p className="visually-hidden" aria-live="polite">
        {announce}
      </p>
      <ol className="agenda-list" aria-label="Agenda items">
        {agenda.map((item, i) => (
          <li
            key={item.id}
            data-item-id={item.id}
            className={`agenda-row${dragging === item.id ? ' dragging' : ''}${over === item.id && dragging !== item.id ? ' drop-target' : ''}`}
            onKeyDown={(e) => onKey(e, item.id)}
            onDragOver={(e) => {
              if (!dragging) return;
              e.preventDefault();
              setOver(item.id);
            }}
            onDragLeave={() => setOver((o) => (o === item.id ? null : o))}
            onDrop={(e) => {
              e.preventDefault();
              const from = dragging ?? e.dataTransfer.getData('text/plain');
              setDragging(null);
              setOver(null);
              if (from && from !== item.id) void move((list) => moveToIndex(list, from, i), from);
            }}
          >
            <span
              className="drag-handle"
              draggable
              aria-hidden="true"
              title="Drag to reorder"
              onDragStart={(e) => {
                e.dataTransfer.setData('text/plain', item.id);
                e.dataTransfer.effectAllowed = 'move';
                setDragging(item.id);
              }}
              onDragEnd={() => {
                setDragging(null);
                setOver(null);
              }}
            >
              ⠿
            </span>
            <label>
              <span>
                {i + 1}. Title
                {schedule?.get(item.id) ? ` (${schedule.get(item.id)?.start})` : ''}
              </span>
              <input
                className="focus-anchor"
                defaultValue={item.title}
                aria-label={`Item ${i + 1} title`}
                onBlur={(e) => {
                  const title = e.target.value.trim();
                  if (title && title !== item.title) void update(item.id, { title });
                }}
              />
            </label>
            <label>
              Kind
              <select
                value={item.kind}
                aria-label={`Item ${i + 1} kind`}
                onChange={(e) => void update(item.id, { kind: e.target.value as AgendaItemKind })}
              >
                {AGENDA_ITEM_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {KIND_LABELS[k]}
                  </option>
                ))}
              </select>
            </label>
            <label>
              Minutes
              <input
                type="number"
                min={0}
                max={600}
                defaultValue={item.timeBoxMinutes}
                aria-label={`Item ${i + 1} time box in minutes`}
                onBlur={(e) => {
                  const n = Number(e.target.value);
                  if (Number.isFinite(n) && n !== item.timeBoxMinutes)
                    void update(item.id, { timeBoxMinutes: n });
                }}
              />
            </label>
            <label>
              Linked to
              <select
                value={linkValue(item.link)}
                aria-label={`Item ${i + 1} link`}
                onChange={(e) =>
                  void update(item.id, {
                    link: options.find((o) => o.value === e.target.value)?.link ?? null,
                  })
                }
              >
                <option value="">(nothing)</option>
                {item.link && !options.some((o) => o.value === linkValue(item.link)) && (
                  <option value={linkValue(item.link)}>
                    {item.link.type === 'candidate' ? 'Candidate' : 'Linked item'}
                  </option>
                )}
                {options.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </select>
            </label>
            <label className="agenda-desc">
              Description (printed under the item)
              <input
                defaultValue={item.description}
                aria-label={`Item ${i + 1} description`}
                onBlur={(e) => {
                  const description = e.target.value.trim();
                  if (description !== item.description) void update(item.id, { description });
                }}
              />
            </label>
            <div className="row-actions">
              <button
                type="button"
                aria-label={`Move ${item.title} up`}
                disabled={i === 0}
                onClick={() => void move((list) => moveUp(list, item.id), item.id)}
              >
                ↑
              </button>
              <button
                type="button"
                aria-label={`Move ${item.title} down`}
                disabled={i === agenda.length - 1}
                onClick={() => void move((list) => moveDown(list, item.id), item.id)}
              >
                ↓
              </button>
              <button
                type="button"
                aria-label={`Remove ${item.title}`}
                onClick={() => void commit((list) => list.filter((a) => a.id !== item.id))}
              >
                ✕
              </button>
            </div>
          </li>
        ))}
      </ol>
      <div className="actions">
        <button type="button" onClick={() => void commit((list) => [...list, newItem()])}>
          Add an item
        </button>
      </div>
    </section>
  );
}
