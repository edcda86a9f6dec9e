/** Reading the disk for the core: decoded text or a clear reason why not. */
import { isUtf8 } from 'node:buffer';
import type { Hash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { FileEdit } from '../core/model';
import { applyEdits } from '../core/text';

/**
 * A SHA-1 hash. node:crypto is loaded at the first, not with this module: loading it takes
 * ~10 ms of a start, which a server spends while it waits for the client (`RflFfiServer.initialize`).
 */
export function sha1(): Hash {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require('node:crypto') as typeof import('node:crypto')).createHash('sha1');
}

/**
 * A quick check value of bytes or a string, CRC-32 (zlib's, native: node:zlib loads in ~1 ms,
 * where node:crypto takes 4–10 ms of a start), as 8 hex digits: what a start compares before
 * the first diagnostics (a generated file's sample) or names files by. Never what content is
 * keyed by (a SHA-1, checked after the first diagnostics).
 */
export function crc32(data: Uint8Array | string, value = 0): number {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require('node:zlib') as typeof import('node:zlib')).crc32(data, value);
}

/** A CRC-32 as 8 hex digits. */
function hex8(crc: number): string {
  return crc.toString(16).padStart(8, '0');
}

/** A 64-bit name for a string (a path, a pair of trees): the CRC-32 of it and of it reversed, 16 hex digits. */
export function nameHash(s: string): string {
  return hex8(crc32(s)) + hex8(crc32([...s].reverse().join('')));
}

/** What identifies one version of a file's content: size, mtime and a content hash. */
export interface FileStamp {
  size: number;
  mtimeMs: number;
  hash: string;
  /** Set when the text read was repaired (bytes that were not UTF-8): then not what the file holds. */
  repaired?: boolean;
}

/** A decoded text, with a `warning` when decoding had to repair it; or why the file was not read. */
export type DecodeResult = { ok: true; text: string; warning?: string } | { ok: false; reason: string };

export type ReadResult = { ok: true; text: string; warning?: string; stamp: FileStamp } | { ok: false; reason: string };

/** Files larger than this are not analysed (a generated bindings file of an allmodconfig build is ~20 MB). */
export const MAX_FILE_BYTES = 48 * 1024 * 1024;

/** How much of a file is probed for NUL bytes, the mark of a binary file. */
const BINARY_PROBE = 8192;
const BINARY = 'is binary (contains NUL bytes)';

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
const lossyUtf8 = new TextDecoder('utf-8');

function tooLarge(bytes: number): string | undefined {
  return bytes > MAX_FILE_BYTES ? `is ${(bytes / 1048576).toFixed(0)} MB, over the ${MAX_FILE_BYTES / 1048576} MB limit` : undefined;
}

/** The 1-based line holding the first bytes that are not UTF-8 (lines end in \n, which UTF-8 never hides). */
function firstInvalidUtf8Line(bytes: Uint8Array): number {
  let line = 1;
  for (let start = 0; start < bytes.length; line++) {
    const nl = bytes.indexOf(10, start);
    const end = nl < 0 ? bytes.length : nl;
    try {
      strictUtf8.decode(bytes.subarray(start, end));
    } catch {
      return line;
    }
    start = end + 1;
  }
  return line;
}

/**
 * Decodes a file's bytes. A stray non-UTF-8 byte (a Latin-1 comment) does not cost the whole
 * file: it is read with U+FFFD in place of the bad bytes, and the warning says where.
 */
