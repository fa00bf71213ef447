/** One voter list: its last import, county statistics, chapter marks, turfs and cutting. */
import { useCallback } from 'react';
import { z } from 'zod';
import {
  canvassChannels,
  type CanvassSettings,
  type TurfList,
} from '../../../../../shared/contract/canvass';
import type { ChapterMarkReason, WalkMode } from '../../../../../shared/canvass/schema';
import { dateOf } from '../../../../../shared/dates';
import { LIMITS } from '../../../../../shared/limits';
import { api } from '../../../api';
import { DataTable } from '../../../ui/DataTable';
import { Field } from '../../../ui/Field';
import { Form, useSchemaForm } from '../../../ui/Form';
import { ActionNotice, Notice } from '../../../ui/Notice';
import { Options } from '../../../ui/Options';
import { savedLine } from '../../../ui/savedLine';
import { useAction } from '../../../ui/useAction';
import { useAsync } from '../../../ui/useAsync';
import { DiffView } from './DiffView';
import { ImportPanel } from './ImportPanel';
import { SkippedRows } from './SkippedRows';
import { StatsView } from './StatsView';

const MODE_LABELS: Record<WalkMode, string> = {
  'odd-even': 'Odd side out, even side back',
  'one-side': 'One side at a time',
  'zig-zag': 'Zig-zag across the street',
};

const MARK_LABELS: Record<ChapterMarkReason, string> = {
  DEC: 'Deceased',
  MV: 'Moved',
  DNW: 'Do Not Walk',
  DNC: 'Do Not Call',
};

export function ListPage({ listId }: { listId: string }) {
  const list = useAsync(() => api.canvass.list({ listId }));
  const turfs = useAsync(() => api.canvass.turfs({ listId }));
  const stats = useAsync(() => api.canvass.stats({ listId }));
  const reloadList = list.reload;
  const reloadTurfs = turfs.reload;
  const onImported = useCallback(() => {
    reloadList();
    reloadTurfs();
  }, [reloadList, reloadTurfs]);
  const meta = list.value;
  const last = meta?.imports.at(-1);
  return (
    <section aria-labelledby="list-heading">
      <p>
        <a href="#/outreach/canvass">← All voter lists</a>
      </p>
      <h2 id="list-heading">{meta?.name ?? listId}</h2>
      <Notice kind="error">{list.error ?? turfs.error}</Notice>
      {meta && last && (
        <section className="card" aria-labelledby="last-import-heading">
          <h3 id="last-import-heading">Last import</h3>
          <p>
            {last.summary.file}, dated <b>{meta.fileDate.slice(0, 10)}</b>:{' '}
            {meta.voters.toLocaleString('en-US')} voters at{' '}
            {meta.households.toLocaleString('en-US')} doors ({meta.imports.length}{' '}
            {meta.imports.length === 1 ? 'import' : 'imports'}).
          </p>
          {last.diff && <DiffView diff={last.diff} />}
          <SkippedRows rows={last.summary.skipped} total={last.summary.skippedCount} />
        </section>
      )}
      <TurfsSection listId={listId} turfs={turfs.value ?? null} onCut={reloadTurfs} />
      {stats.value && (
        <section className="card" aria-labelledby="county-stats-heading">
          <h3 id="county-stats-heading">Results in the whole list</h3>
          <StatsView stats={stats.value} />
          <IdsExport listId={listId} />
        </section>
      )}
      {meta && <MarksSection listId={listId} marks={meta.marks} onChange={onImported} />}
      <PacketSettings />
      {meta && <ImportPanel list={meta} onImported={onImported} />}
    </section>
  );
}

/** The results as the IDS.csv the count room's `npm run gotv -- --ids` reads. */
function IdsExport({ listId }: { listId: string }) {
  const action = useAction();
  return (
    <div className="actions">
      <button
        type="button"
        disabled={action.busy}
        onClick={() =>
          void action.run(() => api.canvass.saveIdsCsv({ listId }), {
            success: savedLine('the results'),
          })
        }
      >
        Save results for get-out-the-vote (IDS.csv)…
      </button>
      <ActionNotice action={action} />
    </div>
  );
}

/** `canvass.cutTurfs` without the list (the page's). */
const CutSchema = canvassChannels['canvass.cutTurfs'].input.omit({ listId: true });

