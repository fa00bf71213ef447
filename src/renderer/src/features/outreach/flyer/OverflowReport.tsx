import { fieldLabel } from '../../../../../shared/outreach/flyer';

/** The preview's boxes whose text does not fit, announced as they change. */
export function OverflowReport({
  fields,
  where = 'on paper',
  fix = 'Shorten it, or pick a larger template.',
}: {
  fields: string[];
  /** Where the text would be cut off. */
  where?: string;
  /** What to do about it. */
  fix?: string;
}) {
  return (
    <div aria-live="polite">
      {fields.length > 0 && (
        <div className="notice notice-error overflow-report">
          <strong>Text does not fit its box</strong> (it would be cut off {where}):
          <ul>
            {fields.map((f) => (
              <li key={f}>{fieldLabel(f)}</li>
            ))}
          </ul>
          {fix}
        </div>
      )}
    </div>
  );
}
