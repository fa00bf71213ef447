import { zodResolver } from '@hookform/resolvers/zod';
import {
  createContext,
  useContext,
  useEffect,
  useState,
  type FormHTMLAttributes,
  type ReactNode,
} from 'react';
import {
  FormProvider,
  useForm,
  type DefaultValues,
  type FieldValues,
  type Path,
  type UseFormProps,
  type UseFormReturn,
} from 'react-hook-form';
import { z } from 'zod';
import { formatDateTime } from '../../../shared/dates';
import type { ApiIssue } from '../../../shared/errors';
import { ApiFailure } from '../api';
import { guardUnsaved } from '../router';
import { useDraft, type DraftControl } from './drafts';
import { hasUnsaved, noteChange, noteSaved } from './unsaved';
import { ShownFields } from './Field';
import { Notice } from './Notice';
import { useAction, type Action } from './useAction';

/** A zod schema whose input is an object of form values. */
type FormSchema = z.ZodType<unknown, FieldValues>;

/**
 * react-hook-form over a zod schema (normally the channel's input schema from
 * src/shared/contract, so the person sees the main process's messages before sending):
 * values are typed by the schema's input and submitted as its output.
 */
export function useSchemaForm<S extends FormSchema>(
  schema: S,
  defaultValues: DefaultValues<z.input<S>>,
  options?: Omit<UseFormProps<z.input<S>, unknown, z.output<S>>, 'resolver' | 'defaultValues'>,
): UseFormReturn<z.input<S>, unknown, z.output<S>> {
  return useForm<z.input<S>, unknown, z.output<S>>({
    ...options,
    resolver: zodResolver(schema as unknown as z.ZodType<z.output<S>, z.input<S>>),
    defaultValues,
  });
}

/**
 * For a form whose values are not the channel's input as they stand (a list typed one per
 * line, flat fields for a nested object): `.transform(parsedAs(schema, toInput, fieldOf))`
 * builds the input, checks it with the channel's schema and puts its issues back on the form's
 * fields (`fieldOf` maps an input path to a form value's name; by default the same path).
 */
export function parsedAs<V, S extends z.ZodType>(
  schema: S,
  toInput: (values: V) => z.input<S>,
  fieldOf: (path: readonly PropertyKey[]) => string = (path) => path.map(String).join('.'),
) {
  return (values: V, ctx: z.RefinementCtx<V>): z.output<S> => {
    const result = schema.safeParse(toInput(values));
    if (result.success) return result.data;
    for (const issue of result.error.issues)
      ctx.addIssue({
        code: 'custom',
        message: issue.message,
        path: fieldOf(issue.path).split('.').filter(Boolean),
      });
    return z.NEVER;
  };
}

/** `fieldOf` for a list edited in one field: `order.2` is the field `order`. */
export const firstSegment = (path: readonly PropertyKey[]): string => String(path[0] ?? '');

/** `members[0].name` (the main process's issue path) → `members.0.name` (react-hook-form's). */
export function formPath(issuePath: string): string {
  return issuePath.replace(/\[(\d+)\]/g, '.$1');
}

/**
 * Puts the main process's field issues on the fields that show them; the others stay in the
 * action's message (messageOf lists every issue).
 */
export function showIssues<V extends FieldValues>(
  form: Pick<UseFormReturn<V>, 'setError'>,
  issues: readonly ApiIssue[],
  shown: ReadonlyMap<string, number>,
): void {
  for (const issue of issues) {
    const path = formPath(issue.path);
    if (path && shown.has(path))
      form.setError(path as Path<V>, { type: 'server', message: issue.message });
  }
}

/** Every error message in react-hook-form's nested error object, with its path. */
function errorList(errors: unknown, path = ''): { path: string; message: string }[] {
  if (!errors || typeof errors !== 'object') return [];
  const e = errors as Record<string, unknown>;
  const own =
    typeof e.message === 'string' && e.message && typeof e.type === 'string'
      ? [{ path, message: e.message }]
      : [];
  return [
    ...own,
    ...Object.entries(e).flatMap(([k, v]) =>
      ['ref', 'message', 'type', 'types'].includes(k)
        ? []
        : errorList(v, path ? `${path}.${k}` : k),
    ),
  ];
}

const BusyContext = createContext(false);

/** What each mounted form forgets once its values are saved (its draft). */
const savedHooks = new WeakMap<object, () => void>();

/**
 * The form's values are saved (by a path other than its own submit, such as "Save and print"):
 * they become the form's unsaved-changes baseline, and its draft is dropped.
 */
export function markSaved<V extends FieldValues>(form: UseFormReturn<V, unknown, unknown>): void {
  form.reset(form.getValues(), {
    keepErrors: true,
    keepSubmitCount: true,
    keepIsSubmitted: true,
    keepIsSubmitSuccessful: true,
  });
  noteSaved(form);
  savedHooks.get(form)?.();
}

/** Offers a draft left from an earlier visit: restore it into the form, or throw it away. */
function DraftOffer({ draft }: { draft: DraftControl }) {
  if (!draft.offer) return null;
  return (
    <div className="notice notice-info draft-offer" role="status">
      <span>You have an unsaved draft from {formatDateTime(draft.offer.savedAt)}.</span>
      <button type="button" className="primary" onClick={draft.restore}>
        Restore your unsaved draft
      </button>
      <button type="button" onClick={draft.discard}>
        Discard draft
      </button>
    </div>
  );
}

/** A submit button that is disabled while its form's action runs (for a custom placement). */
export function SubmitButton({
  children,
  primary = true,
  ...rest
}: {
  children: ReactNode;
  primary?: boolean;
  'aria-label'?: string;
}) {
  const busy = useContext(BusyContext);
  return (
    <button type="submit" className={primary ? 'primary' : undefined} disabled={busy} {...rest}>
      {children}
    </button>
  );
}

