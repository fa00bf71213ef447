import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { messageOf } from '../api';

/** What to do once a run succeeds: a line to show, and/or a callback with the value. */
export interface RunOptions<R> {
  /** Shown as `success` (a fixed line, or one made from the value; null shows none). */
  success?: string | ((value: R) => string | null);
  /** Called with the value once it resolves, after the hook's own `onSuccess`. */
  onSuccess?: (value: R) => void;
}

/** Runs a change; resolves true once it (and its success callbacks) went through, false if it threw. */
export type Run<T = unknown> = <R extends T>(
  fn: () => Promise<R>,
  then?: RunOptions<R> | ((value: R) => void),
) => Promise<boolean>;

/** One runner for a screen's changes: pass it (or its `run`) to the panels that make them. */
export interface Action<T = unknown> {
  /** True while a run is under way: disable the buttons that start one. */
  busy: boolean;
  /** The last failure's message (messageOf), cleared by the next success. */
  error: string | null;
  /** The last success's line, cleared by the next failure or run without one. */
  success: string | null;
  run: Run<T>;
  clearError: () => void;
}

/**
 * The one action runner: `run(fn)` awaits `fn`, keeps its error message for the screen, and
 * calls the success callbacks. `onSuccess` runs after every successful run (e.g. keep the
 * view the change returned, or reload).
 */
export function useAction<T = unknown>(options?: { onSuccess?: (value: T) => void }): Action<T> {
  const [running, setRunning] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const [success, setSuccess] = useState<string | null>(null);
  const onSuccessRef = useRef(options?.onSuccess);
  useEffect(() => {
    onSuccessRef.current = options?.onSuccess;
  });

  const run: Run<T> = useCallback(async (fn, then) => {
    const opts = typeof then === 'function' ? { onSuccess: then } : (then ?? {});
    setRunning((n) => n + 1);
    try {
      let value: Awaited<ReturnType<typeof fn>>;
      try {
        value = await fn();
      } catch (e) {
        setError(messageOf(e));
        setSuccess(null);
        return false;
      }
      setError(null);
      setSuccess(typeof opts.success === 'function' ? opts.success(value) : (opts.success ?? null));
      onSuccessRef.current?.(value);
      opts.onSuccess?.(value);
      return true;
    } finally {
      setRunning((n) => n - 1);
    }
  }, []);
  const clearError = useCallback(() => setError(null), []);
  return useMemo(
    () => ({ busy: running > 0, error, success, run, clearError }),
    [running, error, success, run, clearError],
  );
}
