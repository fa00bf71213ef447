import type { VoteView } from '../../../shared/voteLog/view';
import { ELECTION_METHOD_LABELS, MOTION_METHOD_LABELS } from '../../../shared/voteLog/definition';
import { THRESHOLD_LABELS } from '../../../shared/schema/chapter';
import { api } from '../api';
import { ResultView } from '../ui/ResultView';
import { DocHead } from './DocHead';
import { PenTable } from './PenTable';
import type { PrintView } from './printView';

export const voteResultView: PrintView<'vote-result'> = async (params) => (
  <VoteResultSheet view={await api.votes.get(params)} />
);

export const tallySheetView: PrintView<'tally-sheet'> = async (params) => (
  <TallySheet view={await api.votes.get(params)} />
);

/** The certified result on paper: what was decided, how, by whom counted, and the rounds. */
export function VoteResultSheet({ view }: { view: VoteView }) {
  const def = view.definition;
  return (
    <article className="doc result-sheet">
      <DocHead title={view.chapterName} sub={`Result of the vote: ${def.title}`}>
        <dl className="doc-meta wrap">
          <div>
            <dt>Method</dt>
            <dd>
              {def.kind === 'motion'
                ? `${MOTION_METHOD_LABELS[def.method]}, ${THRESHOLD_LABELS[def.threshold].toLowerCase()}`
                : `${ELECTION_METHOD_LABELS[def.method]}, ${def.seats} seat${def.seats === 1 ? '' : 's'}`}
            </dd>
          </div>
          {view.presence && (
            <div>
              <dt>Present</dt>
              <dd>
                {view.presence.present} of {view.presence.members} members (quorum{' '}
                {view.presence.quorum})
              </dd>
            </div>
          )}
          {view.certified && (
            <div>
              <dt>Certified</dt>
              <dd>{new Date(view.certified.at).toLocaleString('en-US')}</dd>
            </div>
          )}
        </dl>
      </DocHead>
      {def.kind === 'motion' && def.text && <p className="motion-text">{def.text}</p>}
      {view.result ? <ResultView result={view.result} /> : <p>No result has been computed.</p>}
      {view.reconciliation && (
        <p>
          Ballots issued {view.reconciliation.issued}, spoiled {view.reconciliation.spoiled},
          counted {view.agreed}.
          {view.reconciliation.note ? ` Note: ${view.reconciliation.note}` : ''}
        </p>
      )}
      <p className="doc-foot-note">
        Anyone can re-run this count: export the ballot file and run{' '}
        <code>npm run recount -- FILE</code>.
      </p>
    </article>
  );
}

/** Blank tally sheet for counting piles of paper ballots by hand, one row per candidate. */
export function TallySheet({ view }: { view: VoteView }) {
  const def = view.definition;
  const names = def.kind === 'election' ? def.candidates : ['Yes', 'No', 'Abstain'];
  return (
    <article className="doc tally-sheet">
      <DocHead title={view.chapterName} sub={`Teller tally sheet: ${def.title}`}>
        <dl className="doc-meta">
          <div>
            <dt>Teller</dt>
            <dd>______________________</dd>
          </div>
          <div>
            <dt>Round</dt>
            <dd>{view.round}</dd>
          </div>
        </dl>
      </DocHead>
      <p>Count first preferences pile by pile. Mark five as ||||/ and total each row.</p>
      <PenTable
        className="tally-table"
        columns={['Candidate', 'Tally marks', 'Total']}
        names={[...names, 'Blank / spoiled']}
        numbered={names.length}
      />
      <dl className="doc-meta signoff">
        <div>
          <dt>Ballots issued</dt>
          <dd>________</dd>
        </div>
        <div>
          <dt>Spoiled</dt>
          <dd>________</dd>
        </div>
        <div>
          <dt>Counted</dt>
          <dd>________</dd>
        </div>
        <div>
          <dt>Signature</dt>
          <dd>______________________</dd>
        </div>
      </dl>
    </article>
  );
}
