/**
 * Whether a form has unsaved changes, read at any moment (the router asks between renders).
 * react-hook-form's isDirty is only brought up to date by the next render, so a form just
 * saved (markSaved) counts as clean until the person changes a field again.
 */
import type { FieldValues, UseFormReturn } from 'react-hook-form';

type AnyForm = UseFormReturn<FieldValues, unknown, unknown>;

const justSaved = new WeakSet<object>();

export function hasUnsaved(form: object): boolean {
  return !justSaved.has(form) && (form as AnyForm).formState.isDirty;
}

/** The form's values are saved: clean until a field changes. */
export function noteSaved(form: object): void {
  justSaved.add(form);
}

/** Called for each change the form reports: a field's change (it has a name) makes it unsaved. */
export function noteChange(form: object, name: string | undefined): void {
  if (name !== undefined) justSaved.delete(form);
}
