/** An index cache of their own for tests that load trees in-process. */
import { afterEach, beforeEach } from 'vitest';
import { CACHE_DIR_ENV } from '../../server/src/host/indexCache';
import { tmpDir } from './tmpTree';

/** Gives each test of the file calling this an index cache of its own (`$RFL_FFI_CACHE_DIR`), never the user's. */
export function freshIndexCacheEachTest(): void {
  let saved: string | undefined;
  beforeEach(() => {
    saved = process.env[CACHE_DIR_ENV];
    process.env[CACHE_DIR_ENV] = tmpDir('rfl-ffi-cache-');
  });
  afterEach(() => {
    process.env[CACHE_DIR_ENV] = saved;
  });
}
