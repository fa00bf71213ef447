/**
 * A turf's walk packet: a cover page (turf summary, instructions, safety, who to call),
 * the walk sheets (landscape, one household per <tbody> so a household never splits
 * across pages, header row repeated) and then the chapter's flyer for the county when
 * there is one. Renders from data alone; page n of N and the packet ID are @page margin
 * boxes (../page.css, and useFooterPacketId below).
 */
import { useLayoutEffect, type ReactNode } from 'react';
import type { FlyerPrintData } from '../../../../shared/contract/outreach';
import type { PacketData } from '../../../../shared/contract/canvass';
import { formatName, formatStreetAddress } from '../../../../shared/canvass/household';
import {
  RESULT_CODES,
  RESULT_LABELS,
  SUPPORT_LABELS,
  type ResultCode,
} from '../../../../shared/canvass/results';
import type { Voter, WalkHousehold } from '../../../../shared/canvass/schema';
import { api } from '../../api';
import { loadFlyerFonts } from '../../ui/flyer/FlyerSheets';
import { FlyerDocument } from '../Flyer';
import type { PrintView } from '../printView';
import './walk.css';

const CONFIDENTIAL = 'Confidential voter data — return to the chapter';

function streetsOf(data: PacketData): string[] {
  const seen: string[] = [];
  for (const h of data.walkList.households) if (!seen.includes(h.street)) seen.push(h.street);
  return seen;
}

export function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="walk-field">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

export function Blank({ wide = false }: { wide?: boolean }) {
  return <span className={wide ? 'walk-blank walk-blank--wide' : 'walk-blank'} />;
}

/** The key of the result codes; `notes` adds what a code means in another setting (the phone). */
export function ResultsKey({ notes = {} }: { notes?: Partial<Record<ResultCode, string>> }) {
  return (
    <section className="walk-key" aria-label="Results key">
      <h3>Results key — tick one box per person</h3>
      <ul>
        {RESULT_CODES.map((c) => (
          <li key={c}>
            <b>{c}</b> = {RESULT_LABELS[c]}
            {notes[c] ? ` (${notes[c]})` : ''}
          </li>
        ))}
      </ul>
      <p>
        <b>Support</b> (circle one):{' '}
        {([1, 2, 3, 4, 5] as const).map((n) => `${n} = ${SUPPORT_LABELS[n]}`).join(' · ')}.{' '}
        <b>Vol</b> = wants to volunteer · <b>Sign</b> = wants a yard sign · <b>Ride</b> = needs a
        ride to vote. Any answer means you talked with them: leave the result boxes empty then.
      </p>
    </section>
  );
}

function Cover({ data }: { data: PacketData }) {
  const { walkList } = data;
  const streets = streetsOf(data);
  return (
    <section className="walk-cover" aria-label="Cover page">
      <p className="walk-confidential">{CONFIDENTIAL}</p>
      <h1>
        Walk packet {data.packetId}
        {data.sample ? ' (sample)' : ''}
      </h1>
      <p className="walk-sub">
        {data.chapterName} · {data.county ? `${data.county} County` : 'Voter list'}
        {data.state ? `, ${data.state}` : ''}
      </p>
      {data.remaining && (
        <p className="walk-remaining">
          Re-print: only the doors still to knock (Not Home, Come Back, and doors nobody has knocked
          yet).
        </p>
      )}
      <dl className="walk-facts">
        <Field label="Turf">{walkList.turfId}</Field>
        <Field label="Precinct">{walkList.precincts.join(', ') || '—'}</Field>
        <Field label="Counts">
          People: {walkList.people} · Doors: {walkList.doors}
        </Field>
        <Field label="Date">{data.date}</Field>
        <Field label="Voter file dated">{data.fileDate}</Field>
        <Field label="Canvasser">{data.canvasser || <Blank wide />}</Field>
      </dl>
      <h2>Streets, in walking order</h2>
      <p className="walk-streets">{streets.join(' → ') || 'No doors left in this turf.'}</p>
      <h2>Before you knock</h2>
      <ul className="walk-rules">
        <li>
          <b>Never put literature in a mailbox</b> — it is against federal law. Tuck it in the door
          or hand it over.
        </li>
        <li>
          <b>Stay safe.</b> Walk in pairs, in daylight. Never enter a home. If a place feels unsafe
          (a dog, a locked gate, anyone hostile), leave and mark it Inaccessible or Do Not Walk.
        </li>
        <li>Be brief and kind. If someone asks you not to come back, mark Do Not Walk.</li>
        <li>
          Fill in the sheet at each door, not later. Return every page to the chapter: this is
          confidential voter data.
        </li>
      </ul>
      <p className="walk-organiser">
        <b>Organiser:</b> {data.organiserName || 'the chapter'} ·{' '}
        <b>Phone: {data.organiserPhone || '________________'}</b> — call if anything goes wrong.
      </p>
      {data.script && (
        <>
          <h2>Script</h2>
          <p className="walk-script">{data.script}</p>
        </>
      )}
      <ResultsKey />
    </section>
  );
}

