/**
 * One header's preprocessor structure, read without evaluating anything: its directives,
 * the conditional groups (`#if` … `#elif` … `#else` … `#endif`) and which branch each
 * stretch of code, `#define` and `#include` sits in. Evaluating the branches is the
 * translation unit's job (translationUnit.ts), since it needs the macros of other headers.
 */
import { commentEnd, literalEnd, type Token, tokenize } from './lex';

type BranchKind = 'if' | 'ifdef' | 'ifndef' | 'elif' | 'else';

export interface Branch {
  group: number;
  index: number;
  kind: BranchKind;
  /** The condition as written (for `ifdef`/`ifndef`, the macro name); '' for `else`. */
  expr: string;
  /** Offset of the condition in the header's text. */
  exprOffset: number;
}

interface CondGroup {
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
  readonly body: Token[];
  /** Offset of the name in the header's text. */
  offset: number;
  branch?: Branch;
}

interface UndefSite {
  name: string;
  offset: number;
  branch?: Branch;
}

interface IncludeSite {
  /** The path as written; undefined for a computed `#include MACRO`. */
  name?: string;
  system: boolean;
  /** Offset of the directive's `#`. */
  start: number;
  branch?: Branch;
}

/** Code between directives. */
interface Segment {
  start: number;
  end: number;
  branch?: Branch;
}

export interface HeaderStructure {
  text: string;
  groups: CondGroup[];
  defines: DefineSite[];
  /** The `#define`s of one name, in file order. */
  definesOf(name: string): DefineSite[];
  undefs: UndefSite[];
  includes: IncludeSite[];
  segments: Segment[];
  /** Why the conditionals cannot be trusted (an `#endif` too many, a group never closed). */
  problem?: string;
}

/**
 * The end of a directive starting at `start` (its `#`): the end of its line, past every line
 * a backslash or a block comment carries it onto.
 */
function directiveEnd(text: string, start: number): number {
  let i = start;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 10) return i;
    if (c === 47) {
      const end = commentEnd(text, i);
      if (end >= 0) {
        if (text.charCodeAt(i + 1) === 47) return end;
        i = end;
        continue;
      }
    } else if (c === 34 || c === 39) {
      i = literalEnd(text, i);
      continue;
    } else if (c === 92) {
      // A backslash-newline joins the next line.
      let j = i + 1;
      while (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9) j++;
      if (text.charCodeAt(j) === 13) j++;
      if (text.charCodeAt(j) === 10) {
        i = j + 1;
        continue;
      }
    }
    i++;
  }
  return n;
}

const MACRO_NAME = /[ \t]*([A-Za-z_][A-Za-z0-9_]*)/y;

/** A `#define`; its replacement list is tokenized when first expanded (most never are). */
function parseDefine(text: string, restStart: number, end: number, branch: Branch | undefined): DefineSite | undefined {
  MACRO_NAME.lastIndex = restStart;
  const m = MACRO_NAME.exec(text);
  if (!m || MACRO_NAME.lastIndex > end) return undefined;
  const offset = MACRO_NAME.lastIndex - m[1].length;
  let bodyStart = MACRO_NAME.lastIndex;
  let params: string[] | undefined;
  let variadic = false;
  // Function-like only when `(` touches the name.
  if (text.charCodeAt(bodyStart) === 40) {
    const close = text.indexOf(')', bodyStart);
    if (close < 0 || close >= end) return undefined;
    const tokens = tokenize(text, bodyStart + 1, close);
    params = [];
    for (let i = 0; i < tokens.length; i++) {
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
    bodyStart = close + 1;
  }
  let body: Token[] | undefined;
  return {
    name: m[1], params, variadic, offset, branch,
    get body() {
      return (body ??= tokenize(text, bodyStart, end));
    },
  };
}

function parseInclude(text: string, start: number, restStart: number, end: number, branch: Branch | undefined): IncludeSite {
  const rest = text.slice(restStart, end).trim();
  const m = /^(?:<([^>]+)>|"([^"]+)")/.exec(rest);
  return { name: m ? m[1] ?? m[2] : undefined, system: m ? m[1] !== undefined : true, start, branch };
}

