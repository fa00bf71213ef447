import { useCallback, useEffect, useState } from 'react';
import type { PlatformView } from '../../../../shared/contract/platform';
import { api, messageOf } from '../../api';
import { useAction } from '../../ui/useAction';

const isView = (value: unknown): value is PlatformView =>
  typeof value === 'object' && value !== null && 'platform' in value;

/**
 * The platform view, and the action that changes it: a change that returns the view shows
 * it, any other is followed by a reload.
 */
export function usePlatform() {
  const [view, setView] = useState<PlatformView | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  useEffect(() => {
    let cancelled = false;
    api.platform.get().then(
      (v) => !cancelled && setView(v),
      (e: unknown) => !cancelled && setLoadError(messageOf(e)),
    );
    return () => {
      cancelled = true;
    };
  }, [version]);
  const onSuccess = useCallback((result: unknown) => {
    if (isView(result)) setView(result);
    else setVersion((v) => v + 1);
  }, []);
  const action = useAction({ onSuccess });
  return { view, loadError, action };
}
