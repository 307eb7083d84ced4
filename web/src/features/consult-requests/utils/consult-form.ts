/**
 * The consultation request form's values and how they become the request the CMS takes. The
 * rules are @clinic/rules' (the ones the CMS checks the request with): the form checks the
 * same schema before it sends, so both say the same thing about the same input.
 */
import {
  BEST_TIMES,
  BEST_TIME_LABELS,
  CONSULT_HONEYPOT_FIELD,
  PREFERRED_CONTACTS,
  checkConsultRequest,
  type BestTime,
  type PreferredContact,
} from '@clinic/rules';
import { ApiError } from '@/lib/api-client';
import { formatWait } from '@/lib/form-token';

export type ConsultFormValues = {
  name: string;
  phone: string;
  email: string;
  /** Empty until the visitor chooses. */
  preferredContact: PreferredContact | '';
  bestTime: BestTime | '';
  message: string;
  consent: boolean;
};

export type ConsultField = keyof ConsultFormValues;
export type FieldErrors = Partial<Record<ConsultField, string>>;

/** The fields in the order of the form: the first with a problem gets the focus. */
export const FIELD_ORDER: readonly ConsultField[] = ['name', 'phone', 'email', 'preferredContact', 'bestTime', 'message', 'consent'];

export const EMPTY_VALUES: ConsultFormValues = {
  name: '',
  phone: '',
  email: '',
  preferredContact: '',
  bestTime: '',
  message: '',
  consent: false,
};

export const PREFERRED_CONTACT_LABELS: Record<PreferredContact, string> = { phone: 'By phone', email: 'By email' };
export { BEST_TIME_LABELS };

/** The choices in the order the rules list them. */
export const PREFERRED_CONTACT_CHOICES = PREFERRED_CONTACTS.map((value) => ({ value, label: PREFERRED_CONTACT_LABELS[value] }));
export const BEST_TIME_CHOICES = BEST_TIMES.map((value) => ({ value, label: BEST_TIME_LABELS[value] }));

/** The body's `data`: exactly the keys of `POST /api/consult-requests`, the form's values and the two the form adds. */
export type ConsultRequestBody = ConsultFormValues & {
  formToken: string;
  [CONSULT_HONEYPOT_FIELD]: string;
};

/** The request to send: text fields trimmed (a blank one is empty), the honeypot as it is (empty, unless a bot filled it). */
export function requestBody(values: ConsultFormValues, formToken: string, honeypot: string): ConsultRequestBody {
  return {
    name: values.name.trim(),
    phone: values.phone.trim(),
    email: values.email.trim(),
    preferredContact: values.preferredContact,
    bestTime: values.bestTime,
    message: values.message.trim(),
    consent: values.consent,
    formToken,
    [CONSULT_HONEYPOT_FIELD]: honeypot,
  };
}

const isField = (key: unknown): key is ConsultField => typeof key === 'string' && (FIELD_ORDER as readonly string[]).includes(key);

/**
 * The visitor's problems with what they typed and chose, one per field, by the shared rules.
 * The form token is the form's business, not the visitor's: it is added when the form is sent.
 */
export function checkConsultForm(values: ConsultFormValues): FieldErrors {
  const result = checkConsultRequest(requestBody(values, '', ''));
  if (result.ok) return {};
  const errors: FieldErrors = {};
  for (const { path, message } of result.problems) {
    const [field] = path;
    if (isField(field) && !errors[field]) errors[field] = message;
  }
  return errors;
}

/** The field errors of a Strapi ValidationError (`details.errors: [{ path: [field], message }]`), for the form's fields. */
export function fieldErrorsFromDetails(details: unknown): FieldErrors {
  const list = (details as { errors?: unknown } | null | undefined)?.errors;
  if (!Array.isArray(list)) return {};
  const errors: FieldErrors = {};
  for (const item of list as { path?: unknown; message?: unknown }[]) {
    const field = Array.isArray(item.path) ? (item.path as unknown[])[0] : undefined;
    if (isField(field) && typeof item.message === 'string' && !errors[field]) errors[field] = item.message;
  }
  return errors;
}

function retryAfterOf(error: ApiError): number | null {
  const value = (error.details as { retryAfter?: unknown } | null | undefined)?.retryAfter;
  return typeof value === 'number' && value > 0 ? Math.ceil(value) : null;
}

/** What the visitor is told when the request was not stored for a reason that is not one field. */
export function formMessage(error: unknown): string {
  if (!(error instanceof ApiError)) return 'Your request could not be sent. Please try again.';
  if (error.status === 0) return 'Your request could not be sent. Check your connection and try again.';
  if (error.status === 409) return 'The clinic already has this request from you, so there is no need to send it again.';
  if (error.status === 429) {
    const wait = retryAfterOf(error);
    return `A request was sent from here a short time ago. Please wait ${wait ? formatWait(wait) : 'a little'} before sending another.`;
  }
  if (error.status === 413) return 'Your request is too long to send. Please shorten your message and send it again.';
  if (error.status >= 500) return 'Your request could not be saved just now. Please try again in a few minutes.';
  if (error.status === 400 && error.message) return error.message;
  return 'Your request could not be sent. Please try again.';
}
