import { excerpt, type Comparison } from '../../../shared/candidates';
import './comparison.css';

const num = (x: number) => String(Math.round(x * 100) / 100);

/** The side-by-side table, on screen and on paper: totals and must-match failures on top. */
export function ComparisonTable({
  comparison,
  promptLength = 90,
}: {
  comparison: Comparison;
  promptLength?: number;
}) {
  const cols = comparison.columns;
  const numbers = new Map(
    comparison.groups.flatMap((g) => g.rows).map((r, i) => [r.questionId, i + 1]),
  );
  return (
    <table className="table comparison">
      <caption className="visually-hidden">Candidates side by side</caption>
      <thead>
        <tr>
          <th scope="col" className="q-col">
            Question
          </th>
          {cols.map((c) => (
            <th key={c.candidateId} scope="col">
              {c.name}
            </th>
          ))}
        </tr>
        <tr className="totals">
          <th scope="row">Alignment · answered</th>
          {cols.map((c) => (
            <td key={c.candidateId}>
              {c.returned ? (
                <>
                  <strong className="big">
                    {c.alignmentPct === null ? '—' : `${c.alignmentPct}%`}
                  </strong>{' '}
                  · answered {c.coveragePct === null ? '—' : `${c.coveragePct}%`} ({c.answered} of{' '}
                  {c.asked})
                  <br />
                  {num(c.points)} of {num(c.maxPoints)} points
                  {c.pendingPanel > 0 && `, ${c.pendingPanel} awaiting the panel`}
                </>
              ) : (
                'Questionnaire not returned'
              )}
            </td>
          ))}
        </tr>
        <tr className="totals">
          <th scope="row">Must-match failures</th>
          {cols.map((c) => (
            <td key={c.candidateId}>
              {c.mustMatchFailures.length === 0 ? (
                'None'
              ) : (
                <ul className="mm-list">
                  {c.mustMatchFailures.map((f) => (
                    <li key={f.questionId}>
                      <strong>✗</strong> {excerpt(f.prompt, 60)} ({f.reason.replace('-', ' ')})
                    </li>
                  ))}
                </ul>
              )}
            </td>
          ))}
        </tr>
      </thead>
      {comparison.groups.map((g) => (
        <tbody key={g.key}>
          <tr className="group-row">
            <th scope="rowgroup" colSpan={cols.length + 1}>
              {g.title}
            </th>
          </tr>
          {g.rows.map((r) => {
            const n = numbers.get(r.questionId);
            return (
              <tr key={r.questionId}>
                <th scope="row" className="q-col">
                  <span className="q-num">{n}.</span> {excerpt(r.prompt, promptLength)}
                  <span className="q-meta">
                    {r.weight ? ` ${r.weight}` : ' not scored'}
                    {r.mustMatch ? ' · must match' : ''}
                  </span>
                </th>
                {r.cells.map((cell) => (
                  <td
                    key={cell.candidateId}
                    className={
                      [cell.mustMatchFailed ? 'mm-fail' : '', cell.disagreement ? 'disagree' : '']
                        .filter(Boolean)
                        .join(' ') || undefined
                    }
                  >
                    <span className="cell-answer">{cell.answer ?? 'No answer'}</span>
                    {cell.points !== null && (
                      <span className="cell-points">
                        {' '}
                        {num(cell.points)}/{num(cell.maxPoints)}
                      </span>
                    )}
                    {cell.mustMatchFailed && <span className="flag"> ✗ must match</span>}
                    {cell.disagreement && <span className="flag"> ⚑ panel disagrees</span>}
                    {cell.note && <span className="cell-note">{cell.note}</span>}
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      ))}
    </table>
  );
}
