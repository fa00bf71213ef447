/**
 * What a certified platform vote decides: a Secured Right adopted, amended or removed; a policy
 * adopted or rejected, laid on or taken from the table; an amendment adopted. Each pending
 * decision is applied once, in the order the votes were certified, and marked settled.
 */
import { AppError } from '../errors';
import {
  adoptRight,
  amendRight,
  applyAmendment,
  nextPlatformVersion,
  recordAmendmentVote,
  removeRight,
  transitionPolicy,
  type PlatformCause,
  type VoteResult,
} from '../platform';
import { policyOf, replacePolicy, unwrap, withPlatform } from '../platform/inStore';
import type { PendingDecision } from '../platform/stored';
import type { StoreData } from '../schema/store';
import { indexVotes, resultOf } from './outcomes';

function addVersion(data: StoreData, date: string, cause: PlatformCause): StoreData {
  const versions = data.platform.versions;
  const previous = versions.at(-1) ?? null;
  // A version is never dated before the one it follows.
  const at = previous && Date.parse(date) < Date.parse(previous.date) ? previous.date : date;
  const version = unwrap(nextPlatformVersion(previous, data.platform, { date: at, cause }));
  return withPlatform(data, { versions: [...versions, version] });
}

type Applied = { data: StoreData; problem: string | null };

function applyDecision(data: StoreData, d: PendingDecision, vote: VoteResult, at: string): Applied {
  const rule = { requiredThreshold: data.settings.rightsThreshold };
  const c = d.change;
  const nothing = vote.outcome === 'no-quorum' ? `Nothing was decided: ${vote.sentence}` : null;
  const attempt = (fn: () => StoreData): Applied => {
    try {
      return { data: fn(), problem: null };
    } catch (e) {
      if (e instanceof AppError) return { data, problem: e.message };
      throw e;
    }
  };
  switch (c.kind) {
    case 'right-adopt':
    case 'right-amend':
    case 'right-remove': {
      if (vote.outcome !== 'adopted') return { data, problem: nothing };
      return attempt(() => {
        const rights = data.platform.rights;
        const id = c.kind === 'right-adopt' ? d.id : c.rightId;
        const next =
          c.kind === 'right-adopt'
            ? adoptRight(rights, { id, title: c.title, text: c.text, date: at, vote }, rule)
            : c.kind === 'right-amend'
              ? amendRight(rights, id, { title: c.title, text: c.text, date: at, vote }, rule)
              : removeRight(rights, id, { date: at, vote }, rule);
        const kind =
          c.kind === 'right-adopt'
            ? 'right-adopted'
            : c.kind === 'right-amend'
              ? 'right-amended'
              : 'right-removed';
        return addVersion(withPlatform(data, { rights: unwrap(next) }), at, {
          kind,
          refId: id,
          vote,
        });
      });
    }
    case 'policy-adopt': {
      if (vote.outcome === 'no-quorum') return { data, problem: nothing };
      return attempt(() => {
        const policy = policyOf(data, c.policyId);
        const to = vote.outcome === 'adopted' ? 'adopted' : 'rejected';
        const changed = unwrap(
          transitionPolicy(policy, to, { rights: data.platform.rights, vote, at }),
        );
        const next = replacePolicy(data, changed);
        return to === 'adopted'
          ? addVersion(next, at, { kind: 'policy-adopted', refId: policy.id, vote })
          : next;
      });
    }
    case 'policy-status': {
      if (vote.outcome !== 'adopted') return { data, problem: nothing };
      return attempt(() =>
        replacePolicy(
          data,
          unwrap(
            transitionPolicy(policyOf(data, c.policyId), c.to, {
              rights: data.platform.rights,
              vote,
              at,
            }),
          ),
        ),
      );
    }
    case 'amendment': {
      if (vote.outcome === 'no-quorum') return { data, problem: nothing };
      return attempt(() => {
        const amendments = data.platform.amendments;
        const amendment = amendments.find((a) => a.id === c.amendmentId);
        if (!amendment) throw new AppError('not-found', 'That amendment no longer exists.');
        const voted = unwrap(recordAmendmentVote(amendment, vote));
        let next = withPlatform(data, {
          amendments: amendments.map((a) => (a.id === voted.id ? voted : a)),
        });
        if (voted.status === 'adopted') {
          next = replacePolicy(next, unwrap(applyAmendment(policyOf(next, c.policyId), voted, at)));
        }
        return next;
      });
    }
  }
}

/** Pending decisions whose vote has been certified since, in the order they were certified. */
function due(data: StoreData): { d: PendingDecision; vote: VoteResult; at: string }[] {
  const open = data.platform.decisions.filter((d) => !d.settledAt);
  if (open.length === 0) return [];
  const votes = indexVotes(data, new Set(open.map((d) => d.voteId)));
  const out = [];
  for (const d of open) {
    const linked = votes.get(d.voteId);
    const vote = resultOf(linked);
    if (!vote || !linked?.certified) continue;
    out.push({ d, vote, at: linked.certified.at });
  }
  return out.sort((a, b) => a.at.localeCompare(b.at));
}

/** Applies every certified, unsettled platform decision; the same object when there is none. */
export function settlePlatformDecisions(data: StoreData): StoreData {
  let next = data;
  for (const { d, vote, at } of due(data)) {
    const applied = applyDecision(next, d, vote, at);
    next = withPlatform(applied.data, {
      decisions: applied.data.platform.decisions.map((x) =>
        x.id === d.id ? { ...x, settledAt: at, problem: applied.problem } : x,
      ),
    });
  }
  return next;
}