export function decodeText(bytes: Uint8Array): DecodeResult {
  const refused = refusedContent(bytes);
  if (refused) return { ok: false, reason: refused };
  // The usual case checked natively, then decoded without a second validation; a leading BOM
  // is dropped, as an editor (and TextDecoder) does.
  if (isUtf8(bytes)) return { ok: true, text: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8', startsWithBom(bytes) ? 3 : 0) };
  return { ok: true, text: lossyUtf8.decode(bytes), warning: invalidUtf8Warning(bytes) };
}

/**
 * A file's content as UTF-8 bytes, checked as `decodeText` checks it but not decoded: for a
 * reader that decodes only the parts it needs (the generated bindings). Bytes that are not
 * UTF-8 are repaired as `decodeText` repairs them.
 */
export function utf8Content(bytes: Uint8Array): { ok: true; bytes: Uint8Array; warning?: string } | { ok: false; reason: string } {
  const refused = refusedContent(bytes);
  if (refused) return { ok: false, reason: refused };
  if (isUtf8(bytes)) return { ok: true, bytes: startsWithBom(bytes) ? bytes.subarray(3) : bytes };
  return { ok: true, bytes: Buffer.from(lossyUtf8.decode(bytes)), warning: invalidUtf8Warning(bytes) };
}

function refusedContent(bytes: Uint8Array): string | undefined {
  return tooLarge(bytes.length) ?? (bytes.subarray(0, BINARY_PROBE).includes(0) ? BINARY : undefined);
}

function invalidUtf8Warning(bytes: Uint8Array): string {
  return `is not valid UTF-8 (line ${firstInvalidUtf8Line(bytes)}); read with U+FFFD in place of the invalid bytes`;
}

function startsWithBom(bytes: Uint8Array): boolean {
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}

/** Why a document's text (from an editor, so already decoded) is not analysed, if it is not. */
export function unanalysable(text: string): string | undefined {
  return (text.length * 3 > MAX_FILE_BYTES ? tooLarge(Buffer.byteLength(text)) : undefined)
    ?? (text.slice(0, BINARY_PROBE).includes('\0') ? BINARY : undefined);
}

/**
 * Files this process has read (or tried to), for tests that check that work done ahead of a
 * request leaves it none to do; and the bytes of persisted outlines read, for tests that check
 * that a warm start reads only the pages its lookups need.
 */
export const readCounts = { files: 0, outlineBytes: 0 };

function readRaw(file: string): { ok: true; bytes: Buffer; stamp: FileStamp } | { ok: false; reason: string } {
  readCounts.files++;
  try {
    // A missing file is common (include paths are tried in turn): no exception for it.
    const st = fs.statSync(file, { throwIfNoEntry: false });
    if (!st) return { ok: false, reason: describeFsError({ code: 'ENOENT' }) };
    if (!st.isFile()) return { ok: false, reason: 'is not a regular file' };
    const large = tooLarge(st.size);
    if (large) return { ok: false, reason: large };
    const bytes = fs.readFileSync(file);
    return { ok: true, bytes, stamp: lazyStamp(bytes, st.mtimeMs) };
  } catch (e) {
    return { ok: false, reason: describeFsError(e) };
  }
}

export function readText(file: string): ReadResult {
  const raw = readRaw(file);
  if (!raw.ok) return raw;
  const decoded = decodeText(raw.bytes);
  return decoded.ok ? { ...decoded, stamp: raw.stamp } : decoded;
}

/**
 * A generated file's content as UTF-8 bytes (see `utf8Content`), the bytes as they are on disk
 * (what its stamp hashes), and its stamp.
 */
export type GeneratedRead = { ok: true; bytes: Uint8Array; raw: Uint8Array; warning?: string; stamp: FileStamp } | { ok: false; reason: string };

export function readGenerated(file: string): GeneratedRead {
  const raw = readRaw(file);
  if (!raw.ok) return raw;
  const content = utf8Content(raw.bytes);
  return content.ok ? { ...content, raw: raw.bytes, stamp: raw.stamp } : content;
}

/** What `readInChunks` reads at a time: small enough to stay in the CPU's cache while it is checked, hashed and outlined. */
const CHUNK = 256 * 1024;

/**
 * A generated file's content handed to a consumer a chunk at a time, through one buffer (grown
 * only for an item larger than it): checked as `utf8Content` checks it, and hashed (SHA-1 of
 * the bytes on disk) on the way. `open(length)` is told the content's length (the file's,
 * less a BOM) and returns the consumer: given the content from where it last stopped, it
 * returns how many bytes it took, and the rest starts the next chunk (see `OutlineChunks`).
 * Undefined when the file cannot be read so: it changed from `stamp` while read, its content
 * is refused or not UTF-8, or the consumer returned -1. The caller then reads it whole, and
 * says what is wrong with it.
 */
export function readInChunks(
  file: string, stamp: { size: number; mtimeMs: number }, open: (length: number) => (chunk: Uint8Array, last: boolean) => number,
): { skip: number; hash: string } | undefined {
  return whileStamped(file, stamp, (fd, size) => {
    if (tooLarge(size)) return undefined;
    const hash = sha1();
    let buffer = Buffer.allocUnsafe(Math.max(1, Math.min(CHUNK, size)));
    let consume: ((chunk: Uint8Array, last: boolean) => number) | undefined;
    let skip = 0;
    /** File bytes read; where the content not yet taken starts in `buffer`, and where it ends. */
    let read = 0;
    let start = 0;
    let filled = 0;
    for (;;) {
      if (start > 0) {
        buffer.copy(buffer, 0, start, filled);
        filled -= start;
        start = 0;
      }
      if (filled === buffer.length) {
        const larger = Buffer.allocUnsafe(2 * buffer.length);
        buffer.copy(larger, 0, 0, filled);
        buffer = larger;
      }
      const n = fs.readSync(fd, buffer, filled, Math.min(buffer.length - filled, size - read), read);
      if (n <= 0 && read < size) return undefined;
      hash.update(buffer.subarray(filled, filled + n));
      if (!consume) {
        if (refusedContent(buffer.subarray(0, n))) return undefined;
        if (startsWithBom(buffer.subarray(0, n))) start = skip = 3;
        consume = open(size - skip);
      }
      filled += n;
      read += n;
      const last = read === size;
      const chunk = buffer.subarray(start, filled);
      const took = consume(chunk, last);
      if (took < 0 || !isUtf8(chunk.subarray(0, took))) return undefined;
      start += took;
      if (last) break;
    }
    const after = fs.fstatSync(fd);
    if (after.size !== stamp.size || after.mtimeMs !== stamp.mtimeMs) return undefined;
    return { skip, hash: hash.digest('hex') };
  });
}

/**
 * `read(fd, size)` on `file` opened, while it is the regular file of size and mtime `stamp`
 * says; undefined when it is not, or cannot be read (`read` throwing included).
 */
function whileStamped<T>(file: string, stamp: { size: number; mtimeMs: number }, read: (fd: number, size: number) => T): T | undefined {
  readCounts.files++;
  let fd: number | undefined;
  try {
    fd = fs.openSync(file, 'r');
    const st = fs.fstatSync(fd);
    if (!st.isFile() || st.size !== stamp.size || st.mtimeMs !== stamp.mtimeMs) return undefined;
    return read(fd, st.size);
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/** What a warm start compares before it trusts a generated file's persisted outline. */
export interface SampledStamp {
  size: number;
  mtimeMs: number;
  /** CRC-32 of the file's first and last 64 KB and of 32 blocks of 4 KB spread evenly between them (of all of a smaller file). */
  sample: string;
}

const SAMPLE_EDGE = 64 * 1024;
const SAMPLE_BLOCK = 4096;
const SAMPLE_BLOCKS = 32;

/** The `[offset, length]` ranges a sample hashes, in order. */
function sampleRanges(size: number): [number, number][] {
  const middle = size - 2 * SAMPLE_EDGE;
  if (middle <= SAMPLE_BLOCKS * SAMPLE_BLOCK) return [[0, size]];
  const ranges: [number, number][] = [[0, SAMPLE_EDGE]];
  const step = (middle - SAMPLE_BLOCK) / (SAMPLE_BLOCKS - 1);
  for (let k = 0; k < SAMPLE_BLOCKS; k++) ranges.push([SAMPLE_EDGE + Math.floor(k * step), SAMPLE_BLOCK]);
  ranges.push([size - SAMPLE_EDGE, SAMPLE_EDGE]);
  return ranges;
}

/** The sample of bytes in memory (what `sampledStamp` reads from disk). */
export function sampleOf(bytes: Uint8Array): string {
  let crc = 0;
  for (const [at, n] of sampleRanges(bytes.length)) crc = crc32(bytes.subarray(at, at + n), crc);
  return hex8(crc);
}

/** A file's size, mtime and sample, read by position: ~0.5 MB of a file of any size. */
export function sampledStamp(file: string): { ok: true; stamp: SampledStamp } | { ok: false; reason: string } {
  readCounts.files++;
  let fd: number | undefined;
  try {
    fd = fs.openSync(file, 'r');
    const st = fs.fstatSync(fd);
    if (!st.isFile()) return { ok: false, reason: 'is not a regular file' };
    const large = tooLarge(st.size);
    if (large) return { ok: false, reason: large };
    let crc = 0;
    const ranges = sampleRanges(st.size);
    // One buffer for every range, not zeroed: only what is read into it is hashed.
    const block = Buffer.allocUnsafe(Math.max(1, ...ranges.map(([, n]) => n)));
    for (const [at, n] of ranges) crc = crc32(block.subarray(0, fs.readSync(fd, block, 0, n, at)), crc);
    return { ok: true, stamp: { size: st.size, mtimeMs: st.mtimeMs, sample: hex8(crc) } };
  } catch (e) {
    return { ok: false, reason: describeFsError(e) };
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

const SLICE_BLOCK = 64 * 1024;
const SLICE_BLOCKS_KEPT = 64;

/**
 * A generated file's content read a slice at a time by position, in blocks of 64 KB (the last
 * 64 kept), for as long as its size and mtime are those stamped: after a change on disk it
 * answers nothing (the reload that follows reads it again). `skip`: bytes before the content
 * (a BOM).
 */
export class FileSlices {
  readonly length: number;
  private readonly blocks = new Map<number, Buffer>();

  constructor(private readonly file: string, private readonly stamp: { size: number; mtimeMs: number }, private readonly skip: number) {
    this.length = stamp.size - skip;
  }

  slice(start: number, end: number): Uint8Array | undefined {
    if (start >= end) return new Uint8Array(0);
    const from = start + this.skip;
    const to = end + this.skip;
    const first = Math.floor(from / SLICE_BLOCK);
    const last = Math.floor((to - 1) / SLICE_BLOCK);
    if (!this.load(first, last)) return undefined;
    if (first === last) return this.blocks.get(first)!.subarray(from - first * SLICE_BLOCK, to - first * SLICE_BLOCK);
    const out = Buffer.alloc(to - from);
    for (let b = first; b <= last; b++) {
      const block = this.blocks.get(b)!;
      const lo = Math.max(from, b * SLICE_BLOCK);
      const hi = Math.min(to, b * SLICE_BLOCK + block.length);
      block.copy(out, lo - from, lo - b * SLICE_BLOCK, hi - b * SLICE_BLOCK);
    }
    return out;
  }

  /** Reads the blocks `[first, last]` not kept; false when the file changed since it was stamped (or cannot be read). */
  private load(first: number, last: number): boolean {
    const missing: number[] = [];
    for (let b = first; b <= last; b++) if (!this.blocks.has(b)) missing.push(b);
    if (!missing.length) return true;
    const read = whileStamped(this.file, this.stamp, (fd) => {
      for (const b of missing) {
        const block = Buffer.alloc(Math.min(SLICE_BLOCK, this.stamp.size - b * SLICE_BLOCK));
        if (fs.readSync(fd, block, 0, block.length, b * SLICE_BLOCK) !== block.length) return false;
        this.blocks.set(b, block);
      }
      return true;
    });
    if (!read) return false;
    for (const b of this.blocks.keys()) {
      if (this.blocks.size <= SLICE_BLOCKS_KEPT) break;
      if (b < first || b > last) this.blocks.delete(b);
    }
    return true;
  }
}

/** SHA-1 of a file's whole content, read 1 MB per step; undefined when it changed from `stamp` meanwhile or cannot be read. */
export function* hashSteps(file: string, stamp: { size: number; mtimeMs: number }): Generator<void, string | undefined> {
  const hash = sha1();
  const chunk = Buffer.alloc(Math.min(1 << 20, stamp.size));
  for (let at = 0; at < stamp.size; at += chunk.length) {
    const n = whileStamped(file, stamp, (fd) => fs.readSync(fd, chunk, 0, Math.min(chunk.length, stamp.size - at), at));
    if (n === undefined) return undefined;
    hash.update(chunk.subarray(0, n));
    yield;
  }
  return hash.digest('hex');
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
        hash = sha1().update(unhashed).digest('hex');
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

const BOM = '\uFEFF';

/** Whether a file starts with a UTF-8 byte order mark (which `readText` drops, as an editor does). */
export function hasBom(file: string): boolean {
  try {
    const fd = fs.openSync(file, 'r');
    try {
      const head = Buffer.alloc(3);
      return fs.readSync(fd, head, 0, 3, 0) === 3 && head.equals(Buffer.from(BOM));
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    return false;
  }
}

/** Writes a text that `readText` read, keeping the file's byte order mark. */
export function writeText(file: string, text: string): void {
  fs.writeFileSync(file, hasBom(file) ? BOM + text : text);
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
    writeText(fe.file, applyEdits(r.text, fe.edits));
  }
}

/**
 * How the host reads a tree: the disk, or the disk with some files' texts replaced in memory
 * (`overlayFiles`: the rounds of `rfl-ffi fix --diff`, a patch under review).
 */
export interface TreeFiles {
  read(file: string): ReadResult;
  /** A regular file's size and mtime on disk, without reading it; undefined for one held in memory, or none. */
  stat(file: string): { size: number; mtimeMs: number } | undefined;
  isFile(p: string): boolean;
  isDir(p: string): boolean;
  /** Files under `dir` with one of `exts`, in the order `listFiles` gives. */
  list(dir: string, exts: string[], onError?: (dir: string, reason: string) => void): string[];
}

function statFile(file: string): { size: number; mtimeMs: number } | undefined {
  try {
    const st = fs.statSync(file, { throwIfNoEntry: false });
    return st?.isFile() ? { size: st.size, mtimeMs: st.mtimeMs } : undefined;
  } catch {
    return undefined;
  }
}

export const DISK: TreeFiles = { read: readText, stat: statFile, isFile, isDir, list: listFiles };

/** `listFiles`' order (a walk with each folder's entries sorted by name), for paths from anywhere. */
function walkOrder(a: string, b: string): number {
  const x = a.split(path.sep);
  const y = b.split(path.sep);
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    if (x[i] !== y[i]) return x[i] < y[i] ? -1 : 1;
  }
  return x.length - y.length;
}

/**
 * The disk as it would be with `texts` written: a text replaces the file's content or adds a
 * file (its folders appear with it), `null` removes it. Stamps of replaced texts never match a
 * file on disk, so an index cache keeps the parts of the two apart.
 */
export function overlayFiles(texts: ReadonlyMap<string, string | null>, base: TreeFiles = DISK): TreeFiles {
  const under = (dir: string) => {
    const prefix = dir.endsWith(path.sep) ? dir : dir + path.sep;
    return [...texts].filter(([f, t]) => t !== null && f.startsWith(prefix)).map(([f]) => f);
  };
  return {
    read(file) {
      const text = texts.get(file);
      if (text === undefined) return base.read(file);
      if (text === null) return { ok: false, reason: 'does not exist' };
      const refused = unanalysable(text);
      if (refused) return { ok: false, reason: refused };
      const bytes = Buffer.from(text);
      return { ok: true, text, stamp: { size: bytes.length, mtimeMs: -1, hash: sha1().update(bytes).digest('hex') } };
    },
    stat: (file) => (texts.has(file) ? undefined : base.stat(file)),
    isFile: (p) => (texts.has(p) ? texts.get(p) !== null : base.isFile(p)),
    isDir: (p) => base.isDir(p) || under(p).length > 0,
    list(dir, exts, onError) {
      const listed = base.isDir(dir) ? base.list(dir, exts, onError).filter((f) => !texts.has(f)) : [];
      const added = under(dir).filter((f) => exts.some((x) => f.endsWith(x))
        && !path.relative(dir, f).split(path.sep).slice(0, -1).some((d) => SKIP_DIRS.has(d)));
      return [...listed, ...added].sort(walkOrder);
    },
  };
}
