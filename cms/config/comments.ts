import type { Core } from '@strapi/strapi';
import { requiredEnv } from '../src/utils/required-env';

export interface CommentsConfig {
  /** A form sent sooner than this after its token was issued is refused (0: no check). */
  minFillSeconds: number;
  /** The same client IP or email may comment once per this many seconds (0: no limit). */
  floodSeconds: number;
  /** Comments close on articles published longer ago than this (0: never). */
  closeAfterDays: number;
  /** How long a form token stays valid. At least 30 minutes: a person may take a while to write. */
  formTokenTtlSeconds: number;
  /** Key material for the form-token signature and the client IP hash. */
  secret: string;
}

const MIN_TOKEN_TTL_MINUTES = 30;

function nonNegativeInt(env: Core.Config.Shared.ConfigParams['env'], name: string, fallback: number): number {
  const value = env.int(name, fallback);
  if (!Number.isInteger(value) || value < 0) {
    throw new Error(`${name} must be a whole number of 0 or more, not "${env(name)}"`);
  }
  return value;
}

const config = ({ env }: Core.Config.Shared.ConfigParams): CommentsConfig => {
  const ttlMinutes = nonNegativeInt(env, 'COMMENT_FORM_TOKEN_TTL_MINUTES', 120);
  if (ttlMinutes < MIN_TOKEN_TTL_MINUTES) {
    throw new Error(`COMMENT_FORM_TOKEN_TTL_MINUTES must be at least ${MIN_TOKEN_TTL_MINUTES}, not ${ttlMinutes}`);
  }
  return {
    minFillSeconds: nonNegativeInt(env, 'COMMENT_MIN_FILL_SECONDS', 3),
    floodSeconds: nonNegativeInt(env, 'COMMENT_FLOOD_SECONDS', 15),
    closeAfterDays: nonNegativeInt(env, 'COMMENTS_CLOSE_AFTER_DAYS', 0),
    formTokenTtlSeconds: ttlMinutes * 60,
    // A dedicated secret lets the keys be rotated apart from the session keys.
    secret: env('COMMENT_TOKEN_SECRET', '') || requiredEnv(env, 'APP_KEYS'),
  };
};

export default config;
