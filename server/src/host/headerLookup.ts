/**
 * The lazy header lookup (core/index/headers.ts) over a tree on disk: it follows the
 * `#include`s of `rust/bindings/bindings_helper.h` and the helper files through the kernel's
 * include paths, reads each header once, and parses a header only when its text mentions
 * the name asked for. Headers outside that closure are read only when the closure has no
 * declaration of a name, and then once: synchronously by default (the CLI), or, once
 * `startBackground` has been called (the language server), in the background, `find`
 * answering from the closure alone until they are all read. The server also takes the
 * include walk and the parses a file's names need a step at a time, in the pauses of typing
 * (`prepare`), so that a first request finds them done.
 */
import * as path from 'node:path';
import { collectGarbage } from './memory';
import { kernelArchName } from '../core/archTable';
import { type HeaderDecl, type HeaderLookup, type TypedefDecl, isPerArchHeader } from '../core/index/headers';
import { declaredNames, parseIncludes, type ScannedDecl, scanHeader, scanTypedefs } from '../core/index/headerScan';
import { mentions } from '../core/text';
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

/** Headers read per step of the include walk and of the background read (a few ms each on the corpus). */
const READ_BATCH = 16;

/** Headers parsed for the declared-name index between two minor collections (8× server peak RSS: 158 MB without, 148 MB with). */
const GC_EVERY_HEADERS = 8;

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

/** Resolves once every header has been read (at once unless a background read is under way). */
export function headersRead(lookup: HeaderLookup): Promise<unknown> {
  return lookup instanceof IncludeClosureLookup ? lookup.reading ?? Promise.resolve() : Promise.resolve();
}

interface Closure {
  /** The headers reached, in the order of the walk (breadth first from bindings_helper.h, then from the helpers). */
  headers: string[];
  all: Set<string>;
  fromBindingsHelper: Set<string>;
}

export class IncludeClosureLookup implements HeaderLookup {
  private readonly texts = new Map<string, string | undefined>();
  /** The declarations of the headers read for a lookup (those that declare a name asked for). */
  private readonly scans = new Map<string, ScannedDecl[]>();
  /** The names each header parsed so far declares. */
  private readonly names = new Map<string, Set<string>>();
  /**
   * Which headers declare each name (indexes into `indexOrder`), once the background has read
   * them all (`indexSteps`): then a lookup parses only the headers that declare the name.
   */
  private declaredIn?: Map<string, number[]>;
  private indexOrder: string[] = [];
  private readonly results = new Map<string, HeaderDecl[]>();
  private readonly typedefResults = new Map<string, TypedefDecl[]>();
  private closureTypedefs?: Map<string, TypedefDecl[]>;
  private archTypedefs?: Map<string, TypedefDecl[]>;
  private archFiles?: string[];
  /** The first header found including each header, for `includeVia`. */
  private readonly includedBy = new Map<string, string>();
  /** Where each system include's name was found in the include paths. */
  private readonly resolved = new Map<string, string | undefined>();
  private readonly dirs: string[];
  private closure?: Closure;
  /** The include walk under way, taken a step at a time by work ahead of requests, or at once by a lookup. */
  private closureWalk?: Generator<void, Closure>;
  private others?: string[];
  /** Set by `startBackground`: the headers outside the closure are read in the background, not on a miss. */
  private background = false;
  /** Whether every header outside the closure has been read (always true when not in the background). */
  private othersRead = false;
  /** Whether `find` answered a miss from the closure alone while they were being read. */
  private missedWhileReading = false;
  /** See `provisional`. */
  private provisionalAnswers = 0;
  /** Settles when the background read of the other headers has ended (see `startBackground`). */
  reading?: Promise<boolean>;
  private readDone?: (changed: boolean) => void;

  constructor(
    private readonly model: TreeModel,
    private readonly helperFiles: string[],
    private readonly files: HeaderFiles = DISK_FILES,
  ) {
    this.dirs = includeDirs(model, files).filter((d) => files.isDir(d));
  }

  get complete(): boolean {
    if (!this.allRead) this.provisionalAnswers++;
    return this.allRead;
  }

  /** `complete`, uncounted. */
  private get allRead(): boolean {
    return !this.background || this.othersRead;
  }

  get provisional(): number {
    return this.provisionalAnswers;
  }

