import { useCounties } from '../../ui/useCounties';

/** The `<option>`s of every county of the state, by name (value: the FIPS code). */
export function CountyOptions({ state }: { state: string }) {
  const { searchCounties } = useCounties();
  return (
    <>
      {searchCounties(state, '').map((c) => (
        <option key={c.fips} value={c.fips}>
          {c.name}
        </option>
      ))}
    </>
  );
}
