/**
 * The sample chapter's votes, made through the real vote services so the sample's log
 * is a genuine hash chain that Verify accepts: one certified motion and one certified
 * ranked-choice election.
 */
import { resolveRules } from '../../../shared/voting/rules';
import type { Session } from '../../session';
import { certify, enterBallot, freezePresence, openVote, reconcile, recordCounts } from '../votes';

const BALLOTS = [
  '1 2',
  '1 3',
  '2 1',
  '2 3',
  '2 1',
  '3 1',
  '3 1',
  '1',
  '2',
  '3 2 1',
  '1 2 3',
  '2 1',
];

export async function seedSampleVotes(session: Session): Promise<void> {
  const motion = await openVote(session, {
    kind: 'motion',
    title: 'Hold monthly meetings at the Linden branch library',
    text: 'That the chapter meets on the first Thursday of each month at the Linden branch library.',
    mover: 'Amara Okafor',
    seconder: 'Dev Patel',
    method: 'show-of-hands',
    threshold: 'majority-cast',
    link: {},
  });
  await freezePresence(session, motion.id, 17);
  await recordCounts(session, motion.id, { yes: 14, no: 2, abstain: 1 });
  await certify(session, motion.id);

  const election = await openVote(session, {
    kind: 'election',
    title: 'Franklin County outreach coordinator',
    method: 'irv',
    seats: 1,
    candidates: ['Carmen Delgado', 'Farid Haddad', 'Priya Raman'],
    rules: resolveRules({ tieBreak: { seed: 'sample-2026' } }),
    doubleEntry: false,
    allowWriteIns: false,
    link: {},
  });
  await freezePresence(session, election.id, BALLOTS.length);
  for (const text of BALLOTS) await enterBallot(session, election.id, 1, text);
  await reconcile(session, election.id, { issued: BALLOTS.length, spoiled: 0 });
  await certify(session, election.id, BALLOTS.length);
}
