import { createContext, useContext } from 'react';
import type { AppStatus } from '../../shared/contract/app';

export interface AppStatusValue {
  status: AppStatus;
  setStatus: (status: AppStatus) => void;
  refresh: () => Promise<void>;
}

export const AppStatusContext = createContext<AppStatusValue | null>(null);

export function useAppStatus(): AppStatusValue {
  const value = useContext(AppStatusContext);
  if (!value) throw new Error('useAppStatus outside AppStatusContext');
  return value;
}

/** The open chapter; only used below the shell, where a chapter always exists. */
export function useChapter() {
  const { status } = useAppStatus();
  if (!status.chapter) throw new Error('No chapter is open');
  return status.chapter;
}
