import { describe, expect, it } from 'vitest';
import { parseEnv } from '@/config/env';

describe('parseEnv', () => {
  it('prefers the runtime cmsUrl over the build-time one and strips trailing slashes', () => {
    expect(parseEnv({ runtime: { cmsUrl: 'https://cms.example.org/' }, buildCmsUrl: 'http://build:1337' })).toEqual({
      cmsUrl: 'https://cms.example.org',
      apiUrl: 'https://cms.example.org',
      siteUrl: undefined,
    });
  });

  it('falls back to http://localhost:1337 when neither is set', () => {
    expect(parseEnv({ runtime: { cmsUrl: '' }, buildCmsUrl: undefined }).cmsUrl).toBe('http://localhost:1337');
  });

  it('sends API requests to apiUrl when the renderer has an internal address for the CMS', () => {
    const env = parseEnv({ runtime: { cmsUrl: 'https://cms.example.org', apiUrl: 'http://cms:1337/' } });
    expect(env.apiUrl).toBe('http://cms:1337');
    expect(env.cmsUrl).toBe('https://cms.example.org');
  });

  it('keeps only the origin of siteUrl', () => {
    expect(parseEnv({ runtime: { siteUrl: 'https://clinic.example.org/some/path' } }).siteUrl).toBe('https://clinic.example.org');
  });

  it.each([
    ['cmsUrl', { cmsUrl: 'ftp://cms.example.org' }],
    ['apiUrl', { apiUrl: 'cms:1337' }],
    ['siteUrl', { siteUrl: 'javascript:alert(1)' }],
  ])('rejects a %s that is not an http(s) URL', (name, runtime) => {
    expect(() => parseEnv({ runtime })).toThrow(new RegExp(`${name} must be an absolute http\\(s\\) URL`));
  });
});
