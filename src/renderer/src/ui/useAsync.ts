import { useCallback, useEffect, useRef, useState } from 'react';
import { messageOf } from '../api';

/** Loads data on mount and again after each `reload()`; keeps the last value meanwhile. */
export function useAsync<T>(load: () => Promise<T>) {
  const [state, setState] = useState<{ value?: T; error: string | null }>({ error: null });
  const [version, setVersion] = useState(0);
  const loadRef = useRef(load);
  useEffect(() => {
    loadRef.current = load;
  });
  useEffect(() => {
    let cancelled = false;
    loadRef.current().then(
      (value) => {
        if (!cancelled) setState({ value, error: null });
      },
      (error: unknown) => {
        if (!cancelled) setState((s) => ({ ...s, error: messageOf(error) }));
      },
    );
    return () => {
      cancelled = true;
    };
  }, [version]);
  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return { value: state.value, error: state.error, reload };
}
