/**
 * The declarations of a translation unit, found by name and read only when asked for: the
 * headers whose text has the name are split into top-level declarations, those where the
 * name stands in a declaring place are expanded and parsed, and each declaration found
 * carries whether it is compiled (true, false, unknown). Also what a typedef is, what an
 * enumerator's value is, and C constant expressions, all through the same lookups.
 */
import { type CValue, evaluate, type EvalResult, type IntType, normalize } from './constExpr';
import { type CDeclaration, type CType, type Chunk, type ChunkRange, chunkRanges, chunkTokens, parseDeclarations, parseTypeName, type TagBody } from './declarations';
import type { Token } from './lex';
import { and3, EXPANSION_BUDGET, type ExpansionBudget, type TranslationUnit, type Tri, type XToken } from './translationUnit';

type EntryKind = 'function' | 'variable' | 'typedef' | 'tag' | 'enumerator';

export interface DeclEntry {
  kind: EntryKind;
  name: string;
  file: string;
  /** The name's token (its offset in `file`). */
  token: XToken;
  state: Tri;
  /** Functions, variables and typedefs. */
  decl?: CDeclaration;
  /** Tags: the tag type (with its body when this is a definition); enumerators: their enum. */
  type?: CType;
  /** An enumerator's index in its enum. */
  index?: number;
  /** The names of the tags a tag is defined inside (`undefined` for an anonymous one), outermost first. */
  parents?: (string | undefined)[];
  /** For an anonymous struct, union or enum: the name a `typedef` gives it. */
  typedefName?: string;
}

export interface Lookup {
  entries: DeclEntry[];
  /** Set when some declaration that may be of this name could not be read: the lookup is incomplete. */
  unreadable?: string;
}

interface ParsedChunk {
  state: Tri;
  decls?: CDeclaration[];
  why?: string;
}

const DECLARING_NEXT = new Set(['(', ';', ',', '[', '=', ':', '{', ')', '__attribute__', '__attribute']);
const TAGS = new Set(['struct', 'union', 'enum']);

/** LP64 integer types. */
const PRIM_INT: Partial<Record<string, IntType>> = {
  char: { bits: 8, unsigned: true }, schar: { bits: 8, unsigned: false }, uchar: { bits: 8, unsigned: true },
  short: { bits: 16, unsigned: false }, ushort: { bits: 16, unsigned: true },
  int: { bits: 32, unsigned: false }, uint: { bits: 32, unsigned: true },
  long: { bits: 64, unsigned: false }, ulong: { bits: 64, unsigned: true },
  llong: { bits: 64, unsigned: false }, ullong: { bits: 64, unsigned: true },
  bool: { bits: 8, unsigned: true, bool: true },
  i128: { bits: 128, unsigned: false }, u128: { bits: 128, unsigned: true },
};

const MAX_DEPTH = 32;
/**
 * A declaration longer than this is not read: its names stay unknown (the kernel's largest,
 * a big struct or enum, is tens of kilobytes).
 */
const MAX_DECLARATION_BYTES = 1024 * 1024;

export class CProgram {
  readonly #ranges = new Map<string, ChunkRange[]>();
  readonly #tokens = new Map<string, Chunk>();
  readonly #parsed = new Map<string, ParsedChunk>();
  readonly #lookups = new Map<string, Lookup>();
  readonly #enumValues = new Map<TagBody, (CValue | undefined)[] | undefined>();
  readonly #busy = new Set<string>();
  #depth = 0;

  constructor(readonly tu: TranslationUnit) {}

  /** Where a file's top-level declarations are. */
  ranges(file: string): ChunkRange[] {
    let r = this.#ranges.get(file);
    if (!r) {
      const s = this.tu.structure(file);
      this.#ranges.set(file, (r = s ? chunkRanges(s) : []));
    }
    return r;
  }

  /** The tokens of a file's `index`-th declaration. */
  chunk(file: string, index: number): Chunk {
    const key = `${file}\u0000${index}`;
    let c = this.#tokens.get(key);
    if (!c) this.#tokens.set(key, (c = chunkTokens(this.tu.structure(file)!, this.ranges(file)[index])));
    return c;
  }

