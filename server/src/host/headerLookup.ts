/**
 * The lazy header lookup (core/index/headers.ts) over a tree on disk: it follows the
 * `#include`s of `rust/bindings/bindings_helper.h` and the helper files through the kernel's
 * include paths, reads each header once, and parses a header only when its text mentions
 * the name asked for. Headers outside that closure are read only when the closure has no
 * declaration of a name, and then once: synchronously by default (the CLI), or, once
 * `warmUp` has been called (the language server), in the background, `find` answering from
 * the closure alone until they are all read.
 */
import * as path from 'node:path';
import type { Arch } from '../core/archTable';
import { type HeaderDecl, type HeaderLookup } from '../core/index/headers';
import { parseIncludes, type ScannedDecl, scanHeader } from '../core/index/headerScan';
import { mentions } from '../core/text';
import { BINDINGS_HELPER_H, type TreeModel } from '../core/tree';
import { isDir, listFiles, readText } from './files';

/** How the lookup reaches files; the disk by default, an in-memory tree in tests. */
export interface HeaderFiles {
  read(file: string): string | undefined;
  isDir(dir: string): boolean;
  /** `.h` files under `dir`, recursively. */
  list(dir: string): string[];
}

export const DISK_FILES: HeaderFiles = {
  read: (f) => {
    const r = readText(f);
    return r.ok ? r.text : undefined;
  },
  isDir,
  list: (d) => listFiles(d, ['.h']),
};

/** `arch/<dir>` of each Rust arch name. */
const ARCH_DIR: Record<Arch, string> = {
  arm: 'arm', arm64: 'arm64', loongarch64: 'loongarch', riscv64: 'riscv', um: 'um', x86_64: 'x86',
};

/** Headers every kernel C file gets through `-include` on the command line. */
const FORCED_INCLUDES = ['include/linux/kconfig.h', 'include/linux/compiler_types.h'];

/** Headers parsed per turn of the event loop in the background (a few ms each on kernel headers). */
const SCAN_BATCH = 2;

/**
 * The include paths of a kernel compile (rust/Makefile's bindgen flags), under srctree and,
 * for generated headers, objtree. The arch is the first supported one whose headers exist,
 * x86 preferred, as in a typical build host.
 */
export function includeDirs(model: TreeModel, files: HeaderFiles = DISK_FILES): string[] {
  const archs = [...model.arches].sort((a, b) => Number(b === 'x86_64') - Number(a === 'x86_64'));
  const arch = archs.map((a) => ARCH_DIR[a]).find((d) => files.isDir(path.join(model.srctree, 'arch', d, 'include')));
  const rels = [
    ...(arch ? [`arch/${arch}/include`, `arch/${arch}/include/generated`] : []),
    'include',
    ...(arch ? [`arch/${arch}/include/uapi`, `arch/${arch}/include/generated/uapi`] : []),
    'include/uapi',
    'include/generated/uapi',
  ];
  const dirs: string[] = [];
  for (const rel of rels) {
    for (const base of [model.srctree, model.objtree]) {
      const d = path.join(base, rel);
      if (!dirs.includes(d)) dirs.push(d);
    }
  }
  return dirs;
}

/**
 * For a long-lived process: moves the headers outside the include closure to a background
 * read (see `IncludeClosureLookup.warmUp`); resolves once they are read, to whether findings
 * computed meanwhile may have changed.
 */
export function warmUpHeaders(lookup: HeaderLookup, startAfterMs = 0, nextTurn: () => Promise<void> = nextTick): Promise<boolean> {
  return lookup instanceof IncludeClosureLookup ? lookup.warmUp(64, startAfterMs, nextTurn) : Promise.resolve(false);
}

/** The next turn of the event loop, after pending I/O (requests) has been handled. */
function nextTick(): Promise<void> {
  return new Promise<void>((resolve) => setImmediate(resolve));
}

