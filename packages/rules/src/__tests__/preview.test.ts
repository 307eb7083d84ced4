import { describe, expect, it } from 'vitest';
import { checkPreviewUrl, createPreviewUrl, previewApiKey, previewTypeOf, type PreviewTarget } from '../index.js';

const secret = 'a-preview-secret-for-tests';
const site = 'https://clinic.example.org';
const target: PreviewTarget = { type: 'article', documentId: 'abc123', status: 'draft' };
const now = Date.UTC(2026, 11, 1, 12, 0, 0);

const link = async (options: { ttlSeconds?: number } = {}) => new URL(await createPreviewUrl(site, target, { secret, now, ...options }));
const withParam = (url: URL, name: string, value: string | null) => {
  const copy = new URL(url);
  if (value === null) copy.searchParams.delete(name);
  else copy.searchParams.set(name, value);
  return copy;
};

describe('preview links', () => {
  it('open the document they were made for, on the site, until they expire', async () => {
    const url = await link({ ttlSeconds: 600 });
    expect(url.origin + url.pathname).toBe(`${site}/preview`);
    const check = await checkPreviewUrl(url, { secret, now: now + 599_000 });
    expect(check).toEqual({ ok: true, target, expiresAt: new Date(now + 600_000) });
  });

  it('are refused once expired', async () => {
    const url = await link({ ttlSeconds: 600 });
    expect(await checkPreviewUrl(url, { secret, now: now + 600_000 })).toEqual({ ok: false, reason: 'expired' });
  });

  it('live at most 30 minutes', async () => {
    await expect(link({ ttlSeconds: 30 * 60 + 1 })).rejects.toThrow(/1 to 1800 seconds/);
    const longest = await link();
    expect(Number(longest.searchParams.get('expires')) * 1000 - now).toBe(30 * 60 * 1000);
  });

  it('are bound to the document, the status, the type and the expiry', async () => {
    const url = await link();
    for (const [name, value] of [
      ['documentId', 'another-document'],
      ['status', 'published'],
      ['type', 'treatment-option'],
      ['expires', String(Number(url.searchParams.get('expires')) + 3600)],
    ] as const) {
      expect(await checkPreviewUrl(withParam(url, name, value), { secret, now }), name).toEqual({ ok: false, reason: 'forged' });
    }
  });

  it('are refused when forged, signed with another secret, or without a token', async () => {
    const url = await link();
    const token = url.searchParams.get('token') ?? '';
    const flipped = (token[0] === 'A' ? 'B' : 'A') + token.slice(1);
    expect(await checkPreviewUrl(withParam(url, 'token', flipped), { secret, now })).toEqual({ ok: false, reason: 'forged' });
    expect(await checkPreviewUrl(withParam(url, 'token', 'not base64!'), { secret, now })).toEqual({ ok: false, reason: 'forged' });
    const other = new URL(await createPreviewUrl(site, target, { secret: 'another-secret-of-the-same-size', now }));
    expect(await checkPreviewUrl(other, { secret, now })).toEqual({ ok: false, reason: 'forged' });
    expect(await checkPreviewUrl(withParam(url, 'token', null), { secret, now })).toEqual({ ok: false, reason: 'missing' });
    expect(await checkPreviewUrl(withParam(url, 'type', 'comment'), { secret, now })).toEqual({ ok: false, reason: 'malformed' });
  });

  it('exist only for the content types that have a page', () => {
    expect(previewTypeOf('api::article.article')).toBe('article');
    expect(previewTypeOf('api::site-setting.site-setting')).toBe('site-setting');
    expect(previewTypeOf('api::page.page')).toBe('page');
    expect(previewTypeOf('api::comment.comment')).toBeNull();
    expect(previewTypeOf('api::clinician.clinician')).toBeNull();
  });
});

describe('the preview API key', () => {
  it('is derived from the secret alone: the same for the CMS and the renderer, another for another secret', async () => {
    const key = await previewApiKey(secret);
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(await previewApiKey(secret)).toBe(key);
    expect(await previewApiKey(`${secret}-rotated`)).not.toBe(key);
  });

  it('refuses a short secret', async () => {
    await expect(previewApiKey('short')).rejects.toThrow(/at least 16/);
  });
});
