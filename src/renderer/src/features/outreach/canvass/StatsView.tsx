/** Canvass statistics for a turf or a whole list, with the contact-rate warning. */
import type { CanvassStats } from '../../../../../shared/canvass/results';
import { RESULT_CODES, RESULT_LABELS, SUPPORT_LABELS } from '../../../../../shared/canvass/results';
import { Notice } from '../../../ui/Notice';

export function StatsView({ stats }: { stats: CanvassStats }) {
  const rate = stats.contactRate === null ? '—' : `${Math.round(stats.contactRate * 100)}%`;
  const supportTotal = Object.values(stats.support).reduce((a, b) => a + b, 0);
  return (
    <div className="canvass-stats">
      <dl className="facts">
        <div>
          <dt>Doors knocked</dt>
          <dd>
            {stats.doorsKnocked} of {stats.doors}
          </dd>
        </div>
        <div>
          <dt>Contacts</dt>
          <dd>{stats.contacts}</dd>
        </div>
        <div>
          <dt>Contact rate</dt>
          <dd>{rate}</dd>
        </div>
        <div>
          <dt>Doors remaining</dt>
          <dd>{stats.remainingDoors}</dd>
        </div>
        <div>
          <dt>Calls · reached by phone</dt>
          <dd>
            {stats.calls} · {stats.callContacts}
          </dd>
        </div>
        <div>
          <dt>People contacted (door or phone, once each)</dt>
          <dd>{stats.peopleContacted}</dd>
        </div>
        <div>
          <dt>Volunteers · yard signs · rides</dt>
          <dd>
            {stats.volunteers} · {stats.yardSigns} · {stats.needsRide}
          </dd>
        </div>
      </dl>
      {stats.contactRateWarning && <Notice kind="info">{stats.contactRateWarning}</Notice>}
      {stats.damagedLines > 0 && (
        <Notice kind="error">
          {stats.damagedLines === 1
            ? '1 line of the saved results could not be read'
            : `${stats.damagedLines} lines of the saved results could not be read`}{' '}
          (a save was cut off, or the file was changed outside Chapterhouse): what they held is not
          counted here. Enter those doors again from the paper sheets.
        </Notice>
      )}
      {stats.inconsistentEntries > 0 && (
        <Notice kind="info">
          {stats.inconsistentEntries} entries have both a no-conversation result and a survey
          answer.
        </Notice>
      )}
      <table className="table support-table">
        <caption>Support (each voter’s latest answer, {supportTotal} in all)</caption>
        <thead>
          <tr>
            {([1, 2, 3, 4, 5] as const).map((n) => (
              <th key={n} scope="col">
                {n} {SUPPORT_LABELS[n]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr>
            {([1, 2, 3, 4, 5] as const).map((n) => (
              <td key={n}>{stats.support[n]}</td>
            ))}
          </tr>
        </tbody>
      </table>
      <p className="muted">
        {RESULT_CODES.filter((c) => stats.byCode[c])
          .map((c) => `${RESULT_LABELS[c]}: ${stats.byCode[c]}`)
          .join(' · ') || 'No result codes recorded yet.'}
      </p>
    </div>
  );
}
