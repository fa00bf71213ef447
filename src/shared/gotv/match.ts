/**
 * Members matched to voters, proposed and never guessed: a member's typed voter ID if the
 * list has it; else voters with the member's first and last name (accents, case and
 * punctuation aside), narrowed by the member's street address when one is given. One
 * candidate is a proposal a person confirms; several are shown to choose among. Two members
 * proposed for one voter are both flagged, and neither proposal stands on its own.
 */
import { parseAddress } from '../canvass/address';
import type { Voter } from '../canvass/schema';

/** 'Muñoz-Pérez, Jr.' → 'MUNOZ PEREZ JR'. */
export function normalName(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, ' ')
    .trim();
}

const SUFFIXES = new Set(['JR', 'SR', 'II', 'III', 'IV']);

/** First and last name of a member's name as written ('Maria J. Muñoz Jr.', 'Muñoz, Maria'). */
export function nameParts(name: string): { first: string; last: string } | null {
  const comma = name.indexOf(',');
  const ordered = comma > 0 ? `${name.slice(comma + 1)} ${name.slice(0, comma)}` : name;
  const words = normalName(ordered)
    .split(' ')
    .filter((w) => w && !SUFFIXES.has(w));
  const first = words[0];
  const last = words.at(-1);
  return first && last && words.length > 1 ? { first, last } : null;
}

/** Voters by normalised last name, for looking up many members in one pass over the list. */
export function votersByLastName(voters: Iterable<Voter>): Map<string, Voter[]> {
  const index = new Map<string, Voter[]>();
  for (const v of voters) {
    for (const part of new Set([normalName(v.lastName), ...normalName(v.lastName).split(' ')])) {
      const list = index.get(part);
      if (list) list.push(v);
      else index.set(part, [v]);
    }
  }
  return index;
}

export interface MemberToMatch {
  id: string;
  name: string;
  /** A voter ID typed for the member (or already on file). */
  voterId?: string;
  /** The member's street address, when someone typed it: '12 N High St Apt 2'. */
  address?: string;
}

export type MatchHow = 'voter ID' | 'name and address' | 'name';

export interface MemberMatch {
  memberId: string;
  how: MatchHow | null;
  /** Voters the member may be, best first; one is a proposal, several a choice, none no match. */
  candidates: Voter[];
  /** Another member has the same single candidate: a person must decide, never the matcher. */
  shared: boolean;
}

function sameAddress(v: Voter, address: string): boolean {
  const a = parseAddress(address);
  return a.houseNumber === v.houseNumber && a.street === v.street && (!a.unit || a.unit === v.unit);
}

/** The candidates of one member (see the module comment). */
export function matchOne(
  member: MemberToMatch,
  byId: ReadonlyMap<string, Voter>,
  byLast: ReadonlyMap<string, readonly Voter[]>,
): Omit<MemberMatch, 'shared'> {
  const byVoterId = member.voterId ? byId.get(member.voterId.trim()) : undefined;
  if (byVoterId) return { memberId: member.id, how: 'voter ID', candidates: [byVoterId] };
  const parts = nameParts(member.name);
  if (!parts) return { memberId: member.id, how: null, candidates: [] };
  const named = (byLast.get(parts.last) ?? []).filter(
    (v) => normalName(v.firstName).split(' ')[0] === parts.first,
  );
  const address = member.address?.trim();
  if (address) {
    const there = named.filter((v) => sameAddress(v, address));
    if (there.length) return { memberId: member.id, how: 'name and address', candidates: there };
  }
  return { memberId: member.id, how: named.length ? 'name' : null, candidates: named };
}

/** Every member's candidates; a single candidate proposed for two members flags both. */
export function matchMembers(
  members: readonly MemberToMatch[],
  voters: Iterable<Voter>,
): MemberMatch[] {
  const all = [...voters];
  const byId = new Map(all.map((v) => [v.id, v]));
  const byLast = votersByLastName(all);
  const matches = members.map((m) => matchOne(m, byId, byLast));
  const proposed = new Map<string, number>();
  for (const m of matches) {
    const only = m.candidates.length === 1 ? m.candidates[0] : undefined;
    if (only) proposed.set(only.id, (proposed.get(only.id) ?? 0) + 1);
  }
  return matches.map((m) => ({
    ...m,
    shared: m.candidates.length === 1 && (proposed.get(m.candidates[0]?.id ?? '') ?? 0) > 1,
  }));
}
