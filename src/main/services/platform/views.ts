/** The platform as its screens show it, with each pending decision's vote read from the log. */
import type { DecisionView, PlatformView } from '../../../shared/contract/platform';
import { indexVotes, resultOf } from '../../../shared/decisions';
import { findCurrentRight } from '../../../shared/platform';
import type { PendingDecision } from '../../../shared/platform/stored';
import type { StoreData } from '../../../shared/schema/store';
import type { Session } from '../../session';
import { readSettled } from '../settled';

function decisionTitle(
  data: StoreData,
  d: PendingDecision,
): { title: string; refId: string | null } {
  const c = d.change;
  const right = (id: string) => findCurrentRight(data.platform.rights, id);
  const policy = (id: string) =>
    data.platform.policies.find((p) => p.id === id)?.title ?? 'a policy';
  switch (c.kind) {
    case 'right-adopt':
      return { title: `Adopt the Secured Right "${c.title}"`, refId: d.id };
    case 'right-amend':
      return {
        title: `Amend Secured Right "${right(c.rightId)?.title ?? c.title}"`,
        refId: c.rightId,
      };
    case 'right-remove':
      return { title: `Remove Secured Right "${right(c.rightId)?.title ?? ''}"`, refId: c.rightId };
    case 'policy-adopt':
      return { title: `Adopt "${policy(c.policyId)}"`, refId: c.policyId };
    case 'amendment':
      return { title: `Amendment to "${policy(c.policyId)}"`, refId: c.amendmentId };
    case 'policy-status':
      return {
        title: `${c.to === 'tabled' ? 'Lay on the table' : 'Take from the table'}: "${policy(c.policyId)}"`,
        refId: c.policyId,
      };
  }
}

export function platformView(data: StoreData): PlatformView {
  const votes = indexVotes(data, new Set(data.platform.decisions.map((d) => d.voteId)));
  const decisions: DecisionView[] = data.platform.decisions.map((d) => {
    const vote = resultOf(votes.get(d.voteId));
    return {
      id: d.id,
      voteId: d.voteId,
      ...decisionTitle(data, d),
      status: vote ? 'certified' : 'open',
      summary: vote?.sentence ?? null,
      problem: d.problem,
      kind: d.change.kind,
    };
  });
  return {
    platform: data.platform,
    settings: data.settings,
    decisions: decisions.reverse(),
    chapterName: data.chapter?.name ?? '',
  };
}

export function getPlatform(session: Session): PlatformView {
  return platformView(readSettled(session));
}
