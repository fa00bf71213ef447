import type { RecountResult } from '../../../shared/voting/ballotFile';
import type { ElectionResult } from '../../../shared/voting/result';
import { quotaPhrase } from '../../../shared/voting/quota';
import { ruleLines } from '../../../shared/voting/ruleText';
import './ResultView.css';

function fmt(n: number): string {
  return Number.isInteger(n) ? n.toLocaleString('en-US') : n.toFixed(4);
}

/** Round-by-round table and one bar chart per round; the same component on screen, projector and paper. */
export function ResultView({ result, large = false }: { result: RecountResult; large?: boolean }) {
  if (result.kind === 'motion') {
    const c = result.counts;
    return (
      <div className={large ? 'result large' : 'result'}>
        <p className="result-sentence">{result.summary}</p>
        {c && (
          <Bars
            caption="Votes"
            rows={[
              ['Yes', c.yes],
              ['No', c.no],
              ['Abstain', c.abstain],
            ]}
          />
        )}
      </div>
    );
  }
  return (
    <div className={large ? 'result large' : 'result'}>
      <p className="result-sentence">{result.summary}</p>
      <RoundsTable result={result} />
      <p className="muted">
        {result.ballots.total} ballots: {result.ballots.valid} valid, {result.ballots.undervotes}{' '}
        blank.
        {result.quota !== undefined && ` ${quotaPhrase(result.rules.quota, result.quota)}.`}
      </p>
      <ul className="rule-lines" aria-label="Rules of the count">
        {ruleLines(result).map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      {result.rounds.flatMap((r) => r.ties).length > 0 && (
        <ul>
          {result.rounds.flatMap((r) =>
            r.ties.map((t, i) => (
              <li key={`${r.round}-${i}`}>
                Round {r.round} tie: {t.detail}
              </li>
            )),
          )}
        </ul>
      )}
      <div className="round-charts">
        {result.rounds.map((r) => (
          <Bars
            key={r.round}
            caption={`Round ${r.round}`}
            rows={Object.entries(r.tallies)}
            threshold={r.threshold}
          />
        ))}
      </div>
      {result.warnings.length > 0 && (
        <ul className="warnings">
          {result.warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** Votes per candidate, one column per round; `upTo` shows only the first rounds (the projector's reveal). */
export function RoundsTable({ result, upTo }: { result: ElectionResult; upTo?: number }) {
  const rounds = result.rounds.slice(0, upTo);
  // The winners' badge waits for the last round, so a reveal does not give the end away.
  const complete = rounds.length === result.rounds.length;
  return (
    <table className="table rounds-table">
      <caption>Round by round</caption>
      <thead>
        <tr>
          <th scope="col">Candidate</th>
          {rounds.map((r) => (
            <th scope="col" key={r.round}>
              Round {r.round}
              {r.pass !== undefined && <span className="muted"> · seat {r.pass}</span>}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {result.candidates.map((name) => (
          <tr key={name}>
            <th scope="row">
              {name}
              {complete && result.winners.includes(name) && <span className="badge"> elected</span>}
              {result.rules.withdrawn.includes(name) && (
                <span className="badge withdrawn"> withdrawn</span>
              )}
            </th>
            {rounds.map((r) => {
              const v = r.tallies[name];
              const mark = r.elected.includes(name)
                ? ' ✓ elected'
                : r.eliminated.includes(name)
                  ? ' ✗ out'
                  : '';
              return <td key={r.round}>{v === undefined ? '—' : `${fmt(v)}${mark}`}</td>;
            })}
          </tr>
        ))}
        <tr>
          <th scope="row">Exhausted</th>
          {rounds.map((r) => (
            <td key={r.round}>{fmt(r.exhausted)}</td>
          ))}
        </tr>
        <tr>
          <th scope="row">Threshold</th>
          {rounds.map((r) => (
            <td key={r.round}>{r.threshold === null ? '—' : fmt(r.threshold)}</td>
          ))}
        </tr>
      </tbody>
    </table>
  );
}

/** One horizontal bar per row, with the round's threshold marked when it has one. */
export function Bars({
  caption,
  rows,
  threshold,
}: {
  caption: string;
  rows: [string, number][];
  threshold?: number | null;
}) {
  const max = Math.max(1, threshold ?? 0, ...rows.map(([, v]) => v));
  return (
    <figure className="bars">
      <figcaption>{caption}</figcaption>
      {rows.map(([label, value]) => (
        <div className="bar-row" key={label}>
          <span className="bar-label">{label}</span>
          <span className="bar-track">
            <span className="bar" style={{ width: `${(value / max) * 100}%` }} />
            {threshold ? (
              <span className="bar-threshold" style={{ left: `${(threshold / max) * 100}%` }} />
            ) : null}
          </span>
          <span className="bar-value">{fmt(value)}</span>
        </div>
      ))}
    </figure>
  );
}
