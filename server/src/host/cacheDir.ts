/**
 * The per-user cache directory (`$RFL_FFI_CACHE_DIR`, else `$XDG_CACHE_HOME/rfl-ffi`, else
 * `~/.cache/rfl-ffi`): the persisted index (indexCache.ts) and V8's code cache of the bundle
 * (loader.ts). Node builtins only: the loader imports this before the bundle runs.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export const CACHE_DIR_ENV = 'RFL_FFI_CACHE_DIR';

export function cacheDir(): string {
  const env = process.env[CACHE_DIR_ENV];
  if (env) return path.resolve(env);
  const xdg = process.env.XDG_CACHE_HOME;
  return path.join(xdg && path.isAbsolute(xdg) ? xdg : path.join(os.homedir(), '.cache'), 'rfl-ffi');
}

/** Writes `file` under another name and renames it: a reader never sees half a file. `mode` applies to a new file. */
export function writeAtomically(file: string, parts: Uint8Array[], mode?: number): void {
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    const fd = fs.openSync(tmp, 'w', mode);
    try {
      for (const p of parts) for (let done = 0; done < p.length;) done += fs.writeSync(fd, p, done);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(tmp, file);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw e;
  }
}
