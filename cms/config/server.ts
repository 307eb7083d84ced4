import type { Core } from '@strapi/strapi';
import { requiredEnv } from '../src/utils/required-env';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Server => ({
  host: env('HOST', '0.0.0.0'),
  port: env.int('CMS_PORT', env.int('PORT', 1337)),
  url: env('PUBLIC_URL', ''),
  // Without TRUST_PROXY, ctx.ip is the socket's address and X-Forwarded-For is ignored.
  // With TRUST_PROXY=true (one reverse proxy in front), ctx.ip is the last X-Forwarded-For
  // entry, the one that proxy appended: the entries before it are whatever the client sent.
  proxy: { koa: env.bool('TRUST_PROXY', false), maxIpsCount: 1 },
  app: {
    keys: requiredEnv(env, 'APP_KEYS').split(',').map((key) => key.trim()),
  },
});

export default config;
