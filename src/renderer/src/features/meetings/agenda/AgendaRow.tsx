import type { DragEvent, KeyboardEvent } from 'react';
import {
  AGENDA_ITEM_KINDS,
  type AgendaItem,
  type AgendaItemKind,
} from '../../../../../shared/meetings';
import { KIND_LABELS } from '../../../../../shared/meetings/labels';
import { Options } from '../../../ui/Options';
import { linkValue, type LinkOption } from './useLinkOptions';

/** What a row asks of its agenda: a change to its item, a move, or its removal. */
export interface RowActions {
  update: (patch: Partial<AgendaItem>) => void;
  moveUp: () => void;
  moveDown: () => void;
  remove: () => void;
  onKeyDown: (e: KeyboardEvent) => void;
}

/** Drag and drop between rows: the row being dragged and the one under it. */
export interface RowDrag {
  className: string;
  onDragOver: (e: DragEvent) => void;
  onDragLeave: () => void;
  onDrop: (e: DragEvent) => void;
  onDragStart: (e: DragEvent) => void;
  onDragEnd: () => void;
}

/** One agenda item, edited in place: each change is saved when the field is left. */
export function AgendaRow({
  item,
  index,
  count,
  start,
  options,
  actions,
  drag,
}: {
  item: AgendaItem;
  index: number;
  count: number;
  /** The planned start ("19:47"), when the meeting has a start time. */
  start: string | undefined;
  options: LinkOption[];
  actions: RowActions;
  drag: RowDrag;
}) {
  const n = index + 1;
  const { update } = actions;
  return (
    <li
      data-item-id={item.id}
      className={`agenda-row${drag.className}`}
      onKeyDown={actions.onKeyDown}
      onDragOver={drag.onDragOver}
      onDragLeave={drag.onDragLeave}
      onDrop={drag.onDrop}
    >
      <span
        className="drag-handle"
        draggable
        aria-hidden="true"
        title="Drag to reorder"
        onDragStart={drag.onDragStart}
        onDragEnd={drag.onDragEnd}
      >
        ⠿
      </span>
      <label>
        <span>
          {n}. Title
          {start ? ` (${start})` : ''}
        </span>
        <input
          className="focus-anchor"
          defaultValue={item.title}
          aria-label={`Item ${n} title`}
          onBlur={(e) => {
            const title = e.target.value.trim();
            if (title && title !== item.title) update({ title });
          }}
        />
      </label>
      <label>
        Kind
        <select
          value={item.kind}
          aria-label={`Item ${n} kind`}
          onChange={(e) => update({ kind: e.target.value as AgendaItemKind })}
        >
          <Options values={AGENDA_ITEM_KINDS} labels={KIND_LABELS} />
        </select>
      </label>
      <label>
        Minutes
        <input
          type="number"
          min={0}
          max={600}
          defaultValue={item.timeBoxMinutes}
          aria-label={`Item ${n} time box in minutes`}
          onBlur={(e) => {
            const minutes = Number(e.target.value);
            if (Number.isFinite(minutes) && minutes !== item.timeBoxMinutes)
              update({ timeBoxMinutes: minutes });
          }}
        />
      </label>
      <label>
        Linked to
        <select
          value={linkValue(item.link)}
          aria-label={`Item ${n} link`}
          onChange={(e) =>
            update({ link: options.find((o) => o.value === e.target.value)?.link ?? null })
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
          aria-label={`Item ${n} description`}
          onBlur={(e) => {
            const description = e.target.value.trim();
            if (description !== item.description) update({ description });
          }}
        />
      </label>
      <div className="row-actions">
        <button
          type="button"
          aria-label={`Move ${item.title} up`}
          disabled={index === 0}
          onClick={actions.moveUp}
        >
          ↑
        </button>
        <button
          type="button"
          aria-label={`Move ${item.title} down`}
          disabled={index === count - 1}
          onClick={actions.moveDown}
        >
          ↓
        </button>
        <button type="button" aria-label={`Remove ${item.title}`} onClick={actions.remove}>
          ✕
        </button>
      </div>
    </li>
  );
}
