import type { Core } from '@strapi/strapi';
import { requiredEnv } from '../src/utils/required-env';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Server => ({
  host: env('HOST', '0.0.0.0'),
  port: env.int('CMS_PORT', env.int('PORT', 1337)),
  url: env('PUBLIC_URL', ''),
  // Behind a reverse proxy, TRUST_PROXY=true makes ctx.ip come from X-Forwarded-For.
  proxy: { koa: env.bool('TRUST_PROXY', false) },
  app: {
    keys: requiredEnv(env, 'APP_KEYS').split(',').map((key) => key.trim()),
  },
});

export default config;
