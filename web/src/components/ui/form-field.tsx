/**
 * The parts of a labelled form field that every public form shares: the required-field marker,
 * the error under a field, and a text field (input or textarea) with its label, hint and error,
 * wired together by id so that a screen reader reads the hint and the error with the field.
 */
import type { InputHTMLAttributes, ReactNode } from 'react';

/** The asterisk after a required field's label; the form's notes say what it means. */
export function RequiredMark() {
  return <span aria-hidden="true"> *</span>;
}

/** A field's error, for its control's `aria-describedby`; nothing when there is none. */
export function FieldError({ id, message }: { id: string; message: string | undefined }) {
  return message ? (
    <p className="field__error" id={id}>
      {message}
    </p>
  ) : null;
}

/** The ids that describe a control, or undefined when there are none. */
export const describedBy = (...ids: (string | false | undefined)[]) => ids.filter(Boolean).join(' ') || undefined;

/** Where a form's text fields get their values, errors and changes from. */
export type TextFieldSource<Field extends string> = {
  /** The form's id: a field's id is `<idPrefix>-<field>`. */
  idPrefix: string;
  values: Record<Field, string>;
  errors: Partial<Record<Field, string>>;
  onChange: (field: Field, value: string) => void;
};

/** The props that tie a TextField to its form, by the field's name. */
export const bindTextField = <Field extends string>(source: TextFieldSource<Field>, name: Field) => ({
  id: `${source.idPrefix}-${name}`,
  name,
  value: source.values[name],
  onChange: (value: string) => source.onChange(name, value),
  error: source.errors[name],
});

type TextFieldProps = {
  /** The control's id; its hint and its error are `<id>-hint` and `<id>-error`. */
  id: string;
  name: string;
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  /** Marked in the label, and announced as required. */
  required?: boolean;
  /** Shown between the label and the control, and read with the control. */
  hint?: ReactNode;
  /** A textarea of this many rows; without it, an input. */
  rows?: number;
} & Pick<InputHTMLAttributes<HTMLInputElement>, 'type' | 'autoComplete' | 'inputMode' | 'spellCheck'>;

export function TextField({ id, name, label, value, onChange, error, required, hint, rows, ...input }: TextFieldProps) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const control = {
    id,
    name,
    value,
    onChange: (event: { target: { value: string } }) => onChange(event.target.value),
    required: required || undefined,
    'aria-required': required ? ('true' as const) : undefined,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy(hint !== undefined && hintId, error && errorId),
  };
  return (
    <div className="field">
      <label htmlFor={id}>
        {label}
        {required ? <RequiredMark /> : null}
      </label>
      {hint !== undefined ? (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {rows ? <textarea {...control} rows={rows} /> : <input {...control} {...input} />}
      <FieldError id={errorId} message={error} />
    </div>
  );
}
