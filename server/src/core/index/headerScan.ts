/**
 * Reads one C header's text: its `#include`s, and the declarations Rust may need by name
 * (`static inline` / `__always_inline` functions, extern prototypes, function-like macros),
 * each with its position. Pure: the host decides which headers to read and caches results.
 */
import type { Range } from '../model';
import { maskKernelAnnotations } from '../cSource';
import { parseC, nodeRange, walkNamed, type SyntaxNode } from '../parse';
import { collapse, declaratorName, definitionStart, functionDeclarator, functionParams, wrapperReturnType } from '../cSignature';
import type { HeaderDecl } from './headers';

export interface IncludeLine {
  /** The path as written between the quotes or angle brackets. */
  name: string;
  /** `<…>` rather than `"…"`. */
  system: boolean;
  line: number;
  /** Range of the path with its delimiters. */
  range: Range;
}

/** `#include` lines of a C file, in file order (conditional ones too). */
export function parseIncludes(text: string): IncludeLine[] {
  const out: IncludeLine[] = [];
  text.split(/\r\n|\r|\n/).forEach((line, i) => {
    const m = /^(\s*#\s*include\s*)(<([^>]+)>|"([^"]+)")/.exec(line);
    if (!m) return;
    const start = m[1].length;
    out.push({
      name: m[3] ?? m[4], system: m[3] !== undefined, line: i,
      range: { start: { line: i, character: start }, end: { line: i, character: start + m[2].length } },
    });
  });
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

/** Declarations in one header, in file order. */
export function scanHeader(file: string, include: string, text: string): ScannedDecl[] {
  const masked = maskKernelAnnotations(text);
  const tree = parseC(masked);
  const out: ScannedDecl[] = [];
  walkNamed(tree.rootNode, (n) => {
    if (n.type === 'preproc_function_def') {
      const name = n.childForFieldName('name');
      const params = n.childForFieldName('parameters');
      if (!name || !params) return false;
      const names = params.namedChildren.filter((c) => c.type === 'identifier').map((c) => c.text);
      const body = n.childForFieldName('value');
      out.push({
        name: name.text, kind: 'macro', file, include, range: nodeRange(name),
        text: collapse(text.slice(n.startIndex, params.endIndex)),
        params: names.map((p) => ({ text: p, name: p })),
        variadic: /\.\.\.\s*\)$/.test(params.text),
        body: body ? collapse(body.text.replace(/\\\r?\n/g, ' ')) : undefined,
        doc: docAbove(text, n.startIndex),
      });
      return false;
    }
    if (n.type !== 'function_definition' && n.type !== 'declaration') return n.type !== 'compound_statement';
    const decl = declaredFunction(n);
    const isStatic = hasStatic(n);
    // Only definitions of static functions and prototypes of real (extern) ones matter.
    if (!decl || (n.type === 'function_definition') !== isStatic) return false;
    const start = definitionStart(text, masked, n.startIndex);
    const { params, variadic } = functionParams(text, decl.fn);
    const end = n.type === 'function_definition' ? n.childForFieldName('body')?.startIndex ?? n.endIndex : n.endIndex;
    out.push({
      name: decl.name.text,
      kind: isStatic ? 'static-inline' : 'extern',
      file, include,
      range: nodeRange(decl.name),
      text: collapse(text.slice(start, end)),
      returnType: wrapperReturnType(text.slice(start, decl.name.startIndex), masked.slice(start, decl.name.startIndex)),
      params,
      variadic,
      doc: docAbove(text, start),
    });
    return false;
  });
  return out;
}
