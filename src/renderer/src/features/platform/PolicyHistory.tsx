import { formatDate } from '../../../../shared/dates';
import { POLICY_STATUS_LABELS, policyTimeline, type Policy } from '../../../../shared/platform';

/** Every status change (with the vote behind it) and every amendment of the text, in order. */
export function PolicyHistory({ policy }: { policy: Policy }) {
  const timeline = policyTimeline(policy);
  if (timeline.length === 0) return null;
  return (
    <section className="card" aria-labelledby="history-heading">
      <h2 id="history-heading">History</h2>
      <ul>
        {timeline.map((entry, i) => {
          const when = formatDate(entry.at, 'en-US');
          if (entry.kind === 'text')
            return (
              <li key={i}>
                {when}: text amended — {entry.change.vote.sentence}
              </li>
            );
          const h = entry.change;
          return (
            <li key={i}>
              {when}: {POLICY_STATUS_LABELS[h.from]} → {POLICY_STATUS_LABELS[h.to]}
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
          );
        })}
      </ul>
    </section>
  );
}
