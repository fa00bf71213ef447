import { useState } from 'react';
import type { VoteView } from '../../../../shared/voteLog/view';
import {
  ELECTION_METHOD_LABELS,
  MOTION_METHOD_LABELS,
} from '../../../../shared/voteLog/definition';
import { THRESHOLD_LABELS } from '../../../../shared/schema/chapter';
import { api } from '../../api';
import { Notice } from '../../ui/Notice';
import { useAction } from '../../ui/useAction';
import { useAsync } from '../../ui/useAsync';
import { BallotsPanel } from './BallotsPanel';
import { MotionPanel } from './MotionPanel';
import { PresencePanel } from './PresencePanel';
import { ResultPanel } from './ResultPanel';
import './votes.css';

const TIE_RULES: Record<string, string> = {
  'previous-round-then-random': 'earlier rounds, then a random draw',
  random: 'a random draw',
  'previous-round-then-lot': 'earlier rounds, then lots drawn in the room',
  lot: 'lots drawn in the room',
  'previous-round-then-stop': 'earlier rounds, then the room decides',
  stop: 'the room decides',
};

export function VotePage({ id }: { id: string }) {
  const { value: loaded, error } = useAsync(() => api.votes.get({ id }));
  const [latest, setLatest] = useState<VoteView | null>(null);
  // Every change returns the vote's new view; the panels run them through this one action.
  const action = useAction<VoteView>({ onSuccess: setLatest });
  const view = latest ?? loaded;

  if (error) return <Notice kind="error">{error}</Notice>;
  if (!view) return <p aria-busy="true">Loading…</p>;
  const def = view.definition;
  return (
    <section aria-labelledby="vote-heading" className="vote-page">
      <p>
        <a href="#/votes">← All votes</a>
        {def.link.meetingId && (
          <>
            {' · '}
            <a href={`#/meetings/${def.link.meetingId}/live`}>← Back to the meeting</a>
          </>
        )}
        {def.link.policyId && !def.link.meetingId && (
          <>
            {' · '}
            <a href={`#/platform/policy/${def.link.policyId}`}>← Back to the policy</a>
          </>
        )}
      </p>
      <h1 id="vote-heading">{def.title}</h1>
      <p className="muted">
        {def.kind === 'motion'
          ? `${MOTION_METHOD_LABELS[def.method]} · ${THRESHOLD_LABELS[def.threshold]}`
          : `${ELECTION_METHOD_LABELS[def.method]} · ${def.seats} seat${def.seats === 1 ? '' : 's'}${view.secret ? ' · secret ballot' : ''}`}
        {view.certified && ' · Certified'}
      </p>
      {def.kind === 'motion' && def.text && (
        <blockquote className="motion-text">{def.text}</blockquote>
      )}
      {def.kind === 'election' && (
        <p className="muted">
          Ties: {TIE_RULES[def.rules.tieBreak.method]}
          {def.rules.tieBreak.seed ? ` (recorded seed ${def.rules.tieBreak.seed})` : ''}
          {view.lot ? `; lot drawn in the room: ${view.lot.join(', ')}` : ''}.
          {def.rules.withdrawn.length > 0 &&
            ` Withdrawn (marks for them are skipped): ${def.rules.withdrawn.join(', ')}.`}
        </p>
      )}
      <Notice kind="error">{action.error}</Notice>
      <PresencePanel view={view} action={action} />
      {view.presence && def.kind === 'motion' && <MotionPanel view={view} action={action} />}
      {def.kind === 'election' && <BallotsPanel view={view} action={action} />}
      <ResultPanel view={view} action={action} />
    </section>
  );
}
