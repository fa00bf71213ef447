import { useEffect, useState } from 'react';
import type { ElectionResult } from '../../../../shared/voting/result';
import { Bars, RoundsTable } from '../../ui/ResultView';

const NEXT_KEYS = new Set(['ArrowRight', 'ArrowDown', 'PageDown']);
const PREVIOUS_KEYS = new Set(['ArrowLeft', 'ArrowUp', 'PageUp']);

/**
 * Which round the room sees, stepped by the chair: buttons, arrow keys, or a presentation
 * clicker (PageDown/PageUp); Home goes back to the first round and End shows the last.
 * Starts at round 1, so the count unfolds before the room; a recount that has fewer rounds clamps.
 */
export function useRoundReveal(total: number): { shown: number; step: (by: number) => void } {
  const [wanted, setWanted] = useState(1);
  const shown = Math.max(1, Math.min(wanted, total));
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      const to = (n: number) => {
        e.preventDefault();
        setWanted(Math.max(1, Math.min(n, total)));
      };
      if (NEXT_KEYS.has(e.key)) to(shown + 1);
      else if (PREVIOUS_KEYS.has(e.key)) to(shown - 1);
      else if (e.key === 'Home') to(1);
      else if (e.key === 'End') to(total);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [shown, total]);
  return { shown, step: (by) => setWanted(Math.max(1, Math.min(shown + by, total))) };
}

/**
 * An election on the projector, one round at a time: the table grows a column per round beside
 * the bars of the round on show; the outcome is said once the last round is on the screen.
 */
export function ProjectorRounds({
  result,
  shown,
  step,
}: {
  result: ElectionResult;
  shown: number;
  step: (by: number) => void;
}) {
  const total = result.rounds.length;
  const round = result.rounds[shown - 1];
  const last = shown === total;
  return (
    <div className="result large projector-rounds">
      <p className="result-sentence" aria-live="polite">
        {last ? result.summary : `Round ${shown} of ${total}`}
      </p>
      <div className="projector-rounds-body">
        <RoundsTable result={result} upTo={shown} />
        {round && (
          <Bars
            caption={`Round ${round.round}`}
            rows={Object.entries(round.tallies)}
            threshold={round.threshold}
          />
        )}
      </div>
      {total > 1 && (
        <nav className="projector-steps" aria-label="Rounds">
          <button type="button" onClick={() => step(-1)} disabled={shown === 1}>
            ← Previous round
          </button>
          <button type="button" onClick={() => step(1)} disabled={last}>
            Next round →
          </button>
        </nav>
      )}
    </div>
  );
}
