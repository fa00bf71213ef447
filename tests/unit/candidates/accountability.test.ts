import { describe, expect, it } from 'vitest';
import {
  agendaItemForMotion,
  buildQuestionnaire,
  CandidateSchema,
  changeCandidateStatus,
  evaluateTriggers,
  newCandidate,
  scorecard,
  type Candidate,
  type KeyVote,
  type OfficialVote,
  type OfficialVoteValue,
} from '../../../src/shared/candidates';
import type { VoteResult } from '../../../src/shared/platform';
import { AgendaItemSchema } from '../../../src/shared/meetings';
import { PLATFORM_V2, unwrap } from './fixtures';

const AT = '2025-05-01T19:00:00-05:00';
const ENDORSE: VoteResult = {
  outcome: 'adopted',
  sentence: 'Adopted by two-thirds: 12 yes, 3 no.',
  threshold: 'two-thirds-cast',
};

const keyVote = (
  id: string,
  date: string,
  policyId: string | null,
  position: 'yes' | 'no' = 'yes',
): KeyVote => ({
  id,
  body: 'State House',
  bill: `HB ${id}`,
  title: '',
  date,
  policyId,
  position,
  rationale: '',
  announcedAt: null,
});
const cast = (keyVoteId: string, vote: OfficialVoteValue, recordedAt = AT): OfficialVote => ({
  keyVoteId,
  officialId: 'cand-a',
  vote,
  note: '',
  recordedAt,
});

describe('scorecard (LCV method)', () => {
  // 2023: 1 of 1 aligned (100%); 2024: 3 of 6 aligned (50%). Lifetime pools: 4 of 7 (57.1%), not (100 + 50) / 2.
  const keyVotes = [
    keyVote('1', '2023-03-01', 'p-meals'),
    keyVote('2', '2024-01-10', 'p-wage'),
    keyVote('3', '2024-02-10', 'p-wage', 'no'),
    keyVote('4', '2024-03-10', 'p-peace'),
    keyVote('5', '2024-04-10', null),
    keyVote('6', '2024-05-10', null),
    keyVote('7', '2024-06-10', null),
    keyVote('8', '2024-07-10', null),
    keyVote('9', '2024-08-10', null),
  ];
  const votes = [
    cast('1', 'yes'),
    cast('2', 'yes'),
    cast('3', 'no'),
    cast('4', 'no'),
    cast('5', 'absent'),
    cast('6', 'present'),
    cast('7', 'not-applicable'),
    cast('8', 'no'),
    cast('8', 'yes', '2025-05-02T10:00:00-05:00'), // a correction: the latest counts
    // 9 not yet recorded
  ];

  it('pools all scored votes for the lifetime score and counts absent/present against', () => {
    const card = scorecard('cand-a', keyVotes, votes);
    expect(card.byYear.map((y) => [y.year, y.aligned, y.scored, y.pct])).toEqual([
      [2023, 1, 1, 100],
      [2024, 3, 6, 50],
    ]);
    expect(card.lifetime).toMatchObject({
      aligned: 4,
      misaligned: 3,
      scored: 7,
      excluded: 1,
      unrecorded: 1,
      pct: 57.1,
    });
    expect(card.rows.find((r) => r.keyVote.id === '8')!.verdict).toBe('aligned');
    const yearly = card.byYear.map((y) => y.pct!);
    expect(card.lifetime.pct).not.toBe((yearly[0]! + yearly[1]!) / 2);
  });

  it('leaves absent and present out when the chapter says so; not-applicable is always out', () => {
    const card = scorecard('cand-a', keyVotes, votes, { settings: { nonVotes: 'excluded' } });
    expect(card.lifetime).toMatchObject({ aligned: 4, scored: 5, excluded: 3, pct: 80 });
  });

  it('scores per term', () => {
    const card = scorecard('cand-a', keyVotes, votes, {
      terms: [
        { id: 't1', label: '2023–2024 term', start: '2023-01-01', end: '2024-03-31' },
        { id: 't2', label: '2024–2026 term', start: '2024-04-01', end: null },
      ],
    });
    expect(card.byTerm.map((t) => [t.label, t.aligned, t.scored])).toEqual([
      ['2023–2024 term', 3, 4],
      ['2024–2026 term', 1, 3],
    ]);
  });
});