/** Resolves once every header has been read (at once unless a background read is under way). */
export function headersRead(lookup: HeaderLookup): Promise<unknown> {
  return lookup instanceof IncludeClosureLookup ? lookup.reading ?? Promise.resolve() : Promise.resolve();
}

export class IncludeClosureLookup implements HeaderLookup {
  private readonly texts = new Map<string, string | undefined>();
  private readonly scans = new Map<string, ScannedDecl[]>();
  private readonly results = new Map<string, HeaderDecl[]>();
  /** The first header found including each header, for `includeVia`. */
  private readonly includedBy = new Map<string, string>();
  private readonly dirs: string[];
  private closure?: { headers: string[]; all: Set<string>; fromBindingsHelper: Set<string> };
  private others?: string[];
  /** Set by `warmUp`: the headers outside the closure are read in the background, not on a miss. */
  private background = false;
  /** Whether every header outside the closure has been read (always true when not in the background). */
  private othersRead = false;
  /** Whether `find` answered a miss from the closure alone while they were being read. */
  private missedWhileReading = false;

  constructor(
    private readonly model: TreeModel,
    private readonly helperFiles: string[],
    private readonly files: HeaderFiles = DISK_FILES,
  ) {
    this.dirs = includeDirs(model, files).filter((d) => files.isDir(d));
  }

  get complete(): boolean {
    return !this.background || this.othersRead;
  }

  find(name: string): HeaderDecl[] {
    let found = this.results.get(name);
    if (found) return found;
    const closure = this.ensureClosure();
    found = this.search(closure.headers, name, closure.fromBindingsHelper);
    if (!found.length) {
      // Not remembered: the answer may change once the other headers are read.
      if (!this.complete) {
        this.missedWhileReading = true;
        return found;
      }
      found = this.search(this.otherHeaders(closure), name, closure.fromBindingsHelper);
    }
    this.results.set(name, found);
    return found;
  }

  /**
   * Switches to background mode and reads the closure, then every other header of the include
   * paths, `batch` files per turn of the event loop, so that no request waits for the whole
   * include tree. Resolves when all are read (at once when they already were), to whether
   * some answer given meanwhile may now be different.
   */
  /** The background read under way, if any. */
  reading?: Promise<boolean>;

  warmUp(batch = 64, startAfterMs = 0, nextTurn: () => Promise<void> = nextTick): Promise<boolean> {
    if (this.background || this.others) return Promise.resolve(false);
    this.reading = this.readInBackground(batch, startAfterMs, nextTurn);
    return this.reading;
  }

  /**
   * `startAfterMs` leaves the first requests (the open files' first diagnostics) ahead of the
   * read; `turn` waits between slices of work (the server waits until the user pauses).
   */
  private async readInBackground(batch: number, startAfterMs: number, turn: () => Promise<void>): Promise<boolean> {
    this.background = true;
    if (startAfterMs) await new Promise((resolve) => setTimeout(resolve, startAfterMs));
    await turn();
    const closure = this.ensureClosure();
    await turn();
    const others = this.otherHeaders(closure);
    for (let i = 0; i < others.length; i += batch) {
      await turn();
      for (const f of others.slice(i, i + batch)) this.text(f);
    }
    this.othersRead = true;
    // The closure first: it is what `find` parses on a request.
    void this.scanInBackground([...closure.headers, ...others], turn);
    return this.missedWhileReading;
  }

  /**
   * Parses headers a few per turn of the event loop: a name being typed (`bindings::m`) is
   * mentioned by hundreds of headers, and parsing those on the keystroke froze the server
   * for seconds.
   */
  private async scanInBackground(files: string[], turn: () => Promise<void>): Promise<void> {
    for (let i = 0; i < files.length; i += SCAN_BATCH) {
      await turn();
      for (const f of files.slice(i, i + SCAN_BATCH)) {
        const text = this.text(f);
        if (text !== undefined) this.scanned(f, text);
      }
    }
  }

