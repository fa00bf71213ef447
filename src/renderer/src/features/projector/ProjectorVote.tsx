import { useEffect, useRef, useState } from 'react';
import type { VoteView } from '../../../../shared/voteLog/view';
import { api, messageOf } from '../../api';
import { navigate } from '../../router';
import { ResultView } from '../../ui/ResultView';
import { ProjectorRounds, useRoundReveal } from './ProjectorRounds';
import { useFitToScreen } from './useFitToScreen';
import './projector.css';
import './ProjectorVote.css';

const REFRESH_MS = 1500;

/** Large type, high contrast, readable from the back of the room; refreshes itself. */
export function ProjectorVote({ id }: { id: string }) {
  const [view, setView] = useState<VoteView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const main = useRef<HTMLElement>(null);
  const election = view?.certified && view.result?.kind === 'election' ? view.result : null;
  const reveal = useRoundReveal(election?.rounds.length ?? 1);
  useFitToScreen(main);
  useEffect(() => {
    let stop = false;
    const tick = () =>
      api.votes.get({ id }).then(
        (v) => {
          if (!stop) setView(v);
        },
        (e: unknown) => {
          if (!stop) setError(messageOf(e));
        },
      );
    void tick();
    const timer = setInterval(() => void tick(), REFRESH_MS);
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') navigate(`/votes/${id}`);
    };
    window.addEventListener('keydown', onKey);
    return () => {
      stop = true;
      clearInterval(timer);
      window.removeEventListener('keydown', onKey);
    };
  }, [id]);

  return (
    <main className="projector projector-fit" ref={main}>
      {error && <p role="alert">{error}</p>}
      {view && (
        <>
          <h1>{view.definition.title}</h1>
          {view.definition.kind === 'motion' && view.definition.text && (
            <p className="projector-motion">{view.definition.text}</p>
          )}
          {view.presence && (
            <p className="projector-presence">
              {view.presence.present} present · quorum {view.presence.quorum}
            </p>
          )}
          {election ? (
            <ProjectorRounds result={election} {...reveal} />
          ) : view.certified && view.result ? (
            <ResultView result={view.result} large />
          ) : view.definition.kind === 'election' ? (
            <p className="projector-status">Counting: {view.agreed} ballots entered.</p>
          ) : view.result && view.blockers.length === 0 ? (
            <ResultView result={view.result} large />
          ) : (
            <p className="projector-status">Voting is open.</p>
          )}
        </>
      )}
      <p className="projector-hint">
        {election && election.rounds.length > 1 && '← → step through the rounds. '}
        Press Escape to leave the projector view.
      </p>
    </main>
  );
}
