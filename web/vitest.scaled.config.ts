import { defineConfig } from 'vitest/config';

// The scaled production setup (web/scaled/): two CMS processes and two page renderers on one
// PostgreSQL database behind nginx, started by scripts/stack.mjs. Needs the CMS and the web
// app built, PostgreSQL on 127.0.0.1:5432, Redis on 127.0.0.1:6379 and Debian's nginx.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['scaled/**/*.test.ts'],
    env: { STACK_INSTANCES: '2', STACK_DATABASE: 'postgres' },
    fileParallelism: false,
    hookTimeout: 420_000,
    testTimeout: 120_000,
  },
});