function endorsed(): Candidate {
  let c = newCandidate({
    id: 'cand-a',
    name: 'Rosa Diaz',
    office: 'State Representative',
    jurisdiction: { kind: 'district', name: 'District 49' },
  });
  c = unwrap(changeCandidateStatus(c, 'questionnaire-sent', { at: AT }));
  c = unwrap(changeCandidateStatus(c, 'interviewed', { at: AT }));
  return unwrap(
    changeCandidateStatus(c, 'conditionally-endorsed', {
      at: AT,
      vote: ENDORSE,
      requiredThreshold: 'two-thirds-cast',
      conditions: [{ id: 'cond-1', text: 'Co-sponsor the school meals bill' }],
      reviewDate: '2025-12-01',
    }),
  );
}

describe('candidate status', () => {
  it('endorses only by a passing vote at the endorsement threshold', () => {
    let c = newCandidate({
      id: 'c',
      name: 'Sam Cole',
      office: 'County Judge',
      jurisdiction: { kind: 'county', name: 'Travis' },
    });
    expect(changeCandidateStatus(c, 'endorsed', { at: AT, vote: ENDORSE }).ok).toBe(false); // not interviewed yet
    c = unwrap(changeCandidateStatus(c, 'interviewed', { at: AT }));
    expect(changeCandidateStatus(c, 'endorsed', { at: AT })).toEqual({
      ok: false,
      reason: 'Making a candidate endorsed takes a vote of the members.',
    });
    expect(
      changeCandidateStatus(c, 'endorsed', {
        at: AT,
        vote: { ...ENDORSE, threshold: 'majority-cast' },
        requiredThreshold: 'two-thirds-cast',
      }).ok,
    ).toBe(false);
    expect(changeCandidateStatus(c, 'conditionally-endorsed', { at: AT, vote: ENDORSE }).ok).toBe(
      false,
    );
    const e = unwrap(
      changeCandidateStatus(c, 'endorsed', {
        at: AT,
        vote: ENDORSE,
        requiredThreshold: 'two-thirds-cast',
      }),
    );
    expect(e.endorsement).toEqual({ at: AT, vote: ENDORSE, conditions: [], reviewDate: null });
    expect(CandidateSchema.safeParse(e).success).toBe(true);
    expect(CandidateSchema.safeParse({ ...e, endorsement: null }).success).toBe(false);
    const review = unwrap(changeCandidateStatus(e, 'under-review', { at: AT }));
    expect(unwrap(changeCandidateStatus(review, 'endorsed', { at: AT })).endorsement).toEqual(
      e.endorsement,
    );
  });
});

