/**
 * The persisted index, in the per-user cache (`$RFL_FFI_CACHE_DIR`, else
 * `$XDG_CACHE_HOME/rfl-ffi`, else `~/.cache/rfl-ffi`), per (srctree, objtree): one JSON file
 * holding the helper files' parts of the helper index and the kernel crate files' binding
 * uses, each part a JSON string of its own decoded only when its file is asked for; and one
 * binary file per generated bindings file holding its outline (`OutlineTable`), read back
 * as typed arrays without a parse, so that a warm start costs the same for a 20 MB file as
 * for a 2 MB one, apart from reading and hashing it.
 *
 * A part is used only when the file's size, mtime and SHA-1 of its whole content all match
 * what was stamped when it was built: keyed by content, never by mtime alone. A load may take
 * a file on its size and mtime (`trusted`), or a generated file on its sampled stamp, without
 * reading it; `verifySteps` then checks the content after the first diagnostics (the CLI at
 * once), and a mismatch drops the part and loads again. A cache of another format version, or
 * one that does not parse or fit, is dropped and rebuilt, never trusted.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { BindingSource } from '../core/index/bindings';
import { BindingsOutline, bytesInMemory } from '../core/index/bindingsScanner';
import type { BindingUse } from '../core/index/kernelCrate';
import type { HelperFile } from '../core/index/helpers';
import { PERSIST_FORMAT, type PackedPart, packUses, unpackHelperFile, unpackUses } from '../core/index/persist';
import { CACHE_DIR_ENV, cacheDir, writeAtomically } from './cacheDir';
import { type FileStamp, FileSlices, hashSteps, nameHash, readCounts, type SampledStamp, sha1 } from './files';
import { collectGarbage } from './memory';

export { CACHE_DIR_ENV, cacheDir };

function indexFile(srctree: string, objtree: string): string {
  return path.join(cacheDir(), `index-${nameHash(`${srctree}\0${objtree}`)}.json`);
}

interface Entry extends FileStamp {
  /** The `PackedPart`, as JSON. */
  part: string;
}

interface CacheFile {
  format: number;
  srctree: string;
  objtree: string;
  entries: Record<string, Entry>;
}

/** Size and mtime first: the content hash is computed only when they match. */
function sameStamp(e: FileStamp, s: FileStamp): boolean {
  return e.size === s.size && e.mtimeMs === s.mtimeMs && e.hash === s.hash;
}

/** The first line of an outline file; the outline's bytes follow it. */
interface OutlineHeader extends SampledStamp {
  format: number;
  file: string;
  /** SHA-1 of the file's whole content. */
  hash: string;
  /** SHA-1 of the outline's bytes: a damaged outline is rebuilt, never trusted. */
  outline: string;
  /** Bytes before the content (a BOM). */
  skip: number;
  /** Whether the content is bytes repaired from ones that were not UTF-8 (then not what the file holds). */
  repaired: boolean;
}

/** A generated file read whole: its content (UTF-8), the bytes on disk, and its stamp. */
export interface GeneratedContent {
  file: string;
  bytes: Uint8Array;
  raw: Uint8Array;
  repaired: boolean;
  stamp: SampledStamp;
}

/** A generated file outlined as it was read, a chunk at a time: the SHA-1 of its bytes on disk, and how many of them came before its content (a BOM). */
export interface ChunkedOutline {
  outline: BindingsOutline;
  hash: string;
  skip: number;
}

function sameSample(a: SampledStamp, b: SampledStamp): boolean {
  return a.size === b.size && a.mtimeMs === b.mtimeMs && a.sample === b.sample;
}

/**
 * The header line of an outline file, padded with spaces so that the outline after it starts
 * 4-byte aligned and is read back as typed arrays over the file's own buffer.
 */
function headerLine(header: OutlineHeader): Buffer {
  const json = JSON.stringify(header);
  return Buffer.from(`${json}${' '.repeat((4 - ((Buffer.byteLength(json) + 1) % 4)) % 4)}\n`);
}

const PAGE = 4096;
const HEADER_MAX = 64 * 1024;

/** Closes the file of an outline dropped before all of it was read. */
const unread = new FinalizationRegistry<number>((fd) => {
  try {
    fs.closeSync(fd);
  } catch {
    // Already closed.
  }
});

