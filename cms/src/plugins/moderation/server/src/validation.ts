import { validateYupSchema, yup } from '@strapi/utils';
import { CONSULT_LIMITS } from '@clinic/rules';
import {
  MODERATION_STATUSES,
  QUEUE_FILTERS,
  type ModerationStatus,
  type PersonalDataContact,
  type QueueFilter,
} from '../../shared/contracts';

/** The most comments one bulk action may change, and the largest page. */
export const MAX_BULK = 100;
export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

// Strapi documentIds are short lowercase cuid2 strings; accept the alphabet, refuse anything else.
const documentId = yup
  .string()
  .required()
  .matches(/^[A-Za-z0-9_-]{1,64}$/, 'must be a documentId');

export interface ListQuery {
  status: QueueFilter;
  page: number;
  pageSize: number;
}

const listQuerySchema = yup.object({
  status: yup.string().oneOf([...QUEUE_FILTERS]).default('pending'),
  page: yup.number().integer().min(1).default(1),
  pageSize: yup.number().integer().min(1).max(MAX_PAGE_SIZE).default(DEFAULT_PAGE_SIZE),
});

/**
 * Query strings arrive as text: cast them (not strict) before checking.
 * Parameters the route does not know are ignored, not refused.
 */
export async function validateListQuery(query: unknown): Promise<ListQuery> {
  return (await validateYupSchema(listQuerySchema, { strict: false })(query ?? {})) as ListQuery;
}

export interface SetStatusInput {
  documentIds: string[];
  status: ModerationStatus;
}

const setStatusSchema = yup
  .object({
    documentIds: yup.array().of(documentId).min(1).max(MAX_BULK).required(),
    status: yup.string().oneOf([...MODERATION_STATUSES]).required(),
  })
  .noUnknown()
  .required();

export async function validateSetStatus(body: unknown): Promise<SetStatusInput> {
  const input = (await validateYupSchema(setStatusSchema)(body)) as SetStatusInput;
  return { ...input, documentIds: [...new Set(input.documentIds)] };
}

/** A phone number as the consultation form takes one: digits, spaces and + ( ) - . only, seven digits at least. */
const isPhone = (value: string) => /^\+?[\d\s().-]+$/.test(value) && value.replace(/\D/g, '').length >= 7;
const PHONE_MESSAGE = 'must be a phone number: digits, spaces and + ( ) - . only';

const emailField = () => yup.string().email().max(254);
const phoneField = () =>
  yup
    .string()
    .max(CONSULT_LIMITS.phone)
    .test('phone', PHONE_MESSAGE, (value) => value === undefined || isPhone(value));

/** At least one of the two, reported on both fields (the form shows it beside each). */
function requireContact<S extends ReturnType<typeof yup.object>>(schema: S): S {
  return schema.test('contact', function check(value: { email?: unknown; phone?: unknown } | undefined) {
    if (value?.email !== undefined || value?.phone !== undefined) return true;
    const message = 'Give an email address or a phone number';
    return new yup.ValidationError([
      this.createError({ path: 'email', message }),
      this.createError({ path: 'phone', message }),
    ]);
  }) as S;
}

/** Surrounding spaces are forgiven, and a blank address or number counts as not given. */
function trimContact(input: unknown): unknown {
  if (!input || typeof input !== 'object' || Array.isArray(input)) return input;
  const copy: Record<string, unknown> = { ...input };
  for (const key of ['email', 'phone']) {
    const value = copy[key];
    if (typeof value !== 'string') continue;
    if (value.trim() === '') delete copy[key];
    else copy[key] = value.trim();
  }
  return copy;
}

const exportQuerySchema = requireContact(yup.object({ email: emailField(), phone: phoneField() }));

/** Query strings arrive as text; other parameters are ignored. */
export async function validateExportQuery(query: unknown): Promise<PersonalDataContact> {
  const { email, phone } = (await validateYupSchema(exportQuerySchema, { strict: false })(
    trimContact(query ?? {}),
  )) as PersonalDataContact;
  return { ...(email !== undefined ? { email } : {}), ...(phone !== undefined ? { phone } : {}) };
}

export interface EraseInput extends PersonalDataContact {
  removeText: boolean;
}

const eraseSchema = requireContact(
  yup.object({ email: emailField(), phone: phoneField(), removeText: yup.boolean().required() }).noUnknown(),
).required();

/** Strict, so `removeText: "yes"` or a number for the phone is refused rather than guessed. */
export async function validateErase(body: unknown): Promise<EraseInput> {
  return (await validateYupSchema(eraseSchema)(trimContact(body))) as EraseInput;
}
