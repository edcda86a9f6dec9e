import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/support/globalSetup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // The persisted index goes to a cache of the test run, not the user's ~/.cache.
    env: { RFL_FFI_CACHE_DIR: fileURLToPath(new URL('.cache/test-index-cache', import.meta.url)) },
  },
});
