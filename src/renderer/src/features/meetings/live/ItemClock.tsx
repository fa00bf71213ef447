import type { MeetingView } from '../../../../../shared/contract/meetings';
import { formatDuration, itemTimer, type MeetingState } from '../../../../../shared/meetings';
import { KIND_LABELS } from '../../../../../shared/meetings/labels';

/** The current item's time box, counting down, and a warning once it runs over. */
export function ItemClock({
  view,
  state,
  now,
}: {
  view: MeetingView;
  state: MeetingState;
  now: number;
}) {
  const item = view.meeting.agenda.find((a) => a.id === state.currentItemId);
  const progress = state.items.find((i) => i.itemId === state.currentItemId);
  if (!item || !progress) return null;
  const at = new Date(Math.max(now, Date.parse(progress.spans.at(-1)?.start ?? '0'))).toISOString();
  const t = itemTimer(progress.spans, item.timeBoxMinutes, at);
  return (
    <div>
      <p className="muted">
        {KIND_LABELS[item.kind]} · time box {item.timeBoxMinutes} min
      </p>
      <p className={t.overrun ? 'timer overrun' : 'timer'} aria-label="Time left on this item">
        {t.overrun ? `−${formatDuration(t.overrunMs)}` : formatDuration(t.remainingMs)}
      </p>
      {t.overrun && (
        <p className="overrun-warning" role="alert">
          Over time by {formatDuration(t.overrunMs)} — extend, table or move on.
        </p>
      )}
    </div>
  );
}
