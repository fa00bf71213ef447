/**
 * Where the kit's Form keeps drafts: the window's localStorage (the CSP and the sandbox allow
 * it; it stays on this computer), one entry per chapter and form, checked by src/shared/drafts.
 */
import { useEffect, useState } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import {
  differsFrom,
  draftKey,
  parseDraft,
  serializeDraft,
  type Draft,
} from '../../../shared/drafts';
import { useAppStatus } from '../appStatus';
import { hasUnsaved } from './unsaved';

/** How long typing pauses before the draft is kept. */
const SAVE_AFTER_MS = 600;

function store(key: string, text: string | null): void {
  try {
    if (text === null) localStorage.removeItem(key);
    else localStorage.setItem(key, text);
  } catch {
    // A full or unavailable storage keeps no draft; the form itself works as before.
  }
}

export interface DraftControl {
  /** A draft kept from an earlier visit that the form does not show, until restored or discarded. */
  offer: Draft | null;
  restore: () => void;
  discard: () => void;
}

/**
 * Keeps the form's values as a draft while it has unsaved changes (after a pause in typing),
 * and offers a draft left from an earlier visit. `name` is null for a form without drafts.
 */
export function useDraft<V extends FieldValues>(
  form: UseFormReturn<V, unknown, unknown>,
  name: string | null,
): DraftControl & { clear: () => void } {
  const chapterId = useAppStatus().status.chapter?.id ?? null;
  const key = name && chapterId ? draftKey(chapterId, name) : null;
  const [offer, setOffer] = useState<Draft | null>(() => {
    if (!key) return null;
    const kept = parseDraft(localStorage.getItem(key));
    return kept && differsFrom(kept, form.getValues()) ? kept : null;
  });
  useEffect(() => {
    if (!key || offer) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const keep = () => {
      clearTimeout(timer);
      timer = undefined;
      if (hasUnsaved(form)) store(key, serializeDraft(form.getValues(), new Date().toISOString()));
    };
    const subscription = form.watch(() => {
      clearTimeout(timer);
      timer = setTimeout(keep, SAVE_AFTER_MS);
    });
    // Leaving the page or closing the window mid-pause keeps what was typed last.
    const keepPending = () => {
      if (timer !== undefined) keep();
    };
    window.addEventListener('beforeunload', keepPending);
    return () => {
      subscription.unsubscribe();
      window.removeEventListener('beforeunload', keepPending);
      keepPending();
    };
  }, [form, key, offer]);
  const clear = () => {
    if (key) store(key, null);
    setOffer(null);
  };
  return {
    offer,
    restore: () => {
      // The saved values stay the form's defaults, so the restored text counts as unsaved.
      if (offer) form.reset(offer.values as V, { keepDefaultValues: true });
      setOffer(null);
    },
    discard: clear,
    clear,
  };
}
