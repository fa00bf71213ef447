import { dateOf } from '../../../../shared/dates';
import { POLICY_STATUS_LABELS, type Policy } from '../../../../shared/platform';

/** Every status change (with the vote behind it) and every amendment of the text. */
export function PolicyHistory({ policy }: { policy: Policy }) {
  if (policy.history.length === 0 && policy.textChanges.length === 0) return null;
  return (
    <section className="card" aria-labelledby="history-heading">
      <h2 id="history-heading">History</h2>
      <ul>
        {policy.history.map((h, i) => (
          <li key={i}>
            {dateOf(h.at)}: {POLICY_STATUS_LABELS[h.from]} → {POLICY_STATUS_LABELS[h.to]}
            {h.by ? ` by ${h.by}` : ''}
            {h.reason ? ` (${h.reason})` : ''}
            {h.vote && (
              <>
                {' — '}
                {h.vote.voteId ? (
                  <a href={`#/votes/${h.vote.voteId}`}>{h.vote.sentence}</a>
                ) : (
                  h.vote.sentence
                )}
              </>
            )}
          </li>
        ))}
        {policy.textChanges.map((c) => (
          <li key={c.amendmentId}>
            {dateOf(c.at)}: text amended — {c.vote.sentence}
          </li>
        ))}
      </ul>
    </section>
  );
}
