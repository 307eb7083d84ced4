import { CONSULT_HONEYPOT_FIELD } from '@clinic/rules';
import { useId } from 'react';
import { RequiredMark, TextField, bindTextField, type TextFieldSource } from '@/components/ui/form-field';
import { HoneypotField } from '@/components/ui/honeypot-field';
import { toTelHref } from '@/utils/phone';
import { ChoiceGroup, ConsentField, ContactDetailsFields, MessageField } from '@/features/consult-requests/components/consult-fields';
import { useConsultForm } from '@/features/consult-requests/hooks/use-consult-form';
import { BEST_TIME_CHOICES, PREFERRED_CONTACT_CHOICES, type ConsultFormValues } from '@/features/consult-requests/utils/consult-form';

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

type TextFieldName = 'name' | 'phone' | 'email' | 'message';

/** Why the request was not sent, with the clinic's phone for what cannot wait. */
function SendFailure({ message, phone }: { message: string; phone: string }) {
  return (
    <div className="form-message" role="alert">
      <p>{message}</p>
      <p>
        If it is urgent, call <a href={toTelHref(phone)}>{phone}</a>.
      </p>
    </div>
  );
}

/**
 * The visitor's consultation request: who they are, how and when to reach them, and an optional
 * message. Checked with the CMS's own rules before it is sent; the CMS's field errors come back
 * next to the fields, anything else above the button.
 */
export function ConsultRequestForm({ phone, privacyHref, announce, onSent }: Props) {
  const id = useId();
  const { formRef, values, set, honeypot, setHoneypot, errors, message, isPending, onSubmit } = useConsultForm({ announce, onSent });
  const text: TextFieldSource<TextFieldName> = { idPrefix: id, values, errors, onChange: set };
  const choice = (field: 'preferredContact' | 'bestTime') => ({
    id: `${id}-${field}`,
    name: field,
    value: values[field],
    error: errors[field],
    onChange: (value: string) => set(field, value as ConsultFormValues[typeof field]),
  });

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

      <TextField {...bindTextField(text, 'name')} label="Name" type="text" autoComplete="name" required />
      <ContactDetailsFields source={text} />
      <ChoiceGroup {...choice('preferredContact')} legend={<>How should we contact you?<RequiredMark /></>} options={PREFERRED_CONTACT_CHOICES} />
      <ChoiceGroup {...choice('bestTime')} legend={<>When is the best time to call you?<RequiredMark /></>} options={BEST_TIME_CHOICES} />
      <MessageField source={text} />

      <HoneypotField id={`${id}-${CONSULT_HONEYPOT_FIELD}`} name={CONSULT_HONEYPOT_FIELD} value={honeypot} onChange={setHoneypot} />
      <ConsentField
        id={`${id}-consent`}
        checked={values.consent}
        error={errors.consent}
        onChange={(checked) => set('consent', checked)}
        privacyHref={privacyHref}
      />

      {message ? <SendFailure message={message} phone={phone} /> : null}

      <button type="submit" className="button" aria-disabled={isPending || undefined}>
        Send request
      </button>
    </form>
  );
}
