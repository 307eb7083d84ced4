/**
 * Sending a consultation request: the shared schema, the form token, then the duplicate and
 * flood checks and the insert in one locked transaction (src/public-forms), then the
 * read-back that makes a 201 a promise.
 */
import { randomBytes } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { checkConsultRequest } from '@clinic/rules';
import type { ConsultConfig } from '#config/consult';
import { storedUserAgent, type ClientInfo } from '#src/public-forms/client';
import { assertCommitted } from '#src/public-forms/committed';
import { checkedFormData, floodError, secondsUntilFree, tokenError } from '#src/public-forms/errors';
import { checkToken, hashClientIp } from '#src/public-forms/form-token';
import { createSubmissionLock } from '#src/public-forms/submission-lock';
import { DuplicateRequestError } from './errors';
import { CONSULT, contactFilters, createStore, sealedRow, type Store } from './records';
import type { Keyring } from './sealed-fields';

export interface SubmitKeys {
  formToken: Buffer;
  clientIp: Buffer;
  keyring: Keyring;
}

export interface SubmitResult {
  documentId: string;
  createdAt: string;
  /** Whether a request was stored (not when the honeypot was filled in). */
  stored: boolean;
}

const ID_ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** An id shaped like Strapi's documentIds (24 lower-case letters and digits), for the decoy answer. */
function decoyDocumentId(): string {
  return Array.from(randomBytes(24), (byte) => ID_ALPHABET[byte % ID_ALPHABET.length]).join('');
}

/** Statuses in which a request is still open, so sending it again is a duplicate. */
const OPEN = { status: { $in: ['new', 'contacted'] } };

/** What sending a request works with: the CMS, the keys, the requests' store and the lock. */
interface SubmitContext {
  strapi: Core.Strapi;
  keys: () => SubmitKeys;
  store: Store;
  withSubmissionLock: ReturnType<typeof createSubmissionLock>;
}

const config = (strapi: Core.Strapi) => strapi.config.get<ConsultConfig>('consult');

function checkFormToken({ strapi, keys }: SubmitContext, formToken: string) {
  const { minFillSeconds, formTokenTtlSeconds } = config(strapi);
  const token = checkToken(formToken, keys().formToken, Date.now(), { ttlSeconds: formTokenTtlSeconds, minFillSeconds });
  if (!token.ok) throw tokenError(token, 'request');
}

async function assertNotDuplicate(store: Store, fingerprint: string) {
  if ((await store.count({ $and: [{ fingerprint: { $eq: fingerprint } }, OPEN] })) > 0) throw new DuplicateRequestError();
}

/** The same IP, email or phone sent a request less than the flood limit ago: 429. */
async function assertNotFlooding({ strapi, store }: SubmitContext, clientIpHash: string, byContact: Record<string, unknown> | null, now: Date) {
  const { floodSeconds } = config(strapi);
  const [latest] = await store.findMany({
    filters: {
      $and: [
        { $or: [{ clientIpHash: { $eq: clientIpHash } }, ...(byContact ? [byContact] : [])] },
        { createdAt: { $gt: new Date(now.getTime() - floodSeconds * 1000).toISOString() } },
      ],
    },
    sort: 'createdAt:desc',
    limit: 1,
  });
  if (latest) {
    throw floodError(
      'You have just sent a request. Wait a little before you send another, or call the clinic.',
      secondsUntilFree(latest.createdAt, floodSeconds, now.getTime()),
    );
  }
}

/**
 * Applies every rule to a visitor's request and stores it, sealed. Throws Strapi errors:
 * ValidationError (400), DuplicateRequestError (409), RateLimitError (429, details.retryAfter).
 */
async function submit(context: SubmitContext, body: unknown, client: ClientInfo): Promise<SubmitResult> {
  const { strapi, keys, store, withSubmissionLock } = context;
  const request = checkedFormData(body, 'request', checkConsultRequest);
  checkFormToken(context, request.formToken);
  const now = new Date();
  // A bot gets the answer a person gets, and nothing is stored or sent.
  if (request.honeypotFilled) return { documentId: decoyDocumentId(), createdAt: now.toISOString(), stored: false };

  const { keyring } = keys();
  const row = sealedRow(keyring, request, now);
  const clientIpHash = hashClientIp(keys().clientIp, client.ip);
  const flooding = config(strapi).floodSeconds > 0;
  const lockKeys = [`consult:duplicate:${row.fingerprint}`];
  if (flooding) lockKeys.push(`consult:ip:${clientIpHash}`, ...[row.emailHash, row.phoneHash].filter(Boolean).map((hash) => `consult:contact:${hash}`));

  const created = await withSubmissionLock(lockKeys, async () => {
    await assertNotDuplicate(store, row.fingerprint);
    if (flooding) await assertNotFlooding(context, clientIpHash, contactFilters(keyring, request), now);
    return strapi.documents(CONSULT).create({
      data: { ...row, clientIpHash, userAgent: storedUserAgent(client.userAgent) },
      fields: ['documentId', 'createdAt'],
    } as never) as unknown as Promise<{ documentId: string; createdAt: string }>;
  });
  await assertCommitted(strapi, CONSULT, created.documentId);
  return { documentId: created.documentId, createdAt: new Date(created.createdAt).toISOString(), stored: true };
}

export function createSubmit(strapi: Core.Strapi, keys: () => SubmitKeys) {
  const context: SubmitContext = { strapi, keys, store: createStore(strapi), withSubmissionLock: createSubmissionLock(strapi) };
  return (body: unknown, client: ClientInfo): Promise<SubmitResult> => submit(context, body, client);
}
