import type { Core } from '@strapi/strapi';

/** Visitors' request bodies (REST API) larger than this are refused with 413: a comment is a few KB. */
const PUBLIC_BODY_LIMIT = 64 * 1024;
/** The admin API's limit: an article with a long body is saved as one JSON document. */
const ADMIN_BODY_LIMIT = '4mb';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Middlewares => [
  'strapi::logger',
  'strapi::errors',
  // Inside strapi::errors, so they see errors first: "database unreachable" becomes a 503
  // instead of a 500, and the body parser's errors become Strapi's 400, 413 and 415.
  'global::database-unavailable',
  'global::request-body-errors',
  'strapi::security',
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
