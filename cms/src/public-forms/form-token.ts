import { createHmac, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * A public form's token (the comment form's, the consultation request's): when it was
 * issued, a nonce, and an HMAC of both.
 * It proves that a form was fetched from this server, and when, so that a
 * submission made faster than a person types can be refused. It is not
 * single-use: the flood limit covers repeated submissions.
 *
 *   v1.<issued at, ms since epoch>.<nonce>.<HMAC-SHA256, base64url>
 */
const VERSION = 'v1';
/** A token issued slightly in the future is tolerated (clock steps), never more. */
const CLOCK_SKEW_MS = 5_000;

export type TokenProblem = 'invalid' | 'expired' | 'too-fast';

export type TokenCheck = { ok: true } | { ok: false; problem: TokenProblem; retryAfterSeconds?: number };

/** Which form a key is for: a token issued for one form is not accepted by another. */
export type FormScope = 'comments' | 'consult-requests';

/** Separate keys for separate forms and purposes, derived from the configured secret. */
export function deriveKey(secret: string, purpose: 'form-token' | 'client-ip', scope: FormScope = 'comments'): Buffer {
  return Buffer.from(hkdfSync('sha256', secret, `clinic-${scope}`, `${purpose}/v1`, 32));
}

function sign(key: Buffer, issuedAt: number, nonce: string): string {
  return createHmac('sha256', key).update(`${VERSION}.${issuedAt}.${nonce}`).digest('base64url');
}

export function issueToken(key: Buffer, issuedAt: number): string {
  const nonce = randomBytes(12).toString('base64url');
  return `${VERSION}.${issuedAt}.${nonce}.${sign(key, issuedAt, nonce)}`;
}

/** What `GET /api/<form>/form-token` answers: a token issued now, and until when it is good. */
export function formTokenAnswer(key: Buffer, ttlSeconds: number) {
  const issuedAt = Date.now();
  return { token: issueToken(key, issuedAt), expiresAt: new Date(issuedAt + ttlSeconds * 1000).toISOString() };
}

export function checkToken(
  token: string,
  key: Buffer,
  now: number,
  { ttlSeconds, minFillSeconds }: { ttlSeconds: number; minFillSeconds: number },
): TokenCheck {
  const match = /^v1\.(\d{1,15})\.([A-Za-z0-9_-]{16})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!match) return { ok: false, problem: 'invalid' };
  const [, issuedAtText, nonce, signature] = match;
  const issuedAt = Number(issuedAtText);
  const expected = Buffer.from(sign(key, issuedAt, nonce));
  if (!timingSafeEqual(expected, Buffer.from(signature))) return { ok: false, problem: 'invalid' };

  const age = now - issuedAt;
  if (age < -CLOCK_SKEW_MS) return { ok: false, problem: 'invalid' };
  if (age > ttlSeconds * 1000) return { ok: false, problem: 'expired' };
  if (age < minFillSeconds * 1000) {
    return { ok: false, problem: 'too-fast', retryAfterSeconds: Math.max(1, Math.ceil((minFillSeconds * 1000 - age) / 1000)) };
  }
  return { ok: true };
}

/** The keyed hash of a client IP that is stored instead of the IP. */
export function hashClientIp(key: Buffer, ip: string): string {
  return createHmac('sha256', key).update(ip).digest('hex');
}
