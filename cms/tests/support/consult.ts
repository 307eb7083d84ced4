/** Talking to the consultation request API as a visitor, and reading what it stored. */
import { randomBytes } from 'node:crypto';
import type { Cms } from './cms';
import { request, type Reply } from './http';

export const CONSULT = 'api::consult-request.consult-request';
/** The table's columns that hold sealed personal data. */
export const SEALED_COLUMNS = ['name', 'phone', 'email', 'message', 'staff_note'] as const;
/** A CMS that accepts requests as fast as a test sends them. */
export const FAST_CONSULT_ENV = { CONSULT_MIN_FILL_SECONDS: '0', CONSULT_FLOOD_SECONDS: '0' };

export async function consultToken(cms: Cms): Promise<string> {
  const reply = await request(cms.url, '/api/consult-requests/form-token');
  if (reply.status !== 200) throw new Error(`consult form-token answered ${reply.status}: ${JSON.stringify(reply.body)}`);
  return reply.body.data.token;
}

/** A valid request from a new person (a unique name, email and phone), with `overrides` replacing the defaults. */
export function consultFields(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const id = randomBytes(4).readUInt32BE(0);
  return {
    name: `Sample Visitor ${id.toString(36)}`,
    phone: `+1 (555) 01${String(id % 100_000).padStart(5, '0')}`,
    email: `visitor-${id.toString(36)}@example.com`,
    preferredContact: 'phone',
    bestTime: 'afternoon',
    message: `Sample message ${id.toString(36)}: I would like to know how a first consultation works.`,
    consent: true,
    homepage: '',
    ...overrides,
  };
}

/** POST /api/consult-requests as a visitor: `{ data: { ...fields, formToken } }` (a fresh token unless given; null sends none). */
export async function postConsult(
  cms: Cms,
  fields: Record<string, unknown>,
  options: { formToken?: string | null; headers?: Record<string, string> } = {},
): Promise<Reply<any>> {
  const token = options.formToken === undefined ? await consultToken(cms) : options.formToken;
  const data = token === null ? fields : { ...fields, formToken: token };
  return request(cms.url, '/api/consult-requests', { method: 'POST', body: { data }, headers: options.headers });
}

/** Sends a valid request and returns its documentId (fails the test when it is not accepted). */
export async function createConsult(cms: Cms, overrides: Record<string, unknown> = {}): Promise<{ documentId: string; fields: Record<string, unknown> }> {
  const fields = consultFields(overrides);
  const reply = await postConsult(cms, fields);
  if (reply.status !== 201) throw new Error(`consult request answered ${reply.status}: ${JSON.stringify(reply.body)}`);
  return { documentId: reply.body.data.documentId, fields };
}

export interface ConsultRow {
  id: number;
  document_id: string;
  name: string;
  phone: string | null;
  email: string | null;
  message: string | null;
  staff_note: string | null;
  status: string;
  email_hash: string | null;
  phone_hash: string | null;
  key_id: string;
  client_ip_hash: string | null;
  user_agent: string | null;
  created_at: unknown;
  closed_at: unknown;
}

export async function consultRows(cms: Cms, where = '1=1'): Promise<ConsultRow[]> {
  return cms.db.query<ConsultRow>(`SELECT * FROM consult_requests WHERE ${where} ORDER BY id`);
}
