/**
 * Vote plans on a GOTV shift's walk or call sheet: the election's name and, for each voter
 * on the sheet who has one, the plan in words (printed in the voter's Notes cell).
 */
import type { WalkList } from '../../../shared/canvass/schema';
import { planText } from '../../../shared/gotv/plans';
import type { StoreData } from '../../../shared/schema/store';
import { electionOf } from './elections';
import { readVotePlans } from './plans';

export async function sheetPlans(
  data: StoreData,
  dir: string,
  electionId: string | undefined,
  list: WalkList,
): Promise<{ election: string; plans: { voterId: string; text: string }[] } | undefined> {
  if (!electionId) return undefined;
  const election = electionOf(data, electionId);
  const plans = await readVotePlans(dir, electionId);
  const onSheet = list.households.flatMap((h) => h.occupants.map((v) => v.id));
  return {
    election: `${election.name} (${election.date})`,
    plans: onSheet.flatMap((voterId) => {
      const text = planText(plans.get(voterId));
      return text ? [{ voterId, text }] : [];
    }),
  };
}