/**
 * An outline file: its header line, read at once, and the outline after it, read a 4 KB page
 * at a time as `load` is asked for ranges of it (a warm start's lookups read a few dozen pages
 * of a 20 MB file's outline, not all of it). The file stays open until every page is in, so a
 * file replaced meanwhile (written under another name and renamed over it) is still read as it
 * was: the pages never mix two versions. What `load` cannot read stays zero, and the check of
 * the outline's SHA-1 (`verifySteps`) then fails it.
 */
class PagedOutline {
  readonly data: Uint8Array;
  private readonly loaded: Uint8Array;
  private missing: number;
  private fd: number | undefined;

  private constructor(fd: number, readonly header: string, private readonly offset: number, length: number) {
    this.fd = fd;
    this.data = new Uint8Array(length);
    this.missing = Math.ceil(length / PAGE);
    this.loaded = new Uint8Array(this.missing);
    unread.register(this, fd, this);
    if (this.missing === 0) this.close();
  }

  /** The outline file opened, its header line read; undefined when it cannot be read or has no header line. */
  static open(file: string): PagedOutline | undefined {
    let fd: number | undefined;
    try {
      fd = fs.openSync(file, 'r');
      const size = fs.fstatSync(fd).size;
      // A page first: the header line is a few hundred bytes, unless the path in it is very long.
      let head = Buffer.allocUnsafe(Math.min(size, PAGE));
      let n = fs.readSync(fd, head, 0, head.length, 0);
      let nl = head.subarray(0, n).indexOf(10);
      if (nl < 0 && n < size) {
        head = Buffer.allocUnsafe(Math.min(size, HEADER_MAX));
        n = fs.readSync(fd, head, 0, head.length, 0);
        nl = head.subarray(0, n).indexOf(10);
      }
      readCounts.outlineBytes += n;
      if (nl < 0) throw new Error('no header line');
      const paged = new PagedOutline(fd, head.toString('utf8', 0, nl), nl + 1, size - nl - 1);
      fd = undefined;
      return paged;
    } catch {
      return undefined;
    } finally {
      if (fd !== undefined) fs.closeSync(fd);
    }
  }

  /** Reads the pages of `data[from, to)` not read yet; true once all of it is in. */
  readonly load = (from: number, to: number): boolean => {
    if (this.fd === undefined) return true;
    const last = Math.min(Math.ceil(Math.min(to, this.data.length) / PAGE), this.loaded.length);
    for (let p = Math.max(0, Math.floor(from / PAGE)); p < last; p++) {
      if (this.loaded[p]) continue;
      let end = p + 1;
      while (end < last && !this.loaded[end]) end++;
      const at = p * PAGE;
      const length = Math.min(end * PAGE, this.data.length) - at;
      try {
        readCounts.outlineBytes += fs.readSync(this.fd, this.data, at, length, this.offset + at);
      } catch {
        // Left zero: the outline's check fails it.
      }
      this.loaded.fill(1, p, end);
      this.missing -= end - p;
      p = end - 1;
    }
    if (this.missing === 0) this.close();
    return this.fd === undefined;
  };

  close(): void {
    if (this.fd === undefined) return;
    unread.unregister(this);
    const fd = this.fd;
    this.fd = undefined;
    try {
      fs.closeSync(fd);
    } catch {
      // Only a descriptor lost.
    }
  }
}

export class IndexCache {
  private entries: Record<string, Entry> = {};
  /** Parts already unpacked or built in this process, so a reindex after one file changed redoes only that file. */
  private readonly live = new Map<string, { stamp: FileStamp; value: unknown }>();
  private readonly unsaved = new Map<string, () => Entry>();
  /** The outlines of generated files used in this process, by their sampled stamps. */
  private readonly liveOutlines = new Map<string, { stamp: SampledStamp; value: BindingsOutline }>();
  /** Outlines built and not yet written: their headers, and the data to write. */
  private readonly unsavedOutlines = new Map<string, () => { header: OutlineHeader; data: Uint8Array; outline: BindingsOutline }>();
  /** Outlines used on their sampled stamp, whose content is still to be checked (`verifySteps`). */
  private readonly unverified: { file: string; stamp: SampledStamp; header: OutlineHeader; paged: PagedOutline }[] = [];
  /** Files taken on their size and mtime (`trusted`), with the stamp of the part, whose content is still to be checked (`verifySteps`). */
  private readonly unverifiedFiles = new Map<string, FileStamp>();
  /** Files whose persisted outline or part did not check out: built again, never read back or trusted, in this process. */
  private readonly suspect = new Set<string>();
  /** The generated files indexed (see `retain`): outline files of any other are removed when saving. */
  private generated = new Set<string>();
  private dirty = false;
  /** Saved once already: a part built later (indexed on first use) is saved as soon as the current task ends. */
  private settled = false;
  private saveQueued = false;
  readonly file: string;