describe('accountability triggers', () => {
  const questionnaire = unwrap(
    buildQuestionnaire(PLATFORM_V2, {
      id: 'q',
      createdAt: AT,
      weights: { 'p-meals': 'core' },
      mustMatch: ['p-clinic'],
    }),
  );
  const titles = Object.fromEntries(PLATFORM_V2.policies.map((p) => [p.id, p.title]));
  const kv = [
    keyVote('10', '2025-02-01', 'p-meals'),
    keyVote('11', '2025-02-02', 'p-clinic'),
    keyVote('12', '2025-02-03', 'p-wage'),
    ...['13', '14', '15', '16', '17'].map((id) => keyVote(id, '2025-03-01', null)),
  ];
  const allYes = kv.map((k) => cast(k.id, 'yes'));
  const base = {
    candidate: endorsed(),
    questionnaire,
    threshold: 'two-thirds-cast' as const,
    policyTitles: titles,
  };

  it('fires nothing for an official who votes with the platform', () => {
    expect(evaluateTriggers({ ...base, scorecard: scorecard('cand-a', kv, allYes) })).toEqual({
      triggers: [],
      motion: null,
    });
  });

  it('fires when the score falls below the bar', () => {
    const votes = [...allYes, cast('12', 'no'), cast('13', 'no')]; // 6 of 8 = 75%
    const { triggers, motion } = evaluateTriggers({
      ...base,
      scorecard: scorecard('cand-a', kv, votes),
    });
    expect(triggers).toEqual([
      { kind: 'below-bar', basis: 'lifetime score', score: 0.75, bar: 0.8, aligned: 6, scored: 8 },
    ]);
    expect(motion).toMatchObject({ action: 'review', threshold: 'two-thirds-cast' });
    expect(motion!.text).toBe(
      "That the chapter place its endorsement of Rosa Diaz (State Representative, District 49) under review, because the lifetime score is 75% (6 of 8 scored votes aligned), below the chapter's bar of 80%.",
    );
    expect(
      evaluateTriggers({ ...base, bar: 0.7, scorecard: scorecard('cand-a', kv, votes) }).triggers,
    ).toEqual([]);
  });

  it('fires on any misaligned vote on a core or must-match policy, but not on a standard one', () => {
    const core = evaluateTriggers({
      ...base,
      scorecard: scorecard('cand-a', kv, [...allYes, cast('10', 'absent')]),
    });
    expect(core.triggers).toEqual([
      expect.objectContaining({
        kind: 'misaligned-key-vote',
        keyVoteId: '10',
        policyTitle: 'Free school meals',
        core: true,
        mustMatch: false,
        vote: 'absent',
      }),
    ]);
    const must = evaluateTriggers({
      ...base,
      scorecard: scorecard('cand-a', kv, [...allYes, cast('11', 'no')]),
    });
    expect(must.triggers).toEqual([
      expect.objectContaining({ keyVoteId: '11', core: false, mustMatch: true }),
    ]);
    expect(must.motion!.text).toContain('against the must-match policy "Community clinics"');
    const standard = evaluateTriggers({
      ...base,
      scorecard: scorecard('cand-a', kv, [...allYes, cast('12', 'no')]),
    });
    expect(standard.triggers).toEqual([]); // 7 of 8 = 87.5%, above the bar
  });

  it('fires on a breached endorsement condition, until a later report says it is kept', () => {
    const breached: Candidate = {
      ...endorsed(),
      conditionReports: [
        {
          conditionId: 'cond-1',
          breached: true,
          note: 'Did not co-sponsor HB 10',
          by: 'm-ana',
          at: AT,
        },
      ],
    };
    const card = scorecard('cand-a', kv, allYes);
    const { triggers, motion } = evaluateTriggers({
      ...base,
      candidate: breached,
      scorecard: card,
      action: 'replace',
    });
    expect(triggers).toEqual([
      {
        kind: 'condition-breached',
        conditionId: 'cond-1',
        condition: 'Co-sponsor the school meals bill',
        note: 'Did not co-sponsor HB 10',
        at: AT,
      },
    ]);
    expect(motion!.text).toMatch(
      /^That the chapter withdraw its endorsement of Rosa Diaz .* and seek a replacement candidate for State Representative, District 49, because the endorsement condition/,
    );
    const kept = {
      ...breached,
      conditionReports: [
        ...breached.conditionReports,
        { conditionId: 'cond-1', breached: false, note: 'Co-sponsored', by: 'm-ana', at: AT },
      ],
    };
    expect(evaluateTriggers({ ...base, candidate: kept, scorecard: card }).triggers).toEqual([]);
  });

  it('drafts no motion for someone the chapter does not endorse; under review escalates to withdrawal', () => {
    const votes = [...allYes, cast('10', 'no')];
    const card = scorecard('cand-a', kv, votes);
    const notEndorsed = newCandidate({
      id: 'cand-a',
      name: 'X',
      office: 'Y',
      jurisdiction: { kind: 'other', name: 'Z' },
    });
    const r = evaluateTriggers({ ...base, candidate: notEndorsed, scorecard: card });
    expect(r.triggers).toHaveLength(1);
    expect(r.motion).toBeNull();
    const review = unwrap(changeCandidateStatus(endorsed(), 'under-review', { at: AT }));
    const w = evaluateTriggers({
      ...base,
      candidate: review,
      scorecard: card,
      threshold: 'majority-members',
    });
    expect(w.motion).toMatchObject({
      action: 'withdraw-endorsement',
      threshold: 'majority-members',
    });
    const item = agendaItemForMotion(w.motion!, 'Rosa Diaz');
    expect(AgendaItemSchema.safeParse({ id: 'next-1', ...item }).success).toBe(true);
    expect(item).toMatchObject({
      title: 'Accountability: Rosa Diaz — withdrawal of endorsement',
      link: { type: 'candidate', candidateId: 'cand-a' },
    });
  });
});
