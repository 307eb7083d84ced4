/**
 * Encryption at rest for a consultation request's personal fields, with node:crypto's
 * AES-256-GCM (the standard library has the primitive; a wrapper would add nothing), and the
 * keyed hashes that let staff find a person's requests without decrypting every row.
 *
 *   v1.<key id>.<IV, base64url>.<ciphertext, base64url>.<GCM tag, base64url>
 *
 * The field's name is the additional authenticated data, so a value copied into another
 * column does not decrypt. The key id names the key a value is sealed under, so rows sealed
 * under a previous key stay readable while they are re-encrypted (see docs/deploy.md).
 */
import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import { normaliseEmail, normalisePhone } from '@clinic/rules';

const VERSION = 'v1';
const IV_BYTES = 12;
const TAG_BYTES = 16;

export interface SealingKey {
  id: string;
  cipher: Buffer;
  lookup: Buffer;
}

export interface Keyring {
  current: SealingKey;
  /** Every key that may have sealed a stored value, the current one included. */
  byId: Map<string, SealingKey>;
}

/** A value that cannot be opened: unknown key, altered, or not a sealed value at all. */
export class SealedFieldError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SealedFieldError';
  }
}

const derive = (material: string, purpose: string) => Buffer.from(hkdfSync('sha256', material, 'clinic-consult-requests', purpose, 32));

export function sealingKey(material: string): SealingKey {
  return {
    id: createHmac('sha256', derive(material, 'key-id/v1')).update('key id').digest('hex').slice(0, 12),
    cipher: derive(material, 'cipher/v1'),
    lookup: derive(material, 'lookup/v1'),
  };
}

export function createKeyring(current: string, previous: string[] = []): Keyring {
  const keys = [current, ...previous].map(sealingKey);
  return { current: keys[0] as SealingKey, byId: new Map(keys.map((key) => [key.id, key])) };
}

export function seal(key: SealingKey, field: string, plaintext: string): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key.cipher, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(Buffer.from(field));
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return [VERSION, key.id, iv.toString('base64url'), body.toString('base64url'), cipher.getAuthTag().toString('base64url')].join('.');
}

export function open(keyring: Keyring, field: string, sealed: string): string {
  const parts = sealed.split('.');
  if (parts.length !== 5 || parts[0] !== VERSION) throw new SealedFieldError(`${field} is not a sealed value`);
  const [, keyId, iv, body, tag] = parts as [string, string, string, string, string];
  const key = keyring.byId.get(keyId);
  if (!key) throw new SealedFieldError(`${field} is sealed under a key that is not configured (${keyId})`);
  try {
    const decipher = createDecipheriv('aes-256-gcm', key.cipher, Buffer.from(iv, 'base64url'), { authTagLength: TAG_BYTES });
    decipher.setAAD(Buffer.from(field));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
  } catch {
    throw new SealedFieldError(`${field} does not decrypt with key ${keyId}: it was altered or sealed under another key`);
  }
}

/** The keyed hashes stored beside the sealed contact details, to look a person up by them. */
export function emailLookupHash(key: SealingKey, email: string): string {
  return createHmac('sha256', key.lookup).update(`email:${normaliseEmail(email)}`).digest('hex');
}

export function phoneLookupHash(key: SealingKey, phone: string): string {
  return createHmac('sha256', key.lookup).update(`phone:${normalisePhone(phone)}`).digest('hex');
}

/** The same request sent twice has the same fingerprint (compared to refuse the duplicate). */
export function requestFingerprint(key: SealingKey, parts: (string | null)[]): string {
  return createHmac('sha256', key.lookup).update(JSON.stringify(parts)).digest('hex');
}
