import { useId, useMemo, useState } from 'react';
import { useCounties } from './useCounties';
import './CountyPicker.css';

/** Searchable multi-select of one state's counties, from the bundled Census list. */
export function CountyPicker({
  state,
  value,
  onChange,
  invalid,
  describedBy,
}: {
  state: string;
  value: string[];
  onChange: (fips: string[]) => void;
  invalid?: boolean;
  describedBy?: string;
}) {
  const { countyByFips, searchCounties } = useCounties();
  const [query, setQuery] = useState('');
  const searchId = useId();
  const matches = useMemo(() => searchCounties(state, query), [state, query, searchCounties]);
  const toggle = (fips: string) =>
    onChange(value.includes(fips) ? value.filter((f) => f !== fips) : [...value, fips]);

  return (
    <fieldset
      className="county-picker"
      aria-invalid={invalid || undefined}
      aria-describedby={describedBy}
    >
      <legend>Home counties</legend>
      {value.length > 0 && (
        <ul className="chips" aria-label="Chosen counties">
          {value.map((fips) => (
            <li key={fips}>
              {countyByFips(fips)?.name ?? fips}
              <button
                type="button"
                className="chip-remove"
                onClick={() => toggle(fips)}
                aria-label={`Remove ${countyByFips(fips)?.name ?? fips}`}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <label htmlFor={searchId}>Search counties</label>
      <input
        id={searchId}
        type="search"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        placeholder={state ? 'Type part of a name' : 'Pick a state first'}
        disabled={!state}
      />
      <div className="county-list" role="group" aria-label="Counties">
        {matches.slice(0, 80).map((c) => (
          <label key={c.fips} className="check">
            <input
              type="checkbox"
              checked={value.includes(c.fips)}
              onChange={() => toggle(c.fips)}
            />
            {c.name} <span className="muted">({c.fips})</span>
          </label>
        ))}
        {state && matches.length === 0 && <p className="muted">No county matches “{query}”.</p>}
        {matches.length > 80 && (
          <p className="muted">{matches.length - 80} more — keep typing to narrow.</p>
        )}
      </div>
    </fieldset>
  );
}