  /** `persist: false` keeps parts in memory only (a process that must not touch the user's cache). */
  constructor(readonly srctree: string, readonly objtree: string, private readonly persist = true) {
    this.file = indexFile(srctree, objtree);
    if (persist) this.entries = this.read() ?? {};
  }

  /** Whether an index of (srctree, objtree) is persisted: a load of it reads more than it builds. */
  static persisted(srctree: string, objtree: string): boolean {
    return fs.existsSync(indexFile(srctree, objtree));
  }

  /** Whether nothing was built since the persisted cache was read: everything asked for so far came from it. */
  get unchanged(): boolean {
    return !this.dirty;
  }

  static inMemory(srctree: string, objtree: string): IndexCache {
    return new IndexCache(srctree, objtree, false);
  }

  private read(): Record<string, Entry> | undefined {
    let text: string;
    readCounts.files++;
    try {
      text = fs.readFileSync(this.file, 'utf8');
    } catch {
      return undefined;
    }
    try {
      const c = JSON.parse(text) as CacheFile;
      if (c.format === PERSIST_FORMAT && c.srctree === this.srctree && c.objtree === this.objtree
        && c.entries && typeof c.entries === 'object') return c.entries;
    } catch {
      // A cache cut short or damaged: rebuilt below.
    }
    this.dirty = true;
    return undefined;
  }

  /** The cached part for a file, or undefined when absent, stale or damaged. */
  private lookup<T>(file: string, stamp: FileStamp, kind: PackedPart['kind'], unpack: (part: PackedPart) => T): T | undefined {
    const live = this.live.get(file);
    if (live && sameStamp(live.stamp, stamp)) return live.value as T;
    const e = this.entries[file];
    if (!e || !sameStamp(e, stamp) || typeof e.part !== 'string') return undefined;
    try {
      const part = JSON.parse(e.part) as PackedPart;
      if (part?.kind !== kind) return undefined;
      const value = unpack(part);
      this.live.set(file, { stamp, value });
      return value;
    } catch {
      return undefined;
    }
  }

  /** Built parts are packed only when saved, off the path to first diagnostics. */
  private store(file: string, stamp: FileStamp, pack: () => PackedPart, value: unknown): void {
    this.live.set(file, { stamp, value });
    this.unsaved.set(file, () => ({ ...stamp, part: JSON.stringify(pack()) }));
    this.changed();
  }

  private changed(): void {
    this.dirty = true;
    if (this.settled && !this.saveQueued) {
      this.saveQueued = true;
      setImmediate(() => {
        this.saveQueued = false;
        this.save();
      });
    }
  }

  /** Where the outline of generated file `file` is kept: beside the JSON file, named by its path. */
  outlineFile(file: string): string {
    return `${this.file.slice(0, -'.json'.length)}.${nameHash(file)}.outline`;
  }

  /**
   * The persisted outline of `file`, its header and its bytes, when its sampled stamp matches
   * `stamp`; undefined when absent or stale. The bytes are read a page at a time as lookups
   * ask for them (`PagedOutline`).
   */
  private readOutline(file: string, stamp: SampledStamp): { header: OutlineHeader; paged: PagedOutline } | undefined {
    if (this.suspect.has(file)) return undefined;
    readCounts.files++;
    const paged = PagedOutline.open(this.outlineFile(file));
    if (!paged) return undefined;
    try {
      const header = JSON.parse(paged.header) as OutlineHeader;
      if (header.format === PERSIST_FORMAT && header.file === file && sameSample(header, stamp)) return { header, paged };
    } catch {
      // Not an outline: built below.
    }
    paged.close();
    return undefined;
  }

