/** Key votes: the bills an official is scored on, and how each official voted. */
import { randomUUID } from 'node:crypto';
import type { CandidateStatus, StoredKeyVote } from '../../../shared/candidates';
import type { KeyVoteInput, KeyVotesView } from '../../../shared/contract/candidates';
import { AppError } from '../../../shared/errors';
import type { StoreData } from '../../../shared/schema/store';
import type { Session } from '../../session';
import { readSettled } from '../settled';
import { candidateOf, candidateSettingsOf, change } from './lookups';

const OFFICIAL: ReadonlySet<CandidateStatus> = new Set([
  'endorsed',
  'conditionally-endorsed',
  'under-review',
  'endorsement-withdrawn',
]);

export function keyVotesView(session: Session): KeyVotesView {
  const data = readSettled(session);
  const latest = [...data.platform.versions].sort((a, b) => b.number - a.number)[0];
  const titles = new Map<string, string>();
  for (const q of data.questionnaires)
    for (const [pid, t] of Object.entries(q.policyTitles)) titles.set(pid, t);
  for (const p of latest?.policies ?? []) titles.set(p.id, p.title);
  return {
    chapterName: data.chapter?.name ?? '',
    keyVotes: [...data.keyVotes].sort((a, b) => a.date.localeCompare(b.date)),
    officialVotes: data.officialVotes,
    officials: data.candidates
      .filter(
        (c) => OFFICIAL.has(c.status) || data.keyVotes.some((k) => k.officialIds.includes(c.id)),
      )
      .map((c) => ({ id: c.id, name: c.name, office: c.office })),
    policies: [...titles].map(([id, title]) => ({ id, title })),
    nonVotes: candidateSettingsOf(data).nonVotes,
  };
}

export function addKeyVote(session: Session, input: KeyVoteInput): Promise<StoredKeyVote> {
  return change(session, (data, now) => {
    for (const oid of input.officialIds) candidateOf(data, oid);
    const { announced, ...rest } = input;
    const keyVote: StoredKeyVote = {
      id: randomUUID(),
      ...rest,
      announcedAt: announced ? now.toISOString() : null,
      createdAt: now.toISOString(),
    };
    return { data: { ...data, keyVotes: [...data.keyVotes, keyVote] }, result: keyVote };
  });
}

export function recordOfficialVote(
  session: Session,
  input: { keyVoteId: string; officialId: string; vote: StoredVoteValue; note: string },
) {
  return change(session, (data, now) => {
    const keyVote = data.keyVotes.find((k) => k.id === input.keyVoteId);
    if (!keyVote) throw new AppError('not-found', 'That key vote does not exist.');
    const official = candidateOf(data, input.officialId);
    if (!keyVote.officialIds.includes(official.id)) {
      throw new AppError('invalid-input', `${official.name} is not scored on ${keyVote.bill}.`);
    }
    const record = { ...input, recordedAt: now.toISOString() };
    return { data: { ...data, officialVotes: [...data.officialVotes, record] }, result: record };
  });
}

type StoredVoteValue = StoreData['officialVotes'][number]['vote'];
