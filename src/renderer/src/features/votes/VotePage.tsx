import { useState } from 'react';
import type { VoteView } from '../../../../shared/votes/view';
import { ELECTION_METHOD_LABELS, MOTION_METHOD_LABELS } from '../../../../shared/votes/definition';
import { THRESHOLD_LABELS } from '../../../../shared/schema/chapter';
import { api, messageOf } from '../../api';
import { Notice } from '../../ui/Notice';
import { useAsync } from '../../ui/useAsync';
import { BallotsPanel } from './BallotsPanel';
import { MotionPanel } from './MotionPanel';
import { PresencePanel } from './PresencePanel';
import { ResultPanel } from './ResultPanel';

const TIE_RULES: Record<string, string> = {
  'previous-round-then-random': 'earlier rounds, then a random draw',
  random: 'a random draw',
  'previous-round-then-lot': 'earlier rounds, then lots drawn in the room',
  lot: 'lots drawn in the room',
  'previous-round-then-stop': 'earlier rounds, then the room decides',
  stop: 'the room decides',
};

export type Act = (action: () => Promise<VoteView>) => Promise<boolean>;

export function VotePage({ id }: { id: string }) {
  const { value: loaded, error } = useAsync(() => api.votes.get({ id }));
  const [latest, setLatest] = useState<VoteView | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const view = latest ?? loaded;

  const act: Act = async (action) => {
    try {
      setLatest(await action());
      setMessage(null);
      return true;
    } catch (e) {
      setMessage(messageOf(e));
      return false;
    }
  };

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
        </p>
      )}
      <Notice kind="error">{message}</Notice>
      <PresencePanel view={view} act={act} />
      {view.presence && def.kind === 'motion' && <MotionPanel view={view} act={act} />}
      {def.kind === 'election' && <BallotsPanel view={view} act={act} />}
      <ResultPanel view={view} act={act} />
    </section>
  );
}
