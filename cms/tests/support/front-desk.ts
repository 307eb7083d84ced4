/** Helpers for the front desk's tests: its routes, and consultation requests sent as a visitor. */
import { expect } from 'vitest';
import { request } from './http';

export const REQUESTS = '/front-desk/requests';
export const REQUESTS_COUNT = '/front-desk/requests/count';

/** Start the CMS with these, so a test can send requests one after another. */
export const CONSULT_TEST_ENV = { CONSULT_MIN_FILL_SECONDS: '0', CONSULT_FLOOD_SECONDS: '0' };

export interface NewConsultRequest {
  name: string;
  phone?: string;
  email?: string;
  preferredContact: 'phone' | 'email';
  bestTime: 'morning' | 'afternoon' | 'evening' | 'any';
  message?: string;
  /** Sent as the User-Agent header, which the CMS stores. */
  userAgent?: string;
}

/** Sends a request through the public API, as the site's form does; returns its documentId. */
export async function sendConsultRequest(base: string, fields: NewConsultRequest): Promise<string> {
  const { userAgent, ...data } = fields;
  const token = await request(base, '/api/consult-requests/form-token');
  expect(token.status, JSON.stringify(token.body)).toBe(200);
  const reply = await request(base, '/api/consult-requests', {
    method: 'POST',
    headers: userAgent ? { 'User-Agent': userAgent } : {},
    body: { data: { ...data, consent: true, formToken: token.body.data.token, homepage: '' } },
  });
  expect(reply.status, JSON.stringify(reply.body)).toBe(201);
  return reply.body.data.documentId as string;
}
