/**
 * Presence counts members only: more present than the chapter has active members is a mistake
 * (guests are counted apart, and never toward quorum). Checked when presence is frozen, before
 * a result is certified, and on the printed result.
 */
export function presenceProblem(present: number, members: number): string | null {
  if (present <= members) return null;
  return `${present} present, but the chapter has ${members} active member${members === 1 ? '' : 's'}. Count members only: guests are counted apart and never toward quorum.`;
}
