import type { MeetingEvent } from '../../../src/shared/meetings';

type Body<E> = E extends MeetingEvent ? Omit<E, 'id' | 'at'> : never;

/** Builds an event log with ids e1, e2, … and times one minute apart unless given. */
export function logBuilder(start = '2025-04-03T19:00:00-05:00') {
  const events: MeetingEvent[] = [];
  let clock = Date.parse(start);
  const iso = (ms: number) => {
    // Wall clock in the -05:00 offset the meeting was recorded in.
    const d = new Date(ms - 5 * 3600_000);
    return `${d.toISOString().slice(0, 19)}-05:00`;
  };
  return {
    events,
    at: () => iso(clock),
    /** Advance the clock by minutes (fractions allowed). */
    wait(minutes: number) {
      clock += minutes * 60_000;
    },
    add(body: Body<MeetingEvent>): string {
      const id = `e${events.length + 1}`;
      events.push({ ...body, id, at: iso(clock) });
      return id;
    },
  };
}
