// Shared by `npm start` and `npm test`: find or install pnpm, install the
// workspace, and make sure the CMS has its secrets. Plain Node, no dependencies,
// so it runs on a machine that has only Node and npm.
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, createWriteStream, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const LOCAL_PNPM = path.join(ROOT, '.tools', 'node_modules', '.bin', 'pnpm');

export function log(message) {
  process.stdout.write(`\n▶ ${message}\n`);
}

function pnpmVersion(command) {
  const result = spawnSync(command, ['--version'], { encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : null;
}

/** pnpm 10 from PATH, or installed into .tools/ with npm (no root, no corepack needed). */
export function ensurePnpm() {
  const global = pnpmVersion('pnpm');
  if (global?.startsWith('10.')) return 'pnpm';
  if (!existsSync(LOCAL_PNPM)) {
    log('Installing pnpm 10 into .tools/ with npm');
    run('npm', ['install', '--prefix', path.join(ROOT, '.tools'), '--no-audit', '--no-fund', '--loglevel=error', 'pnpm@10']);
  }
  return LOCAL_PNPM;
}

/** Runs a command to completion, inheriting the terminal; exits the script if it fails. */
export function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', cwd: ROOT, ...options });
  if (result.status !== 0) {
    process.stderr.write(`\n✖ ${[command, ...args].join(' ')} failed (exit ${result.status ?? result.signal})\n`);
    process.exit(result.status || 1);
  }
}

/** Where the install's full output goes (git-ignored), so the terminal shows one line per phase. */
export const INSTALL_LOG = path.join(ROOT, '.local', 'logs', 'install.log');

const PROGRESS = /Progress: resolved (\d+), reused (\d+), downloaded (\d+), added (\d+)/g;
const seconds = (since) => `${Math.round((Date.now() - since) / 1000)} s`;

/**
 * Runs a command with its output in `logFile` instead of the terminal (compilers and package
 * managers print hundreds of lines), saying every 15 s that it is still going, with pnpm's
 * package count when there is one. On failure it shows the end of the log and names the file.
 */
export async function runLogged(label, command, args, logFile = INSTALL_LOG) {
  mkdirSync(path.dirname(logFile), { recursive: true });
  const out = createWriteStream(logFile, { flags: 'a' });
  out.write(`\n$ ${[command, ...args].join(' ')}\n`);
  const started = Date.now();
  let progress = '';
  let tail = '';
  const child = spawn(command, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  const collect = (chunk) => {
    out.write(chunk);
    tail = (tail + chunk.toString()).slice(-8000);
    const matches = [...chunk.toString().matchAll(PROGRESS)];
    const last = matches.at(-1);
    if (last) progress = `${last[4]} of ${last[1]} packages`;
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  const ticker = setInterval(() => process.stdout.write(`  … ${label}${progress ? `: ${progress}` : ''} (${seconds(started)})\n`), 15_000);
  const code = await new Promise((resolve) => {
    child.on('error', (error) => {
      tail += `\n${error.message}`;
      resolve(1);
    });
    child.on('close', (status, signal) => resolve(status ?? (signal ? 1 : 0)));
  });
  clearInterval(ticker);
  await new Promise((resolve) => out.end(resolve));
  if (code !== 0) {
    process.stderr.write(`${tail.split('\n').slice(-30).join('\n')}\n`);
    process.stderr.write(`\n✖ ${label} failed (exit ${code}). The whole output is in ${path.relative(ROOT, logFile)}\n`);
    process.exit(code || 1);
  }
  process.stdout.write(`  ✓ ${label} (${seconds(started)})\n`);
}

export async function installWorkspace(pnpm) {
  log(`Installing dependencies (output in ${path.relative(ROOT, INSTALL_LOG)})`);
  await runLogged('pnpm install', pnpm, ['install', '--frozen-lockfile', '--config.confirmModulesPurge=false', '--reporter=append-only']);
  // What the CMS and the page renderer share (packages/*: the cache, the rules) they import built.
  await runLogged('building the shared packages', pnpm, ['--filter', './packages/*', 'build']);
}

const CMS_SECRETS = ['APP_KEYS', 'API_TOKEN_SALT', 'ADMIN_JWT_SECRET', 'TRANSFER_TOKEN_SALT', 'JWT_SECRET', 'ENCRYPTION_KEY', 'PREVIEW_SECRET', 'CONSULT_ENCRYPTION_KEY'];

const secret = () => randomBytes(32).toString('base64');

/**
 * cms/.env holds the CMS's secrets for local runs (git ignores it). Any secret
 * neither in the environment nor in the file is generated now, once.
 */
export function ensureCmsSecrets() {
  const file = path.join(ROOT, 'cms', '.env');
  const current = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const present = new Set(current.split('\n').map((line) => line.split('=')[0].trim()));
  const missing = CMS_SECRETS.filter((name) => !present.has(name) && !process.env[name]);
  if (missing.length === 0) return;

  const lines = missing.map((name) =>
    name === 'APP_KEYS' ? `APP_KEYS=${[secret(), secret(), secret(), secret()].join(',')}` : `${name}=${secret()}`,
  );
  const prefix = current && !current.endsWith('\n') ? '\n' : '';
  writeFileSync(file, `${current}${prefix}${lines.join('\n')}\n`);
  chmodSync(file, 0o600);
  log(`Generated ${missing.join(', ')} in cms/.env`);
}

/** A secret from the environment or, else, from cms/.env (see ensureCmsSecrets). */
export function cmsSecret(name) {
  if (process.env[name]) return process.env[name];
  const file = path.join(ROOT, 'cms', '.env');
  const line = existsSync(file) ? readFileSync(file, 'utf8').split('\n').find((each) => each.startsWith(`${name}=`)) : undefined;
  return line?.slice(name.length + 1).trim();
}

/**
 * Starts a long-running child, in a process group of its own so that stopping
 * it stops everything it started, with its output lines prefixed by its name.
 */
export function startService(name, command, args, options = {}) {
  const child = spawn(command, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], detached: true, ...options });
  const prefix = (stream, target) => {
    let buffered = '';
    stream.on('data', (chunk) => {
      buffered += chunk.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) target.write(`[${name}] ${line}\n`);
    });
  };
  prefix(child.stdout, process.stdout);
  prefix(child.stderr, process.stderr);
  return child;
}

