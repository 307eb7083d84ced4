import { PREVIEW_MAX_TTL_SECONDS } from '@clinic/rules';
import type { Core } from '@strapi/strapi';
import { requiredEnv } from '../src/utils/required-env';

export interface PreviewConfig {
  /** The site's public origin (SITE_URL), where editors' preview links open. */
  siteUrl: string;
  /** Signs the preview links and derives the renderer's read-only API token (PREVIEW_SECRET). */
  secret: string;
  /** How long a preview link opens its page (PREVIEW_TTL_SECONDS, at most 30 minutes). */
  ttlSeconds: number;
}

function siteOrigin(raw: string): string {
  const url = URL.canParse(raw) ? new URL(raw) : null;
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) {
    throw new Error(`SITE_URL must be the site's public http(s) URL, e.g. https://clinic.example.org (got "${raw}")`);
  }
  return url.origin;
}

const config = ({ env }: Core.Config.Shared.ConfigParams): PreviewConfig => {
  const ttlSeconds = env.int('PREVIEW_TTL_SECONDS', PREVIEW_MAX_TTL_SECONDS);
  if (!Number.isInteger(ttlSeconds) || ttlSeconds < 1 || ttlSeconds > PREVIEW_MAX_TTL_SECONDS) {
    throw new Error(`PREVIEW_TTL_SECONDS must be a whole number from 1 to ${PREVIEW_MAX_TTL_SECONDS}, not "${env('PREVIEW_TTL_SECONDS')}"`);
  }
  return {
    siteUrl: siteOrigin(env('SITE_URL', 'http://localhost:5173')),
    secret: requiredEnv(env, 'PREVIEW_SECRET'),
    ttlSeconds,
  };
};

export default config;
