import { describe, expect, it } from 'vitest';
import { parseEnv } from '@/config/env';

describe('parseEnv', () => {
  it('prefers the runtime cmsUrl over the build-time one and strips trailing slashes', () => {
    expect(parseEnv({ runtimeCmsUrl: 'https://cms.example.org/', buildCmsUrl: 'http://build:1337' })).toEqual({
      cmsUrl: 'https://cms.example.org',
    });
  });

  it('falls back to http://localhost:1337 when neither is set', () => {
    expect(parseEnv({ runtimeCmsUrl: '', buildCmsUrl: undefined }).cmsUrl).toBe('http://localhost:1337');
  });

  it('rejects a cmsUrl that is not an http(s) URL', () => {
    expect(() => parseEnv({ runtimeCmsUrl: 'ftp://cms.example.org' })).toThrow(/http\(s\) URL/);
  });
});