export interface FormProps<V extends FieldValues, O, R> extends Omit<
  FormHTMLAttributes<HTMLFormElement>,
  'onSubmit' | 'children' | 'action'
> {
  /** From `useSchemaForm(schema, defaults)`. */
  form: UseFormReturn<V, unknown, O>;
  /** Sends the checked values; a thrown ApiFailure's field issues are put on the fields. */
  onSubmit: (values: O) => Promise<R>;
  /**
   * The screen's runner, when its messages show elsewhere (the page's notice). Without one
   * the form has its own, and shows its error (and `success`) inside itself.
   */
  action?: Action<NoInfer<R>>;
  /** The line shown once the submit went through. */
  success?: string | ((result: R, values: O) => string | null);
  onSuccess?: (result: R, values: O) => void;
  /** Empty the form again after a successful submit. */
  resetOnSuccess?: boolean;
  /** The submit button's text; leave out to place a `SubmitButton` among the children. */
  submitLabel?: ReactNode;
  /** The submit button is the primary (blue) one; default true. */
  primary?: boolean;
  /** Adds a Cancel button beside the submit button. */
  onCancel?: () => void;
  /** More buttons beside the submit button. */
  actions?: ReactNode;
  /** Show the action's error inside the form (default: only when the form runs its own). */
  showError?: boolean;
  /**
   * Keep the values as a draft while they are unsaved, under this name (unique in the chapter:
   * `flyer:<id>`), and offer it back on the next visit. For texts worth keeping (a flyer, the
   * minutes); every form asks before the person leaves it unsaved, with or without one.
   */
  draft?: string;
  /**
   * Ask before the person leaves with unsaved changes (default true). False for a form that
   * holds nothing to lose: a search, or one choice and its button (pick a volunteer, Sign up),
   * where a refused try leaves nothing the person made.
   */
  askBeforeLeaving?: boolean;
  children: ReactNode;
}

/**
 * The props a reusable form component (MemberForm, CandidateForm…) takes from its screen and
 * hands on to its `Form`: `<Form form={form} {...rest}>`.
 */
export type FormOptions<V extends FieldValues, O, R = unknown> = Omit<
  FormProps<V, O, R>,
  'form' | 'children'
>;

/**
 * A form: react-hook-form with the schema as resolver, `noValidate` (zod says what is wrong,
 * in the app's words, under each `Field`), a submit button disabled while the action runs,
 * and the main process's field issues shown on their fields. While it has unsaved changes,
 * moving to another page asks first (router.ts), and with `draft` its values are kept.
 */
export function Form<V extends FieldValues, O, R>(props: FormProps<V, O, R>) {
  const own = useAction<R>();
  const [shown] = useState(() => new Map<string, number>());
  const {
    form,
    onSubmit,
    action = own,
    success,
    onSuccess,
    resetOnSuccess,
    submitLabel,
    primary = true,
    onCancel,
    actions,
    showError = !props.action,
    draft: draftName,
    askBeforeLeaving = true,
    children,
    className = 'form',
    ...rest
  } = props;
  const draft = useDraft(form, draftName ?? null);
  // Read during render so react-hook-form keeps isDirty up to date for the router's check.
  void form.formState.isDirty;
  useEffect(() => {
    const subscription = form.watch((_, { name }) => noteChange(form, name));
    const release = askBeforeLeaving ? guardUnsaved(() => hasUnsaved(form)) : undefined;
    return () => {
      subscription.unsubscribe();
      release?.();
    };
  }, [form, askBeforeLeaving]);
  useEffect(() => {
    savedHooks.set(form, draft.clear);
  });
  const busy = action.busy || form.formState.isSubmitting;
  const submit = form.handleSubmit(async (values) => {
    await action.run(
      async () => {
        try {
          return await onSubmit(values);
        } catch (e) {
          if (e instanceof ApiFailure) showIssues(form, e.issues, shown);
          throw e;
        }
      },
      {
        success: (result) =>
          typeof success === 'function' ? success(result, values) : (success ?? null),
        onSuccess: (result) => {
          if (resetOnSuccess) {
            form.reset();
            noteSaved(form);
            draft.clear();
            onSuccess?.(result, values);
          } else {
            // The caller's own clean-up first (EventForm empties its fields), so what it
            // leaves becomes the saved baseline rather than being reset back to it.
            onSuccess?.(result, values);
            markSaved(form);
          }
        },
      },
    );
  });
  // Errors no field shows (a value the form fills in itself): listed, so a refused submit says why.
  const unshown = errorList(form.formState.errors).filter((e) => !shown.has(e.path));
  const buttons = submitLabel !== undefined && (
    <SubmitButton primary={primary}>{submitLabel}</SubmitButton>
  );
  return (
    <FormProvider {...form}>
      <ShownFields.Provider value={shown}>
        <BusyContext.Provider value={busy}>
          <form {...rest} className={className} noValidate onSubmit={(e) => void submit(e)}>
            <DraftOffer draft={draft} />
            {children}
            {unshown.length > 0 && (
              <Notice kind="error">
                {unshown.map((e) => (e.path ? `${e.path}: ${e.message}` : e.message)).join('; ')}
              </Notice>
            )}
            {showError && <Notice kind="error">{action.error}</Notice>}
            {!props.action && <Notice kind="success">{action.success}</Notice>}
            {onCancel || actions ? (
              <div className="actions">
                {buttons}
                {actions}
                {onCancel && (
                  <button type="button" onClick={onCancel}>
                    Cancel
                  </button>
                )}
              </div>
            ) : (
              buttons
            )}
          </form>
        </BusyContext.Provider>
      </ShownFields.Provider>
    </FormProvider>
  );
}
