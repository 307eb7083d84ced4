/** Helpers for the front desk's tests: its routes, and requests sent with exactly the fields given. */
import type { Cms } from './cms';
import { postConsult } from './consult';

export const REQUESTS = '/front-desk/requests';
export const REQUESTS_COUNT = '/front-desk/requests/count';

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

/**
 * Sends a request through the public API with these fields and no others (a field left out is
 * not sent, so a request can have no phone or no message); returns its documentId.
 */
export async function sendConsultRequest(cms: Cms, { userAgent, ...fields }: NewConsultRequest): Promise<string> {
  const reply = await postConsult(cms, { ...fields, consent: true, homepage: '' }, { headers: userAgent ? { 'User-Agent': userAgent } : {} });
  if (reply.status !== 201) throw new Error(`consult request answered ${reply.status}: ${JSON.stringify(reply.body)}`);
  return reply.body.data.documentId as string;
}
