import path from 'node:path';
import type { Core } from '@strapi/strapi';

export interface SeedUser {
  email: string;
  /** Undefined when not given: a strong random password is generated on first start. */
  password: string | undefined;
  firstname: string;
}

export interface ClinicConfig {
  seed: {
    /** Seed demo content and users on first start of an empty database. */
    enabled: boolean;
    /** Where generated admin passwords are written (outside git). */
    credentialsFile: string;
    users: {
      admin: SeedUser;
      editor: SeedUser;
      moderator: SeedUser;
      frontdesk: SeedUser;
    };
  };
}

const optional = (value: string | undefined): string | undefined => (value ? value : undefined);

const config = ({ env }: Core.Config.Shared.ConfigParams): ClinicConfig => ({
  seed: {
    enabled: env.bool('CMS_SEED', true),
    credentialsFile: path.resolve(__dirname, '..', '..', env('CMS_CREDENTIALS_FILE', '.local/admin-credentials.txt')),
    users: {
      admin: {
        email: env('CMS_ADMIN_EMAIL', 'admin@example.com'),
        password: optional(env('CMS_ADMIN_PASSWORD')),
        firstname: 'Admin',
      },
      editor: {
        email: env('CMS_EDITOR_EMAIL', 'editor@example.com'),
        password: optional(env('CMS_EDITOR_PASSWORD')),
        firstname: 'Editor',
      },
      moderator: {
        email: env('CMS_MODERATOR_EMAIL', 'moderator@example.com'),
        password: optional(env('CMS_MODERATOR_PASSWORD')),
        firstname: 'Moderator',
      },
      frontdesk: {
        email: env('CMS_FRONTDESK_EMAIL', 'frontdesk@example.com'),
        password: optional(env('CMS_FRONTDESK_PASSWORD')),
        firstname: 'Front desk',
      },
    },
  },
});

export default config;
