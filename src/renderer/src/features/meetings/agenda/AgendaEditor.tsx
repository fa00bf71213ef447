import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { MeetingView } from '../../../../../shared/contract/meetings';
import {
  moveDown,
  moveToIndex,
  moveUp,
  plannedSchedule,
  totalTimeBoxMinutes,
  type AgendaItem,
} from '../../../../../shared/meetings';
import { pluralize } from '../../../../../shared/text';
import { ConfirmModal } from '../../../ui/ConfirmModal';
import { AgendaRow, type RowDrag } from './AgendaRow';
import { useLinkOptions } from './useLinkOptions';

type Reorder = (list: AgendaItem[]) => AgendaItem[];

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
export function AgendaEditor({
  view,
  onChange,
}: {
  view: MeetingView;
  onChange: (agenda: AgendaItem[]) => Promise<unknown>;
}) {
  const agenda = view.meeting.agenda;
  const options = useLinkOptions();
  const [dragging, setDragging] = useState<string | null>(null);
  const [over, setOver] = useState<string | null>(null);
  const [announce, setAnnounce] = useState('');
  const [removing, setRemoving] = useState<AgendaItem | null>(null);
  const schedule = view.meeting.startTime
    ? new Map(plannedSchedule(agenda, view.meeting.startTime).map((s) => [s.itemId, s.start]))
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
  const commit = (change: Reorder) => {
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
  const move = async (reorder: Reorder, itemId: string) => {
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
  const onKeyDown = (e: KeyboardEvent, itemId: string) => {
    const reorder = !e.altKey
      ? null
      : e.key === 'ArrowUp'
        ? moveUp
        : e.key === 'ArrowDown'
          ? moveDown
          : null;
    if (!reorder) return;
    e.preventDefault();
    void move((list) => reorder(list, itemId), itemId);
  };
  const dragFor = (item: AgendaItem, index: number): RowDrag => ({
    className: `${dragging === item.id ? ' dragging' : ''}${over === item.id && dragging !== item.id ? ' drop-target' : ''}`,
    onDragOver: (e) => {
      if (!dragging) return;
      e.preventDefault();
      setOver(item.id);
    },
    onDragLeave: () => setOver((o) => (o === item.id ? null : o)),
    onDrop: (e) => {
      e.preventDefault();
      const from = dragging ?? e.dataTransfer.getData('text/plain');
      setDragging(null);
      setOver(null);
      if (from && from !== item.id) void move((list) => moveToIndex(list, from, index), from);
    },
    onDragStart: (e) => {
      e.dataTransfer.setData('text/plain', item.id);
      e.dataTransfer.effectAllowed = 'move';
      setDragging(item.id);
    },
    onDragEnd: () => {
      setDragging(null);
      setOver(null);
    },
  });

  return (
    <section className="card" aria-labelledby="agenda-heading">
      <div className="page-head">
        <h2 id="agenda-heading">Agenda</h2>
        <span className="muted">
          {pluralize(agenda.length, 'item')} · {pluralize(totalTimeBoxMinutes(agenda), 'minute')}{' '}
          planned
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
          <AgendaRow
            key={item.id}
            item={item}
            index={i}
            count={agenda.length}
            start={schedule?.get(item.id)}
            options={options}
            drag={dragFor(item, i)}
            actions={{
              update: (patch) =>
                void commit((list) => list.map((a) => (a.id === item.id ? { ...a, ...patch } : a))),
              moveUp: () => void move((list) => moveUp(list, item.id), item.id),
              moveDown: () => void move((list) => moveDown(list, item.id), item.id),
              remove: () => setRemoving(item),
              onKeyDown: (e) => onKeyDown(e, item.id),
            }}
          />
        ))}
      </ol>
      <div className="actions">
        <button type="button" onClick={() => void commit((list) => [...list, newItem()])}>
          Add an item
        </button>
      </div>
      {removing && (
        <ConfirmModal
          title={`Remove “${removing.title}”?`}
          cancelLabel="Keep it"
          confirmLabel="Remove the item"
          onCancel={() => setRemoving(null)}
          onConfirm={() => {
            setRemoving(null);
            setAnnounce(`${removing.title} removed from the agenda.`);
            void commit((list) => list.filter((a) => a.id !== removing.id));
          }}
        >
          <p>The item leaves the agenda with its time box, link and description.</p>
        </ConfirmModal>
      )}
    </section>
  );
}
