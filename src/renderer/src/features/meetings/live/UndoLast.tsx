import { useEffect, useRef } from 'react';
import { describeEvent, lastUndoable } from '../../../../../shared/meetings';
import { api } from '../../../api';
import type { LivePanelProps } from './types';
import { isTyping } from './useNextItemKey';

/**
 * Takes back the meeting's last action (a misclicked "Next item", an adjournment, a speaker
 * removed…), naming it on the button; Ctrl+Z outside a text field does the same. A motion, an
 * appeal or a ruling cannot be undone: the button says why.
 */
export function UndoLast({ view, state, action }: Omit<LivePanelProps, 'send'>) {
  const check = lastUndoable(view.log);
  const name = (id: string) => view.names[id] ?? state.names[id] ?? id.replace(/^guest:/, '');
  const itemTitle = (id: string) => view.meeting.agenda.find((a) => a.id === id)?.title ?? id;
  const label = check.ok ? describeEvent(check.event, view.log, { name, itemTitle }) : null;
  const undo = useRef<() => void>(() => undefined);
  useEffect(() => {
    undo.current = () => {
      if (!check.ok || !label || action.busy) return;
      void action.run(() => api.meetings.undo({ id: view.meeting.id, eventId: check.event.id }), {
        success: `Undone: ${label}.`,
      });
    };
  });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (isTyping(e.target) || e.altKey || e.shiftKey || !(e.ctrlKey || e.metaKey)) return;
      if (e.key !== 'z' && e.key !== 'Z') return;
      e.preventDefault();
      undo.current();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  if (view.minutes === 'approved' || view.log.length === 0) return null;
  return (
    <button
      type="button"
      onClick={() => undo.current()}
      disabled={!check.ok || action.busy}
      title={check.ok ? undefined : check.reason}
      aria-description={check.ok ? undefined : check.reason}
      aria-keyshortcuts="Control+Z"
    >
      {label ? `Undo: ${label}` : 'Undo'}
    </button>
  );
}
