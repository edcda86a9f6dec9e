/**
 * The persisted index: one JSON file per (srctree, objtree) in the per-user cache
 * (`$RFL_FFI_CACHE_DIR`, else `$XDG_CACHE_HOME/rfl-ffi`, else `~/.cache/rfl-ffi`), holding
 * the outlines of the generated bindings (`BindingsOutline`), the helper files' parts of the
 * helper index and the kernel crate files' binding uses. An entry is used
 * only when the file's path, size, mtime and content hash all match; a cache of another
 * format version, or one that does not parse, is dropped and rebuilt, never trusted.
 * Each part is stored as a JSON string of its own, decoded only when its file is asked for:
 * reading the cache costs a scan of one long string per part until then.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { BindingSource } from '../core/index/bindings';
import { BindingsOutline } from '../core/index/bindingsScanner';
import type { BindingUse } from '../core/index/kernelCrate';
import type { HelperFile } from '../core/index/helpers';
import { PERSIST_FORMAT, type PackedPart, packUses, unpackHelperFile, unpackUses } from '../core/index/persist';
import { type FileStamp, readCounts } from './files';

export const CACHE_DIR_ENV = 'RFL_FFI_CACHE_DIR';

export function cacheDir(): string {
  const env = process.env[CACHE_DIR_ENV];
  if (env) return path.resolve(env);
  const xdg = process.env.XDG_CACHE_HOME;
  return path.join(xdg && path.isAbsolute(xdg) ? xdg : path.join(os.homedir(), '.cache'), 'rfl-ffi');
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

function sameStamp(e: FileStamp, s: FileStamp): boolean {
  return e.size === s.size && e.mtimeMs === s.mtimeMs && e.hash === s.hash;
}

export class IndexCache {
  private entries: Record<string, Entry> = {};
  /** Parts already unpacked or built in this process, so a reindex after one file changed redoes only that file. */
  private readonly live = new Map<string, { stamp: FileStamp; value: unknown }>();
  private readonly unsaved = new Map<string, () => Entry>();
  private dirty = false;
  /** Saved once already: a part built later (indexed on first use) is saved as soon as the current task ends. */
  private settled = false;
  private saveQueued = false;
  readonly file: string;

  /** `persist: false` keeps parts in memory only (a process that must not touch the user's cache). */
  constructor(readonly srctree: string, readonly objtree: string, private readonly persist = true) {
    const key = createHash('sha1').update(`${srctree}\0${objtree}`).digest('hex').slice(0, 16);
    this.file = path.join(cacheDir(), `index-${key}.json`);
    if (persist) this.entries = this.read() ?? {};
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
    this.dirty = true;
    if (this.settled && !this.saveQueued) {
      this.saveQueued = true;
      setImmediate(() => {
        this.saveQueued = false;
        this.save();
      });
    }
  }

  /** The outline of a generated file; `text` is its content, which `stamp` identifies. */
  bindings(file: string, source: BindingSource, stamp: FileStamp, text: string, build: () => BindingsOutline): BindingsOutline {
    const hit = this.lookup(file, stamp, 'bindings', (p) =>
      BindingsOutline.fromData(file, source, text, (p as Extract<PackedPart, { kind: 'bindings' }>).data));
    if (hit) return hit;
    const built = build();
    this.store(file, stamp, () => ({ kind: 'bindings', data: built.toData() }), built);
    return built;
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

  /** Drops entries of files no longer indexed. */
  retain(files: Set<string>): void {
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
    const tmp = `${this.file}.${process.pid}.tmp`;
    try {
      fs.mkdirSync(path.dirname(this.file), { recursive: true });
      fs.writeFileSync(tmp, JSON.stringify(content));
      fs.renameSync(tmp, this.file);
      this.dirty = false;
    } catch {
      fs.rmSync(tmp, { force: true });
    }
  }
}
