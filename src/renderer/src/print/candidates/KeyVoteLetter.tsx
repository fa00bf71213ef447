import type { KeyVotesView } from '../../../../shared/contract/candidates';
import { api } from '../../api';
import type { PrintView } from '../printView';
import './candidates-print.css';

export const keyVoteLetterView: PrintView<'key-vote-letter'> = async (params) => (
  <KeyVoteLetter data={{ view: await api.candidates.keyVotes(), ...params }} />
);

export type KeyVoteLetterData = {
  view: KeyVotesView;
  keyVoteId: string;
  officialId: string;
};

/** The letter telling an official, before the vote, how the chapter will score it. */
export function KeyVoteLetter({ data }: { data: KeyVoteLetterData }) {
  const k = data.view.keyVotes.find((x) => x.id === data.keyVoteId);
  const official = data.view.officials.find((o) => o.id === data.officialId);
  if (!k || !official) return <p role="alert">That key vote or official is not on record.</p>;
  const policy = data.view.policies.find((p) => p.id === k.policyId);
  const date = new Date(`${k.date}T12:00:00`).toLocaleDateString('en-US', {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
  });
  const position = k.position === 'yes' ? 'YES' : 'NO';
  return (
    <article className="doc letter-doc">
      <header className="letter-head">
        <h1>{data.view.chapterName}</h1>
        <p className="small">Key vote notice</p>
      </header>
      <p>
        {new Date(k.announcedAt ?? k.createdAt).toLocaleDateString('en-US', {
          year: 'numeric',
          month: 'long',
          day: 'numeric',
        })}
      </p>
      <p>
        {official.name}
        <br />
        {official.office}
      </p>
      <p>Dear {official.name},</p>
      <p>
        The {k.body} is expected to vote on <strong>{k.bill}</strong>
        {k.title ? `, ${k.title},` : ''} on {date}. Our chapter has chosen this as a{' '}
        <strong>key vote</strong>. We urge you to vote{' '}
        <strong className="position">{position}</strong>.
      </p>
      {policy && (
        <p>
          This bill bears on our adopted policy <strong>“{policy.title}”</strong>.
        </p>
      )}
      {k.rationale && (
        <>
          <h2>Why</h2>
          <p>{k.rationale}</p>
        </>
      )}
      <p>
        Your vote will be recorded on the scorecard our members use to hold the officials we endorse
        to account.{' '}
        {data.view.nonVotes === 'misaligned'
          ? 'Under our rules, a missed vote, a vote of “present” or an abstention counts as not aligned.'
          : 'Under our rules, a missed vote, a vote of “present” or an abstention is left out of the score.'}
      </p>
      <p>In solidarity,</p>
      <div className="signature-line">Chair, {data.view.chapterName}</div>
    </article>
  );
}
