import { CANDIDATE_STATUS_LABELS, excerpt } from '../../../../shared/candidates';
import type { CandidateDetail } from '../../../../shared/contract/candidates';
import { api } from '../../api';
import type { PrintView } from '../printView';
import './candidates-print.css';

export const reportCardView: PrintView<'candidate-report-card'> = async (params) => (
  <ReportCard detail={await api.candidates.get(params)} />
);

const pct = (x: number | null) => (x === null ? '—' : `${x}%`);
const VOTE = {
  yes: 'Yes',
  no: 'No',
  absent: 'Absent',
  present: 'Present',
  abstain: 'Abstain',
  'not-applicable': 'N/A',
} as const;

/** One page per official: endorsement, alignment, scorecard, key votes, triggers. */
export function ReportCard({ detail }: { detail: CandidateDetail }) {
  const c = detail.candidate;
  const acc = detail.accountability;
  const card = acc.scorecard;
  const latest = [...detail.responses].sort((a, b) =>
    b.response.receivedAt.localeCompare(a.response.receivedAt),
  )[0];
  const rows = card.rows.slice(-14);
  return (
    <article className="doc report-card">
      <header className="doc-head">
        <p className="small">{detail.chapterName} — report card</p>
        <h1>{c.name}</h1>
        <p className="doc-sub">
          {c.office}, {c.jurisdiction.name} · {CANDIDATE_STATUS_LABELS[c.status]}
        </p>
      </header>
      <section className="rc-figures">
        <div>
          <span className="rc-label">Lifetime scorecard</span>
          <span className="rc-big">{pct(card.lifetime.pct)}</span>
          <span className="small">
            {card.lifetime.aligned} of {card.lifetime.scored} key votes aligned · bar {acc.barPct}%
          </span>
        </div>
        <div>
          <span className="rc-label">Questionnaire alignment</span>
          <span className="rc-big">{pct(latest?.alignment?.alignmentPct ?? null)}</span>
          <span className="small">
            answered {pct(latest?.alignment?.coveragePct ?? null)}
            {latest ? ` · ${latest.questionnaire.title}` : ' · no questionnaire returned'}
          </span>
        </div>
      </section>
      {latest?.alignment && latest.alignment.mustMatchFailures.length > 0 && (
        <p className="rc-box">
          <strong>Must-match failures:</strong>{' '}
          {latest.alignment.mustMatchFailures.map((f) => excerpt(f.prompt, 60)).join('; ')}
        </p>
      )}
      {c.endorsement && (
        <p>
          <strong>Endorsed</strong> {new Date(c.endorsement.at).toLocaleDateString('en-US')}:{' '}
          {c.endorsement.vote.sentence}
          {c.endorsement.conditions.length > 0 &&
            ` Conditions (review ${c.endorsement.reviewDate ?? ''}): ${c.endorsement.conditions.map((k) => k.text).join('; ')}.`}
        </p>
      )}
      <table className="rc-table">
        <caption>Scorecard by period</caption>
        <thead>
          <tr>
            <th scope="col">Period</th>
            <th scope="col">Score</th>
            <th scope="col">Aligned / scored</th>
          </tr>
        </thead>
        <tbody>
          {card.byTerm.map((t) => (
            <tr key={t.termId}>
              <td>Term {t.label}</td>
              <td>{pct(t.pct)}</td>
              <td>
                {t.aligned} / {t.scored}
              </td>
            </tr>
          ))}
          {card.byYear.map((y) => (
            <tr key={y.year}>
              <td>{y.year}</td>
              <td>{pct(y.pct)}</td>
              <td>
                {y.aligned} / {y.scored}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <table className="rc-table">
        <caption>
          Key votes
          {card.rows.length > rows.length ? ` (latest ${rows.length} of ${card.rows.length})` : ''}
        </caption>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Bill</th>
            <th scope="col">Chapter</th>
            <th scope="col">Vote</th>
            <th scope="col">Verdict</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.keyVote.id}>
              <td>{r.keyVote.date}</td>
              <td>
                {r.keyVote.bill} ({r.keyVote.body})
              </td>
              <td>{VOTE[r.keyVote.position]}</td>
              <td>{r.vote ? VOTE[r.vote.vote] : '—'}</td>
              <td>
                {r.verdict === 'aligned'
                  ? '✓ aligned'
                  : r.verdict === 'misaligned'
                    ? '✗ misaligned'
                    : r.verdict}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        <strong>Triggers:</strong>{' '}
        {acc.triggers.length === 0
          ? 'none met.'
          : acc.triggers
              .map((t) =>
                t.kind === 'below-bar'
                  ? `score below the ${acc.barPct}% bar`
                  : t.kind === 'misaligned-key-vote'
                    ? `misaligned on ${t.bill} (${t.policyTitle})`
                    : `condition breached: ${t.condition}`,
              )
              .join('; ')}
      </p>
      {detail.decisions
        .filter((d) => d.settledAt === null)
        .map((d) => (
          <p key={d.id} className="rc-box">
            <strong>Pending vote:</strong> {d.voteTitle}
            {d.motion ? ` — ${d.motion.text}` : ''}
          </p>
        ))}
      <p className="doc-foot-note">
        Score = aligned ÷ scored key votes; absent and present{' '}
        {detail.settings.nonVotes === 'misaligned' ? 'count as not aligned' : 'are not scored'}. The
        lifetime score pools every scored vote.
      </p>
    </article>
  );
}
