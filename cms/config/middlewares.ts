import type { Core } from '@strapi/strapi';

/** Visitors' request bodies (REST API) larger than this are refused with 413: a comment is a few KB. */
const PUBLIC_BODY_LIMIT = 64 * 1024;
/** The admin API's limit: an article with a long body is saved as one JSON document. */
const ADMIN_BODY_LIMIT = '4mb';

/**
 * The origin media is served from when uploads go to S3 (see config/plugins.ts), for the
 * admin panel's Content-Security-Policy; null when they are stored locally.
 */
function mediaOrigin(env: Core.Config.Shared.ConfigParams['env']): string | null {
  const bucket = env('S3_BUCKET', '');
  if (!bucket) return null;
  const base = env('S3_PUBLIC_URL', '') || env('S3_ENDPOINT', '');
  return base ? new URL(base).origin : `https://${bucket}.s3.${env('S3_REGION', 'us-east-1')}.amazonaws.com`;
}

/** Strapi's own CSP lists (@strapi/utils CSP_DEFAULTS), plus the media origin when there is one. */
function securityConfig(env: Core.Config.Shared.ConfigParams['env']) {
  const origin = mediaOrigin(env);
  if (!origin) return 'strapi::security';
  return {
    name: 'strapi::security',
    config: {
      contentSecurityPolicy: {
        useDefaults: true,
        directives: {
          'img-src': ["'self'", 'data:', 'blob:', 'https://market-assets.strapi.io', origin],
          'media-src': ["'self'", 'data:', 'blob:', origin],
        },
      },
    },
  };
}

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Middlewares => [
  // First: a public read in the cache is answered here, with the headers the middlewares
  // below sent for it; writes are answered once their invalidations are out.
  'global::public-cache',
  'strapi::logger',
  'strapi::errors',
  // Inside strapi::errors, so they see errors first: "database unreachable" becomes a 503
  // instead of a 500, and the body parser's errors become Strapi's 400, 413 and 415.
  'global::database-unavailable',
  'global::request-body-errors',
  securityConfig(env),
  {
    name: 'strapi::cors',
    config: {
      origin: env.array('CORS_ORIGINS', ['http://localhost:5173', 'http://127.0.0.1:5173']),
      methods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'],
      headers: ['Content-Type', 'Authorization', 'Origin', 'Accept'],
      keepHeaderOnError: true,
    },
  },
  'strapi::poweredBy',
  'strapi::query',
  // Hostile or oversized query strings get a 400 or 414 before anything reads them.
  'global::query-guard',
  { name: 'global::public-body-limit', config: { limit: PUBLIC_BODY_LIMIT } },
  {
    name: 'strapi::body',
    config: { jsonLimit: ADMIN_BODY_LIMIT, formLimit: ADMIN_BODY_LIMIT, textLimit: ADMIN_BODY_LIMIT },
  },
  'strapi::session',
  'strapi::favicon',
  'strapi::public',
];

export default config;
