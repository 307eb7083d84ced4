const DEFAULT_CMS_URL = 'http://localhost:1337';

/**
 * The runtime configuration: `/config.js` (written by the web image at start) sets it in
 * browsers; the page renderer (src/server) sets it from its environment before rendering.
 */
export type RuntimeConfig = {
  /** The CMS as browsers reach it (REST API, uploads). */
  cmsUrl?: string | undefined;
  /** The site's public origin, for canonical URLs; browsers default to their own origin. */
  siteUrl?: string | undefined;
  /** Where this process sends API requests, when it differs from cmsUrl (the renderer's internal address). */
  apiUrl?: string | undefined;
};

declare global {
  // Written by the production web server into /config.js at container start, and set by
  // the page renderer (src/server/config.ts) before the app's modules load.
  var __RUNTIME_CONFIG__: RuntimeConfig | undefined;
}

type EnvSource = {
  runtime?: RuntimeConfig | undefined;
  buildCmsUrl?: string | undefined;
};

function present(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

function httpUrl(name: string, raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`${name} must be an absolute http(s) URL, got "${raw}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`${name} must be an absolute http(s) URL, got "${raw}"`);
  }
  return raw.replace(/\/+$/, '');
}

/** Runtime config wins over the build-time variable, which wins over the local default. */
export function parseEnv({ runtime = {}, buildCmsUrl }: EnvSource) {
  const cmsUrl = httpUrl('cmsUrl', present(runtime.cmsUrl) ?? present(buildCmsUrl) ?? DEFAULT_CMS_URL);
  const apiUrl = present(runtime.apiUrl);
  const siteUrl = present(runtime.siteUrl);
  return {
    cmsUrl,
    apiUrl: apiUrl === undefined ? cmsUrl : httpUrl('apiUrl', apiUrl),
    siteUrl: siteUrl === undefined ? undefined : new URL(httpUrl('siteUrl', siteUrl)).origin,
  } as const;
}

export const env = parseEnv({
  runtime: globalThis.__RUNTIME_CONFIG__,
  buildCmsUrl: import.meta.env.VITE_CMS_URL,
});
