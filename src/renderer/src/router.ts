/** A hash router: the app is one page, and print documents are routes like any other. */
import { useSyncExternalStore } from 'react';

export interface Route {
  path: string;
  params: URLSearchParams;
}

function read(): Route {
  const hash = window.location.hash.replace(/^#/, '') || '/';
  const [path = '/', query = ''] = hash.split('?');
  return { path, params: new URLSearchParams(query) };
}

/** Each open form's "has unsaved changes" check (the kit's Form registers one). */
const unsaved = new Set<() => boolean>();
/** The address a person asked for while a form had unsaved changes, until they choose. */
let held: string | null = null;
/** Set while the person has chosen to leave, so the next change goes through. */
let leaving = false;

let current = read();
const listeners = new Set<() => void>();
const notify = () => listeners.forEach((l) => l());

const hasUnsaved = () => [...unsaved].some((check) => check());

// Every way of moving (a link, navigate(), Back) ends in a hashchange: one place to hold it.
window.addEventListener('hashchange', (e) => {
  if (!leaving && hasUnsaved()) {
    held = window.location.hash;
    // Put the address back without a new hashchange; the page stays as it is.
    window.history.replaceState(null, '', e.oldURL);
  } else {
    leaving = false;
    held = null;
    current = read();
  }
  notify();
});

// Closing the window with unsaved changes: the main process asks (will-prevent-unload).
window.addEventListener('beforeunload', (e) => {
  if (hasUnsaved()) e.preventDefault();
});

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useRoute(): Route {
  return useSyncExternalStore(subscribe, () => current);
}

export function navigate(path: string): void {
  window.location.hash = path;
}

/** Registers a form's unsaved-changes check; returns the call that removes it. */
export function guardUnsaved(check: () => boolean): () => void {
  unsaved.add(check);
  return () => unsaved.delete(check);
}

/** The move held back by unsaved changes, and the person's two answers to it. */
export function useHeldNavigation(): { held: string | null; stay: () => void; leave: () => void } {
  return {
    held: useSyncExternalStore(subscribe, () => held),
    stay: () => {
      held = null;
      notify();
    },
    leave: () => {
      if (held === null) return;
      leaving = true;
      window.location.hash = held;
    },
  };
}
