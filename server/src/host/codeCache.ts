/**
 * V8's code cache of the bundle, as the bundle sees it: the loader (loader.ts) compiles the
 * bundle with it and leaves here whether it was used, and how to write it once this start has
 * run what later starts will run. Undefined when the bundle was not started by the loader
 * (the tests import the sources).
 */
export const CODE_CACHE = Symbol.for('rfl-ffi.codeCache');

export interface CodeCache {
  /**
   * `used`: this start compiled nothing the cache holds. `absent` or `rejected` (another Node,
   * other V8 flags, another bundle, or bytes V8 does not take): compiled as without one, and
   * written by `save`, once (a file that is not the user's alone to write is not read, and is
   * replaced). `off`: RFL_FFI_NO_CODE_CACHE=1. `untrusted`: the cache folder is not the user's
   * alone to write: no cache is read from it or written to it.
   */
  state: 'off' | 'untrusted' | 'used' | 'absent' | 'rejected' | 'saved';
  /** The file it is read from and written to. */
  file: string;
  /** Writes the bytecode of every function run so far, when this start found no cache it could use. Failure only costs time. */
  save(): void;
}

export function codeCache(): CodeCache | undefined {
  return (globalThis as Record<symbol, CodeCache | undefined>)[CODE_CACHE];
}

export const NO_CODE_CACHE_ENV = 'RFL_FFI_NO_CODE_CACHE';
