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
});

export default config;