function Box({ label }: { label: string }) {
  return (
    <span className="walk-box">
      <span className="walk-square" aria-hidden="true" />
      {label}
    </span>
  );
}

/**
 * A sheet's columns: the width class (walk.css) and the heading of each. The fifth column
 * is the sheet's own: the vote history on a walk sheet, the phone number on a call sheet.
 */
const SHEET_COLUMNS = [
  ['c-seq', '#'],
  ['c-name', 'Address / name'],
  ['c-age', 'Age'],
  ['c-party', 'Party'],
  ['c-history', ''],
  ['c-id', 'Voter ID'],
  ['c-codes', 'Result (tick one — key above)'],
  ['c-support', 'Support'],
  ['c-tick', 'Vol'],
  ['c-tick', 'Sign'],
  ['c-tick', 'Ride'],
  ['c-notes', 'Notes'],
] as const;

/** The boxes ticked per person, under Vol, Sign and Ride. */
const TICKS = ['Volunteer', 'Yard sign', 'Needs a ride'] as const;

/** What a sheet shows in its own column (heading, and the value for each voter). */
export interface SheetInfo {
  heading: string;
  of: (v: Voter) => string;
  /** Printed in the voter's Notes cell (a GOTV sheet's vote plan). */
  note?: (v: Voter) => string;
}

/** The sheet's info with each voter's GOTV plan in the Notes cell, when the sheet has plans. */
export function withPlans(info: SheetInfo, gotv: PacketData['gotv']): SheetInfo {
  if (!gotv) return info;
  const plans = new Map(gotv.plans.map((p) => [p.voterId, p.text]));
  return { ...info, note: (v) => plans.get(v.id) ?? '' };
}

const VOTED: SheetInfo = { heading: 'Voted', of: (v) => v.history };

function Household({ h, info }: { h: WalkHousehold; info: SheetInfo }) {
  return (
    <tbody className="walk-hh">
      <tr className="walk-door">
        <td className="walk-seq">{h.seq}</td>
        <td colSpan={SHEET_COLUMNS.length - 1} className="walk-address">
          <b>{formatStreetAddress(h)}</b>
          <span className="walk-city">
            {' '}
            · {h.city} {h.zip}
            {h.precinct ? ` · Precinct ${h.precinct}` : ''} · {h.occupants.length}{' '}
            {h.occupants.length === 1 ? 'person' : 'people'}
          </span>
        </td>
      </tr>
      {h.occupants.map((v) => (
        <tr key={v.id} className="walk-person">
          <td />
          <td className="walk-name">{formatName(v)}</td>
          <td className="walk-age">{[v.age ?? '', v.sex].filter((x) => x !== '').join(' ')}</td>
          <td className="walk-party">{v.party}</td>
          <td className="walk-history">{info.of(v)}</td>
          <td className="walk-id">{v.id}</td>
          <td className="walk-codes">
            {RESULT_CODES.map((c) => (
              <Box key={c} label={c} />
            ))}
          </td>
          <td className="walk-support">1 2 3 4 5</td>
          {TICKS.map((tick) => (
            <td key={tick} className="walk-tick">
              <span className="walk-square" aria-label={tick} />
            </td>
          ))}
          <td className="walk-notes">{info.note?.(v)}</td>
        </tr>
      ))}
    </tbody>
  );
}

/**
 * Households split into sheets before printing, one table per sheet, from conservative
 * row heights (inches): Chromium fragments one long table with unbreakable row groups
 * slowly (seconds per hundred pages). A sheet that still overflows breaks between
 * households (break-inside: avoid) with its header repeated, so nothing is ever cut.
 */
const SHEET_IN = 7.05;
const FIRST_SHEET_IN = 5.55;
const DOOR_ROW_IN = 0.24;
const PERSON_ROW_IN = 0.27;

