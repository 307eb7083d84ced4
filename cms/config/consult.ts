import type { Core } from '@strapi/strapi';
import { requiredEnv } from '../src/utils/required-env';

export interface ConsultConfig {
  /** A form sent sooner than this after its token was issued is refused (0: no check). */
  minFillSeconds: number;
  /** The same client IP, email or phone may send one request per this many seconds (0: no limit). */
  floodSeconds: number;
  /** How long a form token stays valid. */
  formTokenTtlSeconds: number;
  /** A closed request is deleted this many days after it was closed. */
  retentionDays: number;
  /** Any request is deleted this many days after it was sent, whatever its status. */
  maxAgeDays: number;
  /** When the retention job runs (cron syntax, seconds field optional). */
  retentionSchedule: string;
  /** The key material the personal fields are encrypted under (CONSULT_ENCRYPTION_KEY). */
  encryptionKey: string;
  /** Earlier keys, still accepted for reading until every row is encrypted under the current one. */
  previousEncryptionKeys: string[];
  /** Key material for the form-token signature and the client IP hash. */
  secret: string;
}

const MIN_KEY_LENGTH = 32;

function positiveInt(env: Core.Config.Shared.ConfigParams['env'], name: string, fallback: number, min = 0): number {
  const value = env.int(name, fallback);
  if (!Number.isInteger(value) || value < min) {
    throw new Error(`${name} must be a whole number of ${min} or more, not "${env(name)}"`);
  }
  return value;
}

function encryptionKeys(env: Core.Config.Shared.ConfigParams['env']) {
  const current = requiredEnv(env, 'CONSULT_ENCRYPTION_KEY');
  const previous = env('CONSULT_ENCRYPTION_KEY_PREVIOUS', '')
    .split(',')
    .map((key) => key.trim())
    .filter(Boolean);
  for (const [name, key] of [['CONSULT_ENCRYPTION_KEY', current], ...previous.map((key) => ['CONSULT_ENCRYPTION_KEY_PREVIOUS', key])]) {
    if (key.length < MIN_KEY_LENGTH) {
      throw new Error(`${name} must be at least ${MIN_KEY_LENGTH} characters of random data (openssl rand -base64 32)`);
    }
  }
  return { current, previous };
}

const config = ({ env }: Core.Config.Shared.ConfigParams): ConsultConfig => {
  const keys = encryptionKeys(env);
  return {
    minFillSeconds: positiveInt(env, 'CONSULT_MIN_FILL_SECONDS', 3),
    floodSeconds: positiveInt(env, 'CONSULT_FLOOD_SECONDS', 60),
    formTokenTtlSeconds: positiveInt(env, 'CONSULT_FORM_TOKEN_TTL_MINUTES', 120, 30) * 60,
    retentionDays: positiveInt(env, 'CONSULT_RETENTION_DAYS', 180, 1),
    maxAgeDays: positiveInt(env, 'CONSULT_MAX_AGE_DAYS', 365, 1),
    retentionSchedule: env('CONSULT_RETENTION_SCHEDULE', '17 * * * *'),
    encryptionKey: keys.current,
    previousEncryptionKeys: keys.previous,
    secret: env('COMMENT_TOKEN_SECRET', '') || requiredEnv(env, 'APP_KEYS'),
  };
};

export default config;
