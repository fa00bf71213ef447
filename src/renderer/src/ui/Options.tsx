/**
 * The `<option>`s of a select over a fixed list of values, each shown by its label
 * (e.g. `<Options values={THRESHOLDS} labels={THRESHOLD_LABELS} />`); without `values`,
 * every key of `labels`, in its order.
 */
export function Options<T extends string>({
  values,
  labels,
}: {
  values?: readonly T[];
  labels: Readonly<Record<T, string>>;
}) {
  return (
    <>
      {(values ?? (Object.keys(labels) as T[])).map((value) => (
        <option key={value} value={value}>
          {labels[value]}
        </option>
      ))}
    </>
  );
}
