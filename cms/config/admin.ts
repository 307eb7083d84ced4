import type { Core } from '@strapi/strapi';
import { previewLinkHandler } from '../src/preview/preview-url';
import { requiredEnv } from '../src/utils/required-env';
import previewConfig from './preview';

const config = (params: Core.Config.Shared.ConfigParams): Core.Config.Admin => {
  const { env } = params;
  const preview = previewConfig(params);
  return {
    auth: {
      secret: requiredEnv(env, 'ADMIN_JWT_SECRET'),
    },
    apiToken: {
      salt: requiredEnv(env, 'API_TOKEN_SALT'),
    },
    transfer: {
      token: {
        salt: requiredEnv(env, 'TRANSFER_TOKEN_SALT'),
      },
    },
    secrets: {
      encryptionKey: requiredEnv(env, 'ENCRYPTION_KEY'),
    },
    flags: {
      nps: false,
      promoteEE: false,
    },
    // "Open preview" in the edit view: the page on the site, rendered from the draft (or the
    // published version), through a signed link the page renderer checks (src/preview).
    preview: {
      enabled: true,
      config: {
        allowedOrigins: [preview.siteUrl],
        handler: previewLinkHandler(preview),
      },
    },
  };
};

export default config;
