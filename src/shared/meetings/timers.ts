import { z } from 'zod';
import { TimestampSchema } from '../schema/common';

export const DEFAULT_SPEAKER_MINUTES = 2;

export const TimeSpanSchema = z.object({ start: TimestampSchema, end: TimestampSchema.nullable() });
export type TimeSpan = z.infer<typeof TimeSpanSchema>;

const ms = (iso: string) => Date.parse(iso);

/** Time spent in the spans; an open span runs until `now`. Clock skew never makes it negative. */
export function spansElapsedMs(spans: readonly TimeSpan[], now: string): number {
  return spans.reduce((sum, s) => sum + Math.max(0, ms(s.end ?? now) - ms(s.start)), 0);
}

export type Countdown = {
  elapsedMs: number;
  /** Negative once the time box is used up. */
  remainingMs: number;
  overrun: boolean;
  overrunMs: number;
};

function countdown(elapsedMs: number, limitMinutes: number): Countdown {
  const remainingMs = limitMinutes * 60_000 - elapsedMs;
  return { elapsedMs, remainingMs, overrun: remainingMs < 0, overrunMs: Math.max(0, -remainingMs) };
}

/** The current item's countdown against its time box (an item may be resumed, hence spans). */
export function itemTimer(
  spans: readonly TimeSpan[],
  timeBoxMinutes: number,
  now: string,
): Countdown {
  return countdown(spansElapsedMs(spans, now), timeBoxMinutes);
}

export function speakerTimer(
  startedAt: string,
  now: string,
  limitMinutes: number = DEFAULT_SPEAKER_MINUTES,
): Countdown {
  return countdown(spansElapsedMs([{ start: startedAt, end: null }], now), limitMinutes);
}

/** "4:05", "−0:30" (overrun), "1:02:03"; whole seconds, rounded toward zero. */
export function formatDuration(milliseconds: number): string {
  const sign = milliseconds < 0 ? '−' : '';
  const total = Math.floor(Math.abs(milliseconds) / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return h > 0 ? `${sign}${h}:${String(m).padStart(2, '0')}:${s}` : `${sign}${m}:${s}`;
}
