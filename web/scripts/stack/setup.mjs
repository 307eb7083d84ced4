// What one stack is set up with before anything starts: its mode (STACK_INSTANCES,
// STACK_DATABASE), its temporary folder, its free ports, and what it owns and gives back on stop.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort, randomSecret } from '../../../cms/scripts/launch.mjs';
import { psql, stopChild } from './processes.mjs';

/**
 * @typedef {{ root: string, cms: string, html: string, conf: string, run: string, logs: string }} StackDirs
 */

/**
 * The mode the stack runs in: one CMS on SQLite (the default), or STACK_INSTANCES CMS
 * processes and as many page renderers on one PostgreSQL database (STACK_DATABASE=postgres).
 * @param {{ instances?: number, database?: 'sqlite' | 'postgres' }} options
 */
export function stackMode({ instances = Number(process.env.STACK_INSTANCES || 1), database = process.env.STACK_DATABASE === 'postgres' ? 'postgres' : 'sqlite' }) {
  if (!Number.isInteger(instances) || instances < 1) throw new Error(`STACK_INSTANCES must be a whole number of 1 or more (got: ${instances})`);
  if (instances > 1 && database !== 'postgres') {
    throw new Error('Several CMS processes need one shared database: set STACK_DATABASE=postgres with STACK_INSTANCES');
  }
  return { instances, database };
}

/**
 * The stack's temporary folder and its parts.
 * @param {string | undefined} logDir
 * @returns {StackDirs}
 */
export function makeDirs(logDir) {
  const root = mkdtempSync(path.join(tmpdir(), 'web-stack-'));
  // nginx's workers run as `nobody` when the master is root: they must be able to read the root.
  chmodSync(root, 0o755);
  const dirs = {
    root,
    cms: path.join(root, 'cms'),
    html: path.join(root, 'html'),
    conf: path.join(root, 'nginx'),
    run: path.join(root, 'nginx', 'run'),
    logs: logDir ?? path.join(root, 'logs'),
  };
  mkdirSync(dirs.cms, { mode: 0o700 });
  mkdirSync(dirs.run, { recursive: true });
  mkdirSync(dirs.logs, { recursive: true });
  for (const file of readdirSync(dirs.logs)) {
    if (/^(cms|ssr)(-\d+)?\.log$|^nginx-(access|error)\.log$/.test(file)) rmSync(path.join(dirs.logs, file), { force: true });
  }
  return dirs;
}

/**
 * Free ports for nginx (the site, and the CMS behind it when scaled), each CMS process and
 * each renderer.
 * @param {number} instances
 */
export async function stackPorts(instances) {
  /** @type {number[]} */
  const cms = [];
  /** @type {number[]} */
  const ssr = [];
  for (let index = 0; index < instances; index += 1) {
    cms.push(await freePort());
    ssr.push(await freePort());
  }
  return { web: await freePort(), balancedCms: await freePort(), cms, ssr, firstCms: /** @type {number} */ (cms[0]) };
}

/**
 * What a stack owns besides its folder: its processes, its PostgreSQL database when scaled,
 * its cache entries in Redis (under a prefix of its own) and its preview secret; and how to
 * give them all back, gently (`stop`) or at once (`killAll`, also on exit).
 * @param {StackDirs} dirs
 * @param {boolean} scaled
 */
export function stackResources(dirs, scaled) {
  /** @type {import('node:child_process').ChildProcess[]} */
  const children = [];
  const cachePrefix = `stack-${randomBytes(6).toString('hex')}:`;
  const databaseName = scaled ? `stack_${randomBytes(6).toString('hex')}` : null;
  let databaseCreated = false;
  let stopped = false;

  const dropDatabase = () => {
    if (databaseName && databaseCreated) {
      databaseCreated = false;
      spawnSync('psql', ['-h', '127.0.0.1', '-U', 'postgres', '-d', 'postgres', '-qc', `DROP DATABASE IF EXISTS ${databaseName} WITH (FORCE)`]);
    }
  };
  const clearCache = () => {
    spawnSync('sh', ['-c', 'redis-cli -h 127.0.0.1 --scan --pattern "$1*" | xargs -r redis-cli -h 127.0.0.1 del >/dev/null', 'sh', cachePrefix]);
  };
  const release = () => {
    dropDatabase();
    clearCache();
    process.removeListener('exit', killAll);
    rmSync(dirs.root, { recursive: true, force: true });
  };
  function killAll() {
    for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    release();
  }

  return {
    cachePrefix,
    databaseName,
    previewSecret: randomSecret(),
    killAll,
    createDatabase() {
      if (!databaseName) return;
      psql("Cannot create the stack's database on PostgreSQL at 127.0.0.1:5432", `CREATE DATABASE ${databaseName}`);
      databaseCreated = true;
    },
    /**
     * @template {{ child: import('node:child_process').ChildProcess }} T
     * @param {T} started
     * @returns {T}
     */
    track(started) {
      children.push(started.child);
      return started;
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      await Promise.all(children.map((child) => stopChild(child, 'SIGTERM')));
      release();
    },
  };
}
