/**
 * Signed preview links: the CMS makes them for the admin's "Open preview", the page renderer
 * checks them. A link names one document of one content type in one status and carries an
 * expiry and an HMAC-SHA256 of all four under a secret both sides share (PREVIEW_SECRET).
 * Web Crypto only, so the module runs in the CMS, the renderer and a browser bundle alike.
 */

/** The content types that have a page, by the short name their preview links use. */
export const PREVIEW_TYPES = {
  article: 'api::article.article',
  'treatment-option': 'api::treatment-option.treatment-option',
  'faq-entry': 'api::faq-entry.faq-entry',
  'site-setting': 'api::site-setting.site-setting',
  page: 'api::page.page',
} as const;

export type PreviewType = keyof typeof PREVIEW_TYPES;
export type PreviewStatus = 'draft' | 'published';
export type PreviewTarget = { type: PreviewType; documentId: string; status: PreviewStatus };

/** The site's path that answers preview links. */
export const PREVIEW_PATH = '/preview';
/** A link is valid for at most this long. */
export const PREVIEW_MAX_TTL_SECONDS = 30 * 60;

export type PreviewCheck =
  | { ok: true; target: PreviewTarget; expiresAt: Date }
  | { ok: false; reason: 'missing' | 'malformed' | 'forged' | 'expired' };

/** The short name of a content type that has a page, or null (comments, clinicians …). */
export function previewTypeOf(uid: string): PreviewType | null {
  const entry = Object.entries(PREVIEW_TYPES).find(([, value]) => value === uid);
  return entry ? (entry[0] as PreviewType) : null;
}

const encoder = new TextEncoder();

function hmacKey(secret: string): Promise<CryptoKey> {
  if (secret.length < 16) throw new Error('The preview secret must be at least 16 characters long');
  return crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign', 'verify']);
}

const base64url = (bytes: ArrayBuffer) =>
  btoa(String.fromCharCode(...new Uint8Array(bytes)))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');

function fromBase64url(text: string): Uint8Array<ArrayBuffer> | null {
  if (!/^[A-Za-z0-9_-]+$/.test(text)) return null;
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

/** What is signed: every part of the link that decides what it shows, and until when. */
const signedText = (target: PreviewTarget, expires: number) =>
  JSON.stringify(['preview-link', target.type, target.documentId, target.status, expires]);

/** The link to `target` on `siteUrl`, valid for `ttlSeconds` (at most 30 minutes) from `now`. */
export async function createPreviewUrl(
  siteUrl: string,
  target: PreviewTarget,
  { secret, ttlSeconds = PREVIEW_MAX_TTL_SECONDS, now = Date.now() }: { secret: string; ttlSeconds?: number; now?: number },
): Promise<string> {
  if (!Number.isInteger(ttlSeconds) || ttlSeconds < 1 || ttlSeconds > PREVIEW_MAX_TTL_SECONDS) {
    throw new Error(`A preview link lives from 1 to ${PREVIEW_MAX_TTL_SECONDS} seconds, not ${ttlSeconds}`);
  }
  const expires = Math.floor(now / 1000) + ttlSeconds;
  const signature = await crypto.subtle.sign('HMAC', await hmacKey(secret), encoder.encode(signedText(target, expires)));
  const url = new URL(PREVIEW_PATH, siteUrl);
  url.search = new URLSearchParams({
    type: target.type,
    documentId: target.documentId,
    status: target.status,
    expires: String(expires),
    token: base64url(signature),
  }).toString();
  return url.toString();
}

const isPreviewType = (value: string): value is PreviewType => Object.hasOwn(PREVIEW_TYPES, value);

/** Checks a preview link's parameters: what it shows, or why it shows nothing. */
export async function checkPreviewUrl(
  url: URL,
  { secret, now = Date.now() }: { secret: string; now?: number },
): Promise<PreviewCheck> {
  const params = url.searchParams;
  const [type, documentId, status, expiresText, token] = ['type', 'documentId', 'status', 'expires', 'token'].map((name) => params.get(name));
  if (!token) return { ok: false, reason: 'missing' };
  if (!type || !isPreviewType(type) || !documentId || (status !== 'draft' && status !== 'published') || !/^\d{1,12}$/.test(expiresText ?? '')) {
    return { ok: false, reason: 'malformed' };
  }
  const signature = fromBase64url(token);
  const target: PreviewTarget = { type, documentId, status };
  const expires = Number(expiresText);
  // The signature first: an expiry is only worth reporting on a link the CMS made.
  const genuine =
    signature !== null &&
    (await crypto.subtle.verify('HMAC', await hmacKey(secret), signature, encoder.encode(signedText(target, expires))));
  if (!genuine) return { ok: false, reason: 'forged' };
  if (expires * 1000 <= now) return { ok: false, reason: 'expired' };
  return { ok: true, target, expiresAt: new Date(expires * 1000) };
}

/**
 * The access key of the read-only API token the renderer reads drafts with, derived from the
 * preview secret: the CMS stores only its hash (as for any API token), the renderer derives
 * it, and no second secret has to be handed around.
 */
export async function previewApiKey(secret: string): Promise<string> {
  const bytes = await crypto.subtle.sign('HMAC', await hmacKey(secret), encoder.encode('preview-api-token'));
  return [...new Uint8Array(bytes)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}