export function stopService(child) {
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    // already gone
  }
}

export async function waitFor(url, expectedStatus, { timeoutMs = 300_000 } = {}) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url);
      if (response.status === expectedStatus) return true;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return false;
}

// /usr/sbin and /sbin too: Debian leaves them off a non-root user's PATH, and nginx lives there.
const commandExists = (command) =>
  spawnSync('sh', ['-c', 'command -v "$1"', 'sh', command], {
    stdio: 'ignore',
    env: { ...process.env, PATH: `${process.env.PATH ?? ''}:/usr/sbin:/sbin` },
  }).status === 0;

/** Installs a Debian package when its command is missing and we may (root with apt-get); else says what to do. */
export function ensureDebianPackage(command, pkg) {
  if (commandExists(command)) return;
  if (process.getuid?.() === 0 && commandExists('apt-get')) {
    log(`Installing ${pkg} from Debian`);
    run('apt-get', ['update', '-qq']);
    run('apt-get', ['install', '-y', '-qq', pkg], { env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    return;
  }
  process.stderr.write(`✖ ${command} is missing: install the Debian package ${pkg}\n`);
  process.exit(1);
}

/** The CMS tests need PostgreSQL on 127.0.0.1:5432 (or TEST_PG_URL); start the local cluster if it is down. */
export async function ensurePostgres() {
  if (process.env.TEST_PG_URL) return;
  const ready = () => spawnSync('pg_isready', ['-q', '-h', '127.0.0.1', '-p', '5432']).status === 0;
  if (ready()) return;
  if (commandExists('pg_ctlcluster') && existsSync('/etc/postgresql')) {
    for (const version of readdirSync('/etc/postgresql')) {
      spawnSync('pg_ctlcluster', ['--skip-systemctl-redirect', version, 'main', 'start'], { stdio: 'inherit' });
    }
    for (let attempt = 0; attempt < 30 && !ready(); attempt += 1) {
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  }
  if (!ready()) {
    process.stderr.write('✖ PostgreSQL is not reachable on 127.0.0.1:5432; start it or set TEST_PG_URL\n');
    process.exit(1);
  }
}

/** The scaled-setup test shares the local Redis on 127.0.0.1:6379 (under a key prefix of its own); start it if it is down. */
export async function ensureRedis() {
  const ready = () => spawnSync('redis-cli', ['-h', '127.0.0.1', '-p', '6379', 'ping'], { encoding: 'utf8' }).stdout?.trim() === 'PONG';
  if (ready()) return;
  if (commandExists('redis-server')) {
    // In memory only: the cache needs no persistence.
    spawnSync('redis-server', ['--daemonize', 'yes', '--bind', '127.0.0.1', '-::1', '--port', '6379', '--save', '', '--appendonly', 'no'], {
      stdio: 'inherit',
    });
    for (let attempt = 0; attempt < 30 && !ready(); attempt += 1) {
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
  if (!ready()) {
    process.stderr.write('✖ Redis is not reachable on 127.0.0.1:6379; start it (redis-server) and run again\n');
    process.exit(1);
  }
}
