/**
 * The consultation request form's state and its sending: what the visitor typed and chose, the
 * field errors (the shared rules checked first, then the CMS's own answer), and the message above
 * the button when the request was not stored for a reason that is not one field.
 */
import { useState, type FormEvent } from 'react';
import { useFieldErrors } from '@/hooks/use-field-errors';
import { useFormToken } from '@/hooks/use-form-token';
import { ApiError } from '@/lib/api-client';
import { consultRequestQueries } from '@/features/consult-requests/api/consult-requests';
import { useCreateConsultRequest } from '@/features/consult-requests/api/create-consult-request';
import {
  EMPTY_VALUES,
  FIELD_ORDER,
  checkConsultForm,
  fieldErrorsFromDetails,
  formMessage,
  requestBody,
  type ConsultField,
  type ConsultFormValues,
} from '@/features/consult-requests/utils/consult-form';

type Options = {
  /** Tells the page's status region what is happening ("Sending…"; nothing once it failed, the alert says why). */
  announce: (status: string) => void;
  /** The request is stored. */
  onSent: () => void;
};

export function useConsultForm({ announce, onSent }: Options) {
  const [values, setValues] = useState<ConsultFormValues>(EMPTY_VALUES);
  const [honeypot, setHoneypot] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const { formRef, errors, showErrors } = useFieldErrors(FIELD_ORDER);
  const token = useFormToken(consultRequestQueries.formToken());
  const create = useCreateConsultRequest();

  const set = <Field extends ConsultField>(field: Field, value: ConsultFormValues[Field]) =>
    setValues((current) => ({ ...current, [field]: value }));

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (create.isPending) return;
    setMessage(null);
    if (showErrors(checkConsultForm(values))) return;
    announce('Sending your request…');
    try {
      const formToken = await token.current();
      await create.mutateAsync(requestBody(values, formToken, honeypot));
      onSent();
    } catch (error) {
      announce('');
      const refusal = token.refusalMessage(error);
      if (refusal) setMessage(refusal);
      else if (!showErrors(error instanceof ApiError && error.status === 400 ? fieldErrorsFromDetails(error.details) : {})) {
        setMessage(formMessage(error));
      }
    }
  };

  return { formRef, values, set, honeypot, setHoneypot, errors, message, isPending: create.isPending, onSubmit };
}
