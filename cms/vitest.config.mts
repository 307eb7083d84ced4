import path from 'node:path';
import { defineConfig } from 'vitest/config';

/**
 * The API tests boot the real CMS. The same files run twice: once against a
 * throwaway SQLite file and once against a throwaway PostgreSQL database
 * (127.0.0.1:5432 unless TEST_PG_URL says otherwise).
 */
export default defineConfig({
  // The tests that import the CMS's modules read their sources, as tsconfig's paths do (Vite
  // defines __dirname in its config files).
  resolve: {
    alias: [
      { find: /^#src\//, replacement: `${path.join(__dirname, 'src')}/` },
      { find: /^#config\//, replacement: `${path.join(__dirname, 'config')}/` },
    ],
  },
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // Each file boots its own CMS; two at once is what two cores carry.
    maxWorkers: 2,
    projects: [
      // SQLite has no server to restart, and runs as one process: these run against PostgreSQL only.
      {
        extends: true,
        test: {
          name: 'sqlite',
          env: { TEST_DB: 'sqlite' },
          exclude: ['tests/database-restart.test.ts', 'tests/comments-multiprocess.test.ts'],
        },
      },
      { extends: true, test: { name: 'postgres', env: { TEST_DB: 'postgres' }, exclude: ['tests/generated-types.test.ts', 'tests/lint-areas.test.ts'] } },
    ],
  },
});
