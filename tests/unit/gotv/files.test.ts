import { describe, expect, it } from 'vitest';
import {
  GotvFileError,
  IdsReader,
  VotedReader,
  type VotedPreset,
} from '../../../src/shared/gotv/files';
import type { VoterAnswer } from '../../../src/shared/gotv/universe';

function readIds(rows: string[][]): VoterAnswer[] {
  const out: VoterAnswer[] = [];
  const reader = new IdsReader((a) => out.push(a));
  rows.forEach((r, i) => reader.record(r, i + 1));
  return out;
}

function readVoted(rows: string[][], preset: VotedPreset = 'auto', idColumn?: string) {
  const out: string[] = [];
  const reader = new VotedReader(preset, (id) => out.push(id), idColumn);
  rows.forEach((r, i) => reader.record(r, i + 1));
  return { ids: out, layout: reader.layoutName };
}

function errorOf(fn: () => unknown): { line: number; message: string } {
  try {
    fn();
  } catch (error) {
    if (error instanceof GotvFileError) return { line: error.line, message: error.message };
    throw error;
  }
  throw new Error('no error');
}

describe('IDs file', () => {
  it('reads voter_id and support in any column order, with optional code and at', () => {
    expect(
      readIds([
        ['Support', 'name', 'Voter_ID', 'code', 'at'],
        ['1', 'X', 'OH1', '', '2026-10-01T10:00:00-04:00'],
        ['', 'Y', 'OH2', 'mv', ''],
      ]),
    ).toEqual([
      { voterId: 'OH1', support: 1, code: null, at: '2026-10-01T10:00:00-04:00' },
      { voterId: 'OH2', support: null, code: 'MV', at: '' },
    ]);
  });

  it('names the line and the reason of a bad row', () => {
    expect(
      errorOf(() =>
        readIds([
          ['voter_id', 'support'],
          ['A', '1'],
          ['B', '7'],
        ]),
      ),
    ).toEqual({
      line: 3,
      message: 'support must be 1 to 5 or blank, not "7"',
    });
    expect(
      errorOf(() =>
        readIds([
          ['voter_id', 'support'],
          ['', '1'],
        ]),
      ),
    ).toEqual({ line: 2, message: 'no voter ID' });
    expect(errorOf(() => readIds([['id', 'support']])).message).toMatch(
      /"voter_id" and a "support"/,
    );
    expect(
      errorOf(() =>
        readIds([
          ['voter_id', 'support', 'code'],
          ['A', '1', 'XX'],
        ]),
      ).message,
    ).toBe('unknown result code "XX"');
    expect(
      errorOf(() =>
        readIds([
          ['voter_id', 'support', 'at'],
          ['A', '1', 'yesterday'],
        ]),
      ).line,
    ).toBe(2);
  });
});

describe('voted files', () => {
  it('North Carolina absentee file: ncid, counted once the ballot is accepted', () => {
    const r = readVoted([
      ['county_desc', 'voter_reg_num', 'ncid', 'ballot_req_type', 'ballot_rtn_status'],
      ['WAKE', '1', 'AA1', 'MAIL', 'ACCEPTED'],
      ['WAKE', '2', 'AA2', 'MAIL', ''],
      ['WAKE', '3', 'AA3', 'ONE-STOP', 'ACCEPTED'],
      ['WAKE', '4', 'AA4', 'MAIL', 'SPOILED'],
    ]);
    expect(r).toEqual({ ids: ['AA1', 'AA3'], layout: 'north-carolina' });
  });

  it('Ohio lists: SOS_VOTERID, counted once a return date is filled when the list has one', () => {
    expect(
      readVoted([
        ['SOS_VOTERID', 'LAST_NAME', 'DATE_RETURNED'],
        ['OH1', 'A', '10/20/2026'],
        ['OH2', 'B', ''],
      ]),
    ).toEqual({ ids: ['OH1'], layout: 'ohio' });
    expect(readVoted([['SOS_VOTERID'], ['OH1'], ['OH2']], 'ohio').ids).toEqual(['OH1', 'OH2']);
  });

  it('Florida: a voter_id header, or the headerless extract with history codes A, E and Y as votes', () => {
    expect(
      readVoted(
        [
          ['county_code', 'voter_id'],
          ['ALA', '100'],
        ],
        'florida',
      ).ids,
    ).toEqual(['100']);
    expect(
      readVoted([
        ['ALA', '100', '11/03/2026', 'GEN', 'A'],
        ['ALA', '101', '11/03/2026', 'GEN', 'N'],
        ['ALA', '102', '11/03/2026', 'GEN', 'E'],
        ['ALA', '103', '11/03/2026', 'GEN', 'Y'],
        ['ALA', '104', '11/03/2026', 'GEN', 'B'],
      ]),
    ).toEqual({ ids: ['100', '102', '103'], layout: 'florida' });
  });

  it('generic CSV with a chosen ID column', () => {
    expect(
      readVoted(
        [
          ['Name', 'State ID'],
          ['x', 'S1'],
        ],
        'generic',
        'state id',
      ).ids,
    ).toEqual(['S1']);
  });

  it('refuses a file with no voter ID column, and a row without an ID, by line', () => {
    expect(errorOf(() => readVoted([['name', 'date']]))).toEqual({
      line: 1,
      message: 'no voter ID column: the header should name "ncid" or "sos_voterid" or "voter_id"',
    });
    expect(errorOf(() => readVoted([['voter_id'], ['A'], [' ']]))).toEqual({
      line: 3,
      message: 'no voter ID',
    });
  });
});
