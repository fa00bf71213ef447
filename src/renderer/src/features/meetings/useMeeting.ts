import { useCallback, useEffect, useState } from 'react';
import type { MeetingView } from '../../../../shared/contract/meetings';
import { api, messageOf } from '../../api';
import { useAction } from '../../ui/useAction';

function isView(value: unknown): value is MeetingView {
  return typeof value === 'object' && value !== null && 'meeting' in value;
}

/**
 * The meeting view and the one runner for its changes: a change that returns the meeting's
 * new view shows it; any other reloads the view.
 */
export function useMeeting(id: string) {
  const [view, setView] = useState<MeetingView | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  useEffect(() => {
    let cancelled = false;
    api.meetings.get({ id }).then(
      (v) => {
        if (!cancelled) setView(v);
      },
      (e: unknown) => {
        if (!cancelled) setLoadError(messageOf(e));
      },
    );
    return () => {
      cancelled = true;
    };
  }, [id, version]);
  const reload = useCallback(() => setVersion((v) => v + 1), []);
  const action = useAction({
    onSuccess: (result) => (isView(result) ? setView(result) : reload()),
  });
  return { view, loadError, action, reload };
}

/** The wall clock, ticking once a second (Playwright's clock can drive it in tests). */
export function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  return now;
}
