import { useEffect, useState } from 'react';
import type { MeetingView } from '../../../../shared/contract/meetings';
import { api, messageOf } from '../../api';

/** The meeting view, with `act` to run a change and keep its returned view. */
export function useMeeting(id: string) {
  const [view, setView] = useState<MeetingView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  useEffect(() => {
    let cancelled = false;
    api.meetings.get({ id }).then(
      (v) => {
        if (!cancelled) setView(v);
      },
      (e: unknown) => {
        if (!cancelled) setError(messageOf(e));
      },
    );
    return () => {
      cancelled = true;
    };
  }, [id, version]);
  const act = async (fn: () => Promise<unknown>): Promise<boolean> => {
    try {
      const result = await fn();
      if (result && typeof result === 'object' && 'meeting' in result)
        setView(result as MeetingView);
      else setVersion((v) => v + 1);
      setError(null);
      return true;
    } catch (e) {
      setError(messageOf(e));
      return false;
    }
  };
  return { view, error, act, reload: () => setVersion((v) => v + 1) };
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