  /**
   * The outline of generated file `file`. A persisted one is used when the file's size, mtime
   * and sample (`stamp`) are those stamped when it was built: its items are then read from
   * disk as they are asked for, and the SHA-1 of its whole content, and of the outline, are
   * checked afterwards (`verifySteps`). Otherwise `outlineInChunks` outlines the file as it
   * reads it, or, when it cannot, `read` reads the whole file and `build` outlines it.
   * Undefined when the file cannot be read.
   */
  bindings(
    file: string, source: BindingSource, stamp: SampledStamp, read: () => GeneratedContent | undefined,
    build: (content: GeneratedContent) => BindingsOutline,
    outlineInChunks: () => ChunkedOutline | undefined = () => undefined,
  ): BindingsOutline | undefined {
    const live = this.liveOutlines.get(file);
    if (live && sameSample(live.stamp, stamp)) return live.value;
    const persisted = this.persist ? this.readOutline(file, stamp) : undefined;
    if (persisted) {
      const { header, paged } = persisted;
      const { data, load } = paged;
      try {
        // Rare: content repaired from bytes that were not UTF-8 is not what the file holds, so it is read whole, and checked now.
        const repaired = header.repaired ? read() : undefined;
        const ok = !header.repaired || (repaired && sha1().update(repaired.raw).digest('hex') === header.hash
          && load(0, data.length) && sha1().update(data).digest('hex') === header.outline);
        if (ok) {
          const outline = BindingsOutline.fromData(file, source, repaired ? bytesInMemory(repaired.bytes) : new FileSlices(file, stamp, header.skip), data, load);
          if (!repaired) this.unverified.push({ file, stamp, header, paged });
          this.liveOutlines.set(file, { stamp, value: outline });
          return outline;
        }
      } catch {
        // Not an outline of this file after all: built below.
      }
      paged.close();
    }
    const chunked = outlineInChunks();
    if (chunked) return this.#built(file, chunked.outline, stamp, () => chunked.hash, chunked.skip, false);
    const content = read();
    if (!content) return undefined;
    const built = build(content);
    return this.#built(file, built, content.stamp, () => sha1().update(content.raw).digest('hex'), content.raw.length - content.bytes.length, content.repaired);
  }

