/**
 * Reads one C header's text: its `#include`s, and the declarations Rust may need by name
 * (`static inline` / `__always_inline` functions, extern prototypes, function-like macros),
 * each with its position. Pure: the host decides which headers to read and caches results.
 */
import type { Range } from '../model';
import { maskKernelAnnotations } from '../cSource';
import { descendantsOf, parseC, nodeRange, type SyntaxNode, type SyntaxTree } from '../parse';
import { collapse, definitionStart, functionDeclarator, functionParams, wrapperReturnType } from '../cSignature';
import type { HeaderDecl, TypedefDecl } from './headers';
import { lineStarts, positionAt } from '../text';

export interface IncludeLine {
  /** The path as written between the quotes or angle brackets. */
  name: string;
  /** `<…>` rather than `"…"`. */
  system: boolean;
  line: number;
  /** Range of the path with its delimiters. */
  range: Range;
}

/** An `#include` at the start of a line; whitespace never crosses a line break (`[^\S\r\n]`). */
const INCLUDE_RE = /(?<![^\r\n])([^\S\r\n]*#[^\S\r\n]*include[^\S\r\n]*)(<([^>\r\n]+)>|"([^"\r\n]+)")/g;

/** Line breaks in `text[from, to)`, `\r\n` counting once (as LSP counts lines). */
function lineBreaks(text: string, from: number, to: number): number {
  let n = 0;
  if (!text.includes('\r')) {
    for (let i = text.indexOf('\n', from); i >= 0 && i < to; i = text.indexOf('\n', i + 1)) n++;
    return n;
  }
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) n++;
  }
  return n;
}

/** `#include` lines of a C file, in file order (conditional ones too); one regular expression over the text, no split into lines. */
export function parseIncludes(text: string): IncludeLine[] {
  const out: IncludeLine[] = [];
  let line = 0;
  let counted = 0;
  for (const m of text.matchAll(INCLUDE_RE)) {
    line += lineBreaks(text, counted, m.index);
    counted = m.index;
    const start = m[1].length;
    out.push({
      name: m[3] ?? m[4], system: m[3] !== undefined, line,
      range: { start: { line, character: start }, end: { line, character: start + m[2].length } },
    });
  }
  return out;
}

export type ScannedDecl = Omit<HeaderDecl, 'reachable' | 'includeVia'>;

function hasStatic(node: SyntaxNode): boolean {
  return node.children.some((c) => c.type === 'storage_class_specifier' && c.text === 'static');
}

/** The function a definition or declaration declares: its name and function declarator. */
function declaredFunction(node: SyntaxNode): { name: SyntaxNode; fn: SyntaxNode } | undefined {
  const fn = functionDeclarator(node.childForFieldName('declarator'));
  const inner = fn?.childForFieldName('declarator');
  // `int (*fp)(int);` declares a pointer, not a function.
  if (!fn || inner?.type !== 'identifier') return undefined;
  return { name: inner, fn };
}

function isBlank(c: string | undefined): boolean {
  return c === ' ' || c === '\t';
}

/**
 * The comment that ends right above `start` (only blanks between), as written. Read backwards
 * from `start`, never copying or matching the text before it: a header declares thousands of
 * functions, and a regular expression anchored at the end of the whole prefix made one scan
 * quadratic (seconds on the kernel's larger headers).
 */
