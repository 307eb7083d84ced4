import { CONSULT_HONEYPOT_FIELD, CONSULT_LIMITS } from '@clinic/rules';
import { useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { HoneypotField } from '@/components/ui/honeypot-field';
import { useFormToken } from '@/hooks/use-form-token';
import { ApiError } from '@/lib/api-client';
import { formTokenMessage, formTokenProblem } from '@/lib/form-token';
import { toTelHref } from '@/utils/phone';
import { consultRequestQueries } from '@/features/consult-requests/api/consult-requests';
import { useCreateConsultRequest } from '@/features/consult-requests/api/create-consult-request';
import {
  BEST_TIME_CHOICES,
  EMPTY_VALUES,
  FIELD_ORDER,
  PREFERRED_CONTACT_CHOICES,
  checkConsultForm,
  fieldErrorsFromDetails,
  formMessage,
  requestBody,
  type ConsultField,
  type ConsultFormValues,
  type FieldErrors,
} from '@/features/consult-requests/utils/consult-form';

type Props = {
  /** The clinic's phone, offered beside any message that the request was not sent. */
  phone: string;
  /** The privacy policy page: how the clinic handles what the visitor sends. */
  privacyHref: string;
  /** Tells the page's status region what is happening ("Sending…"; nothing once it failed, the alert says why). */
  announce: (status: string) => void;
  /** The request is stored. */
  onSent: () => void;
};

type TextField = 'name' | 'phone' | 'email' | 'message';
type ChoiceField = 'preferredContact' | 'bestTime';

const required = <span aria-hidden="true"> *</span>;

/**
 * The visitor's consultation request: who they are, how and when to reach them, and an optional
 * message. Checked with the CMS's own rules before it is sent; the CMS's field errors come back
 * next to the fields, anything else above the button.
 */
export function ConsultRequestForm({ phone, privacyHref, announce, onSent }: Props) {
  const id = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState<ConsultFormValues>(EMPTY_VALUES);
  const [honeypot, setHoneypot] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const token = useFormToken(consultRequestQueries.formToken());
  const create = useCreateConsultRequest();

  const fieldId = (field: ConsultField) => `${id}-${field}`;
  const errorId = (field: ConsultField) => `${id}-${field}-error`;
  const hintId = (field: ConsultField) => `${id}-${field}-hint`;
  const describedBy = (...ids: (string | false | undefined)[]) => ids.filter(Boolean).join(' ') || undefined;

  const set = <Field extends ConsultField>(field: Field, value: ConsultFormValues[Field]) =>
    setValues((current) => ({ ...current, [field]: value }));

  const showErrors = (next: FieldErrors) => {
    setErrors(next);
    const first = FIELD_ORDER.find((field) => next[field]);
    if (!first) return;
    // A group of choices takes the focus on its chosen option, or its first.
    const form = formRef.current;
    const target =
      form?.querySelector<HTMLElement>(`[name="${first}"]:checked`) ??
      form?.querySelector<HTMLElement>(`[name="${first}"]`) ??
      form?.querySelector<HTMLElement>(`#${CSS.escape(fieldId(first))}`);
    target?.focus();
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (create.isPending) return;
    setMessage(null);
    const problems = checkConsultForm(values);
    if (Object.keys(problems).length > 0) {
      showErrors(problems);
      return;
    }
    setErrors({});
    announce('Sending your request…');
    try {
      const formToken = await token.current();
      await create.mutateAsync(requestBody(values, formToken, honeypot));
      onSent();
    } catch (error) {
      announce('');
      const tokenProblem = formTokenProblem(error);
      if (tokenProblem) {
        if (tokenProblem.reason !== 'too-fast') void token.renew();
        setMessage(formTokenMessage(tokenProblem));
        return;
      }
      const fieldErrors = error instanceof ApiError && error.status === 400 ? fieldErrorsFromDetails(error.details) : {};
      if (Object.keys(fieldErrors).length > 0) showErrors(fieldErrors);
      else setMessage(formMessage(error));
    }
  };

  const error = (field: ConsultField) =>
    errors[field] ? (
      <p className="field__error" id={errorId(field)}>
        {errors[field]}
      </p>
    ) : null;

  const textInput = (field: TextField) => ({
    id: fieldId(field),
    name: field,
    value: values[field],
    onChange: (event: { target: { value: string } }) => set(field, event.target.value),
    'aria-invalid': errors[field] ? true : undefined,
  });

  // The error sits in the group, which it describes (radios cannot be marked invalid one by one).
  const choices = (field: ChoiceField, legend: ReactNode, options: readonly { value: string; label: string }[]) => (
    <fieldset className="field field--choices" aria-describedby={errors[field] ? errorId(field) : undefined}>
      <legend>{legend}</legend>
      {error(field)}
      <div className="choices">
        {options.map((option) => (
          <div className="choice" key={option.value}>
            <input
              id={`${fieldId(field)}-${option.value}`}
              type="radio"
              name={field}
              value={option.value}
              checked={values[field] === option.value}
              onChange={() => set(field, option.value as ConsultFormValues[ChoiceField])}
            />
            <label htmlFor={`${fieldId(field)}-${option.value}`}>{option.label}</label>
          </div>
        ))}
      </div>
    </fieldset>
  );

  return (
    // POST: without JavaScript the browser would otherwise put what was typed into the address.
    <form
      ref={formRef}
      method="post"
      noValidate
      onSubmit={(event) => void onSubmit(event)}
      aria-labelledby={`${id}-heading`}
      className="consult-form"
    >
      <h2 id={`${id}-heading`}>Your request</h2>
      <p className="form-notes">
        Required fields are marked <span aria-hidden="true">*</span>
        <span className="visually-hidden">with an asterisk</span>.
      </p>

      <div className="field">
        <label htmlFor={fieldId('name')}>Name{required}</label>
        <input
          {...textInput('name')}
          type="text"
          autoComplete="name"
          required
          aria-required="true"
          aria-describedby={describedBy(errors.name && errorId('name'))}
        />
        {error('name')}
      </div>

      <fieldset className="field-group" aria-describedby={`${id}-contact-hint`}>
        <legend>Your contact details</legend>
        <p className="field__hint" id={`${id}-contact-hint`}>
          Give a phone number, an email address, or both.
        </p>
        <div className="field">
          <label htmlFor={fieldId('phone')}>Phone number</label>
          <input
            {...textInput('phone')}
            type="tel"
            inputMode="tel"
            autoComplete="tel"
            aria-describedby={describedBy(errors.phone && errorId('phone'))}
          />
          {error('phone')}
        </div>
        <div className="field">
          <label htmlFor={fieldId('email')}>Email address</label>
          <input
            {...textInput('email')}
            type="email"
            inputMode="email"
            autoComplete="email"
            spellCheck={false}
            aria-describedby={describedBy(errors.email && errorId('email'))}
          />
          {error('email')}
        </div>
      </fieldset>

      {choices('preferredContact', <>How should we contact you?{required}</>, PREFERRED_CONTACT_CHOICES)}
      {choices('bestTime', <>When is the best time to call you?{required}</>, BEST_TIME_CHOICES)}

      <div className="field">
        <label htmlFor={fieldId('message')}>Message (optional)</label>
        <p className="field__hint" id={hintId('message')}>
          Please do not include medical details, such as diagnoses or medications; the clinic will ask what it needs when it
          contacts you. Up to {CONSULT_LIMITS.message.toLocaleString('en-US')} characters.
        </p>
        <textarea
          {...textInput('message')}
          rows={5}
          aria-describedby={describedBy(hintId('message'), errors.message && errorId('message'))}
        />
        {error('message')}
      </div>

      <HoneypotField id={`${id}-${CONSULT_HONEYPOT_FIELD}`} name={CONSULT_HONEYPOT_FIELD} value={honeypot} onChange={setHoneypot} />

      <div className="field">
        <div className="field--checkbox">
          <input
            id={fieldId('consent')}
            name="consent"
            type="checkbox"
            checked={values.consent}
            onChange={(event) => set('consent', event.target.checked)}
            required
            aria-required="true"
            aria-invalid={errors.consent ? true : undefined}
            aria-describedby={describedBy(hintId('consent'), errors.consent && errorId('consent'))}
          />
          <label htmlFor={fieldId('consent')}>
            The clinic may contact me about this request{required}
          </label>
        </div>
        <p className="field__hint" id={hintId('consent')}>
          How the clinic looks after what you send:{' '}
          <a href={privacyHref} target="_blank" rel="noopener">
            privacy policy (opens in a new tab)
          </a>
          .
        </p>
        {error('consent')}
      </div>

      {message ? (
        <div className="form-message" role="alert">
          <p>{message}</p>
          <p>
            If it is urgent, call <a href={toTelHref(phone)}>{phone}</a>.
          </p>
        </div>
      ) : null}

      <button type="submit" className="button" aria-disabled={create.isPending || undefined}>
        Send request
      </button>
    </form>
  );
}