  /** The declarations of `file` whose range has `name` as a word. */
  #chunksWith(file: string, name: string): number[] {
    const text = this.tu.text(file) ?? '';
    const ranges = this.ranges(file);
    const out: number[] = [];
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
      if (isWordChar(text.charCodeAt(at - 1)) || isWordChar(text.charCodeAt(at + name.length))) continue;
      let lo = 0;
      let hi = ranges.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (ranges[mid].start <= at) lo = mid;
        else hi = mid - 1;
      }
      if (ranges[lo] && ranges[lo].start <= at && at < ranges[lo].end && out[out.length - 1] !== lo) out.push(lo);
    }
    return out;
  }

  /** Every declaration of `name` (as a function, variable, typedef, tag or enumerator). */
  find(name: string): Lookup {
    const memo = this.#lookups.get(name);
    if (memo) return memo;
    const result: Lookup = { entries: [] };
    for (const file of this.tu.filesMentioning(name)) {
      if (this.tu.fileState(file) === false) continue;
      for (const i of this.#chunksWith(file, name)) {
        const range = this.ranges(file)[i];
        if (range.end - range.start > MAX_DECLARATION_BYTES) {
          result.unreadable ??= `a declaration of ${range.end - range.start} bytes, too large to read (${file})`;
          continue;
        }
        if (!mayDeclare(this.chunk(file, i).tokens, name)) continue;
        const parsed = this.parsed(file, i);
        if (parsed.state === false) continue;
        if (!parsed.decls) {
          result.unreadable ??= `${parsed.why} (${file})`;
          continue;
        }
        for (const d of parsed.decls) collectEntries(d, name, file, parsed.state, result.entries);
      }
    }
    this.#lookups.set(name, result);
    return result;
  }

  /** A chunk with its compiled tokens kept, expanded and parsed. */
  parsed(file: string, index: number): ParsedChunk {
    const key = `${file}\u0000${index}`;
    let p = this.#parsed.get(key);
    if (p) return p;
    p = this.#parse(file, this.chunk(file, index));
    this.#parsed.set(key, p);
    return p;
  }

  #parse(file: string, chunk: Chunk): ParsedChunk {
    const kept: Token[] = [];
    let unknownBranch: unknown;
    let mixed = false;
    let anyKnown = false;
    const states = new Map<unknown, Tri>();
    // A function body declares nothing bindgen reads: it is not expanded.
    const end = chunk.body ?? chunk.tokens.length;
    for (let i = 0; i < end; i++) {
      const b = chunk.branches[i];
      let st = states.get(b);
      if (!states.has(b)) states.set(b, (st = this.tu.branchState(file, b)));
      if (st === false) continue;
      kept.push(chunk.tokens[i]);
      if (st === undefined) {
        if (unknownBranch !== undefined && unknownBranch !== b) mixed = true;
        unknownBranch = b;
      } else anyKnown = true;
    }
    if (!kept.length) return { state: false };
    const state = and3(this.tu.fileState(file), () => (unknownBranch === undefined ? true : undefined));
    if (unknownBranch !== undefined && (mixed || anyKnown)) {
      return { state, why: 'an `#if` inside the declaration cannot be decided' };
    }
    const budget: ExpansionBudget = { left: EXPANSION_BUDGET };
    const expanded = this.tu.expand(kept, { file, offset: kept[0].offset }, budget);
    if (!expanded) return { state, why: `a macro in it cannot be expanded: ${budget.failed ?? 'unknown'}` };
    if (chunk.body !== undefined) expanded.push(chunk.tokens[chunk.body], { kind: 'punct', text: '}', offset: -1 });
    const r = parseDeclarations(expanded);
    return r.ok ? { state, decls: r.decls } : { state, why: r.why };
  }

  /** The type a typedef names, when exactly one definition of it is compiled. */
  typedef(name: string): { type: CType; entry: DeclEntry } | undefined {
    const found = this.find(name);
    const defs = found.entries.filter((e) => e.kind === 'typedef' && e.state !== false);
    if (!defs.length || found.unreadable || defs.some((e) => e.state !== true)) return undefined;
    const first = defs[0];
    if (defs.some((e) => !sameType(e.decl!.type, first.decl!.type))) return undefined;
    return { type: first.decl!.type, entry: first };
  }

  /** Whether `name` is surely not a typedef (no compiled typedef of it, nothing unreadable). */
  notTypedef(name: string): boolean {
    const found = this.find(name);
    return !found.unreadable && !found.entries.some((e) => e.kind === 'typedef' && e.state !== false);
  }

  /** The integer type of a C type (typedefs followed), 'pointer', null for other types, undefined when unknown. */
  intType(t: CType, depth = 0): IntType | 'pointer' | null | undefined {
    if (depth > MAX_DEPTH) return undefined;
    switch (t.kind) {
      case 'prim':
        return PRIM_INT[t.name] ?? null;
      case 'pointer':
        return 'pointer';
      case 'typedef': {
        const td = this.typedef(t.name);
        return td ? this.intType(td.type, depth + 1) : undefined;
      }
      case 'tag': {
        if (t.tag !== 'enum') return null;
        const e = this.enumType(t);
        return e === undefined ? undefined : e;
      }
      default:
        return null;
    }
  }

  /**
   * An enum's integer type as clang picks it: `unsigned int` unless a value is negative or
   * needs more; for a `packed` enum the smallest type that holds every value.
   */
  enumType(t: CType): IntType | undefined {
    const body = t.kind === 'tag' ? t.body ?? this.tagDefinition('enum', t.name)?.type.body : undefined;
    if (!body?.enumerators || body.attrs.some((a) => a.name !== 'packed')) return undefined;
    const values = this.enumValues({ kind: 'tag', tag: 'enum', body });
    if (!values || values.some((v) => !v)) return undefined;
    const vs = values.map((v) => v!.v);
    const min = vs.reduce((a, b) => (b < a ? b : a), 0n);
    const max = vs.reduce((a, b) => (b > a ? b : a), 0n);
    const packed = body.attrs.length > 0;
    for (const bits of packed ? [8, 16, 32, 64] as const : [32, 64] as const) {
      const b = BigInt(bits);
      if (min < 0n ? min >= -(1n << (b - 1n)) && max < 1n << (b - 1n) : max < 1n << b) return { bits, unsigned: min >= 0n };
    }
    return undefined;
  }

  /** The one compiled definition (with a body) of `struct|union|enum name`, if known. */
  tagDefinition(tag: 'struct' | 'union' | 'enum', name: string | undefined): DeclEntry & { type: CType & { kind: 'tag' } } | undefined {
    if (!name) return undefined;
    const found = this.find(name);
    const defs = found.entries.filter((e) => e.kind === 'tag' && e.type?.kind === 'tag' && e.type.tag === tag && e.type.body && e.state !== false);
    if (defs.length !== 1 || defs[0].state !== true || found.unreadable) return undefined;
    return defs[0] as DeclEntry & { type: CType & { kind: 'tag' } };
  }

  /** The values of an enum's enumerators (undefined for one that cannot be computed). */
  enumValues(t: CType): (CValue | undefined)[] | undefined {
    if (t.kind !== 'tag' || !t.body?.enumerators) return undefined;
    if (this.#enumValues.has(t.body)) return this.#enumValues.get(t.body);
    const key = `enum:${t.body.enumerators[0]?.name}`;
    if (this.#busy.has(key)) return undefined;
    this.#busy.add(key);
    const out: (CValue | undefined)[] = [];
    const names = new Map<string, CValue | undefined>();
    let prev: CValue | undefined = { v: -1n, unsigned: false, bits: 32 };
    try {
      for (const e of t.body.enumerators) {
        let v: CValue | undefined;
        if (e.value) {
          const r = this.evaluate(e.value, names);
          v = r.kind === 'value' ? r.value : undefined;
        } else if (prev) {
          v = { v: prev.v + 1n, unsigned: prev.unsigned, bits: prev.bits };
        }
        // Enumerators are `int` when they fit, else they keep the value (clang's extension).
        if (v) v = { v: v.v, unsigned: false, bits: v.v >= -(1n << 31n) && v.v < 1n << 31n ? 32 : 64 };
        names.set(e.name, v);
        out.push(v);
        prev = v;
      }
    } finally {
      this.#busy.delete(key);
    }
    this.#enumValues.set(t.body, out);
    return out;
  }

  /** The value of an enumerator of the unit, by name. */
  enumeratorValue(name: string): CValue | undefined | null {
    const found = this.find(name);
    const es = found.entries.filter((e) => e.kind === 'enumerator' && e.state !== false);
    if (found.unreadable || es.some((e) => e.state !== true)) return undefined;
    if (es.length !== 1) return es.length ? undefined : null;
    return this.enumValues(es[0].type!)?.[es[0].index!];
  }

  /** A C constant expression over expanded tokens; `local` holds the enumerators seen so far in an enum. */
  evaluate(tokens: readonly XToken[], local?: Map<string, CValue | undefined>): EvalResult {
    if (this.#depth > MAX_DEPTH) return { kind: 'unknown' };
    this.#depth++;
    try {
      return evaluate([...tokens], {
        identifier: (name) => {
          if (local?.has(name)) return local.get(name);
          return this.enumeratorValue(name);
        },
        typeName: (ts) => {
          const t = parseTypeName(ts);
          if (!t) return null;
          if (t.kind === 'typedef' && this.notTypedef(t.name)) return null;
          return this.intType(t);
        },
      });
    } finally {
      this.#depth--;
    }
  }

  /** A value converted to an integer type, as an initializer of that type stores it. */
  static convert(v: CValue, to: IntType): bigint {
    if (to.bool) return v.v !== 0n ? 1n : 0n;
    return normalize(v.v, to.bits, to.unsigned);
  }
}

/**
 * Whether `name` stands where a declaration names what it declares: outside function bodies
 * and aggregates, before `(`, `;`, `,`, `[`, `=` …, after `struct` before `{`/`;`, in
 * `(*name)`, or as an enumerator. Uses (`struct mutex *lock`, a call in a body) are not.
 */
function mayDeclare(tokens: readonly Token[], name: string): boolean {
  const braces: ('enum' | 'other')[] = [];
  let parens = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const x = t.text;
    if (x === '{') {
      braces.push(isEnumBody(tokens, i) ? 'enum' : 'other');
      continue;
    }
    if (x === '}') {
      braces.pop();
      continue;
    }
    if (x === '(') parens++;
    else if (x === ')') parens--;
    if (t.kind !== 'ident' || x !== name) continue;
    const prev = tokens[i - 1]?.text;
    const next = tokens[i + 1]?.text;
    if (prev && TAGS.has(prev)) {
      if (next === '{' || next === ';' || (next?.startsWith('__') && tokens.slice(i + 1, i + 8).some((n) => n.text === '{'))) return true;
      continue;
    }
    if (braces[braces.length - 1] === 'enum' && (prev === '{' || prev === ',')) return true;
    // Inside a body or an aggregate: a use, a member or a local (nested tags were caught above).
    if (braces.length) continue;
    if (parens > 0) {
      // `(*name)` and `(name)(…)`: a declarator in parentheses (function pointers, function typedefs).
      if ((prev === '*' || prev === '(') && next === ')' && (prev === '*' || tokens[i + 2]?.text === '(')) return true;
      continue;
    }
    if (next === undefined || DECLARING_NEXT.has(next)) return true;
  }
  return false;
}

function isEnumBody(tokens: readonly Token[], open: number): boolean {
  const p = tokens[open - 1]?.text;
  return p === 'enum' || (tokens[open - 2]?.text === 'enum' && tokens[open - 1]?.kind === 'ident');
}

function collectEntries(d: CDeclaration, name: string, file: string, state: Tri, out: DeclEntry[]): void {
  if (d.name === name && d.nameToken) {
    const kind: EntryKind = d.storage.includes('typedef') ? 'typedef' : d.type.kind === 'function' ? 'function' : 'variable';
    out.push({ kind, name, file, token: d.nameToken, state, decl: d });
  }
  const typedefName = d.storage.includes('typedef') ? d.name : undefined;
  walkTags(baseOf(d.type), [], (t, parents) => {
    if (t.kind !== 'tag') return;
    const named = parents.length === 0 && !t.name ? typedefName : undefined;
    if (t.name === name && t.nameToken) out.push({ kind: 'tag', name, file, token: t.nameToken, state, type: t, parents, typedefName: named });
    t.body?.enumerators?.forEach((e, index) => {
      if (e.name === name) out.push({ kind: 'enumerator', name, file, token: e.token, state, type: t, index, parents, typedefName: named });
    });
  });
}

/** The innermost specifier type of a declarator's type (`struct s` in `struct s *(*f)[3]`). */
function baseOf(t: CType): CType {
  for (let i = 0; i < 64; i++) {
    if (t.kind === 'pointer') t = t.to;
    else if (t.kind === 'array') t = t.of;
    else if (t.kind === 'function') t = t.ret;
    else return t;
  }
  return t;
}

/** Visits every tag type in `t` and, inside bodies, in the members' types. */
function walkTags(t: CType, parents: (string | undefined)[], visit: (t: CType, parents: (string | undefined)[]) => void, depth = 0): void {
  if (depth > 64 || t.kind !== 'tag') return;
  visit(t, parents);
  for (const m of t.body?.members ?? []) walkTags(baseOf(m.type), [...parents, t.name], visit, depth + 1);
}

function sameType(a: CType, b: CType, depth = 0): boolean {
  if (depth > 64 || a.kind !== b.kind || !!a.const !== !!b.const) return false;
  switch (a.kind) {
    case 'prim': return a.name === (b as typeof a).name;
    case 'typedef': return a.name === (b as typeof a).name;
    case 'tag': {
      const o = b as typeof a;
      return a.tag === o.tag && a.name === o.name && !!a.body === !!o.body && (a.name !== undefined || a === o);
    }
    case 'pointer': return sameType(a.to, (b as typeof a).to, depth + 1);
    case 'array': {
      const o = b as typeof a;
      return sameType(a.of, o.of, depth + 1) && (a.size?.map((t) => t.text).join(' ') ?? '') === (o.size?.map((t) => t.text).join(' ') ?? '');
    }
    case 'function': {
      const o = b as typeof a;
      return a.variadic === o.variadic && a.prototyped === o.prototyped && a.params.length === o.params.length
        && sameType(a.ret, o.ret, depth + 1) && a.params.every((p, i) => sameType(p.type, o.params[i].type, depth + 1));
    }
  }
}

function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}
