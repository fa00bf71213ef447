/**
 * The renderer's typed API: `api.members.add(…)` resolves to the value or throws an
 * ApiFailure carrying the main process's plain-words message and field issues.
 */
import type { ChapterhouseApi } from '../../shared/contract';
import type { ApiError, ApiIssue, Envelope } from '../../shared/errors';
import type { BridgeObject } from '../../shared/bridge';

export class ApiFailure extends Error {
  readonly code: ApiError['code'];
  readonly issues: ApiIssue[];
  constructor(error: ApiError) {
    super(error.message);
    this.code = error.code;
    this.issues = error.issues ?? [];
  }
}

declare global {
  interface Window {
    chapterhouse: BridgeObject;
  }
}

const failureListeners = new Set<(failure: ApiFailure) => void>();

/** Calls `listener` with every refused call (e.g. to react to an outside change); returns an unsubscribe. */
export function onApiFailure(listener: (failure: ApiFailure) => void): () => void {
  failureListeners.add(listener);
  return () => failureListeners.delete(listener);
}

function unwrap(bridge: BridgeObject): ChapterhouseApi {
  const api: Record<string, Record<string, (input?: unknown) => Promise<unknown>>> = {};
  for (const [group, fns] of Object.entries(bridge)) {
    api[group] = {};
    for (const [name, fn] of Object.entries(fns)) {
      api[group][name] = async (input?: unknown) => {
        const envelope: Envelope<unknown> = await fn(input);
        if (!envelope.ok) {
          const failure = new ApiFailure(envelope.error);
          for (const listener of failureListeners) listener(failure);
          throw failure;
        }
        return envelope.value;
      };
    }
  }
  return api as unknown as ChapterhouseApi;
}

export const api = unwrap(window.chapterhouse);

/** A message for any thrown value, for showing to the person. */
export function messageOf(error: unknown): string {
  if (error instanceof ApiFailure) {
    const details = error.issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message));
    return details.length ? `${error.message} ${details.join('; ')}` : error.message;
  }
  return error instanceof Error ? error.message : String(error);
}
