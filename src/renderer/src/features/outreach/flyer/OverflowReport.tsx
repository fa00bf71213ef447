import { fieldLabel } from '../../../../../shared/outreach/flyer';

/** The preview's boxes whose text does not fit, announced as they change. */
export function OverflowReport({ fields }: { fields: string[] }) {
  return (
    <div aria-live="polite">
      {fields.length > 0 && (
        <div className="notice notice-error overflow-report">
          <strong>Text does not fit its box</strong> (it would be cut off on paper):
          <ul>
            {fields.map((f) => (
              <li key={f}>{fieldLabel(f)}</li>
            ))}
          </ul>
          Shorten it, or pick a larger template.
        </div>
      )}
    </div>
  );
}
