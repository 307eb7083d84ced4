/**
 * Retention: a closed request goes CONSULT_RETENTION_DAYS after it was closed, any request
 * CONSULT_MAX_AGE_DAYS after it was sent, and each scheduled run happens in one process of
 * the cluster (on PostgreSQL, with two CMS processes sharing the database).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { UNREADABLE } from '../src/api/consult-request/services/lib/records';
import { createKeyring, open, seal, sealingKey } from '../src/api/consult-request/services/lib/sealed-fields';
import { CONSULT_ENCRYPTION_KEY, startCms, TEST_DB, USERS, type Cms } from './support/cms';
import { sleep } from './support/comments';
import { consultRows, createConsult, FAST_CONSULT_ENV } from './support/consult';
import { adminLogin, request } from './support/http';

/** A run every 2 seconds, so the test sees several. */
const ENV = { ...FAST_CONSULT_ENV, CONSULT_RETENTION_SCHEDULE: '*/2 * * * * *', CONSULT_RETENTION_DAYS: '180', CONSULT_MAX_AGE_DAYS: '365' };
const RUN_LOG = /Consultation request retention \(run ([0-9T:.\-Z]+)\): removed (\d+)/g;

let first: Cms;
let second: Cms | undefined;
let rotated: Cms | undefined;

beforeAll(async () => {
  first = await startCms({ env: ENV });
  // SQLite runs as one process; PostgreSQL as a cluster of two sharing the database.
  if (TEST_DB === 'postgres') second = await startCms({ db: first.db, env: ENV });
});

afterAll(async () => {
  await rotated?.stop();
  await second?.stop();
  await first?.destroy();
});

const daysAgo = (days: number) =>
  TEST_DB === 'postgres' ? `NOW() - INTERVAL '${days} days'` : `(CAST(strftime('%s', 'now') AS INTEGER) - ${days} * 86400) * 1000`;

async function age(documentId: string, set: string) {
  await first.db.execute(`UPDATE consult_requests SET ${set} WHERE document_id = '${documentId}'`);
}

function runs(cms: Cms | undefined): { slot: string; removed: number }[] {
  return [...(cms?.output() ?? '').matchAll(RUN_LOG)].map((match) => ({ slot: match[1] as string, removed: Number(match[2]) }));
}

describe('the retention job', () => {
  it('removes what is past its time, keeps the rest, and runs each scheduled time in one process only', async () => {
    const closedLongAgo = (await createConsult(first)).documentId;
    const closedRecently = (await createConsult(first)).documentId;
    const sentLongAgo = (await createConsult(first)).documentId;
    const contactedThisYear = (await createConsult(first)).documentId;
    const fresh = (await createConsult(first)).documentId;
    await age(closedLongAgo, `status = 'closed', closed_at = ${daysAgo(181)}, created_at = ${daysAgo(200)}`);
    await age(closedRecently, `status = 'closed', closed_at = ${daysAgo(179)}, created_at = ${daysAgo(200)}`);
    await age(sentLongAgo, `status = 'new', created_at = ${daysAgo(366)}`);
    await age(contactedThisYear, `status = 'contacted', created_at = ${daysAgo(364)}`);

    const deadline = Date.now() + 30_000;
    while ((await consultRows(first)).length > 3 && Date.now() < deadline) await sleep(250);
    // A few more runs, so two processes have had several chances to run the same one twice.
    await sleep(5_000);

    const left = (await consultRows(first)).map((row) => row.document_id).sort();
    expect(left).toEqual([closedRecently, contactedThisYear, fresh].sort());

    const all = [...runs(first), ...runs(second)];
    expect(all.length, first.output().slice(-2000)).toBeGreaterThanOrEqual(3);
    const slots = all.map((run) => run.slot);
    expect(new Set(slots).size, `a run happened twice: ${slots.join(', ')}`).toBe(slots.length);
    expect(all.reduce((sum, run) => sum + run.removed, 0)).toBe(2);
  }, 90_000);
});

describe('rotating the encryption key', () => {
  it('re-encrypts every request under the new key while the previous one still reads them', async () => {
    const { documentId, fields } = await createConsult(first);
    // One request sealed under a key that is lost: the rotation must leave it, and staff still see the rest.
    const lostKey = sealingKey(randomBytes(32).toString('base64'));
    const { documentId: lost } = await createConsult(first);
    await first.db.execute(
      `UPDATE consult_requests SET name = '${seal(lostKey, 'name', 'Sample Lost')}', key_id = '${lostKey.id}' WHERE document_id = '${lost}'`,
    );
    await second?.stop();
    await first.stop();
    const newKey = randomBytes(32).toString('base64');
    rotated = await startCms({
      db: first.db,
      env: { ...ENV, CONSULT_ENCRYPTION_KEY: newKey, CONSULT_ENCRYPTION_KEY_PREVIOUS: CONSULT_ENCRYPTION_KEY },
    });
    const deadline = Date.now() + 30_000;
    while (!/re-encrypted \d+ under the current key/.test(rotated.output()) && Date.now() < deadline) await sleep(250);

    expect(rotated.output()).toMatch(/1 no configured key opens \(left as they are\)/);
    const rows = await consultRows(rotated);
    const lostRow = rows.find((candidate) => candidate.document_id === lost);
    expect(lostRow?.key_id).toBe(lostKey.id);
    expect(new Set(rows.filter((candidate) => candidate !== lostRow).map((row) => row.key_id))).toEqual(new Set([sealingKey(newKey).id]));

    const token = await adminLogin(rotated.url, USERS.frontdesk);
    const shown = await request(rotated.url, `/front-desk/requests/${lost}`, { token });
    expect(shown.status).toBe(200);
    expect(shown.body.data).toMatchObject({ documentId: lost, name: UNREADABLE });
    expect(shown.body.data.phone).toMatch(/\d/);
    const row = rows.find((candidate) => candidate.document_id === documentId)!;
    expect(open(createKeyring(newKey), 'name', row.name)).toBe(fields.name);
    expect(() => open(createKeyring(CONSULT_ENCRYPTION_KEY), 'name', row.name)).toThrow();
  }, 90_000);
});
