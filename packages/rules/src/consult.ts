/**
 * The consultation request a visitor sends from /consult: which fields it has, their limits and
 * the messages for each problem. The CMS checks every request with this schema and answers its
 * errors in Strapi's shape; the web form checks the same schema before it sends, so both say the
 * same thing about the same input.
 */
import { z } from 'zod';

/** The hidden field only bots fill in (the same name as the comment form's). */
export const CONSULT_HONEYPOT_FIELD = 'homepage';

export const PREFERRED_CONTACTS = ['phone', 'email'] as const;
export const BEST_TIMES = ['morning', 'afternoon', 'evening', 'any'] as const;
export const CONSULT_STATUSES = ['new', 'contacted', 'closed'] as const;

export type PreferredContact = (typeof PREFERRED_CONTACTS)[number];
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
  required: 'This field is required',
  notText: 'Must be a string',
  unstorable: 'Contains characters that are not text',
  oneLine: 'Must be one line of text without control characters',
  tooLong: (max: number, length: number) => `Must be at most ${max} characters (this is ${length})`,
  email: 'Must be a valid email address',
  phone: 'Must be a phone number: digits, spaces and + ( ) - . only',
  contactMissing: 'Give a phone number or an email address, or both',
  preferredContact: 'Choose phone or email',
  preferredMissing: (contact: PreferredContact) =>
    contact === 'phone' ? 'Give a phone number to be called, or choose email' : 'Give an email address to be written to, or choose phone',
  bestTime: 'Choose morning, afternoon, evening or any',
  consent: 'Tick the box to let the clinic contact you about this request',
  notAccepted: 'This field cannot be set',
} as const;

/** Length as a person counts it: code points, so an emoji is one character. */
export function characterCount(text: string): number {
  return Array.from(text).length;
}

/** NUL cannot be stored in PostgreSQL text, and a lone surrogate is not text at all. */
const isUnstorable = (text: string) => text.includes('\u0000') || /\p{Cs}/u.test(text);
/** Line breaks, tabs and other C0 controls, or DEL. */
const hasControlCharacter = (text: string) =>
  Array.from(text).some((char) => {
    const code = char.charCodeAt(0);
    return code < 0x20 || code === 0x7f;
  });

/**
 * A trimmed text field; empty (or absent) becomes undefined, so "optional" means "may be left
 * blank". One-line fields refuse control characters.
 */
function text(max: number, { singleLine = true } = {}) {
  return z
    .unknown()
    .transform((raw, ctx) => {
      if (raw === undefined || raw === null) return undefined;
      if (typeof raw !== 'string') {
        ctx.addIssue({ code: 'custom', message: CONSULT_MESSAGES.notText });
        return z.NEVER;
      }
      const value = raw.trim();
      if (value === '') return undefined;
      if (isUnstorable(value)) {
        ctx.addIssue({ code: 'custom', message: CONSULT_MESSAGES.unstorable });
        return z.NEVER;
      }
      if (singleLine && hasControlCharacter(value)) {
        ctx.addIssue({ code: 'custom', message: CONSULT_MESSAGES.oneLine });
        return z.NEVER;
      }
      const length = characterCount(value);
      if (length > max) {
        ctx.addIssue({ code: 'custom', message: CONSULT_MESSAGES.tooLong(max, length) });
        return z.NEVER;
      }
      return value;
    });
}

const emailFormat = z.email();

const isPhone = (value: string) => /^\+?[\d\s().-]+$/.test(value) && value.replace(/\D/g, '').length >= MIN_PHONE_DIGITS;

/** A text field that must be given. */
const requiredText = (max: number) => text(max).refine((value) => value !== undefined, CONSULT_MESSAGES.required);
/** A text field that may be left out or blank. */
const optionalText = (max: number, options?: { singleLine?: boolean }) => z.optional(text(max, options));

type Contacts = { phone?: string; email?: string; preferredContact?: PreferredContact };

/** At least one way to reach the person, and the one they prefer among those given. */
function checkContacts(data: Contacts, ctx: z.RefinementCtx) {
  if (data.phone === undefined && data.email === undefined) {
    for (const path of ['phone', 'email']) {
      ctx.addIssue({ code: 'custom', path: [path], message: CONSULT_MESSAGES.contactMissing });
    }
  } else if (data.preferredContact && data[data.preferredContact] === undefined) {
    ctx.addIssue({ code: 'custom', path: [data.preferredContact], message: CONSULT_MESSAGES.preferredMissing(data.preferredContact) });
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

const filledIn = (value: unknown) => value !== undefined && value !== null && (typeof value !== 'string' || value.trim() !== '');

/** The body's `data` object. Every other key is refused (the visitor sets no status, no note). */
export const consultRequestSchema = z
  .strictObject(
    {
      name: requiredText(CONSULT_LIMITS.name),
      phone: optionalText(CONSULT_LIMITS.phone).refine((value) => value === undefined || isPhone(value), CONSULT_MESSAGES.phone),
      email: optionalText(CONSULT_LIMITS.email).refine(
        (value) => value === undefined || emailFormat.safeParse(value).success,
        CONSULT_MESSAGES.email,
      ),
      preferredContact: z.enum(PREFERRED_CONTACTS, { error: CONSULT_MESSAGES.preferredContact }),
      bestTime: z.enum(BEST_TIMES, { error: CONSULT_MESSAGES.bestTime }),
      message: optionalText(CONSULT_LIMITS.message, { singleLine: false }),
      consent: z.literal(true, { error: CONSULT_MESSAGES.consent }),
      formToken: requiredText(CONSULT_LIMITS.formToken),
      [CONSULT_HONEYPOT_FIELD]: z.unknown().optional(),
    },
    { error: (issue) => (issue.code === 'unrecognized_keys' ? CONSULT_MESSAGES.notAccepted : undefined) },
  )
  // Checked even when another field failed, so the form shows every problem at once.
  .check(z.superRefine((data: Contacts, ctx) => checkContacts(data, ctx), { when: (payload) => isRecord(payload.value) }))
  .transform((data) => ({
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
  }));

export type ConsultRequestInput = z.input<typeof consultRequestSchema>;
export type ConsultRequest = z.output<typeof consultRequestSchema>;

export interface FieldProblem {
  path: string[];
  message: string;
}

/**
 * Checks a request; on failure, one problem per field (the first for each), in the order of the
 * form, in the shape of Strapi's `error.details.errors`.
 */
export function checkConsultRequest(data: unknown): { ok: true; value: ConsultRequest } | { ok: false; problems: FieldProblem[] } {
  const result = consultRequestSchema.safeParse(data);
  if (result.success) return { ok: true, value: result.data };
  const problems: FieldProblem[] = [];
  const seen = new Set<string>();
  for (const issue of result.error.issues) {
    const paths = issue.code === 'unrecognized_keys' ? issue.keys.map((key) => [key]) : [issue.path.map(String)];
    for (const path of paths) {
      const key = path.join('.');
      if (seen.has(key)) continue;
      seen.add(key);
      problems.push({ path, message: issue.message });
    }
  }
  return { ok: false, problems };
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
