/**
 * Big tables and shapes (the county table, the county outlines) load only where they are
 * used: the first screen that needs one fetches its chunk and suspends until it is in (the
 * area's Loading shows meanwhile); every later use has it at once.
 */
import { use } from 'react';

type Tracked<T> = Promise<T> & { status?: 'fulfilled' | 'rejected'; value?: T; reason?: unknown };

export function lazyModule<T>(load: () => Promise<T>): { load: () => Promise<T>; use: () => T } {
  let pending: Tracked<T> | null = null;
  const start = (): Promise<T> => {
    if (!pending) {
      const loading: Tracked<T> = load().then(
        (value) => {
          // React's `use` reads a settled promise's status and value without suspending again.
          loading.status = 'fulfilled';
          loading.value = value;
          return value;
        },
        (error: unknown) => {
          pending = null; // the next use tries again
          throw error;
        },
      );
      pending = loading;
    }
    return pending;
  };
  return { load: start, use: () => use(start()) };
}
