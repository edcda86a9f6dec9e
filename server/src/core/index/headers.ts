/**
 * Lazy C header lookups: the index asks for one name at a time and never waits for a scan
 * of the whole include tree. The host supplies the implementation (it owns the disk);
 * `headerScan.ts` reads one header's text.
 */
import type { Range } from '../model';

export type HeaderDeclKind = 'static-inline' | 'extern' | 'macro';

export interface HeaderDecl {
  name: string;
  kind: HeaderDeclKind;
  /** Absolute path of the header. */
  file: string;
  /** The header as included: `linux/mutex.h`. */
  include: string;
  /**
   * What C code includes to get the declaration: `include` itself, or for an arch or
   * internal header (`asm/uaccess_64.h`, `linux/atomic/atomic-instrumented.h`) the `linux/`
   * header that pulls it in (`linux/uaccess.h`, `linux/atomic.h`).
   */
  includeVia: string;
  /** Range of the declared name (line and column of the declaration for hover and go-to). */
  range: Range;
  /** The declaration as written (prototype up to its body, or `#define NAME(a, b)`). */
  text: string;
  /** Return type as a wrapper spells it (qualifiers kept, `static inline` dropped); absent for macros. */
  returnType?: string;
  params: { text: string; name?: string }[];
  /** `...` among the parameters (a variadic function or a `#define X(...)` macro). */
  variadic: boolean;
  /** A macro's replacement text. */
  body?: string;
  /** The comment directly above the declaration (its kernel-doc, usually), as written. */
  doc?: string;
  /** Whether `rust/bindings/bindings_helper.h` reaches the header through its `#include`s. */
  reachable: boolean;
}

/** A `typedef` of a scalar or pointer type in a header, with the preprocessor conditions around it. */
export interface TypedefDecl {
  name: string;
  /** The type it names as written, annotations (`__bitwise`) dropped: `u64`, `unsigned long long`. */
  type: string;
  /**
   * The `#if` conditions it sits under, outermost first, as preprocessor expressions:
   * `defined(CONFIG_64BIT)` for `#ifdef`, `!(defined(CONFIG_64BIT))` for its `#else`.
   */
  conditions: string[];
  /** Absolute path of the header. */
  file: string;
  /** The header relative to srctree (or objtree): `include/linux/types.h`, `arch/x86/include/asm/tsc.h`. */
  path: string;
  /** 0-based line of the `typedef`. */
  line: number;
}

export interface HeaderLookup {
  /**
   * Declarations named `name`: those in the headers that bindings_helper.h and the helper
   * files reach first; only when none of these declares it, the other headers of the
   * include paths. Empty when no header declares it. `complete`: answer from every header
   * even while they are still being read in the background (a request that must be whole).
   */
  find(name: string, complete?: boolean): HeaderDecl[];
  /**
   * False while the headers outside that closure (and those of the tree's arches) are still
   * being read in the background: `find` then answers from the closure alone, and a name it
   * does not find may yet exist; `typedefs` answers nothing yet.
   */
  readonly complete: boolean;
  /**
   * Counts what was answered that may change once `complete`: each read of `complete` while it
   * is false, each name `find` answered from the closure alone, each `typedefs` left
   * unanswered. An analysis during which it did not move is the same once the headers are read.
   */
  readonly provisional: number;
  /**
   * What `find` will need for `names`, done one small step per iteration, for work ahead of
   * requests (a request meanwhile does the rest itself).
   */
  prepare(names: Iterable<string>): Iterable<void>;
  /**
   * The typedefs of `name` (a C name: `u64`, not bindgen's `u64_`): those in the headers
   * bindings_helper.h and the helpers reach and, when one of these is an arch's own
   * (`arch/<dir>/`, `asm-generic/`), those in the headers of every arch of the tree.
   * Undefined while the headers are still being read in the background (`complete` is
   * false), unless `now`: an explicit request (hover) reads what it needs at once. Empty when
   * no header has one.
   */
  typedefs(name: string, now?: boolean): TypedefDecl[] | undefined;
}

export const NO_HEADERS: HeaderLookup = { find: () => [], complete: true, provisional: 0, prepare: () => [], typedefs: () => [] };

/** The kernel arch whose own header this is (`arch/x86/include/asm/tsc.h` → `x86`), or undefined. */
export function headerArch(path: string): string | undefined {
  return /^arch\/([^/]+)\//.exec(path)?.[1];
}

/** Whether a header is an arch's own, or the generic one an arch may replace (`asm-generic/`). */
export function isPerArchHeader(path: string): boolean {
  return headerArch(path) !== undefined || /(^|\/)asm-generic\//.test(path);
}
