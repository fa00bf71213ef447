import { CANDIDATE_STATUS_LABELS, excerpt } from '../../../../shared/candidates';
import type { CandidateDetail } from '../../../../shared/contract/candidates';
import type { Verdict } from '../../../../shared/candidates/scorecard';
import { api } from '../../api';
import { DataTable } from '../../ui/DataTable';
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
const VERDICT: Record<Verdict, string> = {
  aligned: '✓ aligned',
  misaligned: '✗ misaligned',
  excluded: 'excluded',
  unrecorded: 'unrecorded',
};

/** One page per official: endorsement, alignment, scorecard, key votes, triggers. */
export function ReportCard({ detail }: { detail: CandidateDetail }) {
  const c = detail.candidate;
  const acc = detail.accountability;
  const card = acc.scorecard;
  const latest = [...detail.responses].sort((a, b) =>
    b.response.receivedAt.localeCompare(a.response.receivedAt),
  )[0];
  const rows = card.rows.slice(-14);
  const periods = [
    ...card.byTerm.map((t) => ({ ...t, key: `term-${t.termId}`, label: `Term ${t.label}` })),
    ...card.byYear.map((y) => ({ ...y, key: `year-${y.year}`, label: String(y.year) })),
  ];
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
      <DataTable
        className="rc-table"
        caption="Scorecard by period"
        rows={periods}
        rowKey={(p) => p.key}
        columns={[
          { header: 'Period', cell: (p) => p.label },
          { header: 'Score', cell: (p) => pct(p.pct) },
          { header: 'Aligned / scored', cell: (p) => `${p.aligned} / ${p.scored}` },
        ]}
      />
      <DataTable
        className="rc-table"
        caption={`Key votes${card.rows.length > rows.length ? ` (latest ${rows.length} of ${card.rows.length})` : ''}`}
        rows={rows}
        rowKey={(r) => r.keyVote.id}
        columns={[
          { header: 'Date', cell: (r) => r.keyVote.date },
          { header: 'Bill', cell: (r) => `${r.keyVote.bill} (${r.keyVote.body})` },
          { header: 'Chapter', cell: (r) => VOTE[r.keyVote.position] },
          { header: 'Vote', cell: (r) => (r.vote ? VOTE[r.vote.vote] : '—') },
          { header: 'Verdict', cell: (r) => VERDICT[r.verdict] },
        ]}
      />
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
