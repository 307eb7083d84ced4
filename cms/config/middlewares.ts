import type { Core } from '@strapi/strapi';

/** Request bodies larger than this are refused with 413 (the comment form sends a few KB at most). */
const BODY_LIMIT = '64kb';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Middlewares => [
  'strapi::logger',
  'strapi::errors',
  // Inside strapi::errors, so they see errors first: "database unreachable" becomes a 503
  // instead of a 500, and the body parser's errors become Strapi's 400, 413 and 415.
  'global::database-unavailable',
  { name: 'global::request-body-errors', config: { limit: BODY_LIMIT } },
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
  {
    name: 'strapi::body',
    config: { jsonLimit: BODY_LIMIT, formLimit: BODY_LIMIT, textLimit: BODY_LIMIT },
  },
  'strapi::session',
  'strapi::favicon',
  'strapi::public',
];

export default config;
