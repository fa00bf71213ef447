/**
 * Who has voted in the chosen election: import the state's voted files (main reads the file
 * chosen in a dialog, streamed; the page sees only its header and the diff), each import's
 * diff shown once it is in and kept in the history, and poll checkers' strike-offs.
 */
import { useState } from 'react';
import type { VotedFileChoice, VotedImportResult } from '../../../../shared/contract/gotvVoted';
import { VOTED_PRESETS, type VotedPreset } from '../../../../shared/gotv/files';
import type { VotedImport } from '../../../../shared/gotv/votedLog';
import { formatDateTime } from '../../../../shared/dates';
import { api } from '../../api';
import { DataTable } from '../../ui/DataTable';
import { ActionNotice, Notice } from '../../ui/Notice';
import { Options } from '../../ui/Options';
import { useAction } from '../../ui/useAction';
import { useAsync } from '../../ui/useAsync';
import { NoElection } from './NoElection';
import { StrikePanel } from './StrikePanel';
import type { GotvTabProps } from './tabProps';

const PRESET_LABELS: Record<VotedPreset, string> = {
  auto: 'Detect the layout',
  ohio: 'Ohio (SOS_VOTERID)',
  'north-carolina': 'North Carolina absentee (ncid)',
  florida: 'Florida (voter_id or the headerless extract)',
  generic: 'Another CSV: choose the voter ID column',
};

const count = (n: number) => n.toLocaleString('en-US');

export function VotedPage({ election }: GotvTabProps) {
  if (!election) return <NoElection />;
  return <Voted key={election.id} electionId={election.id} />;
}

function Voted({ electionId }: { electionId: string }) {
  const state = useAsync(() => api.gotvVoted.state({ electionId }));
  const s = state.value;
  return (
    <div className="gotv-page">
      <Notice kind="error">{state.error}</Notice>
      {s && (
        <ul className="gotv-totals" aria-label="Who has voted">
          <li>
            <strong>{count(s.universeVoted)}</strong> of {count(s.universe)} in the universe have
            voted
          </li>
          <li>
            <strong>{count(s.voted)}</strong> {s.voted === 1 ? 'voter' : 'voters'} of the list known
            to have voted
          </li>
        </ul>
      )}
      {s && s.damagedLines > 0 && (
        <Notice kind="info">
          {s.damagedLines} damaged lines of the voted record were skipped (a write cut short).
        </Notice>
      )}
      <StrikePanel electionId={electionId} strikes={s?.strikes} onChange={state.reload} />
      <ImportPanel electionId={electionId} onImported={state.reload} />
      <h2>Imports</h2>
      <ImportHistory imports={s?.imports} />
    </div>
  );
}

function ImportPanel({ electionId, onImported }: { electionId: string; onImported: () => void }) {
  const action = useAction();
  const [choice, setChoice] = useState<VotedFileChoice | null>(null);
  const [preset, setPreset] = useState<VotedPreset>('auto');
  const [idColumn, setIdColumn] = useState('');
  const [result, setResult] = useState<VotedImportResult | null>(null);
  const choose = () =>
    action.run(
      () => api.gotvVoted.chooseFile(),
      (c) => {
        setChoice(c.token ? c : null);
        setPreset(c.problem ? 'generic' : 'auto');
        setIdColumn('');
        setResult(null);
      },
    );
  const run = () =>
    action.run(
      () =>
        api.gotvVoted.import({
          electionId,
          token: choice?.token ?? '',
          preset,
          ...(preset === 'generic' && idColumn ? { idColumn } : {}),
        }),
      (r) => {
        setResult(r);
        setChoice(null);
        onImported();
      },
    );
  return (
    <section className="card" aria-labelledby="voted-import-heading">
      <h2 id="voted-import-heading">Import a voted file</h2>
      <p className="muted">
        The absentee and early-vote lists the state publishes (Ohio, North Carolina and Florida
        layouts are known; any CSV with a voter ID column works). The file is read here, on this
        computer; importing it again adds nothing twice.
      </p>
      <div className="actions">
        <button type="button" disabled={action.busy} onClick={() => void choose()}>
          Choose a voted file…
        </button>
      </div>
      {choice && (
        <div className="form">
          <p>
            <b>{choice.fileName}</b>:{' '}
            {choice.layout ? `read as the ${choice.layout} layout.` : choice.problem}
          </p>
          <label>
            Layout
            <select value={preset} onChange={(e) => setPreset(e.target.value as VotedPreset)}>
              <Options labels={PRESET_LABELS} values={VOTED_PRESETS} />
            </select>
          </label>
          {preset === 'generic' && (
            <label>
              Voter ID column
              <select value={idColumn} onChange={(e) => setIdColumn(e.target.value)}>
                <option value="">voter_id</option>
                {choice.columns.map((c, i) => (
                  <option key={`${c}-${i}`} value={c}>
                    {c}
                  </option>
                ))}
              </select>
            </label>
          )}
          <div className="actions">
            <button
              type="button"
              className="primary"
              disabled={action.busy}
              onClick={() => void run()}
            >
              Import {choice.fileName}
            </button>
          </div>
        </div>
      )}
      <ActionNotice action={action} />
      {result && <ImportDiff result={result} />}
    </section>
  );
}

function ImportDiff({ result }: { result: VotedImportResult }) {
  const i = result.import;
  return (
    <section aria-labelledby="voted-diff-heading">
      <h3 id="voted-diff-heading">What {i.file} changed</h3>
      <ul className="gotv-totals" aria-label="Import diff">
        <li>
          <strong>{count(i.newlyVoted)}</strong> newly voted ({count(i.newlyInUniverse)} in the
          universe)
        </li>
        <li>
          <strong>{count(i.alreadyVoted)}</strong> already voted
        </li>
        <li>
          <strong>{count(i.notInVoterFile)}</strong> not in the voter file
        </li>
        <li>
          {count(i.rows)} rows, {count(i.ballots)} ballots cast
        </li>
      </ul>
      <DataTable
        caption={`Universe voters newly voted${result.newlyVoted.length < i.newlyInUniverse ? ` (the first ${result.newlyVoted.length})` : ''}`}
        rows={result.newlyVoted}
        rowKey={(v) => v.id}
        empty="No one in the universe is new in this file."
        columns={[
          { header: 'Name', rowHeader: true, cell: (v) => v.name },
          { header: 'Address', cell: (v) => v.address },
          { header: 'Precinct', cell: (v) => v.precinct },
          { header: 'Voter ID', cell: (v) => v.id },
        ]}
      />
    </section>
  );
}

function ImportHistory({ imports }: { imports: VotedImport[] | undefined }) {
  return (
    <DataTable
      caption="Voted files imported, newest first"
      captionHidden
      rows={imports}
      rowKey={(i) => i.n}
      empty="No voted file imported yet."
      columns={[
        { header: 'File', rowHeader: true, cell: (i) => i.file },
        { header: 'Imported', cell: (i) => formatDateTime(i.at) },
        { header: 'Layout', cell: (i) => i.layout },
        { header: 'Newly voted', className: 'num', cell: (i) => count(i.newlyVoted) },
        { header: 'In the universe', className: 'num', cell: (i) => count(i.newlyInUniverse) },
        { header: 'Already voted', className: 'num', cell: (i) => count(i.alreadyVoted) },
        { header: 'Not in the voter file', className: 'num', cell: (i) => count(i.notInVoterFile) },
      ]}
    />
  );
}
