/**
 * HelperIndex: the C helpers of `rust/helpers/*.c` (or the legacy `rust/helpers.c`),
 * read with tree-sitter-c (ffi-domain §4).
 */
import * as path from 'node:path';
import type { Position, Range } from '../model';
import { maskKernelAnnotations, parseKernelC } from '../cSource';
import { eolOf, positionAt, lineStarts } from '../text';
import { type IncludeLine, parseIncludes } from './headerScan';
import { nodeRange, walkNamed, type SyntaxNode, type SyntaxTree } from '../parse';
import { ADDRESS_SPACES, type CParam, declaratorName, definitionStart, functionDeclarator, functionParams, wrapperReturnType } from '../cSignature';

export const HELPER_PREFIX = 'rust_helper_';

export type HelperParam = CParam;

/** The C type generation could not know; an unfinished helper holds it under `unfinishedMarker`. */
export const TODO_TYPE = '/* TODO: type */';

/** The `#error` line heading a generated helper whose types are not all known yet. */
export function unfinishedMarker(helper: string): string {
  return `#error "${helper}: replace each ${TODO_TYPE} with the C type, then remove this line"`;
}

const UNFINISHED_RE = /^[ \t]*#[ \t]*error "rust_helper_(\w+): replace each \/\* TODO: type \*\/ with the C type/gm;

/** A generated helper still under its `#error` marker: it does not compile, so it is no helper yet. */
export interface UnfinishedHelper {
  rustName: string;
  file: string;
  /** 0-based line of the `#error` marker. */
  line: number;
}

export interface Helper {
  /** `rust_helper_X`. */
  name: string;
  /** `X`: the name Rust calls it by. */
  rustName: string;
  file: string;
  nameRange: Range;
  /** Start of the definition (first token of its return type or attributes). */
  definitionRange: Range;
  returnType: string;
  params: HelperParam[];
  /** The function or macro the body forwards to, when the body is a single forwarding call. */
  forwardsTo?: string;
  forwardsToRange?: Range;
  hasRustHelper: boolean;
  /** `__rust_helper` stands alone on the line above the return type (mainline's other placement). */
  rustHelperOwnLine: boolean;
  hasExport: boolean;
}

export interface HelperInclude {
  /** The included file name as written (`mutex.c`). */
  name: string;
  line: number;
  /** Range of the quoted path. */
  range: Range;
}

export interface HelperFile {
  file: string;
  helpers: Helper[];
  /** `#include <…>` headers the file pulls in. */
  headers: string[];
  /** The same `#include <…>` lines with their positions, for inserting one in sorted order. */
  headerIncludes: IncludeLine[];
  unfinished: UnfinishedHelper[];
  /** End of the text, and its line ending, for appending a helper. */
  end: Position;
  eol: string;
}

export interface HelperIndex {
  /** Absolute path of helpers.c (split) or rust/helpers.c (single). */
  mainFile: string;
  files: Map<string, HelperFile>;
  /** `#include "x.c"` lines of helpers.c, in file order (split layout only). */
  includes: HelperInclude[];
  byName: Map<string, Helper>;
  byRustName: Map<string, Helper>;
  /** Unfinished generated helpers by the name Rust calls them by. */
  unfinished: Map<string, UnfinishedHelper>;
}

function firstCall(stmt: SyntaxNode): SyntaxNode | undefined {
  let e: SyntaxNode | null = stmt.type === 'return_statement' || stmt.type === 'expression_statement' ? stmt.namedChildren[0] ?? null : null;
  while (e && (e.type === 'cast_expression' || e.type === 'parenthesized_expression')) {
    e = e.type === 'cast_expression' ? e.childForFieldName('value') : e.namedChildren[0] ?? null;
  }
  return e?.type === 'call_expression' ? e : undefined;
}

