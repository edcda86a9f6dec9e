/**
 * One header's preprocessor structure, read without evaluating anything: its directives,
 * the conditional groups (`#if` … `#elif` … `#else` … `#endif`) and which branch each
 * stretch of code, `#define` and `#include` sits in. Evaluating the branches is the
 * translation unit's job (translationUnit.ts), since it needs the macros of other headers.
 */
import { blankComments, type Token, tokenize } from './lex';

export type BranchKind = 'if' | 'ifdef' | 'ifndef' | 'elif' | 'else';

export interface Branch {
  group: number;
  index: number;
  kind: BranchKind;
  /** The condition as written (for `ifdef`/`ifndef`, the macro name); '' for `else`. */
  expr: string;
  /** Offset of the condition in the header's text. */
  exprOffset: number;
}

export interface CondGroup {
  id: number;
  branches: Branch[];
  /** The branch the `#if` itself sits in. */
  parent?: Branch;
  start: number;
  end: number;
  /** An include guard (`#ifndef G` `#define G` around the whole header): always entered. */
  guard?: boolean;
}

export interface DefineSite {
  name: string;
  /** Parameter names of a function-like macro (`__VA_ARGS__` for `...`). */
  params?: string[];
  variadic: boolean;
  body: Token[];
  /** Offset of the name in the header's text. */
  offset: number;
  branch?: Branch;
}

export interface UndefSite {
  name: string;
  offset: number;
  branch?: Branch;
}

export interface IncludeSite {
  /** The path as written; undefined for a computed `#include MACRO`. */
  name?: string;
  system: boolean;
  offset: number;
  branch?: Branch;
}

/** Code between directives. */
export interface Segment {
  start: number;
  end: number;
  branch?: Branch;
}

export interface HeaderStructure {
  /** The text with comments blanked. */
  clean: string;
  groups: CondGroup[];
  defines: DefineSite[];
  undefs: UndefSite[];
  includes: IncludeSite[];
  segments: Segment[];
  /** Why the conditionals cannot be trusted (an `#endif` too many, a group never closed). */
  problem?: string;
}

const DIRECTIVE_START = /^[ \t]*#[ \t]*([A-Za-z_]*)/gm;

/** The end of a directive starting at `start`: its line, and every line a backslash continues it onto. */
function directiveEnd(clean: string, start: number): number {
  let i = start;
  for (;;) {
    const nl = clean.indexOf('\n', i);
    if (nl < 0) return clean.length;
    let j = nl - 1;
    if (clean.charCodeAt(j) === 13) j--;
    while (j > i && (clean.charCodeAt(j) === 32 || clean.charCodeAt(j) === 9)) j--;
    if (clean.charCodeAt(j) !== 92) return nl;
    i = nl + 1;
  }
}

function parseDefine(clean: string, restStart: number, end: number, branch: Branch | undefined): DefineSite | undefined {
  const tokens = tokenize(clean, restStart, end);
  const name = tokens[0];
  if (!name || name.kind !== 'ident') return undefined;
  const open = tokens[1];
  // Function-like only when `(` touches the name.
  if (open?.text === '(' && open.offset === name.offset + name.text.length) {
    const params: string[] = [];
    let variadic = false;
    let i = 2;
    for (; i < tokens.length && tokens[i].text !== ')'; i++) {
      const t = tokens[i];
      if (t.text === ',') continue;
      if (t.text === '...') {
        variadic = true;
        params.push('__VA_ARGS__');
      } else if (t.kind === 'ident') {
        // `args...` is GNU's named variadic parameter.
        if (tokens[i + 1]?.text === '...') {
          variadic = true;
          i++;
        }
        params.push(t.text);
      } else {
        return undefined;
      }
    }
    if (i >= tokens.length) return undefined;
    return { name: name.text, params, variadic, body: tokens.slice(i + 1), offset: name.offset, branch };
  }
  return { name: name.text, variadic: false, body: tokens.slice(1), offset: name.offset, branch };
}

