/**
 * The append-only, hash-chained vote log inside the chapter file. Each record's SHA-256
 * covers the previous record's hash, its sequence number and the canonical event, so
 * any later edit of any record breaks the chain where it happened.
 */
import { createHash } from 'node:crypto';
import type { StoreData } from '../../shared/schema/store';
import {
  GENESIS_HASH,
  hashInput,
  type VoteEvent,
  type VoteRecord,
} from '../../shared/voteLog/events';

export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

export function appendVoteEvents(data: StoreData, events: VoteEvent[]): StoreData {
  const votes = [...data.votes];
  let last = votes[votes.length - 1];
  for (const event of events) {
    const seq = (last?.seq ?? 0) + 1;
    const prev = last?.hash ?? GENESIS_HASH;
    const record: VoteRecord = { seq, prev, hash: sha256(hashInput(prev, seq, event)), event };
    votes.push(record);
    last = record;
  }
  return { ...data, votes };
}

/** Problems with the chain itself, in plain words; empty when every link holds. */
export function checkChain(records: readonly VoteRecord[]): string[] {
  const problems: string[] = [];
  let prev = GENESIS_HASH;
  records.forEach((record, i) => {
    const where = `Record ${i + 1} (${record.event.type})`;
    if (record.seq !== i + 1)
      problems.push(
        `${where} has sequence number ${record.seq}; records are missing or out of order.`,
      );
    if (record.prev !== prev)
      problems.push(
        `${where} does not follow the record before it: a record was removed or inserted.`,
      );
    if (record.hash !== sha256(hashInput(record.prev, record.seq, record.event))) {
      problems.push(
        `${where} was changed after it was written: its hash does not match its contents.`,
      );
    }
    prev = record.hash;
  });
  return problems;
}
