// `npm test`: every check the project has, in the order a failure is cheapest
// to find. Needs PostgreSQL on 127.0.0.1:5432 (or TEST_PG_URL) for the CMS's
// PostgreSQL run, PostgreSQL and Redis on 127.0.0.1 (6379) for the scaled setup (both started
// when they are down and can be), Debian's docker-compose to validate docker-compose.yml, and Debian's
// Chromium and nginx for the end-to-end tests (installed when missing, as root).
import { spawnSync } from 'node:child_process';
import { CMS_SECRET_NAMES } from '../cms/scripts/launch.mjs';
import { ROOT, ensureCmsSecrets, ensureDebianPackage, ensurePnpm, ensurePostgres, ensureRedis, installWorkspace, log, run } from './lib.mjs';

const pnpm = ensurePnpm();
await installWorkspace(pnpm);

log('Lint');
run(pnpm, ['-r', '--workspace-concurrency=1', 'lint']);

log('Typecheck');
run(pnpm, ['-r', '--workspace-concurrency=1', 'typecheck']);

log('Validate docker-compose.yml');
ensureDebianPackage('docker-compose', 'docker-compose');
// Placeholder values: the file refuses to render without its required secrets.
const composeEnv = Object.fromEntries(
  ['POSTGRES_PASSWORD', ...CMS_SECRET_NAMES].map(
    (name) => [name, `placeholder-${name.toLowerCase()}`],
  ),
);
run('docker-compose', ['-f', 'docker-compose.yml', 'config', '-q'], { env: { ...process.env, ...composeEnv } });
const withoutSecrets = spawnSync('docker-compose', ['-f', 'docker-compose.yml', 'config', '-q'], {
  cwd: ROOT,
  env: { PATH: process.env.PATH },
  encoding: 'utf8',
});
if (withoutSecrets.status === 0 || !/POSTGRES_PASSWORD|APP_KEYS/.test(withoutSecrets.stderr)) {
  process.stderr.write('✖ docker-compose.yml must refuse to render without its secrets\n');
  process.exit(1);
}

log('Shared package tests (the cache against the local Redis, the rules)');
await ensureRedis();
run(pnpm, ['--filter', './packages/*', 'test']);

log('Web unit and route tests');
run(pnpm, ['--filter', 'web', 'test']);

log('Build the CMS (server and admin panel)');
ensureCmsSecrets();
run(pnpm, ['--filter', 'cms', 'build']);

log('CMS API tests against the real Strapi, on SQLite and on PostgreSQL');
await ensurePostgres();
run(pnpm, ['--filter', 'cms', 'test']);

log('Build the web app');
run(pnpm, ['--filter', 'web', 'build']);

// Two CMS processes and two page renderers behind Debian's nginx, on one PostgreSQL database.
log('Scaled setup: two CMS processes and two page renderers behind nginx');
ensureDebianPackage('nginx', 'nginx-light');
await ensurePostgres();
run(pnpm, ['--filter', 'web', 'test:scaled']);

// Playwright drives Debian's Chromium (it cannot download its own browser here) against the
// real CMS and the build above, served by nginx with the production configuration.
log('End-to-end tests: Chromium against the real CMS and the build served by nginx');
ensureDebianPackage('chromium', 'chromium');
ensureDebianPackage('nginx', 'nginx-light');
run(pnpm, ['--filter', 'web', 'e2e']);

log('All checks passed');