function parseInclude(clean: string, restStart: number, end: number, branch: Branch | undefined): IncludeSite {
  const rest = clean.slice(restStart, end).trim();
  const m = /^(?:<([^>]+)>|"([^"]+)")/.exec(rest);
  return { name: m ? m[1] ?? m[2] : undefined, system: m ? m[1] !== undefined : true, offset: restStart, branch };
}

export function headerStructure(text: string): HeaderStructure {
  const clean = blankComments(text);
  const groups: CondGroup[] = [];
  const defines: DefineSite[] = [];
  const undefs: UndefSite[] = [];
  const includes: IncludeSite[] = [];
  const segments: Segment[] = [];
  const open: CondGroup[] = [];
  let problem: string | undefined;
  let codeFrom = 0;
  const current = (): Branch | undefined => {
    const g = open[open.length - 1];
    return g?.branches[g.branches.length - 1];
  };
  DIRECTIVE_START.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = DIRECTIVE_START.exec(clean))) {
    const start = m.index;
    const end = directiveEnd(clean, start);
    DIRECTIVE_START.lastIndex = end;
    if (start > codeFrom) segments.push({ start: codeFrom, end: start, branch: current() });
    codeFrom = end;
    const name = m[1];
    const restStart = m.index + m[0].length;
    const rest = () => clean.slice(restStart, end).replace(/\\\r?\n/g, ' ').trim();
    switch (name) {
      case 'if':
      case 'ifdef':
      case 'ifndef': {
        const g: CondGroup = { id: groups.length, branches: [], parent: current(), start, end: clean.length };
        g.branches.push({ group: g.id, index: 0, kind: name, expr: rest(), exprOffset: restStart });
        groups.push(g);
        open.push(g);
        break;
      }
      case 'elif':
      case 'else': {
        const g = open[open.length - 1];
        if (!g || g.branches[g.branches.length - 1].kind === 'else') {
          problem ??= `#${name} without a matching #if at offset ${start}`;
          break;
        }
        g.branches.push({ group: g.id, index: g.branches.length, kind: name, expr: name === 'else' ? '' : rest(), exprOffset: restStart });
        break;
      }
      case 'endif': {
        const g = open.pop();
        if (!g) problem ??= `#endif without a matching #if at offset ${start}`;
        else g.end = end;
        break;
      }
      case 'define': {
        const d = parseDefine(clean, restStart, end, current());
        if (d) defines.push(d);
        break;
      }
      case 'undef': {
        const t = tokenize(clean, restStart, end)[0];
        if (t?.kind === 'ident') undefs.push({ name: t.text, offset: t.offset, branch: current() });
        break;
      }
      case 'include':
      case 'include_next':
        includes.push(parseInclude(clean, restStart, end, current()));
        break;
      default:
        break;
    }
  }
  if (codeFrom < clean.length) segments.push({ start: codeFrom, end: clean.length, branch: current() });
  if (open.length) problem ??= `${open.length} #if group(s) never closed`;
  markGuard(clean, groups, defines, segments);
  return { clean, groups, defines, undefs, includes, segments, problem };
}

/**
 * `#ifndef G` + `#define G` opening the header and `#endif` closing it, with no code
 * outside: the include guard, entered the first time the header is included.
 */
function markGuard(clean: string, groups: CondGroup[], defines: DefineSite[], segments: Segment[]): void {
  const g = groups[0];
  if (!g || g.parent || g.branches.length !== 1) return;
  const b = g.branches[0];
  const name = b.kind === 'ifndef' ? b.expr.split(/\s/)[0] : /^!\s*defined\s*\(?\s*(\w+)\s*\)?$/.exec(b.expr)?.[1];
  if (!name) return;
  const first = defines.find((d) => d.branch?.group === g.id);
  if (!first || first.name !== name) return;
  const outside = segments.some((s) => !s.branch && (s.end <= g.start || s.start >= g.end) && /\S/.test(clean.slice(s.start, s.end)));
  if (!outside) g.guard = true;
}

/** The branch code at `offset` sits in (binary search over the segments). */
export function branchAt(s: HeaderStructure, offset: number): Branch | undefined {
  let lo = 0;
  let hi = s.segments.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (s.segments[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return s.segments[lo]?.branch;
}
