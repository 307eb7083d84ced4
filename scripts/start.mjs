// `npm start`: installs what is missing, then runs the CMS (SQLite, seeded on
// first start) and the web app side by side until Ctrl-C.
import path from 'node:path';
import { existsSync } from 'node:fs';
import { ROOT, cmsSecret, ensureCmsSecrets, ensurePnpm, installWorkspace, log, startService, stopService, waitFor } from './lib.mjs';

const cmsPort = Number(process.env.CMS_PORT ?? 1337);
const webPort = Number(process.env.WEB_PORT ?? 5173);
const cmsUrl = `http://localhost:${cmsPort}`;
const webUrl = `http://localhost:${webPort}`;

const pnpm = ensurePnpm();
await installWorkspace(pnpm);
ensureCmsSecrets();

log('Starting the CMS and the web app');
const cms = startService('cms', pnpm, ['--filter', 'cms', 'develop'], {
  env: {
    ...process.env,
    CMS_PORT: String(cmsPort),
    CORS_ORIGINS: process.env.CORS_ORIGINS ?? `${webUrl},http://127.0.0.1:${webPort}`,
    // "Open preview" in the admin opens the dev server's /preview (web/vite.config.ts).
    SITE_URL: process.env.SITE_URL ?? webUrl,
    STRAPI_TELEMETRY_DISABLED: 'true',
  },
});
const web = startService('web', pnpm, ['--filter', 'web', 'dev'], {
  env: {
    ...process.env,
    WEB_PORT: String(webPort),
    VITE_CMS_URL: process.env.VITE_CMS_URL ?? cmsUrl,
    // The dev server checks editors' preview links with the CMS's secret.
    PREVIEW_SECRET: cmsSecret('PREVIEW_SECRET'),
  },
});

const children = [cms, web];
let stopping = false;
const stop = (code) => {
  if (stopping) return;
  stopping = true;
  for (const child of children) stopService(child);
  setTimeout(() => process.exit(code), 2000).unref();
};
for (const child of children) {
  child.on('exit', (code) => {
    if (!stopping) {
      process.stderr.write(`\n✖ a service stopped (exit ${code}); stopping the other one\n`);
      stop(code || 1);
    }
  });
}
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));

if (await waitFor(`${cmsUrl}/_health`, 204)) {
  const credentials = path.join(ROOT, 'cms', '.local', 'admin-credentials.txt');
  process.stdout.write(
    [
      '',
      '──────────────────────────────────────────────',
      `  Site:   ${webUrl}`,
      `  CMS:    ${cmsUrl}  (REST API under ${cmsUrl}/api)`,
      `  Admin:  ${cmsUrl}/admin`,
      existsSync(credentials) ? `  Admin passwords generated on first start: ${credentials}` : '',
      '  Stop with Ctrl-C.',
      '──────────────────────────────────────────────',
      '',
    ]
      .filter((line) => line !== '')
      .join('\n') + '\n',
  );
}