  find(name: string, complete = false): HeaderDecl[] {
    let found = this.results.get(name);
    if (found) return found;
    const closure = this.ensureClosure();
    if (this.declaredIn) {
      // Every header indexed: parse only those that declare `name`, the closure's first.
      const declaring = (this.declaredIn.get(name) ?? []).map((i) => this.indexOrder[i]);
      found = this.search(declaring.filter((f) => closure.all.has(f)), name, closure.fromBindingsHelper);
      if (!found.length) found = this.search(declaring.filter((f) => !closure.all.has(f)), name, closure.fromBindingsHelper);
      this.results.set(name, found);
      return found;
    }
    found = this.search(closure.headers, name, closure.fromBindingsHelper);
    if (!found.length) {
      // Not remembered: the answer may change once the other headers are read.
      if (!this.allRead && !complete) {
        this.missedWhileReading = true;
        this.provisionalAnswers++;
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
    if (!this.allRead && !now && !this.typedefResults.has(name)) {
      this.missedWhileReading = true;
      this.provisionalAnswers++;
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

  /**
   * For a long-lived process: from now on a name the include closure does not declare is
   * answered from the closure alone (`complete` false) until `readSteps` has read the other
   * headers, so that no keystroke waits for the whole include tree.
   */
  startBackground(): void {
    if (this.background || this.others) return;
    this.background = true;
    this.reading = new Promise((resolve) => (this.readDone = resolve));
  }

  /**
   * Reads the headers outside the closure and those of the tree's arches, and indexes their
   * typedefs, a batch per step (the closure first, if no request has walked it yet). Returns
   * whether some answer given meanwhile may now be different.
   */
  *readSteps(): Generator<void, boolean> {
    const closure = yield* this.closureSteps();
    const others = this.otherHeaders(closure);
    // The arches' own headers too: a typedef defined per arch is answered once they are read.
    const archHeaders = this.archHeaders();
    yield;
    const toRead = [...new Set([...others, ...archHeaders])];
    for (let i = 0; i < toRead.length; i += READ_BATCH) {
      for (const f of toRead.slice(i, i + READ_BATCH)) this.text(f);
      yield;
    }
    // Typedefs are indexed before `complete` says they can be asked for.
    const closureTypedefs = new Map<string, TypedefDecl[]>();
    const archTypedefs = new Map<string, TypedefDecl[]>();
    for (const [files, into] of [[closure.headers, closureTypedefs], [archHeaders, archTypedefs]] as const) {
      for (let i = 0; i < files.length; i += READ_BATCH) {
        this.addTypedefs(files.slice(i, i + READ_BATCH), into);
        yield;
      }
    }
    this.closureTypedefs ??= closureTypedefs;
    this.archTypedefs ??= archTypedefs;
    const changed = this.background && !this.othersRead && this.missedWhileReading;
    this.othersRead = true;
    this.readDone?.(changed);
    return changed;
  }

  /**
   * Indexes which header declares which name, one header parsed per step, the closure first,
   * then the others (once `readSteps` has read them). A name being typed (`bindings::m`) is
   * mentioned by hundreds of headers, and parsing those on the keystroke froze the server for
   * seconds; with the index, a lookup parses only the few that declare the name, and the
   * declarations of every header are not kept (they were ~80 MB on the corpus).
   */
  *indexSteps(): Generator<void> {
    const closure = yield* this.closureSteps();
    const order = [...closure.headers, ...this.otherHeaders(closure)];
    const declaredIn = new Map<string, number[]>();
    for (let i = 0; i < order.length; i++) {
      const text = this.text(order[i]);
      if (text === undefined) continue;
      for (const name of this.namesOf(order[i], text)) {
        const list = declaredIn.get(name);
        if (!list) declaredIn.set(name, [i]);
        else if (list[list.length - 1] !== i) list.push(i);
      }
      // Each parse leaves a tree whose native memory (V8 does not see it) goes only when its
      // wrapper is collected: young, so a minor collection every few headers frees it.
      if ((i + 1) % GC_EVERY_HEADERS === 0) collectGarbage('minor');
      yield;
    }
    this.indexOrder = order;
    this.declaredIn = declaredIn;
  }

  /**
   * What `find` will need for `names`, one step at a time: the include closure, then each
   * header of it that mentions one of them, parsed.
   */
  *prepare(names: Iterable<string>): Generator<void> {
    const todo = [...names].filter((n) => !this.results.has(n));
    if (!todo.length) return;
    const closure = yield* this.closureSteps();
    for (const name of todo) {
      for (const f of closure.headers) {
        const text = this.text(f);
        if (text === undefined || this.names.has(f) || !mentions(text, name)) continue;
        this.namesOf(f, text);
        yield;
      }
      this.find(name);
      yield;
    }
  }

  private otherHeaders(closure: Closure): string[] {
    this.others ??= [...new Set(this.dirs.flatMap((d) => this.files.list(d)))].filter((f) => !closure.all.has(f));
    return this.others;
  }

  private search(files: string[], name: string, reachable: Set<string>): HeaderDecl[] {
    const out: HeaderDecl[] = [];
    for (const file of files) {
      const text = this.text(file);
      // A header that only mentions the name (calls it, documents it) is parsed for its names, not read in full.
      if (text === undefined || !mentions(text, name) || !this.namesOf(file, text).has(name)) continue;
      for (const d of this.scanned(file, text)) if (d.name === name) out.push({ ...d, includeVia: this.includeVia(file), reachable: reachable.has(file) });
    }
    return out;
  }

  /** The names a header declares (from its declarations when they are read, else from a lighter pass, kept). */
  private namesOf(file: string, text: string): Set<string> {
    let names = this.names.get(file);
    if (!names) {
      const scanned = this.scans.get(file);
      names = scanned ? new Set(scanned.map((d) => d.name)) : declaredNames(text);
      this.names.set(file, names);
    }
    return names;
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

  /**
   * The header `#include <name>` (or `"name"` in `from`) reaches. A system include is resolved
   * once per name: the closure's ~2,600 includes name ~700 headers.
   */
  private resolve(name: string, system: boolean, from: string): string | undefined {
    if (!system) {
      const local = path.join(path.dirname(from), name);
      if (this.text(local) !== undefined) return local;
    }
    if (this.resolved.has(name)) return this.resolved.get(name);
    // A plain relative name joins without normalising (a third of the walk was path.join).
    const plain = /^(?:[\w+-][\w.+-]*\/)*[\w+-][\w.+-]*$/.test(name);
    const found = this.dirs.map((d) => (plain ? `${d}${path.sep}${name}` : path.join(d, name))).find((c) => this.text(c) !== undefined);
    this.resolved.set(name, found);
    return found;
  }

  /** Breadth first from `roots`, a step per READ_BATCH headers (each step reads what they include). */
  private *walk(roots: string[], seen: Set<string>, order: string[]): Generator<void> {
    const queue = roots.filter((r) => this.text(r) !== undefined && !seen.has(r));
    for (const r of queue) seen.add(r);
    for (let next = 0; next < queue.length; next++) {
      const file = queue[next];
      order.push(file);
      for (const inc of parseIncludes(this.text(file)!)) {
        const target = this.resolve(inc.name, inc.system, file);
        if (target && !seen.has(target)) {
          seen.add(target);
          this.includedBy.set(target, file);
          queue.push(target);
        }
      }
      if ((next + 1) % READ_BATCH === 0) yield;
    }
  }

  private *walkClosure(): Generator<void, Closure> {
    const forced = FORCED_INCLUDES.map((f) => path.join(this.model.srctree, f));
    const seen = new Set<string>();
    const order: string[] = [];
    yield* this.walk([path.join(this.model.srctree, BINDINGS_HELPER_H), ...forced], seen, order);
    const fromBindingsHelper = new Set(order);
    yield* this.walk(this.helperFiles, seen, order);
    return { headers: order.filter((f) => f.endsWith('.h')), all: seen, fromBindingsHelper };
  }

  /** The include closure, walked a step at a time (a lookup meanwhile finishes the walk itself). */
  private *closureSteps(): Generator<void, Closure> {
    this.closureWalk ??= this.walkClosure();
    while (!this.closure) {
      const r = this.closureWalk.next();
      if (r.done) this.closure = r.value;
      else yield;
    }
    return this.closure;
  }

  private ensureClosure(): Closure {
    if (!this.closure) for (const _ of this.closureSteps());
    return this.closure!;
  }
}
