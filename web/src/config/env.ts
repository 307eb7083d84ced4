const DEFAULT_CMS_URL = 'http://localhost:1337';

type EnvSource = {
  runtimeCmsUrl?: string | undefined;
  buildCmsUrl?: string | undefined;
};

function present(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

/** Runtime config (config.js) wins over the build-time variable, which wins over the local default. */
export function parseEnv({ runtimeCmsUrl, buildCmsUrl }: EnvSource) {
  const raw = present(runtimeCmsUrl) ?? present(buildCmsUrl) ?? DEFAULT_CMS_URL;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`cmsUrl must be an absolute http(s) URL, got "${raw}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`cmsUrl must be an absolute http(s) URL, got "${raw}"`);
  }
  return { cmsUrl: raw.replace(/\/+$/, '') } as const;
}

export const env = parseEnv({
  runtimeCmsUrl: window.__RUNTIME_CONFIG__?.cmsUrl,
  buildCmsUrl: import.meta.env.VITE_CMS_URL,
});
