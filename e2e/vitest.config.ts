import { fileURLToPath } from 'node:url';
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
    // Trains (or loads) the assistant's model once before any journey starts a server. An absolute
    // path: vitest resolves setup files from the root (the repository), not from this file.
    globalSetup: [fileURLToPath(new URL('../test-global-setup.ts', import.meta.url))],
    maxWorkers: 1,
    fileParallelism: false,
    reporters: ['default'],
  },
});
