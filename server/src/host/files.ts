/** Reading the disk for the core: decoded text or a clear reason why not. */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { FileEdit } from '../core/model';
import { lineStarts, offsetAt } from '../core/text';

/** What identifies one version of a file's content: size, mtime and a content hash. */
export interface FileStamp {
  size: number;
  mtimeMs: number;
  hash: string;
}

export type ReadResult = { ok: true; text: string; stamp: FileStamp } | { ok: false; reason: string };

/** Files larger than this are not analysed (a generated bindings file of an allmodconfig build is ~20 MB). */
export const MAX_FILE_BYTES = 48 * 1024 * 1024;

const utf8 = new TextDecoder('utf-8', { fatal: true });

export function decodeText(bytes: Uint8Array): { ok: true; text: string } | { ok: false; reason: string } {
  if (bytes.length > MAX_FILE_BYTES) {
    return { ok: false, reason: `is ${(bytes.length / 1048576).toFixed(0)} MB, over the ${MAX_FILE_BYTES / 1048576} MB limit` };
  }
  const probe = bytes.subarray(0, 8192);
  if (probe.includes(0)) return { ok: false, reason: 'is binary (contains NUL bytes)' };
  try {
    const text = utf8.decode(bytes);
    return { ok: true, text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
  } catch {
    return { ok: false, reason: 'is not valid UTF-8' };
  }
}

export function readText(file: string): ReadResult {
  let bytes: Buffer;
  let st: fs.Stats;
  try {
    st = fs.statSync(file);
    if (!st.isFile()) return { ok: false, reason: 'is not a regular file' };
    if (st.size > MAX_FILE_BYTES) return { ok: false, reason: `is ${(st.size / 1048576).toFixed(0)} MB, over the ${MAX_FILE_BYTES / 1048576} MB limit` };
    bytes = fs.readFileSync(file);
  } catch (e) {
    return { ok: false, reason: describeFsError(e) };
  }
  const decoded = decodeText(bytes);
  if (!decoded.ok) return decoded;
  return { ok: true, text: decoded.text, stamp: lazyStamp(bytes, st.mtimeMs) };
}

/** The hash is computed when first read: most files read at a start are not looked up in the cache before the first diagnostics. */
function lazyStamp(bytes: Buffer, mtimeMs: number): FileStamp {
  let unhashed: Buffer | undefined = bytes;
  let hash = '';
  return {
    size: bytes.length,
    mtimeMs,
    get hash() {
      if (unhashed) {
        hash = createHash('sha1').update(unhashed).digest('hex');
        unhashed = undefined;
      }
      return hash;
    },
  };
}

export function describeFsError(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT': return 'does not exist';
    case 'EACCES': case 'EPERM': return 'cannot be read (permission denied)';
    case 'EISDIR': return 'is a directory';
    case 'ELOOP': return 'is a symlink loop';
    default: return `cannot be read (${code ?? String(e)})`;
  }
}

export function isFile(p: string): boolean {
  try {
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
}

export function isDir(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}

const SKIP_DIRS = new Set(['.git', 'node_modules', '.cache', '.tmp_versions']);

/**
 * Files under `dir` with one of `exts`, in sorted order. Symlinked directories are not
 * followed (kernel trees have none we need, and loops are possible); unreadable
 * directories are reported through `onError` and skipped.
 */
export function listFiles(dir: string, exts: string[], onError?: (dir: string, reason: string) => void): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(d, { withFileTypes: true });
    } catch (e) {
      onError?.(d, describeFsError(e));
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) {
        if (!SKIP_DIRS.has(e.name)) walk(p);
      } else if ((e.isFile() || e.isSymbolicLink()) && exts.some((x) => e.name.endsWith(x))) {
        out.push(p);
      }
    }
  };
  walk(dir);
  return out;
}

/** Applies a fix's file edits on disk: creates new files, splices the others (edits must not overlap). */
export function writeFileEdits(edits: FileEdit[]): void {
  for (const fe of edits) {
    if (fe.create) {
      fs.mkdirSync(path.dirname(fe.file), { recursive: true });
      fs.writeFileSync(fe.file, fe.edits.map((e) => e.newText).join(''));
      continue;
    }
    const r = readText(fe.file);
    if (!r.ok) throw new Error(`${fe.file} ${r.reason}`);
    const starts = lineStarts(r.text);
    const spans = fe.edits
      .map((e) => ({ from: offsetAt(starts, r.text, e.range.start), to: offsetAt(starts, r.text, e.range.end), text: e.newText }))
      .sort((a, b) => b.from - a.from);
    let out = r.text;
    for (const s of spans) out = out.slice(0, s.from) + s.text + out.slice(s.to);
    fs.writeFileSync(fe.file, out);
  }
}
