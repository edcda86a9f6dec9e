/**
 * HelperIndex: the C helpers of `rust/helpers/*.c` (or the legacy `rust/helpers.c`),
 * read with tree-sitter-c (ffi-domain §4).
 */
import * as path from 'node:path';
import type { Range } from '../model';
import { maskKernelAnnotations, parseKernelC } from '../cSource';
import { positionAt, lineStarts } from '../text';
import { nodeRange, walkNamed, type SyntaxNode, type SyntaxTree } from '../parse';

export const HELPER_PREFIX = 'rust_helper_';

export interface HelperParam {
  /** The parameter's declaration as written, qualifiers kept (`const void __user *from`). */
  text: string;
  name?: string;
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
}

export interface HelperIndex {
  /** Absolute path of helpers.c (split) or rust/helpers.c (single). */
  mainFile: string;
  files: Map<string, HelperFile>;
  /** `#include "x.c"` lines of helpers.c, in file order (split layout only). */
  includes: HelperInclude[];
  byName: Map<string, Helper>;
  byRustName: Map<string, Helper>;
}

function firstCall(stmt: SyntaxNode): SyntaxNode | undefined {
  let e: SyntaxNode | null = stmt.type === 'return_statement' || stmt.type === 'expression_statement' ? stmt.namedChildren[0] ?? null : null;
  while (e && (e.type === 'cast_expression' || e.type === 'parenthesized_expression')) {
    e = e.type === 'cast_expression' ? e.childForFieldName('value') : e.namedChildren[0] ?? null;
  }
  return e?.type === 'call_expression' ? e : undefined;
}

function declaratorName(decl: SyntaxNode | null): SyntaxNode | undefined {
  let d = decl;
  while (d) {
    if (d.type === 'identifier') return d;
    if (d.type === 'function_declarator' || d.type === 'pointer_declarator' || d.type === 'parenthesized_declarator'
      || d.type === 'array_declarator' || d.type === 'attributed_declarator') {
      d = d.childForFieldName('declarator') ?? d.namedChildren.find((c) => c.type.endsWith('declarator') || c.type === 'identifier') ?? null;
    } else {
      return undefined;
    }
  }
  return undefined;
}

function functionDeclarator(decl: SyntaxNode | null): SyntaxNode | undefined {
  let d = decl;
  while (d && d.type !== 'function_declarator') d = d.childForFieldName('declarator');
  return d ?? undefined;
}

function collapse(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/**
 * Where a definition really starts: tree-sitter saw the masked text, so annotations such
 * as `__rust_helper` or `__force` before the return type are outside its node.
 */
function definitionStart(text: string, masked: string, nodeStart: number): number {
  let i = nodeStart;
  while (i > 0 && /\s/.test(masked[i - 1])) i--;
  while (i < nodeStart && /\s/.test(text[i])) i++;
  return i;
}

export function indexHelperFile(file: string, text: string, tree: SyntaxTree = parseKernelC(text)): HelperFile {
  const masked = maskKernelAnnotations(text);
  const helpers: Helper[] = [];
  const headers: string[] = [];
  const exported = new Set<string>();
  for (const m of text.matchAll(/^\s*EXPORT_SYMBOL(?:_GPL)?\s*\(\s*(\w+)\s*\)/gm)) exported.add(m[1]);
  walkNamed(tree.rootNode, (n) => {
    if (n.type === 'preproc_include') {
      const p = n.childForFieldName('path');
      if (p?.type === 'system_lib_string') headers.push(p.text.slice(1, -1));
      return false;
    }
    if (n.type !== 'function_definition') return true;
    const declarator = n.childForFieldName('declarator');
    const nameNode = declaratorName(declarator);
    if (!nameNode || !nameNode.text.startsWith(HELPER_PREFIX)) return false;
    const fnDecl = functionDeclarator(declarator);
    const params: HelperParam[] = [];
    for (const p of fnDecl?.childForFieldName('parameters')?.namedChildren ?? []) {
      if (p.type !== 'parameter_declaration' && p.type !== 'variadic_parameter') continue;
      const ptext = collapse(text.slice(p.startIndex, p.endIndex));
      if (ptext === 'void') continue;
      params.push({ text: ptext, name: declaratorName(p.childForFieldName('declarator'))?.text });
    }
    // Return type: everything before the name, as written, minus the pointer stars' spacing.
    const start = definitionStart(text, masked, n.startIndex);
    const head = text.slice(start, nameNode.startIndex);
    const returnType = collapse(
      head.replace(/\b__rust_helper\b/g, '').replace(/\b__(?:must_check|force|noreturn|cold|always_inline)\b/g, '')
        .replace(/\b__realloc_size\s*\([^)]*\)/g, '').replace(/\binline\b|\bstatic\b/g, ''),
    ).replace(/\s*\*\s*$/, ' *').replace(/\s+\*/g, ' *').replace(/\*\s+\*/g, '**');
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
      hasExport: exported.has(name),
    });
    return false;
  });
  return { file, helpers, headers };
}

/** `#include "x.c"` lines of helpers.c. */
export function parseHelperIncludes(text: string): HelperInclude[] {
  const out: HelperInclude[] = [];
  const lines = text.split(/\r\n|\r|\n/);
  lines.forEach((line, i) => {
    const m = /^(\s*#\s*include\s*)"([^"]+)"/.exec(line);
    if (!m) return;
    const start = m[1].length;
    out.push({ name: m[2], line: i, range: { start: { line: i, character: start }, end: { line: i, character: start + m[2].length + 2 } } });
  });
  return out;
}

export interface HelperSource {
  file: string;
  text: string;
}

export function buildHelperIndex(mainFile: string, sources: HelperSource[]): HelperIndex {
  const files = new Map<string, HelperFile>();
  const byName = new Map<string, Helper>();
  const byRustName = new Map<string, Helper>();
  let includes: HelperInclude[] = [];
  const mainBase = path.basename(mainFile);
  for (const src of sources) {
    const hf = indexHelperFile(src.file, src.text);
    files.set(src.file, hf);
    if (src.file === mainFile && mainBase === 'helpers.c' && path.basename(path.dirname(mainFile)) === 'helpers') {
      includes = parseHelperIncludes(src.text);
    }
    for (const h of hf.helpers) {
      byName.set(h.name, h);
      byRustName.set(h.rustName, h);
    }
  }
  return { mainFile, files, includes, byName, byRustName };
}

/** Whether helpers.c includes a helper file (always true for the single-file layout). */
export function isIncludedByMain(index: HelperIndex, file: string): boolean {
  if (file === index.mainFile) return true;
  if (path.dirname(file) !== path.dirname(index.mainFile)) return false;
  const base = path.basename(file);
  return index.includes.some((inc) => inc.name === base);
}
