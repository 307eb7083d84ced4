/**
 * Consultation requests as stored (sealed personal fields, lookup hashes) and as staff see them
 * (decrypted views). Every read and write of the table goes through here, so nothing else
 * handles ciphertext.
 */
import type { Core } from '@strapi/strapi';
import type { ConsultRequest, ConsultStatus } from '@clinic/rules';
import type { ConsultRequestView } from '#src/plugins/front-desk/shared/contracts';
import { SealedFieldError, emailLookupHash, open, phoneLookupHash, requestFingerprint, seal, type Keyring } from './sealed-fields';

export const CONSULT = 'api::consult-request.consult-request';

/** The personal fields, sealed in their columns. */
export type SealedField = 'name' | 'phone' | 'email' | 'message' | 'staffNote';

export interface StoredRequest {
  id?: number;
  documentId: string;
  createdAt: string | Date;
  updatedAt: string | Date;
  status: ConsultStatus;
  name: string;
  phone: string | null;
  email: string | null;
  message: string | null;
  staffNote: string | null;
  preferredContact: ConsultRequestView['preferredContact'];
  bestTime: ConsultRequestView['bestTime'];
  consentedAt: string | Date;
  closedAt: string | Date | null;
  emailHash: string | null;
  phoneHash: string | null;
  fingerprint: string;
  keyId: string;
  clientIpHash: string | null;
  userAgent: string | null;
}

const iso = (value: string | Date) => new Date(value).toISOString();
const isoOrNull = (value: string | Date | null | undefined) => (value ? iso(value) : null);

export function sealField(keyring: Keyring, field: SealedField, value: string | null): string | null {
  return value === null ? null : seal(keyring.current, field, value);
}

/** What staff see in place of a value no configured key opens (a key replaced rather than rotated). */
export const UNREADABLE = '[cannot be decrypted with the configured keys: see docs/deploy.md]';

/** What to do with a value that does not open: by default, throw the SealedFieldError. */
export type OnUnreadable = (field: SealedField, error: SealedFieldError) => string;
const rethrow: OnUnreadable = (_field, error) => {
  throw error;
};

/**
 * Decrypts a stored row. A value that does not open (a key missing, a value altered) throws
 * SealedFieldError, unless `onUnreadable` says what to show instead.
 */
export function toView(keyring: Keyring, row: StoredRequest, onUnreadable: OnUnreadable = rethrow): ConsultRequestView {
  const openField = (field: SealedField, value: string | null | undefined) => {
    if (value === null || value === undefined) return null;
    try {
      return open(keyring, field, value);
    } catch (error) {
      if (error instanceof SealedFieldError) return onUnreadable(field, error);
      throw error;
    }
  };
  return {
    documentId: row.documentId,
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.updatedAt),
    status: row.status,
    name: openField('name', row.name) ?? '',
    phone: openField('phone', row.phone),
    email: openField('email', row.email),
    preferredContact: row.preferredContact,
    bestTime: row.bestTime,
    message: openField('message', row.message),
    consentedAt: iso(row.consentedAt),
    staffNote: openField('staffNote', row.staffNote),
    closedAt: isoOrNull(row.closedAt),
    userAgent: row.userAgent ?? null,
  };
}

/** The lookup hashes of a request's contact details, under one key. */
export function contactHashes(keyring: Keyring, contact: { email: string | null; phone: string | null }) {
  return {
    emailHash: contact.email ? emailLookupHash(keyring.current, contact.email) : null,
    phoneHash: contact.phone ? phoneLookupHash(keyring.current, contact.phone) : null,
  };
}

/** What is written for a new request: every personal field sealed, and the hashes beside them. */
export function sealedRow(keyring: Keyring, request: ConsultRequest, now: Date) {
  return {
    name: sealField(keyring, 'name', request.name) as string,
    phone: sealField(keyring, 'phone', request.phone),
    email: sealField(keyring, 'email', request.email),
    message: sealField(keyring, 'message', request.message),
    preferredContact: request.preferredContact,
    bestTime: request.bestTime,
    consentedAt: now.toISOString(),
    status: 'new' as const,
    ...contactHashes(keyring, request),
    fingerprint: fingerprintOf(keyring, request),
    keyId: keyring.current.id,
  };
}

export function fingerprintOf(keyring: Keyring, request: Pick<ConsultRequest, 'name' | 'email' | 'phone' | 'message'>) {
  return requestFingerprint(keyring.current, [
    request.name.toLowerCase(),
    request.email?.toLowerCase() ?? null,
    request.phone?.replace(/\D/g, '') ?? null,
    request.message,
  ]);
}

/**
 * Filters matching a person's requests by email or phone, under every configured key (rows
 * sealed under a previous key keep that key's hashes until they are re-encrypted).
 */
export function contactFilters(keyring: Keyring, contact: { email?: string | null; phone?: string | null }) {
  const keys = [...keyring.byId.values()];
  const or: Record<string, unknown>[] = [];
  if (contact.email) or.push({ emailHash: { $in: keys.map((key) => emailLookupHash(key, contact.email as string)) } });
  if (contact.phone) or.push({ phoneHash: { $in: keys.map((key) => phoneLookupHash(key, contact.phone as string)) } });
  return or.length > 0 ? { $or: or } : null;
}

export type Store = ReturnType<typeof createStore>;

/** The table, through the Document Service. */
export function createStore(strapi: Core.Strapi) {
  const documents = () => strapi.documents(CONSULT);
  return {
    documents,
    async findMany(params: { filters?: Record<string, unknown>; sort?: unknown; limit?: number; start?: number }) {
      return (await documents().findMany(params as never)) as unknown as StoredRequest[];
    },
    async findOne(documentId: string) {
      return (await documents().findOne({ documentId } as never)) as unknown as StoredRequest | null;
    },
    async count(filters: Record<string, unknown>) {
      return documents().count({ filters } as never);
    },
  };
}
