import { useEffect, useState } from 'react';
import type { PlatformView } from '../../../../shared/contract/platform';
import { api, messageOf } from '../../api';

/** The platform view; `act` runs a change, then shows its result or reloads. */
export function usePlatform() {
  const [view, setView] = useState<PlatformView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [success, setSuccess] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  useEffect(() => {
    let cancelled = false;
    api.platform.get().then(
      (v) => !cancelled && setView(v),
      (e: unknown) => !cancelled && setError(messageOf(e)),
    );
    return () => {
      cancelled = true;
    };
  }, [version]);
  const act = async (fn: () => Promise<unknown>, done?: string): Promise<boolean> => {
    try {
      const result = await fn();
      if (result && typeof result === 'object' && 'platform' in result)
        setView(result as PlatformView);
      else setVersion((v) => v + 1);
      setError(null);
      setSuccess(done ?? null);
      return true;
    } catch (e) {
      setError(messageOf(e));
      setSuccess(null);
      return false;
    }
  };
  return { view, error, success, act };
}
