/** An election in the minutes: who was elected is said once, with the count's sentence. */
import { describe, expect, it } from 'vitest';
import {
  agendaFromTemplate,
  generateMinutes,
  minutesToMarkdown,
  STANDARD_ORDER_OF_BUSINESS,
  type Meeting,
} from '../../../src/shared/meetings';
import { logBuilder } from './log';

const meeting: Meeting = {
  id: 'mtg-may',
  title: 'May chapter meeting',
  date: '2025-05-01',
  startTime: '19:00',
  place: 'Library',
  county: '48453',
  agenda: agendaFromTemplate(STANDARD_ORDER_OF_BUSINESS, (i) => `it${i + 1}`),
};

function electionMinutes(result: { sentence: string; winners: string[] }): string {
  const log = logBuilder('2025-05-01T19:00:00-05:00');
  for (const id of ['ana', 'ben', 'cy']) log.add({ type: 'member-checked-in', memberId: id });
  log.add({ type: 'meeting-started', chair: 'ana', secretary: 'ben' });
  log.add({ type: 'item-started', itemId: 'it6' });
  const election = log.add({ type: 'election-opened', title: 'Treasurer', seats: 1 });
  log.wait(10);
  log.add({ type: 'vote-recorded', motionId: election, outcome: 'adopted', ...result });
  const md = minutesToMarkdown(
    generateMinutes(meeting, log.events, { quorum: 2, names: { ana: 'Ana', ben: 'Ben' } }),
  );
  const item = md.split('### ').find((s) => s.includes('- **Election**: Treasurer'));
  if (!item) throw new Error('the election is not in the minutes');
  return item;
}

describe('an election in the minutes', () => {
  it('names who is elected once, in the line that gives the count', () => {
    const sentence =
      'Elected: Cy Park — instant runoff, 2 rounds; 3 of 3 active votes in the final round (threshold 2); 3 valid ballots.';
    const item = electionMinutes({ sentence, winners: ['Cy Park'] });
    expect(item.match(/Elected/g)).toHaveLength(1);
    expect(item).toContain(`- **Election**: Treasurer\n  - ${sentence}\n`);
  });

  it('a result whose sentence does not name them still says who is elected', () => {
    const sentence = 'Counted by hand in the room.';
    const item = electionMinutes({ sentence, winners: ['Cy Park'] });
    expect(item).toContain(`  - Elected: Cy Park\n  - Result: ${sentence}\n`);
  });

  it('a tie that is not resolved is the result, with nobody elected', () => {
    const sentence =
      'Tie unresolved: Ana and Cy tied for a seat at 1 votes and the tie-break rule cannot decide; decide by lot in the room, record the order, and recount.';
    const item = electionMinutes({ sentence, winners: [] });
    expect(item).toContain(`  - Result: ${sentence}\n`);
    expect(item).not.toMatch(/Elected:/);
  });
});
