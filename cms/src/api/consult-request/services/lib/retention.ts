/**
 * The retention job: a closed request is deleted CONSULT_RETENTION_DAYS after it was closed,
 * any request CONSULT_MAX_AGE_DAYS after it was sent. Every CMS process schedules it; each
 * scheduled run is claimed once per cluster under a database lock (a PostgreSQL advisory lock
 * with several processes, see src/public-forms/submission-lock.ts), so it runs in one process.
 * The same run re-encrypts rows still sealed under a previous key (docs/deploy.md).
 */
import type { Core } from '@strapi/strapi';
import type { ConsultConfig } from '#config/consult';
import { createSubmissionLock } from '#src/public-forms/submission-lock';
import { CONSULT, contactHashes, createStore, fingerprintOf, sealField, toView, type Store, type StoredRequest } from './records';
import { SealedFieldError, type Keyring } from './sealed-fields';

const DAY_MS = 24 * 60 * 60 * 1000;
const LAST_RUN = { type: 'core', name: 'consult-requests', key: 'retention-last-run' } as const;
const RESEAL_BATCH = 100;

/** What the job works with: the CMS, the keys, the requests' store and the cluster-wide lock. */
interface RetentionContext {
  strapi: Core.Strapi;
  keyring: () => Keyring;
  store: Store;
  withLock: ReturnType<typeof createSubmissionLock>;
}

const config = (strapi: Core.Strapi) => strapi.config.get<ConsultConfig>('consult');

/** Deletes what is past its time; returns how many of each kind. */
async function removeExpired({ strapi }: RetentionContext, now = new Date()) {
  const { retentionDays, maxAgeDays } = config(strapi);
  const closedBefore = new Date(now.getTime() - retentionDays * DAY_MS).toISOString();
  const sentBefore = new Date(now.getTime() - maxAgeDays * DAY_MS).toISOString();
  const expired = { $or: [{ status: { $eq: 'closed' }, closedAt: { $lt: closedBefore } }, { createdAt: { $lt: sentBefore } }] };
  // Through the query engine: one statement, not one per document.
  const { count } = await strapi.db.query(CONSULT).deleteMany({ where: expired });
  return count;
}

/** Seals one row's fields and hashes again under the current key; false when no configured key opens it. */
async function resealRow(store: Store, keys: Keyring, row: StoredRequest): Promise<boolean> {
  let view;
  try {
    view = toView(keys, row);
  } catch (error) {
    if (!(error instanceof SealedFieldError)) throw error;
    return false;
  }
  await store.documents().update({
    documentId: row.documentId,
    data: {
      name: sealField(keys, 'name', view.name),
      phone: sealField(keys, 'phone', view.phone),
      email: sealField(keys, 'email', view.email),
      message: sealField(keys, 'message', view.message),
      staffNote: sealField(keys, 'staffNote', view.staffNote),
      ...contactHashes(keys, view),
      fingerprint: fingerprintOf(keys, view),
      keyId: keys.current.id,
    },
  } as never);
  return true;
}

/**
 * Re-encrypts rows sealed under a previous key with the current one, hashes included, in id
 * order. A row no configured key opens is left as it is (and counted), never overwritten.
 */
async function reseal({ keyring, store }: RetentionContext): Promise<{ resealed: number; unreadable: number }> {
  const keys = keyring();
  const counts = { resealed: 0, unreadable: 0 };
  if (keys.byId.size === 1) return counts;
  for (let after = 0; ; ) {
    const rows = await store.findMany({ filters: { keyId: { $ne: keys.current.id }, id: { $gt: after } }, sort: 'id:asc', limit: RESEAL_BATCH });
    if (rows.length === 0) return counts;
    for (const row of rows) {
      after = row.id ?? after;
      if (await resealRow(store, keys, row)) counts.resealed += 1;
      else counts.unreadable += 1;
    }
  }
}

/** Claims the run scheduled at `slot` for this process; false when another process has it. */
async function claim({ strapi, withLock }: RetentionContext, slot: Date): Promise<boolean> {
  return withLock(['consult:retention'], async () => {
    const lastRun = (await strapi.store.get(LAST_RUN)) as string | null;
    if (lastRun && new Date(lastRun).getTime() >= slot.getTime()) return false;
    await strapi.store.set({ ...LAST_RUN, value: slot.toISOString() });
    return true;
  });
}

/** One scheduled run: claimed, then done and logged; errors are logged, never thrown. */
async function run(context: RetentionContext, scheduledAt: Date = new Date()) {
  const { strapi } = context;
  const slot = new Date(Math.floor(scheduledAt.getTime() / 1000) * 1000);
  try {
    if (!(await claim(context, slot))) return;
    const removed = await removeExpired(context);
    const { resealed, unreadable } = await reseal(context);
    strapi.log.info(
      `Consultation request retention (run ${slot.toISOString()}): removed ${removed}` +
        (resealed > 0 ? `, re-encrypted ${resealed} under the current key` : '') +
        (unreadable > 0 ? `, ${unreadable} no configured key opens (left as they are)` : ''),
    );
  } catch (error) {
    strapi.log.error(`Consultation request retention (run ${slot.toISOString()}) failed: ${String(error)}`);
  }
}

export function createRetention(strapi: Core.Strapi, keyring: () => Keyring) {
  const context: RetentionContext = { strapi, keyring, store: createStore(strapi), withLock: createSubmissionLock(strapi) };
  return {
    removeExpired: (now?: Date) => removeExpired(context, now),
    reseal: () => reseal(context),
    run: (scheduledAt?: Date) => run(context, scheduledAt),
  };
}

/** Schedules the job in this process (config CONSULT_RETENTION_SCHEDULE). */
export function scheduleRetention(strapi: Core.Strapi, run: (scheduledAt: Date) => Promise<void>) {
  strapi.cron.add({
    consultRequestRetention: {
      // Strapi passes the run's scheduled time after the context: the same instant in every process.
      task: (_context: unknown, fireDate?: unknown) => run(fireDate instanceof Date ? fireDate : new Date()),
      options: { rule: strapi.config.get<ConsultConfig>('consult').retentionSchedule },
    },
  });
}
