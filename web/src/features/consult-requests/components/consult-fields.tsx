/**
 * The consultation request form's fields beyond a plain text field: the contact details (one of
 * the two is enough), a group of choices, the message with what not to write in it, and the
 * consent to be contacted.
 */
import { CONSULT_LIMITS } from '@clinic/rules';
import type { ReactNode } from 'react';
import { FieldError, RequiredMark, TextField, bindTextField, describedBy, type TextFieldSource } from '@/components/ui/form-field';

/** The phone and the email, as one group with its hint. */
export function ContactDetailsFields({ source }: { source: TextFieldSource<'phone' | 'email'> }) {
  const hintId = `${source.idPrefix}-contact-hint`;
  return (
    <fieldset className="field-group" aria-describedby={hintId}>
      <legend>Your contact details</legend>
      <p className="field__hint" id={hintId}>
        Give a phone number, an email address, or both.
      </p>
      <TextField {...bindTextField(source, 'phone')} label="Phone number" type="tel" inputMode="tel" autoComplete="tel" />
      <TextField
        {...bindTextField(source, 'email')}
        label="Email address"
        type="email"
        inputMode="email"
        autoComplete="email"
        spellCheck={false}
      />
    </fieldset>
  );
}

export function MessageField({ source }: { source: TextFieldSource<'message'> }) {
  return (
    <TextField
      {...bindTextField(source, 'message')}
      label="Message (optional)"
      rows={5}
      hint={
        <>
          Please do not include medical details, such as diagnoses or medications; the clinic will ask what it needs when it
          contacts you. Up to {CONSULT_LIMITS.message.toLocaleString('en-US')} characters.
        </>
      }
    />
  );
}

type ChoiceProps = {
  /** The group's id: an option's id is `<id>-<value>`, the error's `<id>-error`. */
  id: string;
  name: string;
  legend: ReactNode;
  options: readonly { value: string; label: string }[];
  value: string;
  error: string | undefined;
  onChange: (value: string) => void;
};

/** One answer out of a few, as radios. The error sits in the group, which it describes (radios cannot be marked invalid one by one). */
export function ChoiceGroup({ id, name, legend, options, value, error, onChange }: ChoiceProps) {
  return (
    <fieldset className="field field--choices" aria-describedby={error ? `${id}-error` : undefined}>
      <legend>{legend}</legend>
      <FieldError id={`${id}-error`} message={error} />
      <div className="choices">
        {options.map((option) => (
          <div className="choice" key={option.value}>
            <input
              id={`${id}-${option.value}`}
              type="radio"
              name={name}
              value={option.value}
              checked={value === option.value}
              onChange={() => onChange(option.value)}
            />
            <label htmlFor={`${id}-${option.value}`}>{option.label}</label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}

type ConsentProps = {
  id: string;
  checked: boolean;
  error: string | undefined;
  onChange: (checked: boolean) => void;
  /** The privacy policy page: how the clinic handles what the visitor sends. */
  privacyHref: string;
};

export function ConsentField({ id, checked, error, onChange, privacyHref }: ConsentProps) {
  return (
    <div className="field">
      <div className="field--checkbox">
        <input
          id={id}
          name="consent"
          type="checkbox"
          checked={checked}
          onChange={(event) => onChange(event.target.checked)}
          required
          aria-required="true"
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(`${id}-hint`, error && `${id}-error`)}
        />
        <label htmlFor={id}>
          The clinic may contact me about this request
          <RequiredMark />
        </label>
      </div>
      <p className="field__hint" id={`${id}-hint`}>
        How the clinic looks after what you send:{' '}
        <a href={privacyHref} target="_blank" rel="noopener">
          privacy policy (opens in a new tab)
        </a>
        .
      </p>
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}
