// The stack's child processes: started with their output in a log file, waited for, stopped.
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, readFileSync } from 'node:fs';

/**
 * @param {string} url
 * @param {number} status
 * @param {import('node:child_process').ChildProcess} child
 * @param {string} name
 * @param {() => string} logTail
 * @param {number} timeoutMs
 */
export async function waitUntilServing(url, status, child, name, logTail, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`${name} exited (${child.exitCode ?? child.signalCode}) before it was ready:\n${logTail()}`);
    }
    try {
      const response = await fetch(url);
      if (response.status === status) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${name} did not answer ${status} on ${url} within ${timeoutMs / 1000} s:\n${logTail()}`);
}

/** @param {string} file */
export function tail(file, lines = 60) {
  if (!existsSync(file)) return '(no log)';
  return readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
}

/**
 * @param {import('node:child_process').ChildProcess} child
 * @param {NodeJS.Signals} signal
 */
export function stopChild(child, signal) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve(undefined));
    child.kill(signal);
    setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
  });
}


/** @param {string} message @param {string} sql */
export function psql(message, sql) {
  const result = spawnSync('psql', ['-h', '127.0.0.1', '-p', '5432', '-U', 'postgres', '-d', 'postgres', '-v', 'ON_ERROR_STOP=1', '-qc', sql], {
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`${message}: ${result.error?.message ?? result.stderr}`);
}

/**
 * One process with its output in a log file of its own.
 * @param {{ name: string, command: string, args: string[], cwd?: string, env: Record<string, string>, logPath: string }} options
 */
export function spawnLogged({ name, command, args, cwd, env, logPath }) {
  const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], env });
  logTo(child, logPath);
  return { name, child, logPath };
}

/**
 * @param {import('node:child_process').ChildProcess} child
 * @param {string} logPath
 */
export function logTo(child, logPath) {
  const log = createWriteStream(logPath);
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  child.once('exit', () => log.end());
}

/**
 * @param {{ name: string, child: import('node:child_process').ChildProcess, logPath: string }} process
 * @param {string} url
 * @param {number} status
 * @param {number} timeoutMs
 */
export const ready = ({ name, child, logPath }, url, status, timeoutMs) => waitUntilServing(url, status, child, name, () => tail(logPath), timeoutMs);
