/**
 * The consultation request a visitor sends from /consult: its choices, limits and the messages
 * for each problem, and how staff compare contacts. The schema is ./consult-schema.ts.
 */
import { FIELD_MESSAGES, HONEYPOT_FIELD } from './form-fields.js';

/** The hidden field only bots fill in (the same as the comment form's). */
export const CONSULT_HONEYPOT_FIELD = HONEYPOT_FIELD;

export const PREFERRED_CONTACTS = ['phone', 'email'] as const;
export const BEST_TIMES = ['morning', 'afternoon', 'evening', 'any'] as const;
export const CONSULT_STATUSES = ['new', 'contacted', 'closed'] as const;

export type PreferredContact = (typeof PREFERRED_CONTACTS)[number];

/** How the best times read, in the form and in the front desk's page alike. */
export const BEST_TIME_LABELS = {
  morning: 'Morning',
  afternoon: 'Afternoon',
  evening: 'Evening',
  any: 'Any time',
} as const satisfies Record<(typeof BEST_TIMES)[number], string>;
export type BestTime = (typeof BEST_TIMES)[number];
export type ConsultStatus = (typeof CONSULT_STATUSES)[number];

export const CONSULT_LIMITS = {
  name: 120,
  phone: 40,
  email: 254,
  message: 2000,
  formToken: 256,
  staffNote: 2000,
} as const;

/** A phone number has at least this many digits, whatever it is written with. */
export const MIN_PHONE_DIGITS = 7;

export const CONSULT_MESSAGES = {
  ...FIELD_MESSAGES,
  phone: 'Must be a phone number: digits, spaces and + ( ) - . only',
  contactMissing: 'Give a phone number or an email address, or both',
  preferredContact: 'Choose phone or email',
  preferredMissing: (contact: PreferredContact) =>
    contact === 'phone' ? 'Give a phone number to be called, or choose email' : 'Give an email address to be written to, or choose phone',
  bestTime: 'Choose morning, afternoon, evening or any',
  consent: 'Tick the box to let the clinic contact you about this request',
} as const;

/**
 * The forms of an email address and a phone number that are compared when staff look a person
 * up: an address in lower case; a number as its digits, without the North American "1" prefix
 * (the clinic's numbers are written both ways).
 */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function normalisePhone(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  return digits.length === 11 && digits.startsWith('1') ? digits.slice(1) : digits;
}
