import {
  cloneElement,
  createContext,
  useContext,
  useEffect,
  useId,
  type ReactElement,
  type ReactNode,
} from 'react';
import {
  get,
  useController,
  useFormContext,
  useFormState,
  type Control,
  type FieldValues,
  type UseFormReturn,
} from 'react-hook-form';

/**
 * The form values a `Form` shows an error for (a `Field`, `FieldError` or `Checklist` names
 * them while mounted), so the form can list the errors nothing else shows.
 */
export const ShownFields = createContext<Map<string, number> | null>(null);

function useShown(name: string | undefined): void {
  const shown = useContext(ShownFields);
  useEffect(() => {
    if (!shown || !name) return;
    shown.set(name, (shown.get(name) ?? 0) + 1);
    return () => {
      const n = (shown.get(name) ?? 1) - 1;
      if (n > 0) shown.set(name, n);
      else shown.delete(name);
    };
  }, [shown, name]);
}

function useErrorOf(control: Control<FieldValues>, name: string): string | undefined {
  useShown(name);
  const { errors } = useFormState({ control, name });
  return get<typeof errors, { message?: string } | undefined>(errors, name)?.message;
}

type Child = ReactElement<Record<string, unknown>>;

interface FieldProps {
  label: string;
  /** An error to show; inside a `Form`, the field's own error (by name) shows when this is unset. */
  error?: string | undefined;
  hint?: string;
  /** The form value it edits; defaults to the child's `name` (what `register` gives it). */
  name?: string;
  /** The label is read by screen readers but not shown (e.g. in a table row that heads it). */
  hideLabel?: boolean;
  children: Child;
}

/**
 * A labelled form control with its inline error, wired for screen readers. Inside a `Form`
 * (react-hook-form context) the error comes from the form state by name, so
 * `<Field label="Name"><input {...register('name')} /></Field>` is all a field needs.
 */
export function Field(props: FieldProps) {
  const form = useFormContext<FieldValues, unknown, FieldValues>() as UseFormReturn | null;
  const name = props.name ?? (props.children.props.name as string | undefined);
  if (form && name) return <FormField {...props} name={name} control={form.control} />;
  return <FieldView {...props} />;
}

function FormField({
  control,
  name,
  ...props
}: FieldProps & { name: string; control: Control<FieldValues> }) {
  const message = useErrorOf(control, name);
  return <FieldView {...props} error={props.error ?? message} />;
}

function FieldView({ label, error, hint, hideLabel, children }: FieldProps) {
  const id = useId();
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ');
  return (
    <div className="field">
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : undefined}>
        {label}
      </label>
      {hint && (
        <span id={hintId} className="hint">
          {hint}
        </span>
      )}
      {cloneElement(children, {
        id,
        'aria-invalid': error ? true : undefined,
        'aria-describedby': describedBy || undefined,
      })}
      {error && (
        <span id={errorId} className="field-error">
          {error}
        </span>
      )}
    </div>
  );
}

/** A form value's error where no `Field` shows it (a group of boxes, a custom picker). */
export function FieldError({ name, id, alert }: { name: string; id?: string; alert?: boolean }) {
  const form = useFormContext<FieldValues, unknown, FieldValues>() as UseFormReturn | null;
  if (!form) return null;
  return <FieldErrorView name={name} control={form.control} id={id} alert={alert} />;
}

function FieldErrorView({
  name,
  control,
  id,
  alert,
}: {
  name: string;
  control: Control<FieldValues>;
  id?: string | undefined;
  alert?: boolean | undefined;
}) {
  const message = useErrorOf(control, name);
  if (!message) return null;
  return (
    <span id={id} className="field-error" role={alert ? 'alert' : undefined}>
      {message}
    </span>
  );
}

/**
 * A group of checkboxes editing one list of values (ids), with its legend and error. Unlike
 * `register`, it gives a list however many boxes there are (one box included).
 */
export function Checklist({
  name,
  legend,
  options,
  gridClassName,
}: {
  name: string;
  legend: ReactNode;
  options: readonly { value: string; label: ReactNode }[];
  /** Lays the boxes out in a div of this class (e.g. "member-grid"). */
  gridClassName?: string;
}) {
  const { field, fieldState } = useController<FieldValues>({ name });
  useShown(name);
  const chosen = (field.value ?? []) as string[];
  const errorId = useId();
  const boxes = options.map((o) => (
    <label key={o.value} className="check">
      <input
        type="checkbox"
        checked={chosen.includes(o.value)}
        onChange={(e) =>
          field.onChange(
            e.target.checked ? [...chosen, o.value] : chosen.filter((v) => v !== o.value),
          )
        }
        onBlur={field.onBlur}
      />{' '}
      {o.label}
    </label>
  ));
  return (
    <fieldset
      aria-invalid={fieldState.error ? true : undefined}
      aria-describedby={fieldState.error ? errorId : undefined}
    >
      <legend>{legend}</legend>
      {gridClassName ? <div className={gridClassName}>{boxes}</div> : boxes}
      {fieldState.error?.message && (
        <span id={errorId} className="field-error">
          {fieldState.error.message}
        </span>
      )}
    </fieldset>
  );
}
