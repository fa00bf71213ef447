import { useFormContext } from 'react-hook-form';
import { Field } from './Field';

/** A person's optional email and phone, inside a `Form` whose values have `email` and `phone`. */
export function ContactFields() {
  const { register } = useFormContext<{ email?: string; phone?: string }>();
  return (
    <>
      <Field label="Email (optional)">
        <input type="email" {...register('email')} autoComplete="off" />
      </Field>
      <Field label="Phone (optional)">
        <input type="tel" {...register('phone')} autoComplete="off" />
      </Field>
    </>
  );
}