  private otherHeaders(closure: NonNullable<IncludeClosureLookup['closure']>): string[] {
    this.others ??= [...new Set(this.dirs.flatMap((d) => this.files.list(d)))].filter((f) => !closure.all.has(f));
    return this.others;
  }

  private search(files: string[], name: string, reachable: Set<string>): HeaderDecl[] {
    const out: HeaderDecl[] = [];
    for (const file of files) {
      const text = this.text(file);
      if (text === undefined || !mentions(text, name)) continue;
      for (const d of this.scanned(file, text)) if (d.name === name) out.push({ ...d, includeVia: this.includeVia(file), reachable: reachable.has(file) });
    }
    return out;
  }

  private scanned(file: string, text: string): ScannedDecl[] {
    let scanned = this.scans.get(file);
    if (!scanned) {
      scanned = scanHeader(file, this.includeName(file), text);
      this.scans.set(file, scanned);
    }
    return scanned;
  }

  private text(file: string): string | undefined {
    if (!this.texts.has(file)) this.texts.set(file, this.files.read(file));
    return this.texts.get(file);
  }

  /** `include/linux/mutex.h` → `linux/mutex.h`: the path as an `#include <…>` names it. */
  private includeName(file: string): string {
    let best: string | undefined;
    for (const d of this.dirs) {
      const rel = path.relative(d, file);
      if (!rel.startsWith('..') && !path.isAbsolute(rel) && (best === undefined || rel.length < best.length)) best = rel;
    }
    return (best ?? path.relative(this.model.srctree, file)).split(path.sep).join('/');
  }

  /**
   * Walks up from arch headers (`asm/`, `asm-generic/`) and from `linux/D/F.h` included by
   * `linux/D.h` to the header C code is meant to include; they are rarely self-contained.
   */
  private includeVia(file: string): string {
    let cur = file;
    for (let i = 0; i < 16; i++) {
      const name = this.includeName(cur);
      const parent = this.includedBy.get(cur);
      if (!parent) return name;
      const parentName = this.includeName(parent);
      const internal = /^(asm|asm-generic|generated)\//.test(name)
        || (/^linux\/[^/]+\/[^/]+\.h$/.test(name) && parentName === `${name.split('/').slice(0, 2).join('/')}.h`);
      if (!internal || parent.endsWith('.c')) return name;
      cur = parent;
    }
    return this.includeName(cur);
  }

  private resolve(name: string, system: boolean, from: string): string | undefined {
    const candidates = [...(system ? [] : [path.join(path.dirname(from), name)]), ...this.dirs.map((d) => path.join(d, name))];
    return candidates.find((c) => this.text(c) !== undefined);
  }

  private walk(roots: string[], seen: Set<string>, order: string[]): void {
    const queue = roots.filter((r) => this.text(r) !== undefined && !seen.has(r));
    for (const r of queue) seen.add(r);
    while (queue.length) {
      const file = queue.shift()!;
      order.push(file);
      for (const inc of parseIncludes(this.text(file)!)) {
        const target = this.resolve(inc.name, inc.system, file);
        if (target && !seen.has(target)) {
          seen.add(target);
          this.includedBy.set(target, file);
          queue.push(target);
        }
      }
    }
  }

  private ensureClosure(): NonNullable<IncludeClosureLookup['closure']> {
    if (this.closure) return this.closure;
    const forced = FORCED_INCLUDES.map((f) => path.join(this.model.srctree, f));
    const seen = new Set<string>();
    const order: string[] = [];
    this.walk([path.join(this.model.srctree, BINDINGS_HELPER_H), ...forced], seen, order);
    const fromBindingsHelper = new Set(order);
    this.walk(this.helperFiles, seen, order);
    this.closure = { headers: order.filter((f) => f.endsWith('.h')), all: seen, fromBindingsHelper };
    return this.closure;
  }
}
