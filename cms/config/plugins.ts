import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { requiredEnv } from '../src/utils/required-env';

type Env = Core.Config.Shared.ConfigParams['env'];

/**
 * Outgoing mail (moderators are told about held comments) through SMTP, only
 * when SMTP_HOST is set. Without it the email plugin is left unconfigured and
 * nothing is sent.
 */
function emailConfig(env: Env): Core.Config.Plugin {
  const host = env('SMTP_HOST', '');
  if (!host) {
    return {};
  }
  const from = env('SMTP_FROM', '');
  if (!from) {
    throw new Error('SMTP_FROM is not set. Set it (for example "Clinic CMS <cms@example.org>") when SMTP_HOST is set.');
  }
  const user = env('SMTP_USER', '');
  return {
    email: {
      config: {
        provider: 'nodemailer',
        providerOptions: {
          host,
          port: env.int('SMTP_PORT', 587),
          // true for implicit TLS (port 465); otherwise STARTTLS is used when the server offers it.
          secure: env.bool('SMTP_SECURE', false),
          auth: user ? { user, pass: env('SMTP_PASSWORD', '') } : undefined,
          // Give up quickly: a comment's notification is not worth holding connections open.
          connectionTimeout: 10_000,
          greetingTimeout: 10_000,
          socketTimeout: 20_000,
        },
        settings: { defaultFrom: from },
      },
    },
  };
}

/**
 * Uploads go to an S3 bucket (or an S3-compatible store with S3_ENDPOINT) when S3_BUCKET is
 * set, so every CMS replica serves the same media; otherwise to public/uploads, which the
 * replicas share as one volume.
 */
function uploadConfig(env: Env): Core.Config.Plugin {
  const bucket = env('S3_BUCKET', '');
  if (!bucket) {
    return {};
  }
  const required = (name: string): string => {
    const value = env(name, '');
    if (!value) {
      throw new Error(`${name} is not set. Set it when S3_BUCKET is set (see docs/deploy.md, "Uploads").`);
    }
    return value;
  };
  const endpoint = env('S3_ENDPOINT', '');
  return {
    upload: {
      config: {
        provider: 'aws-s3',
        providerOptions: {
          // Where browsers fetch the files (a CDN or the bucket's public address); the
          // provider builds the bucket's own URL when it is empty.
          baseUrl: env('S3_PUBLIC_URL', '') || undefined,
          s3Options: {
            credentials: {
              accessKeyId: required('S3_ACCESS_KEY_ID'),
              secretAccessKey: required('S3_SECRET_ACCESS_KEY'),
            },
            region: required('S3_REGION'),
            // S3-compatible stores (MinIO and the like) address buckets by path.
            ...(endpoint ? { endpoint, forcePathStyle: true } : {}),
            params: { Bucket: bucket },
          },
        },
      },
    },
  };
}

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
  // Consultation requests for the front desk (src/plugins/front-desk), resolved the same way.
  'front-desk': {
    enabled: true,
    resolve: path.join(__dirname, '..', 'src', 'plugins', 'front-desk'),
  },
  ...emailConfig(env),
  ...uploadConfig(env),
});

export default config;
