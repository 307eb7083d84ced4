/**
 * The rules and words of the personal-data page: which address and number can be looked up,
 * the file an export is saved as, and what the notifications say after an export or erasure.
 */
import type { EraseResponse, PersonalDataContact, PersonalDataExport } from '../api';

export interface FieldErrors {
  email?: string;
  phone?: string;
}

export interface Notice {
  type: 'success' | 'info';
  message: string;
}

// The same rules the server applies (yup's email check is stricter; it answers 400 with the reason).
const looksLikeEmail = (value: string) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value);
const looksLikePhone = (value: string) => /^\+?[\d\s().-]+$/.test(value) && value.replace(/\D/g, '').length >= 7;

const count = (n: number, one: string, many: string) => (n === 1 ? `one ${one}` : `${n} ${many}`);
const comments = (n: number) => count(n, 'comment', 'comments');
const requests = (n: number) => count(n, 'consultation request', 'consultation requests');

/** Who the request is about, as the notifications name them. */
export const whom = ({ email, phone }: PersonalDataContact) => [email, phone].filter(Boolean).join(' or ');

/** The address and number as typed, without blanks around them; an empty field is left out. */
export const contactOf = (email: string, phone: string): PersonalDataContact => ({
  ...(email.trim() ? { email: email.trim() } : {}),
  ...(phone.trim() ? { phone: phone.trim() } : {}),
});

/** Why the address or number cannot be used; empty when both can. */
export function contactErrors(contact: PersonalDataContact): FieldErrors {
  const errors: FieldErrors = {};
  if (!contact.email && !contact.phone) {
    errors.email = 'Enter an email address, a phone number, or both.';
  }
  if (contact.email && !looksLikeEmail(contact.email)) {
    errors.email = 'Enter the email address the comments or requests were sent with.';
  }
  if (contact.phone && !looksLikePhone(contact.phone)) {
    errors.phone = 'Enter a phone number: digits, spaces and + ( ) - . only.';
  }
  return errors;
}

/** Saves the export as a JSON file, named after the address or number and the day. */
export function download(exported: PersonalDataExport['data']) {
  const blob = new Blob([JSON.stringify(exported, null, 2)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  const who = (exported.email ?? exported.phone ?? 'contact').replace(/[^a-z0-9@._+-]+/gi, '_');
  link.href = url;
  link.download = `personal-data-${who}-${exported.exportedAt.slice(0, 10)}.json`;
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}

export function exportNotice(contact: PersonalDataContact, exported: PersonalDataExport['data']): Notice {
  const found = exported.comments.length + exported.consultRequests.length;
  // A phone number alone finds no comment: the message leaves them out rather than count none.
  const what = [
    contact.email ? comments(exported.comments.length) : null,
    requests(exported.consultRequests.length),
  ].filter(Boolean);
  return {
    type: found > 0 ? 'success' : 'info',
    message:
      found > 0
        ? `Exported ${what.join(' and ')} for ${whom(contact)}.`
        : `Nothing was sent with ${whom(contact)}; the downloaded file says so.`,
  };
}

export function eraseNotice(contact: PersonalDataContact, erasure: EraseResponse['data'], removeText: boolean): Notice {
  const { erased, consultRequests } = erasure;
  return {
    type: erased + consultRequests > 0 ? 'success' : 'info',
    message:
      erased + consultRequests > 0
        ? [
            contact.email ? `Erased the personal data of ${comments(erased)}${removeText && erased > 0 ? ', text included' : ''}.` : null,
            `Deleted ${requests(consultRequests)}.`,
          ]
            .filter(Boolean)
            .join(' ')
        : `Nothing was sent with ${whom(contact)}.`,
  };
}
