/**
 * The consultation request a visitor sends from /consult: which fields it has, their limits and
 * the messages for each problem. The CMS checks every request with this schema and answers its
 * errors in Strapi's shape; the web form checks the same schema before it sends, so both say the
 * same thing about the same input.
 */
import * as z from 'zod/mini';
import { FIELD_MESSAGES, HONEYPOT_FIELD, check, filledIn, isEmail, isRecord, optionalText, requiredText, unknownKeyError } from './form-fields.js';

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
const MIN_PHONE_DIGITS = 7;

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

const isPhone = (value: string) => /^\+?[\d\s().-]+$/.test(value) && value.replace(/\D/g, '').length >= MIN_PHONE_DIGITS;

type Contacts = { phone?: string; email?: string; preferredContact?: PreferredContact };

/** At least one way to reach the person, and the one they prefer among those given. */
function checkContacts(data: Contacts, ctx: z.core.$RefinementCtx) {
  if (data.phone === undefined && data.email === undefined) {
    for (const path of ['phone', 'email']) {
      ctx.addIssue({ code: 'custom', path: [path], message: CONSULT_MESSAGES.contactMissing });
    }
  } else if (data.preferredContact && data[data.preferredContact] === undefined) {
    ctx.addIssue({ code: 'custom', path: [data.preferredContact], message: CONSULT_MESSAGES.preferredMissing(data.preferredContact) });
  }
}

/** The body's `data` object. Every other key is refused (the visitor sets no status, no note). */
const consultFields = z
  .strictObject(
    {
      name: requiredText(CONSULT_LIMITS.name),
      phone: optionalText(CONSULT_LIMITS.phone).check(z.refine((value) => value === undefined || isPhone(value), CONSULT_MESSAGES.phone)),
      email: optionalText(CONSULT_LIMITS.email).check(z.refine((value) => value === undefined || isEmail(value), CONSULT_MESSAGES.email)),
      preferredContact: z.enum(PREFERRED_CONTACTS, { error: CONSULT_MESSAGES.preferredContact }),
      bestTime: z.enum(BEST_TIMES, { error: CONSULT_MESSAGES.bestTime }),
      message: optionalText(CONSULT_LIMITS.message, { singleLine: false }),
      consent: z.literal(true, { error: CONSULT_MESSAGES.consent }),
      formToken: requiredText(CONSULT_LIMITS.formToken),
      [CONSULT_HONEYPOT_FIELD]: z.optional(z.unknown()),
    },
    unknownKeyError,
  )
  // Checked even when another field failed, so the form shows every problem at once.
  .check(z.superRefine((data: Contacts, ctx) => checkContacts(data, ctx), { when: (payload) => isRecord(payload.value) }));

export const consultRequestSchema = z.pipe(
  consultFields,
  z.transform((data: z.output<typeof consultFields>) => ({
    name: data.name as string,
    phone: data.phone ?? null,
    email: data.email ?? null,
    preferredContact: data.preferredContact,
    bestTime: data.bestTime,
    message: data.message ?? null,
    consent: true as const,
    formToken: data.formToken as string,
    /** Whether the honeypot came back filled in: the request is dropped, with the answer a person gets. */
    honeypotFilled: filledIn(data[CONSULT_HONEYPOT_FIELD]),
  })),
);

export type ConsultRequestInput = z.input<typeof consultRequestSchema>;
export type ConsultRequest = z.output<typeof consultRequestSchema>;

/**
 * Checks a request; on failure, one problem per field (the first for each), in the shape of
 * Strapi's `error.details.errors`.
 */
export function checkConsultRequest(data: unknown) {
  return check(consultRequestSchema, data);
}

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
