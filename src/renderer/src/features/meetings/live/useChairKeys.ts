import { useEffect } from 'react';
import { isTyping } from './useNextItemKey';

/**
 * The chair console's keys (N, the next item, is useNextItemKey's): each acts on the control
 * marked `data-shortcut` on screen, so a key does exactly what its button or field does.
 * "click" keys press the button (adjourn still asks first); "focus" keys go to the form.
 */
export const CHAIR_KEYS = [
  { key: 's', target: 'speaker', act: 'click', label: 'next speaker' },
  { key: 'p', target: 'point', act: 'focus', label: 'point of order' },
  { key: 'm', target: 'motion', act: 'focus', label: 'new motion' },
  { key: 'a', target: 'adjourn', act: 'click', label: 'adjourn' },
] as const;

export type ChairTarget = (typeof CHAIR_KEYS)[number]['target'];

/** The attributes that make a control the target of its key. */
export function shortcut(target: ChairTarget) {
  const k = CHAIR_KEYS.find((c) => c.target === target);
  return { 'data-shortcut': target, 'aria-keyshortcuts': k?.key.toUpperCase() };
}

export function useChairKeys() {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (isTyping(e.target) || e.altKey || e.metaKey || e.ctrlKey) return;
      // A dialog open (the adjourn question, a new election) has the keyboard to itself.
      if (document.querySelector('dialog[open]')) return;
      const k = CHAIR_KEYS.find((c) => c.key === e.key.toLowerCase());
      const el = k && document.querySelector<HTMLElement>(`[data-shortcut="${k.target}"]`);
      if (!k || !el || (el as HTMLButtonElement).disabled) return;
      e.preventDefault();
      el.scrollIntoView({ block: 'nearest' });
      if (k.act === 'click') el.click();
      else el.focus();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