export function indexHelperFile(file: string, text: string, tree: SyntaxTree = parseKernelC(text)): HelperFile {
  const masked = maskKernelAnnotations(text);
  const helpers: Helper[] = [];
  const headerIncludes = parseIncludes(text).filter((inc) => inc.system);
  const exported = new Set<string>();
  for (const m of text.matchAll(/^\s*EXPORT_SYMBOL(?:_GPL)?\s*\(\s*(\w+)\s*\)/gm)) exported.add(m[1]);
  walkNamed(tree.rootNode, (n) => {
    if (n.type === 'preproc_include') return false;
    if (n.type !== 'function_definition') return true;
    const declarator = n.childForFieldName('declarator');
    const nameNode = declaratorName(declarator);
    if (!nameNode || !nameNode.text.startsWith(HELPER_PREFIX)) return false;
    const fnDecl = functionDeclarator(declarator);
    const params = fnDecl ? functionParams(text, fnDecl).params : [];
    // Return type: the text before the name without function annotations (`__rust_helper`,
    // `__must_check`, `__realloc_size(2)` …); address spaces are part of the type and stay.
    const start = definitionStart(text, masked, n.startIndex);
    const head = text.slice(start, nameNode.startIndex);
    const returnType = wrapperReturnType(head, masked.slice(start, nameNode.startIndex), ADDRESS_SPACES);
    const body = n.childForFieldName('body');
    const stmts = body?.namedChildren.filter((c) => c.type !== 'comment') ?? [];
    const call = stmts.length === 1 ? firstCall(stmts[0]) : undefined;
    const callee = call?.childForFieldName('function');
    const name = nameNode.text;
    helpers.push({
      name,
      rustName: name.slice(HELPER_PREFIX.length),
      file,
      nameRange: nodeRange(nameNode),
      definitionRange: { start: positionAt(lineStarts(text), start), end: nodeRange(n).end },
      returnType,
      params,
      forwardsTo: callee?.type === 'identifier' ? callee.text : undefined,
      forwardsToRange: callee?.type === 'identifier' ? nodeRange(callee) : undefined,
      hasRustHelper: /\b__rust_helper\b/.test(head),
      rustHelperOwnLine: /^__rust_helper[ \t]*(?:\r\n|\r|\n)/.test(head),
      hasExport: exported.has(name),
    });
    return false;
  });
  const starts = lineStarts(text);
  const unfinished = [...text.matchAll(UNFINISHED_RE)].map((m) => ({ rustName: m[1], file, line: positionAt(starts, m.index).line }));
  return {
    file, helpers, headers: headerIncludes.map((inc) => inc.name), headerIncludes, unfinished,
    end: positionAt(starts, text.length), eol: eolOf(text),
  };
}

/**
 * Whether a helper file puts `__rust_helper` alone on the line above its helpers: mainline's
 * placement is a per-file habit (ffi-domain §4), so most of its marked helpers decide; a file
 * with none marked gets the common form, before the return type.
 */
export function marksOwnLine(helpers: readonly Helper[]): boolean {
  const marked = helpers.filter((h) => h.hasRustHelper);
  return marked.filter((h) => h.rustHelperOwnLine).length * 2 > marked.length;
}

/** `#include "x.c"` lines of helpers.c. */
export function parseHelperIncludes(text: string): HelperInclude[] {
  return parseIncludes(text).filter((inc) => !inc.system).map(({ name, line, range }) => ({ name, line, range }));
}

export interface HelperSource {
  file: string;
  text: string;
}

/** `indexFile` lets a host take a file's part from its cache. */
export function buildHelperIndex<S extends HelperSource>(
  mainFile: string, sources: S[], indexFile: (src: S) => HelperFile = (src) => indexHelperFile(src.file, src.text),
): HelperIndex {
  const files = new Map<string, HelperFile>();
  const byName = new Map<string, Helper>();
  const byRustName = new Map<string, Helper>();
  const unfinished = new Map<string, UnfinishedHelper>();
  let includes: HelperInclude[] = [];
  const mainBase = path.basename(mainFile);
  for (const src of sources) {
    const hf = indexFile(src);
    files.set(src.file, hf);
    if (src.file === mainFile && mainBase === 'helpers.c' && path.basename(path.dirname(mainFile)) === 'helpers') {
      includes = parseHelperIncludes(src.text);
    }
    for (const h of hf.helpers) {
      byName.set(h.name, h);
      byRustName.set(h.rustName, h);
    }
    for (const u of hf.unfinished) unfinished.set(u.rustName, u);
  }
  return { mainFile, files, includes, byName, byRustName, unfinished };
}

/** Whether helpers.c includes a helper file (always true for the single-file layout). */
export function isIncludedByMain(index: HelperIndex, file: string): boolean {
  if (file === index.mainFile) return true;
  if (path.dirname(file) !== path.dirname(index.mainFile)) return false;
  const base = path.basename(file);
  return index.includes.some((inc) => inc.name === base);
}
