import { validateYupSchema, yup } from '@strapi/utils';
import { MODERATION_STATUSES, QUEUE_FILTERS, type ModerationStatus, type QueueFilter } from '../../shared/contracts';

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

const email = yup.string().email().max(254).required();

const exportQuerySchema = yup.object({ email: yup.string().trim().email().max(254).required() });

export async function validateExportQuery(query: unknown): Promise<{ email: string }> {
  return (await validateYupSchema(exportQuerySchema, { strict: false })(query ?? {})) as { email: string };
}

export interface EraseInput {
  email: string;
  removeText: boolean;
}

const eraseSchema = yup
  .object({
    email,
    removeText: yup.boolean().required(),
  })
  .noUnknown()
  .required();

/** Strict, so `removeText: "yes"` is refused rather than guessed; only the email's surrounding spaces are forgiven. */
export async function validateErase(body: unknown): Promise<EraseInput> {
  const trimmed =
    body && typeof body === 'object' && typeof (body as { email?: unknown }).email === 'string'
      ? { ...body, email: (body as { email: string }).email.trim() }
      : body;
  return (await validateYupSchema(eraseSchema)(trimmed)) as EraseInput;
}