function pagesOf(
  households: readonly WalkHousehold[],
  firstRoom = FIRST_SHEET_IN,
): WalkHousehold[][] {
  const pages: WalkHousehold[][] = [];
  let page: WalkHousehold[] = [];
  let room = firstRoom;
  for (const h of households) {
    const need = DOOR_ROW_IN + h.occupants.length * PERSON_ROW_IN;
    if (page.length > 0 && need > room) {
      pages.push(page);
      page = [];
      room = SHEET_IN;
    }
    page.push(h);
    room -= need;
  }
  if (page.length) pages.push(page);
  return pages;
}

/** The households as sheets: one table a sheet, the header row repeated, households whole. */
export function SheetTables({
  households,
  info,
  firstRoom,
}: {
  households: readonly WalkHousehold[];
  info: SheetInfo;
  /** Inches left for rows under the first sheet's header (default: the walk sheet's). */
  firstRoom?: number;
}) {
  return pagesOf(households, firstRoom).map((chunk, i, all) => (
    <table
      key={chunk[0]?.key ?? i}
      className={i < all.length - 1 ? 'walk-table walk-table--page' : 'walk-table'}
    >
      <colgroup>
        {SHEET_COLUMNS.map(([width], c) => (
          <col key={c} className={width} />
        ))}
      </colgroup>
      <thead>
        <tr>
          {SHEET_COLUMNS.map(([, heading], c) => (
            <th key={c} scope="col">
              {heading || info.heading}
            </th>
          ))}
        </tr>
      </thead>
      {chunk.map((h) => (
        <Household key={h.key} h={h} info={info} />
      ))}
    </table>
  ));
}

function Sheets({ data }: { data: PacketData }) {
  const { walkList } = data;
  return (
    <section className="walk-sheets" aria-label="Walk sheets">
      <header className="walk-head">
        <div className="walk-head-main">
          <h2>
            {data.chapterName} — walk sheet {data.packetId}
          </h2>
          <dl className="walk-facts walk-facts--row">
            <Field label="County">{data.county || '—'}</Field>
            <Field label="Precinct">{walkList.precincts.join(', ') || '—'}</Field>
            <Field label="Turf / packet">{data.packetId}</Field>
            <Field label="Counts">
              People: {walkList.people} · Doors: {walkList.doors}
            </Field>
            <Field label="Canvasser">{data.canvasser || <Blank wide />}</Field>
            <Field label="Date">{data.date}</Field>
            <Field label="Start">
              <Blank />
            </Field>
            <Field label="End">
              <Blank />
            </Field>
            <Field label="Organiser's phone">{data.organiserPhone || <Blank wide />}</Field>
            {data.gotv && <Field label="GOTV — vote plans in Notes">{data.gotv.election}</Field>}
          </dl>
          {data.script && (
            <p className="walk-script walk-script--short">
              <b>Script:</b> {data.script}
            </p>
          )}
        </div>
        <ResultsKey />
      </header>
      <SheetTables households={walkList.households} info={withPlans(VOTED, data.gotv)} />
      {walkList.households.length === 0 && <p>No doors left to knock in this turf.</p>}
    </section>
  );
}

/**
 * The packet ID in every footer (@page bottom-left). The app's CSP forbids inline <style>,
 * so the rule goes in through the CSSOM (a constructed sheet), which CSP allows.
 */
export function useFooterPacketId(
  packetId: string,
  /** The @page names whose footers carry it, separated by spaces. */
  pages = 'walk-cover walk-sheet',
): void {
  useLayoutEffect(() => {
    const id = packetId.replace(/[^A-Za-z0-9-]/g, '');
    const font = "font: 8pt 'Liberation Sans', 'DejaVu Sans', Arial, sans-serif;";
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(
      pages
        .split(' ')
        .map((page) => `@page ${page} { @bottom-left { content: 'Packet ${id}'; ${font} } }`)
        .join('\n'),
    );
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return () => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    };
  }, [packetId, pages]);
}

export function WalkPacket({
  data,
  flyer,
}: {
  data: PacketData;
  flyer: FlyerPrintData | null;
}): ReactNode {
  useFooterPacketId(data.packetId);
  return (
    <div className="walk-packet">
      <Cover data={data} />
      <Sheets data={data} />
      {flyer && (
        <div className="walk-flyer">
          <FlyerDocument data={flyer} />
        </div>
      )}
    </div>
  );
}

export const walkPacketView: PrintView<'walk-packet'> = async (params) => {
  const data = await api.canvass.packet(params);
  const flyer = data.flyerId ? await api.outreach.flyerPrint({ id: data.flyerId }) : null;
  if (flyer) await loadFlyerFonts();
  return <WalkPacket data={data} flyer={flyer} />;
};
