import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Test tiers (test/support/tiers.ts): the last line of a run names the tiers skipped here.
    reporters: ['default', './test/support/tierReporter.ts'],
    // The persisted index goes to a cache of the test run, not the user's ~/.cache.
    env: { RFL_FFI_CACHE_DIR: fileURLToPath(new URL('.cache/test-index-cache', import.meta.url)) },
  },
});
