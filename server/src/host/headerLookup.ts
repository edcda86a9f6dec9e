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

/** Headers read per step of the include walk and of the background read (a few ms each on the corpus). */
const READ_BATCH = 16;

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

/** The next turn of the event loop, after pending I/O (requests) has been handled. */
function nextTick(): Promise<void> {
  return new Promise<void>((resolve) => setImmediate(resolve));
}

/** Runs `steps` one per `turn`; resolves to what the generator returns. */
export async function stepThrough<T>(steps: Generator<void, T>, turn: () => Promise<void> = nextTick): Promise<T> {
  for (;;) {
    await turn();
    const r = steps.next();
    if (r.done) return r.value;
  }
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
  private readonly scans = new Map<string, ScannedDecl[]>();
  private readonly results = new Map<string, HeaderDecl[]>();
  /** The first header found including each header, for `includeVia`. */
  private readonly includedBy = new Map<string, string>();
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
    return !this.background || this.othersRead;
  }

  find(name: string, complete = false): HeaderDecl[] {
    let found = this.results.get(name);
    if (found) return found;
    const closure = this.ensureClosure();
    found = this.search(closure.headers, name, closure.fromBindingsHelper);
    if (!found.length) {
      // Not remembered: the answer may change once the other headers are read.
      if (!this.complete && !complete) {
        this.missedWhileReading = true;
        return found;
      }
      found = this.search(this.otherHeaders(closure), name, closure.fromBindingsHelper);
    }
    this.results.set(name, found);
    return found;
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
   * Reads the headers outside the closure, a batch per step (the closure first, if no request
   * has walked it yet). Returns whether some answer given meanwhile may now be different.
   */
  *readSteps(): Generator<void, boolean> {
    const closure = yield* this.closureSteps();
    const others = this.otherHeaders(closure);
    yield;
    for (let i = 0; i < others.length; i += READ_BATCH) {
      for (const f of others.slice(i, i + READ_BATCH)) this.text(f);
      yield;
    }
    const changed = this.background && !this.othersRead && this.missedWhileReading;
    this.othersRead = true;
    this.readDone?.(changed);
    return changed;
  }

  /**
   * Parses every header, one per step, the closure first (it is what `find` parses on a
   * request): a name being typed (`bindings::m`) is mentioned by hundreds of headers, and
   * parsing those on the keystroke froze the server for seconds.
   */
  *scanSteps(): Generator<void> {
    const closure = yield* this.closureSteps();
    for (const f of [...closure.headers, ...(this.othersRead ? this.otherHeaders(closure) : [])]) {
      const text = this.text(f);
      if (text === undefined || this.scans.has(f)) continue;
      this.scanned(f, text);
      yield;
    }
  }

  /**
   * What `find` will need for `names`, one step at a time: the include closure, then each
   * header of it that mentions one of them, parsed.
   */
  *prepare(names: Iterable<string>): Generator<void> {
    const closure = yield* this.closureSteps();
    for (const name of names) {
      if (this.results.has(name)) continue;
      for (const f of closure.headers) {
        const text = this.text(f);
        if (text === undefined || this.scans.has(f) || !mentions(text, name)) continue;
        this.scanned(f, text);
        yield;
      }
      this.find(name);
    }
  }

  /**
   * `startBackground`, then `readSteps` and `scanSteps` driven by `turn` (the server waits until
   * the user pauses); resolves, once the other headers are read, to whether some answer given
   * meanwhile may now be different.
   */
  warmUp(turn: () => Promise<void> = nextTick): Promise<boolean> {
    if (this.background || this.others) return Promise.resolve(false);
    this.startBackground();
    return stepThrough(this.readSteps(), turn).then((changed) => {
      void stepThrough(this.scanSteps(), turn);
      return changed;
    });
  }

  private otherHeaders(closure: Closure): string[] {
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
