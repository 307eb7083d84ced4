import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
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

export default defineConfig(({ isSsrBuild = false }) => ({
  plugins: [react()],
  resolve: {
    // Vitest resolves packages with Node's conditions minus "module", which picks
    // react-router's CJS build for app code while react-router/dom (loaded by Node)
    // gets the ESM one: two router contexts. "module-sync" makes both use the ESM build.
    conditions: process.env.VITEST ? ['module-sync'] : undefined,
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  // The page renderer (`vite build --ssr src/server/main.ts`) is one self-contained file:
  // its image needs Node and the web build, no node_modules.
  ssr: process.env.VITEST ? undefined : { noExternal: true, target: 'node' },
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
