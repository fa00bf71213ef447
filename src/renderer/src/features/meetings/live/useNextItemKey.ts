import { useEffect, useRef } from 'react';
import type { LiveEventInput } from '../../../../../shared/contract/meetings';
import type { MeetingState } from '../../../../../shared/meetings';
import type { Send } from './types';

/** Whether a key press belongs to a text field (so it is typing, not a meeting shortcut). */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  const tag = target.tagName;
  return (
    target.isContentEditable ||
    tag === 'TEXTAREA' ||
    tag === 'SELECT' ||
    (tag === 'INPUT' &&
      !['checkbox', 'radio', 'button', 'submit'].includes((target as HTMLInputElement).type))
  );
}

/**
 * Moves the meeting to its next item (or ends the last one): returned for the button, and
 * bound to N and Ctrl+→ outside text fields. One keystroke is one step: repeats are ignored
 * until the last step is saved.
 */
export function useNextItemKey(state: MeetingState | null, next: string | null, send: Send) {
  const goNext = useRef<() => void>(() => undefined);
  const moving = useRef(false);
  const phase = state?.phase;
  const currentItemId = state?.currentItemId ?? null;
  useEffect(() => {
    goNext.current = () => {
      if (phase !== 'in-session' || moving.current) return;
      const event: LiveEventInput | null = next
        ? { type: 'item-started', itemId: next }
        : currentItemId
          ? { type: 'item-ended', itemId: currentItemId }
          : null;
      if (!event) return;
      moving.current = true;
      void send(event).finally(() => {
        moving.current = false;
      });
    };
  });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (isTyping(e.target) || e.altKey || e.metaKey) return;
      const plainN = (e.key === 'n' || e.key === 'N') && !e.ctrlKey;
      const ctrlRight = e.key === 'ArrowRight' && e.ctrlKey;
      if (plainN || ctrlRight) {
        e.preventDefault();
        goNext.current();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
  return () => goNext.current();
}