function docAbove(text: string, start: number): string | undefined {
  let end = start;
  while (isBlank(text[end - 1])) end--;
  if (text.startsWith('\r\n', end - 2)) end -= 2;
  else if (text[end - 1] === '\n' || text[end - 1] === '\r') end--;
  while (isBlank(text[end - 1])) end--;
  if (text.startsWith('*/', end - 2)) {
    const open = text.lastIndexOf('/*', end - 2);
    return open >= 0 ? text.slice(open, end) : undefined;
  }
  // A run of whole `//` lines ending here (lines end at LF, CRLF or a lone CR, as for LSP).
  let first = -1;
  for (let lineEnd = end; ;) {
    const lineStart = lineEnd > 0 ? Math.max(text.lastIndexOf('\n', lineEnd - 1), text.lastIndexOf('\r', lineEnd - 1)) + 1 : 0;
    if (!/^[ \t]*\/\//.test(text.slice(lineStart, lineEnd))) break;
    first = lineStart;
    if (lineStart === 0) break;
    lineEnd = text.startsWith('\r\n', lineStart - 2) ? lineStart - 2 : lineStart - 1;
  }
  return first < 0 ? undefined : text.slice(first, end).trimEnd();
}

const DECLARATION_TYPES = ['preproc_function_def', 'function_definition', 'declaration'];

/** A declaration `scanHeader` reads: a function-like macro, or a function that is a static definition or an extern prototype. */
type Declaration =
  | { kind: 'macro'; node: SyntaxNode; name: SyntaxNode; params: SyntaxNode }
  | { kind: 'static-inline' | 'extern'; node: SyntaxNode; name: SyntaxNode; fn: SyntaxNode };

/**
 * The declarations of a parsed header, in file order. Found natively, outermost first and
 * not inside function bodies: visiting every node of a large header from JavaScript cost
 * several times its parse.
 */
function* declarations(tree: SyntaxTree): Generator<Declaration> {
  for (const n of descendantsOf([tree.rootNode], DECLARATION_TYPES, [...DECLARATION_TYPES, 'compound_statement'])) {
    if (n.type === 'preproc_function_def') {
      const name = n.childForFieldName('name');
      const params = n.childForFieldName('parameters');
      if (name && params) yield { kind: 'macro', node: n, name, params };
      continue;
    }
    const decl = declaredFunction(n);
    // Only definitions of static functions and prototypes of real (extern) ones matter.
    if (!decl || (n.type === 'function_definition') !== hasStatic(n)) continue;
    yield { kind: n.type === 'function_definition' ? 'static-inline' : 'extern', node: n, name: decl.name, fn: decl.fn };
  }
}

/** The names `scanHeader` would find declared in a header, each once: cheaper, for an index of which header declares what. */
export function declaredNames(text: string): Set<string> {
  const names = new Set<string>();
  for (const d of declarations(parseC(maskKernelAnnotations(text)))) names.add(d.name.text);
  return names;
}

/** Declarations in one header, in file order. */
export function scanHeader(file: string, include: string, text: string): ScannedDecl[] {
  const masked = maskKernelAnnotations(text);
  const out: ScannedDecl[] = [];
  for (const d of declarations(parseC(masked))) {
    const n = d.node;
    if (d.kind === 'macro') {
      const names = d.params.namedChildren.filter((c) => c.type === 'identifier').map((c) => c.text);
      const body = n.childForFieldName('value');
      out.push({
        name: d.name.text, kind: 'macro', file, include, range: nodeRange(d.name),
        text: collapse(text.slice(n.startIndex, d.params.endIndex)),
        params: names.map((p) => ({ text: p, name: p })),
        variadic: /\.\.\.\s*\)$/.test(d.params.text),
        body: body ? collapse(body.text.replace(/\\\r?\n/g, ' ')) : undefined,
        doc: docAbove(text, n.startIndex),
      });
      continue;
    }
    const start = definitionStart(text, masked, n.startIndex);
    const { params, variadic } = functionParams(text, d.fn);
    const end = d.kind === 'static-inline' ? n.childForFieldName('body')?.startIndex ?? n.endIndex : n.endIndex;
    out.push({
      name: d.name.text,
      kind: d.kind,
      file, include,
      range: nodeRange(d.name),
      text: collapse(text.slice(start, end)),
      returnType: wrapperReturnType(text.slice(start, d.name.startIndex), masked.slice(start, d.name.startIndex)),
      params,
      variadic,
      doc: docAbove(text, start),
    });
  }
  return out;
}

export type ScannedTypedef = Omit<TypedefDecl, 'file' | 'path'>;

/** One level of `#if` nesting: the conditions of its earlier branches, and of the branch we are in. */
interface CondFrame {
  previous: string[];
  current?: string;
}

function frameConditions(stack: CondFrame[]): string[] {
  return stack.flatMap((f) => [...f.previous.map((c) => `!(${c})`), ...(f.current === undefined ? [] : [f.current])]);
}

/**
 * The `#if` directives and the lines that start with `typedef`: all a typedef scan reads. A
 * match starts at the line break before the line (native scanning skips to those quickly; a
 * leading `^` in multiline mode is tried at every character); the first line is tried apart.
 */
