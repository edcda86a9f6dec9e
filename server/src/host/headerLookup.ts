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
import { kernelArchName } from '../core/archTable';
import { type HeaderDecl, type HeaderLookup, type TypedefDecl, isPerArchHeader } from '../core/index/headers';
import { mentions, parseIncludes, type ScannedDecl, scanHeader, scanTypedefs } from '../core/index/headerScan';
import { BINDINGS_HELPER_H, type TreeModel } from '../core/tree';
import { DISK, type TreeFiles } from './files';

/** How the lookup reaches files; the disk by default, an in-memory tree in tests. */
export interface HeaderFiles {
  read(file: string): string | undefined;
  isDir(dir: string): boolean;
  /** `.h` files under `dir`, recursively. */
  list(dir: string): string[];
}

/** The headers of a tree as the host reads it. */
export function headerFiles(tree: TreeFiles): HeaderFiles {
  return {
    read: (f) => {
      const r = tree.read(f);
      return r.ok ? r.text : undefined;
    },
    isDir: tree.isDir,
    list: (d) => tree.list(d, ['.h']),
  };
}

export const DISK_FILES: HeaderFiles = headerFiles(DISK);

/** Headers every kernel C file gets through `-include` on the command line. */
export const FORCED_INCLUDES = ['include/linux/kconfig.h', 'include/linux/compiler_types.h'];

/** The largest header parsed for declarations (the kernel's largest in include/ are a few hundred kB). */
const MAX_SCANNED_HEADER = 4 * 1024 * 1024;

/** Headers parsed per turn of the event loop in the background (a few ms each on kernel headers). */
const SCAN_BATCH = 2;

/**
 * The include paths of a kernel compile (rust/Makefile's bindgen flags), under srctree and,
 * for generated headers, objtree. The arch is the first supported one whose headers exist,
 * x86 preferred, as in a typical build host.
 */
