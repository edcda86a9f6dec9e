/**
 * dist/rfl-ffi.js, the entry of the `rfl-ffi` binary and of the language server: runs the
 * bundle (dist/rfl-ffi-main.js) compiled with V8's code cache, kept in the per-user cache
 * directory beside the persisted index.
 *
 * Each start compiles the 750 kB bundle before it runs a line of it, then each function as it
 * is first called. The bundle writes the cache once a start has run the path later starts
 * run (a server's first diagnostics from the persisted index, a `check` that used it), so the
 * cache holds the bytecode of every function on that path and a later start compiles none of
 * them: ~20 ms of a ~240 ms warm start of the server on the project's machine. (A cache
 * written before the bundle runs, as Node 22's `module.enableCompileCache` does, holds only
 * its top level and saved a third of that.)
 *
 * V8 takes a cache only for the same V8, flags and source; otherwise this start compiles as
 * without one and writes a new one. The file is written under another name and renamed. Not
 * reading or writing it only costs time. RFL_FFI_NO_CODE_CACHE=1 turns it off.
 *
 * A cache is bytecode that V8 runs: it is read from, and written to, only a file and a folder
 * that the user owns and that no one else can write (on POSIX systems; the folder is made
 * 0700 and the file 0600). A cache directory shared with others (`RFL_FFI_CACHE_DIR` on a
 * group-writable folder) gets none.
 */
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import * as vm from 'node:vm';
import { cacheDir, writeAtomically } from './host/cacheDir';
import { CODE_CACHE, type CodeCache, NO_CODE_CACHE_ENV } from './host/codeCache';

/** Caches kept per kind of start, newest first (other versions of rfl-ffi in use, an editor's and the CLI's). */
const KEPT = 3;

const bundle = path.join(__dirname, 'rfl-ffi-main.js');
const bundleFd = fs.openSync(bundle, 'r');
const stat = fs.fstatSync(bundleFd);
// The server and the CLI run different functions: a cache each.
const kind = process.argv[2] === 'lsp' ? 'lsp' : 'cli';
const prefix = `code-${kind}-`;
const file = path.join(cacheDir(), `${prefix}${process.version}-${process.arch}-${stat.size}-${Math.trunc(stat.mtimeMs)}.bin`);
const off = process.env[NO_CODE_CACHE_ENV] === '1';
const untrusted = !off && !ownedByUser(path.dirname(file));
let cacheFd: number | undefined;
let cacheSize = 0;
if (!off && !untrusted) {
  try {
    cacheFd = fs.openSync(file, 'r');
    const st = fs.fstatSync(cacheFd);
    if (ownedByUser(st)) cacheSize = st.size;
  } catch {
    // none yet
  }
}

// The bundle is read with the wrapper around it into one buffer, and the cache into the same
// buffer after it: a memory page touched the first time costs ~14 µs on the project's machine
// (a VM), ~190 of them for each 750 kB read into fresh memory. One flat string, too: V8 copies
// a concatenated one once more to flatten it.
const HEAD = '(function (exports, require, module, __filename, __dirname) {';
const TAIL = '\n})';
const wrapped = HEAD.length + stat.size + TAIL.length;
const buffer = Buffer.allocUnsafe(Math.max(wrapped, cacheSize));
buffer.write(HEAD, 0, 'latin1');
let got: number;
try {
  got = readFully(bundleFd, buffer, HEAD.length, stat.size);
} finally {
  fs.closeSync(bundleFd);
}
buffer.write(TAIL, HEAD.length + got, 'latin1');
// ASCII (the build checks it): read as Latin-1, which makes V8 a one-byte string without decoding UTF-8.
const source = buffer.toString('latin1', 0, HEAD.length + got + TAIL.length);
let cachedData: Buffer | undefined;
if (cacheFd !== undefined) {
  try {
    if (cacheSize) cachedData = buffer.subarray(0, readFully(cacheFd, buffer, 0, cacheSize));
  } catch {
    // Not read: this start compiles without it.
  } finally {
    fs.closeSync(cacheFd);
  }
}

const script = new vm.Script(source, { filename: bundle, cachedData });

/** Reads `length` bytes of `fd` from its start into `into` at `at`, or fewer if the file is shorter; their count. */
function readFully(fd: number, into: Buffer, at: number, length: number): number {
  let done = 0;
  for (let n = 1; done < length && n > 0; done += n) n = fs.readSync(fd, into, at + done, length - done, done);
  return done;
}

const codeCache: CodeCache = {
  state: off ? 'off' : untrusted ? 'untrusted' : !cachedData ? 'absent' : script.cachedDataRejected ? 'rejected' : 'used',
  file,
  save() {
    if (this.state !== 'absent' && this.state !== 'rejected') return;
    this.state = 'saved';
    try {
      fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
      // Written only where it can be read back (a folder made just now, or checked above).
      if (!ownedByUser(path.dirname(file))) return;
      writeAtomically(file, [script.createCachedData()], 0o600);
      removeOlder();
    } catch {
      // Only time is lost: the next start compiles and writes it.
    }
  },
};

function removeOlder(): void {
  const dir = path.dirname(file);
  const caches = fs.readdirSync(dir).filter((n) => n.startsWith(prefix) && n.endsWith('.bin'))
    .map((n) => ({ n, mtime: fs.statSync(path.join(dir, n)).mtimeMs }))
    .sort((a, b) => b.mtime - a.mtime);
  for (const { n } of caches.slice(KEPT)) if (path.join(dir, n) !== file) fs.rmSync(path.join(dir, n), { force: true });
}

/**
 * Whether `at` (a path, or an open file's stat) exists and is the user's alone to write: owned by
 * them, not writable by group or others. Always on a system without user ids (Windows, where
 * the cache is in the user's profile).
 */
function ownedByUser(at: string | fs.Stats): boolean {
  if (typeof process.getuid !== 'function') return true;
  try {
    const st = typeof at === 'string' ? fs.statSync(at) : at;
    return st.uid === process.getuid() && (st.mode & 0o022) === 0;
  } catch {
    // A folder not made yet is made 0700 when the cache is written.
    return typeof at === 'string';
  }
}

(globalThis as Record<symbol, CodeCache>)[CODE_CACHE] = codeCache;
const bundleModule = { exports: {} };
(script.runInThisContext() as (...args: unknown[]) => void)
  .call(bundleModule.exports, bundleModule.exports, createRequire(bundle), bundleModule, bundle, path.dirname(bundle));