const SCANNED_LINE_RE = /[\r\n][ \t]*(?:#[ \t]*(?:if|el|endif)|(?:__extension__[ \t]+)?typedef\b)[^\r\n]*/g;
const FIRST_LINE_RE = /[ \t]*(?:#[ \t]*(?:if|el|endif)|(?:__extension__[ \t]+)?typedef\b)[^\r\n]*/y;
const DIRECTIVE_RE = /^[ \t]*#[ \t]*(ifdef|ifndef|if|elif|else|endif)\b(.*)$/;
const TYPEDEF_LINE_RE = /^[ \t]*(?:__extension__[ \t]+)?typedef\b(.*)$/;
const LINE_END_RE = /[\r\n]/g;

/** A directive's argument without its comments (`#endif /* X *\/`), continuation lines joined. */
function directiveArgument(text: string, arg: string, end: number): string {
  let full = arg;
  for (let at = end; full.endsWith('\\') && at < text.length;) {
    const start = at + (text.startsWith('\r\n', at) ? 2 : 1);
    LINE_END_RE.lastIndex = start;
    at = LINE_END_RE.exec(text)?.index ?? text.length;
    full = `${full.slice(0, -1)} ${text.slice(start, at)}`;
  }
  return full.replace(/\/\*.*?\*\/|\/\/.*$/g, ' ').replace(/\/\*.*$/, '').replace(/\s+/g, ' ').trim();
}

/** Block comments as [start, end) offsets, in order. */
function blockComments(text: string): [number, number][] {
  const out: [number, number][] = [];
  for (let i = text.indexOf('/*'); i >= 0;) {
    const end = text.indexOf('*/', i + 2);
    out.push([i, end < 0 ? text.length : end + 2]);
    if (end < 0) break;
    i = text.indexOf('/*', end + 2);
  }
  return out;
}

/** Counts lines up to an offset, moving forward only (LSP line breaks: LF, CRLF, lone CR). */
function lineCounter(text: string): (offset: number) => number {
  if (/\r(?!\n)/.test(text)) {
    const starts = lineStarts(text);
    return (offset) => positionAt(starts, offset).line;
  }
  let line = 0;
  let at = 0;
  return (offset) => {
    for (let i = text.indexOf('\n', at); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
    at = offset;
    return line;
  };
}

/**
 * The one-line typedefs of a header with the `#if` conditions around each. Native searches
 * find the few lines that matter and the block comments to skip (asked about a common name
 * such as `u64`, the lookup scans every header that mentions it). Typedefs of functions,
 * arrays and struct bodies are left out.
 */
export function scanTypedefs(text: string): ScannedTypedef[] {
  const out: ScannedTypedef[] = [];
  const stack: CondFrame[] = [];
  const comments = blockComments(text);
  let comment = 0;
  let lineAt: ((offset: number) => number) | undefined;
  FIRST_LINE_RE.lastIndex = 0;
  SCANNED_LINE_RE.lastIndex = 0;
  const first = FIRST_LINE_RE.exec(text);
  for (let m = first ?? SCANNED_LINE_RE.exec(text); m; m = SCANNED_LINE_RE.exec(text)) {
    const lineStart = m === first ? 0 : m.index + 1;
    const line = text.slice(lineStart, m.index + m[0].length);
    const at = lineStart + line.length - line.trimStart().length;
    while (comment < comments.length && comments[comment][1] <= at) comment++;
    if (comment < comments.length && comments[comment][0] <= at) continue;
    const directive = DIRECTIVE_RE.exec(line);
    if (directive) {
      const [, kind, rawArg] = directive;
      const arg = directiveArgument(text, rawArg, m.index + m[0].length);
      const top = stack[stack.length - 1];
      if (kind === 'ifdef') stack.push({ previous: [], current: `defined(${arg})` });
      else if (kind === 'ifndef') stack.push({ previous: [], current: `!defined(${arg})` });
      else if (kind === 'if') stack.push({ previous: [], current: arg });
      else if (kind === 'endif') stack.pop();
      else if (top) {
        if (top.current !== undefined) top.previous.push(top.current);
        top.current = kind === 'elif' ? arg : undefined;
      }
      continue;
    }
    const rest = TYPEDEF_LINE_RE.exec(line)?.[1];
    if (rest === undefined) continue;
    const decl = /^([^;{}]+?)\s*;/.exec(maskKernelAnnotations(rest.replace(/\/\*.*?\*\/|\/\/.*$/g, ' ')))?.[1].replace(/\s+/g, ' ').trim();
    const name = decl && /(\w+)$/.exec(decl)?.[1];
    if (!decl || !name || /[()[\]]/.test(decl)) continue;
    const type = decl.slice(0, decl.length - name.length).trim();
    if (!type) continue;
    lineAt ??= lineCounter(text);
    out.push({ name, type, conditions: frameConditions(stack), line: lineAt(at) });
  }
  return out;
}
