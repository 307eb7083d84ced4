import { CONSULT_LIMITS, CONSULT_STATUSES, characterCount } from '@clinic/rules';
import { validateYupSchema, yup } from '@strapi/utils';
import type { ConsultListQuery, ConsultUpdateRequest } from '../../shared/contracts';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

/** Strapi documentIds are short lowercase cuid2 strings; anything else names no request. */
const DOCUMENT_ID = /^[A-Za-z0-9_-]{1,64}$/;

export const isDocumentId = (value: unknown): value is string => typeof value === 'string' && DOCUMENT_ID.test(value);

const listQuerySchema = yup.object({
  status: yup.string().oneOf([...CONSULT_STATUSES]).default('new'),
  page: yup.number().integer().min(1).default(1),
  pageSize: yup.number().integer().min(1).max(MAX_PAGE_SIZE).default(DEFAULT_PAGE_SIZE),
});

/**
 * Query strings arrive as text: cast them (not strict) before checking. Parameters the route
 * does not know are ignored, as on the moderation queue.
 */
export async function validateListQuery(query: unknown): Promise<ConsultListQuery> {
  return (await validateYupSchema(listQuerySchema, { strict: false })(query ?? {})) as ConsultListQuery;
}

/** NUL and lone surrogates are not text: they would not survive the round trip through UTF-8. */
const isStorable = (text: string) => !text.includes('\u0000') && !/\p{Cs}/u.test(text);

const staffNote = yup
  .string()
  .nullable()
  .test('storable', 'Contains characters that are not text', (value) => value == null || isStorable(value))
  // Counted as a person counts (code points, an emoji is one), as the visitor's fields are.
  .test(
    'length',
    `Must be at most ${CONSULT_LIMITS.staffNote} characters`,
    (value) => value == null || characterCount(value.trim()) <= CONSULT_LIMITS.staffNote,
  );

const updateSchema = yup
  .object({
    status: yup.string().oneOf([...CONSULT_STATUSES]),
    staffNote,
  })
  .noUnknown()
  .test('something', 'Give a status or a staff note to change', (value) =>
    Boolean(value && (value.status !== undefined || value.staffNote !== undefined)),
  )
  .required();

/**
 * Strict, so `status: 1` or `staffNote: 42` is refused rather than cast, and any other key
 * (`closedAt`, `name`, …) is refused: staff change the status and the note, nothing the visitor
 * wrote. A blank note clears it (the service stores null).
 */
export async function validateUpdate(body: unknown): Promise<ConsultUpdateRequest> {
  return (await validateYupSchema(updateSchema)(body)) as ConsultUpdateRequest;
}
