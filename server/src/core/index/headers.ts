/**
 * Lazy C header lookups: the index asks for one name at a time and never waits for a scan
 * of the whole include tree. The host supplies the implementation (it owns the disk).
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
  range: Range;
  /** The declaration as written (prototype, or `#define NAME(a, b)`). */
  text: string;
  returnType?: string;
  params: { text: string; name?: string }[];
}

export interface HeaderLookup {
  /** Declarations named `name`, or an empty list when the headers have none. */
  find(name: string): HeaderDecl[];
}

export const NO_HEADERS: HeaderLookup = { find: () => [] };
