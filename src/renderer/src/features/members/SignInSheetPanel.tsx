import { SignInSheetParamsSchema } from '../../../../shared/contract/print';
import { localToday } from '../../../../shared/dates';
import { api } from '../../api';
import { Field } from '../../ui/Field';
import { Form, useSchemaForm } from '../../ui/Form';
import { ActionNotice } from '../../ui/Notice';
import { savedLine } from '../../ui/savedLine';
import { useAction } from '../../ui/useAction';

const blankToUndefined = (v: string) => (v.trim() ? v : undefined);

/** Prints the meeting sign-in sheet to a PDF file the person chooses. */
export function SignInSheetPanel() {
  const action = useAction();
  const form = useSchemaForm(SignInSheetParamsSchema, {
    date: localToday(),
    place: '',
    prefill: true,
    blankRows: 10,
  });
  const { register } = form;
  return (
    <section aria-labelledby="signin-heading" className="card">
      <h2 id="signin-heading">Sign-in sheet</h2>
      <Form
        form={form}
        action={action}
        className="form inline"
        onSubmit={(params) => api.print.save({ document: 'sign-in-sheet', params })}
        success={savedLine('the PDF')}
        submitLabel="Save sign-in sheet as PDF"
        primary={false}
      >
        <Field label="Meeting date">
          <input type="date" {...register('date', { setValueAs: blankToUndefined })} />
        </Field>
        <Field label="Place">
          <input {...register('place', { setValueAs: blankToUndefined })} />
        </Field>
        <label className="check">
          <input type="checkbox" {...register('prefill')} />
          Print active members’ names
        </label>
        <Field label="Blank rows">
          <input
            type="number"
            min={0}
            max={300}
            {...register('blankRows', { valueAsNumber: true })}
          />
        </Field>
      </Form>
      <ActionNotice action={action} />
    </section>
  );
}
