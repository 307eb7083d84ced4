/**
 * A private PostgreSQL cluster for tests that stop or restart the server.
 * The machine's shared cluster (port 5432) serves every other test and is
 * never touched: this one gets its own name, port and data directory through
 * Debian's pg_createcluster, and is dropped afterwards. Needs root.
 */
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { promisify } from 'node:util';
import pg from 'pg';
import { freePort, type Database } from './cms';

const run = promisify(execFile);

export interface PrivateCluster {
  name: string;
  port: number;
  start(): Promise<void>;
  stop(): Promise<void>;
  restart(): Promise<void>;
  /** A new database in this cluster, in the shape startCms takes. */
  createDatabase(name: string): Promise<Database>;
  /** Stops and removes the cluster and its data; safe to call on a half-created one. */
  drop(): Promise<void>;
}

function postgresVersion(): string {
  const versions = readdirSync('/etc/postgresql').filter((entry) => /^\d+$/.test(entry));
  if (versions.length === 0) throw new Error('No PostgreSQL under /etc/postgresql (Debian postgresql-common is needed)');
  return versions.sort((a, b) => Number(b) - Number(a))[0];
}

export async function createPrivateCluster(): Promise<PrivateCluster> {
  const version = postgresVersion();
  const name = `cmsburst${randomBytes(4).toString('hex')}`;
  const port = await freePort();
  const ctl = (action: 'start' | 'stop' | 'restart') =>
    run('pg_ctlcluster', ['--skip-systemctl-redirect', version, name, action]).then(() => undefined);
  const adminUrl = (database: string) => `postgres://postgres@127.0.0.1:${port}/${database}`;

  const cluster: PrivateCluster = {
    name,
    port,
    start: () => ctl('start'),
    stop: () => ctl('stop'),
    restart: () => ctl('restart'),
    async createDatabase(database) {
      const admin = new pg.Client({ connectionString: adminUrl('postgres') });
      await admin.connect();
      try {
        await admin.query(`CREATE DATABASE ${database}`);
      } finally {
        await admin.end();
      }
      const query = async (sql: string) => {
        const client = new pg.Client({ connectionString: adminUrl(database) });
        await client.connect();
        try {
          return (await client.query(sql)).rows;
        } finally {
          await client.end();
        }
      };
      return {
        env: { DATABASE_CLIENT: 'postgres', DATABASE_URL: adminUrl(database) },
        query: query as Database['query'],
        execute: async (sql) => {
          await query(sql);
        },
        // The whole cluster is dropped: nothing to do per database.
        drop: async () => undefined,
      };
    },
    async drop() {
      await run('pg_dropcluster', ['--stop', version, name]).catch((error: unknown) => {
        // Not created (or already gone) is fine; anything else is worth seeing.
        if (!/does not exist/.test(String((error as { stderr?: string }).stderr ?? error))) throw error;
      });
    },
  };

  try {
    await run('pg_createcluster', [version, name, '-p', String(port), '--', '--auth=trust']);
    await cluster.start();
  } catch (error) {
    await cluster.drop().catch(() => undefined);
    throw error;
  }
  return cluster;
}
