/**
 * The app side of GOTV: what the channels need from the session, the shared voter service
 * and the open data folder, put together (elections, universe, member matches, vote plans).
 */
import type { PlanMapping } from '../../../shared/contract/gotv';
import type { VotePlanInput } from '../../../shared/gotv/plans';
import type { Host } from '../../host';
import type { Session } from '../../session';
import { canvassAppOf } from '../canvass';
import { readSettled } from '../settled';
import { electionOf, removeElection } from './elections';
import { analysePlanCsv, planPreviewOf } from './planImport';
import { readVotePlans, removeVotePlans, saveVotePlans } from './plans';
import { universeOf } from './universe';
import { removeVotedLog } from './votedStore';

export function createGotvApp(session: Session, host: Host) {
  const voters = () => canvassAppOf(session, host).voters();
  const dir = () => session.dirFor(session.mode);

  async function universe(electionId: string) {
    const data = readSettled(session);
    return universeOf(data, voters(), electionOf(data, electionId));
  }

  /** Whether a voter is in the election's universe, as it stands now. */
  async function universeCheck(electionId: string) {
    const ids = new Set((await universe(electionId)).voters.map((v) => v.id));
    return (voterId: string) => ids.has(voterId);
  }

  async function savePlans(electionId: string, plans: readonly VotePlanInput[]) {
    const inUniverse = await universeCheck(electionId);
    const election = electionOf(readSettled(session), electionId);
    const at = session.clock().toISOString();
    return saveVotePlans(dir(), election, plans, inUniverse, at);
  }

  return {
    voters,
    universe,
    election: (id: string) => electionOf(readSettled(session), id),
    checkList: (listId: string) => voters().getList(listId),

    async removeElection(id: string): Promise<void> {
      await removeElection(session, id);
      await removeVotePlans(dir(), id);
      await removeVotedLog(dir(), id);
    },

    async plans(electionId: string) {
      electionOf(readSettled(session), electionId);
      return [...(await readVotePlans(dir(), electionId)).values()];
    },

    async savePlans(electionId: string, plans: readonly VotePlanInput[]) {
      return { saved: await savePlans(electionId, plans) };
    },

    async plansPreview(electionId: string, csv: string, mapping?: PlanMapping) {
      return planPreviewOf(analysePlanCsv(csv, mapping, await universeCheck(electionId)));
    },

    async importPlans(electionId: string, csv: string, mapping: PlanMapping) {
      const analysis = analysePlanCsv(csv, mapping, await universeCheck(electionId));
      const saved = await savePlans(
        electionId,
        analysis.plans.map((p) => p.plan),
      );
      return { imported: saved, problems: analysis.problems };
    },
  };
}
