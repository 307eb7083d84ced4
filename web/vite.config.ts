import { readFileSync } from 'node:fs';
import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

function port(raw: string | undefined): number {
  if (raw === undefined || raw === '') return 5173;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1 || value > 65535) {
    throw new Error(`WEB_PORT must be a TCP port number, got "${raw}"`);
  }
  return value;
}

const webPort = port(process.env.WEB_PORT);

/**
 * Editors' preview links in development: the dev server renders /preview with the page
 * renderer's code (src/server/dev-preview.ts), since `npm start` runs no renderer.
 * PREVIEW_SECRET comes from cms/.env through scripts/start.mjs.
 */
type DevPreviewModule = {
  answerPreviewInDev: (
    target: string,
    indexHtml: string,
    options: { secret: string; siteUrl: string; cmsUrl: string },
  ) => Promise<{ status: number; headers: Record<string, string>; body: string }>;
};

function previewInDev(): Plugin {
  return {
    name: 'clinic:preview-in-dev',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const target = req.url ?? '/';
        if (!/^\/preview(\?|$)/.test(target)) return next();
        const secret = process.env.PREVIEW_SECRET;
        if (!secret) {
          res.writeHead(503, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Preview needs PREVIEW_SECRET: start the site with `npm start`.\n');
          return;
        }
        const siteUrl = `http://localhost:${webPort}`;
        const cmsUrl = process.env.VITE_CMS_URL ?? 'http://localhost:1337';
        (async () => {
          const indexHtml = await server.transformIndexHtml(target, readFileSync(new URL('./index.html', import.meta.url), 'utf8'));
          const module = (await server.ssrLoadModule('/src/server/dev-preview.ts')) as DevPreviewModule;
          const { status, headers, body } = await module.answerPreviewInDev(target, indexHtml, { secret, siteUrl, cmsUrl });
          res.writeHead(status, headers).end(body);
        })().catch((error: unknown) => {
          if (error instanceof Error) server.ssrFixStacktrace(error);
          next(error);
        });
      });
    },
  };
}

export default defineConfig(({ command, isSsrBuild = false }) => ({
  plugins: [react(), previewInDev()],
  resolve: {
    // Vitest resolves packages with Node's conditions minus "module", which picks
    // react-router's CJS build for app code while react-router/dom (loaded by Node)
    // gets the ESM one: two router contexts. "module-sync" makes both use the ESM build.
    conditions: process.env.VITEST ? ['module-sync'] : undefined,
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  // The page renderer (`vite build --ssr src/server/main.ts`) is one self-contained file:
  // its image needs Node and the web build, no node_modules.
  ssr: process.env.VITEST || command !== 'build' ? undefined : { noExternal: true, target: 'node' },
  // The client build's manifest names each route module's chunks: the page renderer preloads
  // those of the page it renders (and the benchmark sums the entry's).
  build: { copyPublicDir: !isSsrBuild, manifest: !isSsrBuild },
  server: { port: webPort, strictPort: true },
  preview: { port: webPort, strictPort: true },
  test: {
    environment: 'jsdom',
    setupFiles: ['./src/testing/setup.ts'],
    include: ['src/**/__tests__/**/*.test.{ts,tsx}'],
    restoreMocks: true,
  },
}));
