/**
 * Boots the real CMS (`strapi start` on the compiled project in dist/) as a
 * child process against a throwaway database, and talks to it over HTTP.
 * The database is SQLite or PostgreSQL according to TEST_DB, which the vitest
 * project sets; each CMS instance gets its own file or database.
 */
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { CMS_DIR, STRAPI_BIN, freePort, generateCmsSecrets, randomSecret, spawnCms } from '../../scripts/launch.mjs';

export { CMS_DIR, STRAPI_BIN, freePort };

export type TestDb = 'sqlite' | 'postgres';

export const TEST_DB: TestDb = process.env.TEST_DB === 'postgres' ? 'postgres' : 'sqlite';
const PG_ADMIN_URL = process.env.TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export const USERS = {
  admin: { email: 'admin@example.com', password: `Adm1n-${randomBytes(9).toString('base64url')}` },
  editor: { email: 'editor@example.com', password: `Ed1tor-${randomBytes(9).toString('base64url')}` },
  moderator: { email: 'moderator@example.com', password: `M0derator-${randomBytes(9).toString('base64url')}` },
  frontdesk: { email: 'frontdesk@example.com', password: `Fr0ntdesk-${randomBytes(9).toString('base64url')}` },
} as const;


/** Every test CMS signs its preview links with this, so tests can check and forge them. */
export const PREVIEW_SECRET = randomSecret();

/** Every test CMS encrypts consultation requests under this, so tests can decrypt what is stored. */
export const CONSULT_ENCRYPTION_KEY = randomSecret();

async function withPgAdmin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: PG_ADMIN_URL });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** A throwaway database: a SQLite file in a temp folder, or a fresh PostgreSQL database. */
export interface Database {
  env: Record<string, string>;
  /** Runs SQL against the database (for assertions that must look below the API). */
  query<T extends pg.QueryResultRow = pg.QueryResultRow>(sql: string): Promise<T[]>;
  /** Runs a statement that changes data (to set up what the API cannot, such as an old publication date). */
  execute(sql: string): Promise<void>;
  drop(): Promise<void>;
}

export async function createDatabase(kind: TestDb = TEST_DB): Promise<Database> {
  if (kind === 'postgres') {
    const name = `cms_test_${Date.now()}_${randomBytes(3).toString('hex')}`;
    await withPgAdmin((client) => client.query(`CREATE DATABASE ${name}`));
    const url = new URL(PG_ADMIN_URL);
    url.pathname = `/${name}`;
    const run = async (sql: string) => {
      const client = new pg.Client({ connectionString: url.toString() });
      await client.connect();
      try {
        return (await client.query(sql)).rows;
      } finally {
        await client.end();
      }
    };
    return {
      env: { DATABASE_CLIENT: 'postgres', DATABASE_URL: url.toString() },
      query: run as Database['query'],
      async execute(sql) {
        await run(sql);
      },
      drop: () => withPgAdmin((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
    };
  }

  const dir = mkdtempSync(path.join(tmpdir(), 'cms-test-'));
  const filename = path.join(dir, 'data.db');
  return {
    env: { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: filename },
    async query(sql) {
      // better-sqlite3 is a dependency of the CMS itself.
      const { default: Sqlite } = await import('better-sqlite3');
      const db = new Sqlite(filename, { readonly: true });
      try {
        return db.prepare(sql).all() as never[];
      } finally {
        db.close();
      }
    },
    async execute(sql) {
      const { default: Sqlite } = await import('better-sqlite3');
      const db = new Sqlite(filename);
      try {
        db.prepare(sql).run();
      } finally {
        db.close();
      }
    },
    drop: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

export interface Cms {
  url: string;
  db: Database;
  /** The CMS's output so far, for failure messages. */
  output(): string;
  stop(): Promise<void>;
  /** Stops the process and starts a new one on the same database. */
  restart(): Promise<void>;
  /** Stops the process and drops the database. */
  destroy(): Promise<void>;
  /** Sends a signal to the running process and resolves with its exit code once it exits by itself. */
  signal(signal: NodeJS.Signals): Promise<number | null>;
}

export async function startCms(options: { db?: Database; env?: Record<string, string> } = {}): Promise<Cms> {
  const db = options.db ?? (await createDatabase());
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const credentialsDir = mkdtempSync(path.join(tmpdir(), 'cms-credentials-'));
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? tmpdir(),
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    ...generateCmsSecrets(),
    PREVIEW_SECRET,
    CONSULT_ENCRYPTION_KEY,
    CMS_ADMIN_PASSWORD: USERS.admin.password,
    CMS_EDITOR_PASSWORD: USERS.editor.password,
    CMS_MODERATOR_PASSWORD: USERS.moderator.password,
    CMS_FRONTDESK_PASSWORD: USERS.frontdesk.password,
    CMS_CREDENTIALS_FILE: path.join(credentialsDir, 'admin-credentials.txt'),
    STRAPI_TELEMETRY_DISABLED: 'true',
    STRAPI_DISABLE_UPDATE_NOTIFICATION: 'true',
    ...db.env,
    ...options.env,
  };

  let child: ChildProcess | undefined;
  let log = '';

  const start = async () => {
    log = '';
    child = spawnCms({ port, env });
    child.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
    const exited = new Promise<never>((_, reject) =>
      child?.once('exit', (code) => reject(new Error(`The CMS exited (${code}) before it was ready:\n${log}`))),
    );
    const ready = (async () => {
      for (let attempt = 0; attempt < 600; attempt += 1) {
        try {
          const response = await fetch(`${url}/_health`);
          if (response.status === 204) return;
        } catch {
          // not listening yet
        }
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      throw new Error(`The CMS did not become healthy:\n${log}`);
    })();
    await Promise.race([ready, exited]);
  };

  const stop = async () => {
    const running = child;
    child = undefined;
    if (!running || running.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      running.removeAllListeners('exit');
      running.once('exit', () => resolve());
      running.kill('SIGTERM');
      setTimeout(() => running.kill('SIGKILL'), 10_000).unref();
    });
  };

  await start();

  return {
    url,
    db,
    output: () => log,
    stop,
    restart: async () => {
      await stop();
      await start();
    },
    signal: (signal) => {
      const running = child;
      if (!running || running.exitCode !== null) return Promise.reject(new Error(`The CMS is not running:\n${log}`));
      running.removeAllListeners('exit');
      const exited = new Promise<number | null>((resolve) => running.once('exit', (code) => resolve(code)));
      running.kill(signal);
      return exited;
    },
    destroy: async () => {
      await stop();
      await db.drop();
      rmSync(credentialsDir, { recursive: true, force: true });
    },
  };
}