function TurfsSection({
  listId,
  turfs,
  onCut,
}: {
  listId: string;
  turfs: TurfList | null;
  onCut: () => void;
}) {
  const action = useAction();
  const form = useSchemaForm(CutSchema, {
    doorsPerTurf: turfs?.options.doorsPerTurf ?? 50,
    mode: turfs?.options.mode ?? 'odd-even',
  });
  return (
    <section className="card" aria-labelledby="turfs-heading">
      <h3 id="turfs-heading">Turfs</h3>
      <Form
        form={form}
        action={action}
        className="form inline"
        onSubmit={(options) => api.canvass.cutTurfs({ listId, ...options })}
        onSuccess={onCut}
        submitLabel={turfs ? 'Cut turfs again' : 'Cut turfs'}
      >
        <Field label="Doors per turf">
          <input
            type="number"
            min={1}
            max={10000}
            {...form.register('doorsPerTurf', { valueAsNumber: true })}
          />
        </Field>
        <Field label="Walk order">
          <select {...form.register('mode')}>
            <Options labels={MODE_LABELS} />
          </select>
        </Field>
      </Form>
      <Notice kind="error">{action.error}</Notice>
      {turfs?.stale && (
        <Notice kind="info">
          The list changed since these turfs were cut: cut them again before printing new packets.
        </Notice>
      )}
      {turfs && (
        <DataTable
          caption={`${turfs.turfs.length} turfs of up to ${turfs.options.doorsPerTurf} doors · ${MODE_LABELS[turfs.options.mode].toLowerCase()}`}
          rows={turfs.turfs}
          rowKey={(t) => t.id}
          columns={[
            {
              header: 'Turf',
              rowHeader: true,
              cell: (t) => <a href={`#/outreach/canvass/${listId}/${t.id}`}>{t.id}</a>,
            },
            { header: 'Doors', cell: (t) => t.doors },
            { header: 'Voters', cell: (t) => t.voters },
            { header: 'Precinct', cell: (t) => t.precincts.join(', ') },
            {
              header: 'Streets',
              cell: (t) =>
                t.streets.slice(0, 4).join(', ') +
                (t.streets.length > 4 ? ` and ${t.streets.length - 4} more` : ''),
            },
          ]}
        />
      )}
    </section>
  );
}

const MarkInput = canvassChannels['canvass.markVoter'].input;
/** `canvass.markVoter` without the list; the voter ID as typed, trimmed. */
const MarkSchema = MarkInput.omit({ listId: true }).extend({
  voterId: z.string().trim().min(1, 'Enter the state voter ID').pipe(MarkInput.shape.voterId),
});

function MarksSection({
  listId,
  marks,
  onChange,
}: {
  listId: string;
  marks: { voterId: string; reason: ChapterMarkReason; at: string }[];
  onChange: () => void;
}) {
  // Marking and unmarking: one runner, its error below the form.
  const action = useAction({ onSuccess: onChange });
  const form = useSchemaForm(MarkSchema, { voterId: '', reason: 'DNW' });
  return (
    <section className="card" aria-labelledby="marks-heading">
      <h3 id="marks-heading">Chapter marks</h3>
      <p className="muted">
        Voters marked Deceased, Moved or Do Not Walk are left off every walk sheet and call sheet,
        now and after each re-import (a Moved voter comes back when a newer file shows a new
        address). Do Not Call leaves a voter off call sheets only.
      </p>
      <Form
        form={form}
        action={action}
        className="form inline"
        onSubmit={(mark) => api.canvass.markVoter({ listId, ...mark })}
        onSuccess={() => form.resetField('voterId')}
        submitLabel="Mark voter"
        primary={false}
      >
        <Field label="State voter ID">
          <input {...form.register('voterId')} />
        </Field>
        <Field label="Mark as">
          <select {...form.register('reason')}>
            <Options labels={MARK_LABELS} />
          </select>
        </Field>
      </Form>
      <Notice kind="error">{action.error}</Notice>
      {marks.length > 0 && (
        <DataTable
          caption="Marked voters"
          captionHidden
          rows={marks}
          rowKey={(m) => m.voterId}
          columns={[
            { header: 'Voter ID', cell: (m) => m.voterId },
            { header: 'Mark', cell: (m) => MARK_LABELS[m.reason] },
            { header: 'Since', cell: (m) => dateOf(m.at) },
            {
              header: <span className="visually-hidden">Actions</span>,
              cell: (m) => (
                <button
                  type="button"
                  disabled={action.busy}
                  onClick={() =>
                    void action.run(() => api.canvass.unmarkVoter({ listId, voterId: m.voterId }))
                  }
                >
                  Remove mark from {m.voterId}
                </button>
              ),
            },
          ]}
        />
      )}
    </section>
  );
}

function PacketSettings() {
  const { value, error } = useAsync(() => api.canvass.settings());
  return value ? <PacketSettingsForm initial={value} /> : <Notice kind="error">{error}</Notice>;
}

function PacketSettingsForm({ initial }: { initial: CanvassSettings }) {
  const form = useSchemaForm(canvassChannels['canvass.saveSettings'].input, initial);
  const { register } = form;
  return (
    <section className="card" aria-labelledby="packet-settings-heading">
      <h3 id="packet-settings-heading">On every packet and call sheet</h3>
      <Form
        form={form}
        onSubmit={(settings) => api.canvass.saveSettings(settings)}
        success="Saved."
        submitLabel="Save packet settings"
        primary={false}
      >
        <Field label="Script">
          <textarea rows={3} maxLength={LIMITS.packetScript} {...register('script')} />
        </Field>
        <Field label="Calling script" hint="Printed on every call sheet.">
          <textarea rows={3} maxLength={LIMITS.packetScript} {...register('callScript')} />
        </Field>
        <Field label="Organiser’s name">
          <input maxLength={LIMITS.name} {...register('organiserName')} />
        </Field>
        <Field label="Organiser’s phone">
          <input maxLength={40} {...register('organiserPhone')} />
        </Field>
      </Form>
    </section>
  );
}
