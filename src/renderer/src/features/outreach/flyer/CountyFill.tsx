import type { CountyEntry } from '../../../../../shared/contract/outreach';
import type { CountyProfile } from '../../../../../shared/outreach/county';
import { Field } from '../../../ui/Field';
import { CountyOptions } from './CountyOptions';

/** The flyer's county, and one click to refill the meeting and contact from its profile. */
export function CountyFill({
  counties,
  value,
  onChange,
  onFill,
}: {
  counties: CountyEntry[];
  value: string | null;
  onChange: (fips: string | null) => void;
  onFill: (profile: CountyProfile) => void;
}) {
  const profile = counties.find((c) => c.fips === value)?.profile ?? null;
  return (
    <div className="county-fill">
      <Field label="County">
        <select value={value ?? ''} onChange={(e) => onChange(e.target.value || null)}>
          <option value="">No county</option>
          <CountyOptions fips={counties.map((c) => c.fips)} />
        </select>
      </Field>
      <button type="button" disabled={!profile} onClick={() => profile && onFill(profile)}>
        Fill meeting and contact from the county profile
      </button>
      {value && !profile && (
        <p className="hint">
          This county has no profile yet: write one under{' '}
          <a href="#/outreach/counties">County profiles</a>.
        </p>
      )}
    </div>
  );
}