export function includeDirs(model: TreeModel, files: HeaderFiles = DISK_FILES): string[] {
  const arch = buildArch(model, files);
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

/** The `arch/<dir>` whose headers are read: the first supported arch that has them, x86 preferred. */
export function buildArch(model: TreeModel, files: HeaderFiles = DISK_FILES): string | undefined {
  const archs = [...model.arches].sort((a, b) => Number(b === 'x86_64') - Number(a === 'x86_64'));
  return archs.map(kernelArchName).find((d) => files.isDir(path.join(model.srctree, 'arch', d, 'include')));
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
  private readonly typedefResults = new Map<string, TypedefDecl[]>();
  private closureTypedefs?: Map<string, TypedefDecl[]>;
  private archTypedefs?: Map<string, TypedefDecl[]>;
  private archFiles?: string[];
  /** The first header found including each header, for `includeVia`. */
  private readonly includedBy = new Map<string, string>();
  private readonly dirs: string[];
  private closure?: { headers: string[]; all: Set<string>; fromBindingsHelper: Set<string> };
  private closureWalk?: Generator<void, void>;
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

  typedefs(name: string, now = false): TypedefDecl[] | undefined {
    // In the server a cast's typedef waits for the background read: it is not worth reading
    // the include closure on a keystroke (seconds on a loaded machine), and an arch's own
    // definition needs every arch's headers.
    if (!this.complete && !now && !this.typedefResults.has(name)) {
      this.missedWhileReading = true;
      return undefined;
    }
    let found = this.typedefResults.get(name);
    if (!found) {
      this.closureTypedefs ??= this.typedefsOf(this.ensureClosure().headers);
      found = [...(this.closureTypedefs.get(name) ?? [])];
      if (found.some((d) => isPerArchHeader(d.path))) {
        // Each arch's own definition, where the tree holds that arch's headers.
        this.archTypedefs ??= this.typedefsOf(this.archHeaders());
        for (const d of this.archTypedefs.get(name) ?? []) {
          if (!found.some((f) => f.file === d.file && f.line === d.line)) found.push(d);
        }
      }
      this.typedefResults.set(name, found);
    }
    return found;
  }

  /**
   * Every typedef of these headers by name, scanned once: a lookup per name through `mentions`
   * cost milliseconds each over the corpus' 700 headers, the scan of all of them ~50 ms.
   */
  private typedefsOf(files: string[]): Map<string, TypedefDecl[]> {
    const byName = new Map<string, TypedefDecl[]>();
    this.addTypedefs(files, byName);
    return byName;
  }

  private addTypedefs(files: string[], byName: Map<string, TypedefDecl[]>): void {
    for (const file of files) {
      const text = this.text(file);
      if (text === undefined || !text.includes('typedef')) continue;
      for (const d of scanTypedefs(text)) {
        const decl = { ...d, file, path: this.treePath(file) };
        const list = byName.get(d.name);
        if (list) list.push(decl);
        else byName.set(d.name, [decl]);
      }
    }
  }

  /** The headers under `arch/<dir>/include` of every arch of the tree, in srctree and objtree. */
  private archHeaders(): string[] {
    if (!this.archFiles) {
      const dirs = [...new Set(this.model.arches.map(kernelArchName))].flatMap((a) =>
        [this.model.srctree, this.model.objtree].map((base) => path.join(base, 'arch', a, 'include')));
      this.archFiles = [...new Set([...new Set(dirs)].filter((d) => this.files.isDir(d)).flatMap((d) => this.files.list(d)))];
    }
    return this.archFiles;
  }

  /** `arch/x86/include/asm/tsc.h`: relative to srctree, or objtree for a generated header. */
  private treePath(file: string): string {
    for (const root of [this.model.srctree, this.model.objtree]) {
      const rel = path.relative(root, file);
      if (!rel.startsWith('..') && !path.isAbsolute(rel)) return rel.split(path.sep).join('/');
    }
    return file;
  }

  /** The background read under way, if any. */
  reading?: Promise<boolean>;

  /**
   * Switches to background mode and reads the closure, then every other header of the include
   * paths and of the tree's arches, and indexes their typedefs, `batch` files per turn of the
   * event loop, so that no request waits for the whole include tree. Resolves when all are
   * read (at once when they already were), to whether some answer given meanwhile may now be
   * different.
   */
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
    // The closure a slice at a time too: read at once, it blocked requests for seconds on a loaded machine.
    this.closureWalk ??= this.walkClosure();
    for (let i = 0; !this.closure; i++) {
      if (i % batch === 0) await turn();
      this.closureWalk.next();
    }
    const closure = this.closure;
    await turn();
    const others = this.otherHeaders(closure);
    // The arches' own headers too: a typedef defined per arch is answered once they are read.
    const archHeaders = this.archHeaders();
    const toRead = [...new Set([...others, ...archHeaders])];
    for (let i = 0; i < toRead.length; i += batch) {
      await turn();
      for (const f of toRead.slice(i, i + batch)) this.text(f);
    }
    // Typedefs are indexed before `complete` says they can be asked for.
    const closureTypedefs = new Map<string, TypedefDecl[]>();
    const archTypedefs = new Map<string, TypedefDecl[]>();
    for (const [files, into] of [[closure.headers, closureTypedefs], [archHeaders, archTypedefs]] as const) {
      for (let i = 0; i < files.length; i += batch) {
        await turn();
        this.addTypedefs(files.slice(i, i + batch), into);
      }
    }
    this.closureTypedefs ??= closureTypedefs;
    this.archTypedefs ??= archTypedefs;
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
      // A header larger than any the kernel has is not parsed: its declarations are not found.
      scanned = text.length > MAX_SCANNED_HEADER ? [] : scanHeader(file, this.includeName(file), text);
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

  /** One header read and its includes queued per step, so that a background read can pause between steps. */
  private *walk(roots: string[], seen: Set<string>, order: string[]): Generator<void, void> {
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
      yield;
    }
  }

  /** Walks the include closure step by step; sets `closure` when done. */
  private *walkClosure(): Generator<void, void> {
    const forced = FORCED_INCLUDES.map((f) => path.join(this.model.srctree, f));
    const seen = new Set<string>();
    const order: string[] = [];
    yield* this.walk([path.join(this.model.srctree, BINDINGS_HELPER_H), ...forced], seen, order);
    const fromBindingsHelper = new Set(order);
    yield* this.walk(this.helperFiles, seen, order);
    this.closure = { headers: order.filter((f) => f.endsWith('.h')), all: seen, fromBindingsHelper };
  }

  /** The closure at once, finishing a walk the background read started. */
  private ensureClosure(): NonNullable<IncludeClosureLookup['closure']> {
    this.closureWalk ??= this.walkClosure();
    while (!this.closure && !this.closureWalk.next().done);
    return this.closure!;
  }
}