/** One pass over the text: comments and literals skipped, a `#` first on a line starts a directive. */
export function headerStructure(text: string): HeaderStructure {
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
  const n = text.length;
  let i = 0;
  let lineStart = true;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      lineStart = true;
      i++;
      continue;
    }
    if (c === 32 || c === 9 || c === 13 || c === 12 || c === 11) {
      i++;
      continue;
    }
    if (c === 47) {
      // A comment is white space: a `#` after one that opens a line still starts a directive.
      const end = commentEnd(text, i);
      if (end >= 0) {
        i = end;
        continue;
      }
    }
    if (c === 35 && lineStart) {
      const start = i;
      const end = directiveEnd(text, i);
      if (start > codeFrom) segments.push({ start: codeFrom, end: start, branch: current() });
      codeFrom = i = end;
      lineStart = false;
      directive(start, end);
      continue;
    }
    lineStart = false;
    if (c === 34 || c === 39) {
      i = literalEnd(text, i);
      continue;
    }
    if (c === 92) {
      // A backslash-newline: still the same line.
      let j = i + 1;
      if (text.charCodeAt(j) === 13) j++;
      if (text.charCodeAt(j) === 10) {
        i = j + 1;
        continue;
      }
    }
    i++;
  }
  if (codeFrom < n) segments.push({ start: codeFrom, end: n, branch: current() });
  if (open.length) problem ??= `${open.length} #if group(s) never closed`;
  markGuard(text, groups, defines, segments);
  let byName: Map<string, DefineSite[]> | undefined;
  const definesOf = (name: string): DefineSite[] => {
    if (!byName) {
      byName = new Map();
      for (const d of defines) {
        const list = byName.get(d.name);
        if (list) list.push(d);
        else byName.set(d.name, [d]);
      }
    }
    return byName.get(name) ?? [];
  };
  return { text, groups, defines, definesOf, undefs, includes, segments, problem };

  function directive(start: number, end: number): void {
    let p = start + 1;
    while (text.charCodeAt(p) === 32 || text.charCodeAt(p) === 9) p++;
    const nameStart = p;
    while (p < end && /[A-Za-z_]/.test(text[p])) p++;
    const name = text.slice(nameStart, p);
    const restStart = p;
    const rest = () => text.slice(restStart, end).replace(/\\\r?\n/g, ' ').trim();
    switch (name) {
      case 'if':
      case 'ifdef':
      case 'ifndef': {
        const g: CondGroup = { id: groups.length, branches: [], parent: current(), start, end: n };
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
        const d = parseDefine(text, restStart, end, current());
        if (d) defines.push(d);
        break;
      }
      case 'undef': {
        const t = tokenize(text, restStart, end)[0];
        if (t?.kind === 'ident') undefs.push({ name: t.text, offset: t.offset, branch: current() });
        break;
      }
      case 'include':
      case 'include_next':
        includes.push(parseInclude(text, start, restStart, end, current()));
        break;
      default:
        break;
    }
  }
}

/**
 * `#ifndef G` + `#define G` opening the header and `#endif` closing it, with no code
 * outside: the include guard, entered the first time the header is included.
 */
function markGuard(text: string, groups: CondGroup[], defines: DefineSite[], segments: Segment[]): void {
  const g = groups[0];
  if (!g || g.parent || g.branches.length !== 1) return;
  const b = g.branches[0];
  const cond = tokenize(b.expr).map((t) => t.text);
  const name = b.kind === 'ifndef' ? cond[0]
    : cond[0] === '!' && cond[1] === 'defined' ? (cond[2] === '(' ? cond[3] : cond[2]) : undefined;
  if (!name) return;
  const first = defines.find((d) => d.branch?.group === g.id);
  if (!first || first.name !== name) return;
  const outside = segments.some((s) => !s.branch && (s.end <= g.start || s.start >= g.end) && tokenize(text, s.start, s.end).length > 0);
  if (!outside) g.guard = true;
}

const DIRECTIVE_LINE = /^[ \t]*#[ \t]*(include_next|include|define|undef)\b[ \t]*(?:<([^>\n]*)>|"([^"\n]*)"|([A-Za-z_]\w*))?/gm;

/** What a header includes and which macros it `#define`s or `#undef`s, by name. */
export interface HeaderOutline {
  includes: { name?: string; system: boolean; start: number }[];
  macros: string[];
}

/**
 * The `#include`s and macro names of a header from its directive lines alone, without
 * reading comments or conditionals: what the translation unit's walk needs of every header.
 * A directive inside a comment is found too; `headerStructure` is what confirms one.
 */
export function headerOutline(text: string): HeaderOutline {
  const includes: HeaderOutline['includes'] = [];
  const macros: string[] = [];
  DIRECTIVE_LINE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = DIRECTIVE_LINE.exec(text))) {
    if (m[1] === 'define' || m[1] === 'undef') {
      if (m[4]) macros.push(m[4]);
      continue;
    }
    const name = m[2] ?? m[3];
    includes.push({ name, system: m[3] === undefined, start: m.index + m[0].indexOf('#') });
  }
  return { includes, macros };
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
