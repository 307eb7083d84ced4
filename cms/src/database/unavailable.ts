import type { Core } from '@strapi/strapi';

/**
 * Telling "the database cannot be reached" (down, restarting, refusing
 * connections, pool exhausted) from "this query is wrong", and surviving the
 * former: the CMS answers 503 while the database is away and serves again
 * when it is back, without a restart.
 */
export const UNAVAILABLE_MESSAGE = 'The service is temporarily unavailable, please try again.';
export const RETRY_AFTER_SECONDS = 5;

const CONNECTION_CODES = new Set([
  // Node sockets
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
  // PostgreSQL: connection exceptions (08xxx), shutting down or starting up (57P0x), too many connections
  '08000',
  '08001',
  '08003',
  '08004',
  '08006',
  '57P01',
  '57P02',
  '57P03',
  '53300',
  // SQLite: locked by another writer for longer than the busy timeout
  'SQLITE_BUSY',
]);

const CONNECTION_MESSAGES = [
  /Connection terminated/i,
  /Knex: Timeout acquiring a connection/i,
  /Client has encountered a connection error and is not queryable/i,
  /Client was closed and is not queryable/i,
  /terminating connection due to administrator command/i,
  /the database system is (starting up|shutting down)/i,
  // knex, when a query runs in a transaction its failed connection already rolled back.
  /Transaction query already complete/i,
];

/** Raised by our code when the database lost a write it reported as done. */
export class DatabaseUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DatabaseUnavailableError';
  }
}

/** Whether an error (or one it wraps) says the database is unreachable rather than the query is wrong. */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 5) return false;
  if (error instanceof DatabaseUnavailableError) return true;
  const { code, message, cause, errors, name } = error as {
    code?: unknown;
    message?: unknown;
    cause?: unknown;
    errors?: unknown;
    name?: unknown;
  };
  if (typeof code === 'string' && CONNECTION_CODES.has(code)) return true;
  if (name === 'KnexTimeoutError') return true;
  if (typeof message === 'string' && CONNECTION_MESSAGES.some((pattern) => pattern.test(message))) return true;
  if (Array.isArray(errors) && errors.some((inner) => isDatabaseUnavailable(inner, depth + 1))) return true;
  return isDatabaseUnavailable(cause, depth + 1);
}


/**
 * Strapi's pool hook (`afterCreate` in @strapi/database) sets the search path
 * on each new PostgreSQL connection and leaves that promise's rejection
 * unhandled: a connection that dies as it opens, which happens when the
 * server restarts, would end the whole process. Such rejections are logged;
 * any other unhandled rejection still ends the process, as Node does by
 * default.
 */
let surviving = false;

export function surviveDatabaseOutages(strapi: Core.Strapi) {
  if (surviving) return;
  surviving = true;
  process.on('unhandledRejection', (reason) => {
    if (isDatabaseUnavailable(reason)) {
      strapi.log.warn(`Database unavailable (unhandled by a library): ${reason instanceof Error ? reason.message : String(reason)}`);
      return;
    }
    throw reason;
  });
}
