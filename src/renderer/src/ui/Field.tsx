import { cloneElement, useId, type ReactElement } from 'react';
import {
  get,
  useFormContext,
  useFormState,
  type Control,
  type FieldValues,
  type UseFormReturn,
} from 'react-hook-form';

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
  const { errors } = useFormState({ control, name });
  const message = get<typeof errors, { message?: string } | undefined>(errors, name)?.message;
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
  const { errors } = useFormState({ control, name });
  const message = get<typeof errors, { message?: string } | undefined>(errors, name)?.message;
  if (!message) return null;
  return (
    <span id={id} className="field-error" role={alert ? 'alert' : undefined}>
      {message}
    </span>
  );
}
