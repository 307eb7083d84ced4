/**
 * The schema of the consultation request a visitor sends from /consult: the CMS checks every
 * request with it and answers its errors in Strapi's shape; the web form checks the same before
 * it sends, so both say the same thing about the same input.
 */
import * as z from 'zod/mini';
import { CONSULT_HONEYPOT_FIELD, CONSULT_LIMITS, CONSULT_MESSAGES, BEST_TIMES, MIN_PHONE_DIGITS, PREFERRED_CONTACTS, type PreferredContact } from './consult.js';
import { filledIn, isRecord } from './form-fields.js';
import { check, isEmail, optionalText, requiredText, unknownKeyError } from './form-schema.js';

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