  /** Keeps an outline just built, to be saved: of content whose bytes on disk hash to `hash()`, after `skip` bytes (a BOM). */
  #built(file: string, built: BindingsOutline, stamp: SampledStamp, hash: () => string, skip: number, repaired: boolean): BindingsOutline {
    this.liveOutlines.set(file, { stamp, value: built });
    this.unsavedOutlines.set(file, () => {
      const data = built.toData();
      return {
        header: {
          format: PERSIST_FORMAT, file, size: stamp.size, mtimeMs: stamp.mtimeMs, sample: stamp.sample,
          hash: hash(), outline: sha1().update(data).digest('hex'), skip, repaired,
        },
        data,
        outline: built,
      };
    });
    this.changed();
    return built;
  }

  /**
   * Checks what `bindings` trusted on a sampled stamp, 1 MB per step: the SHA-1 of each such
   * file's whole content and of its outline against those stamped when the outline was built;
   * then, a file per step, the content of each file taken on its size and mtime (`trusted`).
   * Returns the files that did not match; their outlines and parts are dropped, so the next load
   * builds them again. (The server takes these steps right after the first diagnostics; the CLI
   * at once.)
   */
  *verifySteps(): Generator<void, string[]> {
    const failed: string[] = [];
    for (const [file, stamp] of [...this.unverifiedFiles]) {
      this.unverifiedFiles.delete(file);
      if ((yield* hashSteps(file, stamp)) === stamp.hash) continue;
      failed.push(file);
      this.suspect.add(file);
      this.live.delete(file);
      this.unsaved.delete(file);
      if (this.entries[file]) {
        delete this.entries[file];
        this.changed();
      }
    }
    for (const v of this.unverified.splice(0)) {
      const outline = sha1();
      const { data, load } = v.paged;
      for (let at = 0; at < data.length; at += 1 << 20) {
        load(at, at + (1 << 20));
        outline.update(data.subarray(at, at + (1 << 20)));
        yield;
      }
      const content = yield* hashSteps(v.file, v.stamp);
      if (outline.digest('hex') === v.header.outline && content === v.header.hash) continue;
      failed.push(v.file);
      this.suspect.add(v.file);
      this.liveOutlines.delete(v.file);
      fs.rmSync(this.outlineFile(v.file), { force: true });
    }
    return failed;
  }

  /**
   * The stamp of the part kept for `file` when `disk`, the file's size and mtime on disk, are
   * those of the content it was built from: the file is then taken to hold that content, and
   * need not be read for the part; `verifySteps` checks it later. Undefined when no part fits,
   * or it was built from a text that had to be repaired (then not what the file holds).
   */
  trusted(file: string, disk: { size: number; mtimeMs: number }): FileStamp | undefined {
    // A text held in memory (mtime -1, `overlayFiles`) is never what the disk holds.
    if (!this.persist || this.suspect.has(file) || disk.mtimeMs < 0) return undefined;
    const fits = (s: FileStamp | undefined) => s && s.size === disk.size && s.mtimeMs === disk.mtimeMs && !s.repaired && typeof s.hash === 'string';
    const live = this.live.get(file)?.stamp;
    const e = this.entries[file];
    const stamp = fits(live) ? live! : fits(e) ? { size: e.size, mtimeMs: e.mtimeMs, hash: e.hash } : undefined;
    if (stamp) this.unverifiedFiles.set(file, stamp);
    return stamp;
  }

  helperFile(file: string, stamp: FileStamp, build: () => HelperFile): HelperFile {
    const hit = this.lookup(file, stamp, 'helpers', (p) => unpackHelperFile(file, (p as Extract<PackedPart, { kind: 'helpers' }>).data));
    if (hit) return hit;
    const built = build();
    this.store(file, stamp, () => ({ kind: 'helpers', data: built }), built);
    return built;
  }

  kernelUses(file: string, stamp: FileStamp, build: () => BindingUse[]): BindingUse[] {
    const hit = this.lookup(file, stamp, 'kernel', (p) => unpackUses(file, (p as Extract<PackedPart, { kind: 'kernel' }>).data));
    if (hit) return hit;
    const built = build();
    this.store(file, stamp, () => ({ kind: 'kernel', data: packUses(built) }), built);
    return built;
  }

  /** Drops entries of files no longer indexed; `generated`: the generated files among them, whose outlines are kept. */
  retain(files: Set<string>, generated: Set<string>): void {
    this.generated = generated;
    for (const f of this.liveOutlines.keys()) if (!generated.has(f)) this.liveOutlines.delete(f);
    for (const f of Object.keys(this.entries)) {
      if (files.has(f)) continue;
      delete this.entries[f];
      this.live.delete(f);
      this.unsaved.delete(f);
      this.dirty = true;
    }
  }

  /** Writes the cache when it changed (atomically: a reader never sees half a file). Failures only cost speed. */
  save(): void {
    this.settled = true;
    if (!this.dirty || !this.persist) return;
    for (const [file, entry] of this.unsaved) this.entries[file] = entry();
    this.unsaved.clear();
    const content: CacheFile = { format: PERSIST_FORMAT, srctree: this.srctree, objtree: this.objtree, entries: this.entries };
    try {
      fs.mkdirSync(path.dirname(this.file), { recursive: true });
      let dropped = false;
      for (const [file, outline] of this.unsavedOutlines) {
        const { header, data, outline: built } = outline();
        writeAtomically(this.outlineFile(file), [headerLine(header), data]);
        // Its items are read from the file from now on, its names from what was written: the file's bytes in memory can go.
        if (!header.repaired) built.readFrom(new FileSlices(file, header, header.skip), data);
        dropped ||= !header.repaired;
      }
      this.unsavedOutlines.clear();
      // The bytes of the files just outlined and the tables built over them (~30 MB at 8× bindings): gone now, not later.
      if (dropped) collectGarbage();
      this.removeStaleOutlines();
      writeAtomically(this.file, [Buffer.from(JSON.stringify(content))]);
      this.dirty = false;
    } catch {
      // Only speed is lost: the parts are built again next time.
    }
  }

  /** Outline files of this cache for generated files no longer indexed. */
  private removeStaleOutlines(): void {
    const prefix = `${path.basename(this.file, '.json')}.`;
    const kept = new Set([...this.generated].map((f) => path.basename(this.outlineFile(f))));
    for (const name of fs.readdirSync(path.dirname(this.file))) {
      if (name.startsWith(prefix) && name.endsWith('.outline') && !kept.has(name)) fs.rmSync(path.join(path.dirname(this.file), name), { force: true });
    }
  }
}

