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

/**
 * The `<option>`s of a select over records, each chosen by its id and shown by `label`
 * (e.g. `<ItemOptions items={questionnaires} label={(q) => q.title} />`).
 */
export function ItemOptions<T extends { id: string }>({
  items,
  label,
}: {
  items: readonly T[];
  label: (item: T) => string;
}) {
  return (
    <>
      {items.map((item) => (
        <option key={item.id} value={item.id}>
          {label(item)}
        </option>
      ))}
    </>
  );
}
