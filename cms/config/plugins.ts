import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { requiredEnv } from '../src/utils/required-env';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Plugin => ({
  'users-permissions': {
    config: {
      jwtSecret: requiredEnv(env, 'JWT_SECRET'),
      // Visitors never sign up: the site has no public accounts.
      register: { allowedFields: [] },
    },
  },
  // The comment moderation queue (src/plugins/moderation), a local TypeScript plugin without a
  // build step of its own. Strapi reads this file twice: the server loads the compiled
  // dist/config/plugins.js, and the admin bundler reads this .ts source. Resolving from
  // __dirname points the server at dist/src/plugins/moderation (compiled by the project's tsc)
  // and the admin bundler at src/plugins/moderation (vite compiles admin/src itself). A plain
  // './src/plugins/moderation' would point the server at the .ts sources, and Strapi 5.54
  // silently skips a plugin whose strapi-server.js is missing.
  moderation: {
    enabled: true,
    resolve: path.join(__dirname, '..', 'src', 'plugins', 'moderation'),
  },
});

export default config;
