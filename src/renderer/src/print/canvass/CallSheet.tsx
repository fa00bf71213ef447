/**
 * A call sheet for phone banking from home: the turf's voters who can be called, in walk
 * order with each household whole under its address, the chapter's calling script, the same
 * result codes (with what each means on the phone) and support answers as the walk sheets.
 * Landscape Letter, the walk sheets' layout and styles; page n of N and the sheet ID in the
 * footers.
 */
import type { ReactNode } from 'react';
import { PHONE_MEANINGS } from '../../../../shared/canvass/callSheet';
import type { CallSheetData } from '../../../../shared/contract/canvass';
import { api } from '../../api';
import type { PrintView } from '../printView';
import {
  Blank,
  Field,
  ResultsKey,
  SheetTables,
  useFooterPacketId,
  withPlans,
  type SheetInfo,
} from './WalkPacket';
import './walk.css';

/** The call sheet's header (script, instructions) is taller than a walk sheet's. */
const FIRST_ROOM_IN = 4.6;

const PHONE: SheetInfo = { heading: 'Phone', of: (v) => v.phone };

export function CallSheet({ data }: { data: CallSheetData }): ReactNode {
  useFooterPacketId(data.packetId, 'call-sheet');
  const { callList } = data;
  return (
    <div className="walk-packet">
      <section className="walk-sheets call-sheets" aria-label="Call sheets">
        <p className="walk-confidential">Confidential voter data — return to the chapter</p>
        <header className="walk-head">
          <div className="walk-head-main">
            <h1 className="call-title">
              Call sheet {data.packetId}
              {data.sample ? ' (sample)' : ''}
            </h1>
            <p className="walk-sub">{data.chapterName}</p>
            <dl className="walk-facts walk-facts--row">
              <Field label="County">{data.county || '—'}</Field>
              <Field label="Precinct">{callList.precincts.join(', ') || '—'}</Field>
              <Field label="Counts">
                People: {callList.people} · Households: {callList.doors}
              </Field>
              <Field label="Caller">{data.caller || <Blank wide />}</Field>
              <Field label="Date">{data.date}</Field>
              <Field label="Organiser's phone">{data.organiserPhone || <Blank wide />}</Field>
              {data.gotv && <Field label="GOTV — vote plans in Notes">{data.gotv.election}</Field>}
            </dl>
            <p className="walk-script walk-script--short">
              <b>Script:</b>{' '}
              {data.script || 'Introduce yourself and the chapter, then ask how they plan to vote.'}
            </p>
            <p className="walk-script--short">
              Call each person listed (several people may share a number). Ask for them by name, and
              only them. Any answer means you talked with them: leave the result boxes empty then.
              If they ask not to be called again, tick DNW. Return the filled sheet (or the CSV) to
              the chapter.
            </p>
          </div>
          <ResultsKey notes={PHONE_MEANINGS} />
        </header>
        <SheetTables
          households={callList.households}
          info={withPlans(PHONE, data.gotv)}
          firstRoom={FIRST_ROOM_IN}
        />
        {callList.households.length === 0 && (
          <p>No one in this turf has a phone number on file (or all are marked Do Not Call).</p>
        )}
      </section>
    </div>
  );
}

export const callSheetView: PrintView<'call-sheet'> = async (params) => (
  <CallSheet data={await api.canvass.callSheet(params)} />
);
