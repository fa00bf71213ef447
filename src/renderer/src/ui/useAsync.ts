import { useCallback, useEffect, useState } from 'react';
import { messageOf } from '../api';

/** Loads data on mount and on `reload()`; keeps the last value while reloading. */
export function useAsync<T>(load: () => Promise<T>, deps: unknown[] = []) {
  const [value, setValue] = useState<T | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const run = useCallback(load, deps);
  const reload = useCallback(async () => {
    try {
      setValue(await run());
      setError(null);
    } catch (e) {
      setError(messageOf(e));
    }
  }, [run]);
  useEffect(() => {
    void reload();
  }, [reload]);
  return { value, error, reload };
}
