import { useCounties } from '../../../ui/useCounties';

/** The `<option>`s of a select over counties (FIPS codes), each named by the bundled list. */
export function CountyOptions({ fips }: { fips: readonly string[] }) {
  const { countyLabel } = useCounties();
  return (
    <>
      {fips.map((f) => (
        <option key={f} value={f}>
          {countyLabel(f)}
        </option>
      ))}
    </>
  );
}
