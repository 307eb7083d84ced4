/**
 * Runs a public form's checks and insert (a comment, a consultation request)
 * as one database transaction that no other submission sharing one of its
 * keys (the same text, IP hash, email or phone) can interleave with: without
 * it, two requests arriving together would both pass the duplicate or flood
 * check.
 *
 * PostgreSQL, where several CMS processes share one database: a
 * transaction-scoped advisory lock per key, taken inside the transaction,
 * released by its COMMIT or ROLLBACK. Written here because the advisory-lock
 * packages hold locks on a connection of their own, and these must sit in
 * the transaction of the insert.
 *
 * SQLite, which the project runs as one process: the in-process KeyedLock
 * around the transaction.
 */
import { createHash } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { KeyedLock } from './keyed-lock';

/** A signed 64-bit advisory lock id for a key: the first 8 bytes of its SHA-256. */
export function advisoryLockId(key: string): bigint {
  return createHash('sha256').update(key).digest().readBigInt64BE(0);
}

export function createSubmissionLock(strapi: Core.Strapi) {
  const local = new KeyedLock();

  return async function withSubmissionLock<T>(keys: string[], task: () => Promise<T>): Promise<T> {
    if (strapi.db.dialect.client !== 'postgres') {
      return local.run(keys, () => strapi.db.transaction(() => task()));
    }
    // Sorted, so that two submissions holding overlapping keys cannot wait on each other.
    const ids = [...new Set(keys.map(advisoryLockId))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    return strapi.db.transaction(async ({ trx }) => {
      for (const id of ids) {
        await trx.raw('SELECT pg_advisory_xact_lock(?::bigint)', [id.toString()]);
      }
      return task();
    });
  };
}
