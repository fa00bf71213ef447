import type { MeetingView } from '../../../shared/contract/meetings';
import type { PlatformView } from '../../../shared/contract/platform';
import { dateOf } from '../../../shared/dates';
import { plannedSchedule, totalTimeBoxMinutes } from '../../../shared/meetings';
import { KIND_LABELS, MINUTES_STATUS } from '../../../shared/meetings/labels';
import { printablePlatform } from '../../../shared/platform';
import { api } from '../api';
import { Markdown } from '../ui/Markdown';
import type { PrintView } from './printView';
import './meetings-print.css';

export const agendaView: PrintView<'meeting-agenda'> = async (params) => {
  const [view, status] = await Promise.all([api.meetings.get(params), api.app.status()]);
  return <AgendaDoc view={view} chapterName={status.chapter?.name ?? ''} />;
};

export const minutesView: PrintView<'meeting-minutes'> = async (params) => {
  const [view, { markdown }, status] = await Promise.all([
    api.meetings.get(params),
    api.meetings.minutesMarkdown(params),
    api.app.status(),
  ]);
  return (
    <MinutesDoc
      markdown={markdown}
      chapterName={status.chapter?.name ?? ''}
      status={`Minutes: ${MINUTES_STATUS[view.minutes].toLowerCase()}`}
      approvedOn={view.minutesApprovedAt ? dateOf(view.minutesApprovedAt) : null}
    />
  );
};

export const platformView: PrintView<'platform'> = async (params) => (
  <PlatformDoc
    view={await api.platform.get()}
    {...(params.version ? { version: params.version } : {})}
  />
);

/** The printed agenda: one line per item with its time box and planned clock times. */
export function AgendaDoc({ view, chapterName }: { view: MeetingView; chapterName: string }) {
  const m = view.meeting;
  const schedule = m.startTime
    ? new Map(plannedSchedule(m.agenda, m.startTime).map((s) => [s.itemId, s]))
    : null;
  // Open action items of earlier meetings are reviewed under the first old-business item.
  const open = view.carriedActions.filter((a) => !a.doneAt);
  const oldBusiness = m.agenda.find((a) => a.kind === 'old-business')?.id;
  return (
    <article className="doc meeting-doc">
      <header>
        <p className="doc-kicker">{chapterName}</p>
        <h1>Agenda — {m.title}</h1>
        <p className="doc-sub">
          {m.date}
          {m.startTime ? ` at ${m.startTime}` : ''}
          {m.place ? ` · ${m.place}` : ''}
          {view.countyName ? ` · ${view.countyName}` : ''}
        </p>
      </header>
      <table className="agenda-table">
        <thead>
          <tr>
            <th scope="col">#</th>
            {schedule && <th scope="col">Time</th>}
            <th scope="col">Item</th>
            <th scope="col">Minutes</th>
          </tr>
        </thead>
        <tbody>
          {m.agenda.map((item, i) => (
            <tr key={item.id}>
              <td>{i + 1}</td>
              {schedule && (
                <td className="nowrap">
                  {schedule.get(item.id)?.start}–{schedule.get(item.id)?.end}
                </td>
              )}
              <td>
                <strong>{item.title}</strong>
                {item.kind !== 'other' && item.title !== KIND_LABELS[item.kind] && (
                  <span className="muted-print"> · {KIND_LABELS[item.kind]}</span>
                )}
                {item.description && <div>{item.description}</div>}
                {item.id === oldBusiness && open.length > 0 && <OpenActions actions={open} />}
              </td>
              <td className="num">{item.timeBoxMinutes}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <td colSpan={schedule ? 3 : 2}>Total</td>
            <td className="num">{totalTimeBoxMinutes(m.agenda)}</td>
          </tr>
        </tfoot>
      </table>
      {!oldBusiness && open.length > 0 && (
        <section>
          <h2>Open action items</h2>
          <OpenActions actions={open} />
        </section>
      )}
    </article>
  );
}

function OpenActions({ actions }: { actions: MeetingView['carriedActions'] }) {
  return (
    <ul className="agenda-actions" aria-label="Open action items">
      {actions.map((a) => (
        <li key={a.id}>
          {a.what} — {a.who}
          {a.due ? `, due ${a.due}` : ''} (from {a.from.title}, {a.from.date})
        </li>
      ))}
    </ul>
  );
}

/** The minutes on paper: the same Markdown the secretary sees and exports. */
export function MinutesDoc({
  markdown,
  chapterName,
  status,
  approvedOn,
}: {
  markdown: string;
  chapterName: string;
  status: string;
  /** The day the approving vote was certified, once the minutes are approved. */
  approvedOn: string | null;
}) {
  return (
    <article className="doc meeting-doc minutes-doc">
      <p className="doc-kicker">
        {chapterName} · {status}
      </p>
      <Markdown text={markdown} />
      <footer className="signature">
        <p>
          Secretary: ______________________________ Date approved: {approvedOn ?? '______________'}
        </p>
      </footer>
    </article>
  );
}

/** The platform: Secured Rights first (they bound everything after them), then policies by area. */
export function PlatformDoc({ view, version }: { view: PlatformView; version?: number }) {
  const versions = view.platform.versions;
  const chosen = version ? versions.find((v) => v.number === version) : versions.at(-1);
  if (!chosen)
    return (
      <p>There is no platform version to print yet: adopt a Secured Right or a policy first.</p>
    );
  const doc = printablePlatform(chosen, { chapterName: view.chapterName });
  return (
    <article className="doc meeting-doc platform-doc">
      <header>
        <h1>{doc.title}</h1>
        <p className="doc-sub">
          {doc.versionLabel} · adopted {dateOf(doc.date)}
        </p>
      </header>
      <section className="platform-rights">
        <h2>Secured Rights</h2>
        <p className="muted-print">
          No policy of this chapter may violate these rights. Changing them takes a supermajority.
        </p>
        <ol>
          {doc.rights.map((r) => (
            <li key={r.number}>
              <strong>{r.title}.</strong> {r.text}
            </li>
          ))}
        </ol>
      </section>
      {doc.areas.map((area) => (
        <section key={area.id} className="platform-area">
          <h2>{area.name}</h2>
          {area.policies.map((p) => (
            <div key={p.id} className="platform-policy">
              <h3>{p.title}</h3>
              {p.summary && <p className="summary">{p.summary}</p>}
              {p.text
                .split(/\n{2,}/)
                .filter(Boolean)
                .map((para, i) => (
                  <p key={i}>{para}</p>
                ))}
              {p.sponsors.length > 0 && (
                <p className="muted-print">Sponsors: {p.sponsors.join(', ')}</p>
              )}
            </div>
          ))}
        </section>
      ))}
      {doc.areas.length === 0 && <p>No policies have been adopted yet.</p>}
    </article>
  );
}
