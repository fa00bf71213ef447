import type { ReactNode } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import type { ElectionMethod } from '../../../../shared/voting/result';
import { Field } from '../../ui/Field';
import { Options } from '../../ui/Options';
import {
  DUPLICATE_LABELS,
  OVERVOTE_LABELS,
  QUOTA_LABELS,
  shownRules,
  SURPLUS_LABELS,
  TIE_LABELS,
  WINNER_MODE_LABELS,
  WRITE_IN_LABELS,
  type RuleFields,
} from './electionRules';

/** The ballot rules of a new election, as far as its method applies them (electionRules.ts). */
export function ElectionRulesFields({
  method,
  allowWriteIns,
  seats,
}: {
  method: ElectionMethod;
  allowWriteIns: boolean;
  /** The seats field, shown beside how they are filled. */
  seats: ReactNode;
}) {
  const { register, control } = useFormContext<RuleFields>();
  const [winnerMode, writeIns] = useWatch({ control, name: ['winnerMode', 'writeIns'] });
  const shown = shownRules(method, { winnerMode, writeIns }, allowWriteIns);
  return (
    <>
      <div className="two-col">
        {shown.winnerMode && (
          <Field label="How the seats are filled">
            <select {...register('winnerMode')}>
              <Options labels={WINNER_MODE_LABELS} />
            </select>
          </Field>
        )}
        {seats}
        {shown.bottomsUpPercent && (
          <Field
            label="Or stop when everyone left holds this % of the votes"
            hint="Leave empty to stop at the number of seats."
          >
            <input inputMode="numeric" {...register('bottomsUpPercent')} />
          </Field>
        )}
      </div>
      <Field
        label="Withdrawn after the ballots were printed, one per line"
        hint="Marks for them are skipped, as if they had been eliminated before round 1."
      >
        <textarea rows={2} {...register('withdrawn')} />
      </Field>
      {shown.ranked && (
        <div className="two-col">
          <Field label="Two names at one rank (overvote)">
            <select {...register('overvote')}>
              <Options labels={OVERVOTE_LABELS} />
            </select>
          </Field>
          <Field label="A name ranked twice">
            <select {...register('duplicate')}>
              <Options labels={DUPLICATE_LABELS} />
            </select>
          </Field>
          <Field label="Blank ranks allowed in a row">
            <input {...register('maxSkipped')} />
          </Field>
        </div>
      )}
      {shown.writeIns && (
        <div className="two-col">
          <Field label="Write-in names">
            <select {...register('writeIns')}>
              <Options labels={WRITE_IN_LABELS} />
            </select>
          </Field>
          {shown.writeInLabel && (
            <Field label="Name of the write-in pool">
              <input {...register('writeInLabel')} autoComplete="off" />
            </Field>
          )}
        </div>
      )}
      {shown.majorityOptions && (
        <fieldset>
          <legend>Instant runoff</legend>
          <label className="check">
            <input type="checkbox" {...register('continueUntilTwo')} /> Count on until two remain
            (show the final head-to-head)
          </label>
          <label className="check">
            <input type="checkbox" {...register('firstRoundThreshold')} /> Keep round 1’s threshold
            (with two left, the higher wins)
          </label>
          <label className="check">
            <input type="checkbox" {...register('batchElimination')} /> Eliminate together the
            candidates who cannot catch up (batch elimination)
          </label>
        </fieldset>
      )}
      {shown.stv && (
        <div className="two-col">
          <Field label="Quota">
            <select {...register('quota')}>
              <Options labels={QUOTA_LABELS} />
            </select>
          </Field>
          <Field label="Surpluses move">
            <select {...register('surplusOrder')}>
              <Options labels={SURPLUS_LABELS} />
            </select>
          </Field>
        </div>
      )}
      <div className="two-col">
        <Field label="Ties are broken by">
          <select {...register('tieBreak')}>
            <Options labels={TIE_LABELS} />
          </select>
        </Field>
        <Field label="Random draw seed (draw it in the room)">
          <input {...register('seed')} autoComplete="off" />
        </Field>
      </div>
    </>
  );
}
