import { AdjournButton } from './AdjournButton';
import { ItemClock } from './ItemClock';
import { LinkedPolicy } from './LinkedPolicy';
import type { LivePanelProps } from './types';

/**
 * The item under discussion: its clock, what it links to, and the buttons that move the
 * meeting on (`goNext` is also what the N key does).
 */
export function CurrentItem({
  view,
  state,
  send,
  now,
  next,
  goNext,
}: Omit<LivePanelProps, 'action'> & { now: number; next: string | null; goNext: () => void }) {
  const current = view.meeting.agenda.find((a) => a.id === state.currentItemId) ?? null;
  const nextTitle = view.meeting.agenda.find((a) => a.id === next)?.title;
  return (
    <section className="card current-item" aria-labelledby="current-heading">
      <div className="page-head">
        <h2 id="current-heading">{current ? current.title : 'Between items'}</h2>
        {state.phase === 'in-session' && (
          <div className="actions">
            <button
              type="button"
              className="primary"
              onClick={goNext}
              aria-keyshortcuts="N Control+ArrowRight"
            >
              {next ? `Next item: ${nextTitle ?? ''}` : 'End this item'} <kbd>N</kbd>
            </button>
            <AdjournButton view={view} state={state} send={send} />
          </div>
        )}
      </div>
      {current && <ItemClock view={view} state={state} now={now} />}
      {current?.link?.type === 'policy' && (
        <LinkedPolicy policyId={current.link.policyId} version={view.log.length} />
      )}
      {current?.link?.type === 'candidate' && (
        <p>
          Linked candidate:{' '}
          <a href={`#/candidates/${current.link.candidateId}`}>open the candidate</a>
        </p>
      )}
      {current?.link?.type === 'vote' && (
        <p>
          Linked vote: <a href={`#/votes/${current.link.voteId}`}>open the vote</a>
        </p>
      )}
    </section>
  );
}
