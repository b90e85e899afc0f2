import { defineConfig } from 'vitest/config';

// One config, one project per workspace plus the cross-part end-to-end suite.
// Network tests use real sockets on loopback: keep workers few so 2 CI cores are not oversubscribed.
export default defineConfig({
  test: {
    projects: ['proto', 'head-unit', 'booking-core', 'gateway', 'simulator', 'conformance', 'test'].map(
      (name) => ({
        extends: true,
        test: { name, include: [`${name}/**/*.test.ts`], exclude: ['**/node_modules/**'] },
      }),
    ),
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: 'forks',
    maxWorkers: 2,
  },
});
