import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'sync-worker/test/**/*.test.ts'],
    // Integration suites start real PostgreSQL, nats-server and docker; on 2 cores more
    // than two files at once only makes every suite slower and flakier.
    maxWorkers: 2,
    testTimeout: 120_000,
    hookTimeout: 180_000,
    // In CI also a machine-readable report, from which .ci/run prints one plain
    // "N passed, N failed, N skipped" line.
    reporters: process.env.CI ? ['default', 'json'] : ['default'],
    outputFile: process.env.CI ? { json: '.pmoves/vitest-report.json' } : undefined,
  },
});
