import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { requiredEnv } from '../src/utils/required-env';

/**
 * SQLite by default (a file under cms/.tmp, outside git); PostgreSQL when
 * DATABASE_CLIENT=postgres, configured by DATABASE_URL.
 */
const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Database => {
  const client = env('DATABASE_CLIENT', 'sqlite');

  if (client === 'postgres') {
    const url = new URL(requiredEnv(env, 'DATABASE_URL'));
    return {
      connection: {
        client: 'postgres',
        connection: {
          host: url.hostname,
          port: Number(url.port || 5432),
          database: decodeURIComponent(url.pathname.slice(1)),
          user: decodeURIComponent(url.username),
          password: decodeURIComponent(url.password),
          ssl: env.bool('DATABASE_SSL', false)
            ? { rejectUnauthorized: env.bool('DATABASE_SSL_REJECT_UNAUTHORIZED', true) }
            : false,
          schema: env('DATABASE_SCHEMA', 'public'),
        },
        pool: { min: env.int('DATABASE_POOL_MIN', 0), max: env.int('DATABASE_POOL_MAX', 10) },
        acquireConnectionTimeout: env.int('DATABASE_CONNECTION_TIMEOUT', 10000),
      },
    };
  }

  if (client !== 'sqlite') {
    throw new Error(`DATABASE_CLIENT must be "sqlite" or "postgres", not "${client}"`);
  }

  return {
    connection: {
      client: 'sqlite',
      connection: {
        // Relative paths are relative to the cms/ folder (this file runs from dist/config).
        filename: path.resolve(__dirname, '..', '..', env('DATABASE_FILENAME', '.tmp/data.db')),
      },
      useNullAsDefault: true,
    },
  };
};

export default config;
