import { defineConfig } from 'vitest/config';

/**
 * Browser journeys: Debian's Chromium driven by playwright-core against a real Clearline server
 * (`createTestServer` serving the built widget and console). One fork, one file at a time.
 */
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
    globalSetup: ['../test-global-setup.ts'],
    maxWorkers: 1,
    fileParallelism: false,
    reporters: ['default'],
  },
});
