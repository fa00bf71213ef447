/** A search box above a list: the list shows the rows whose text holds every word typed. */
export function SearchBox({
  label,
  value,
  onChange,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
}) {
  return (
    <label className="search-box">
      <span>{label}</span>
      <input
        type="search"
        value={value}
        maxLength={200}
        autoComplete="off"
        onChange={(e) => onChange(e.target.value)}
      />
    </label>
  );
}
