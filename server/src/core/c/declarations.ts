/**
 * C declarations as a compiler reads them after preprocessing: a header split into its
 * top-level declarations (with the `#if` branch of every token), and a parser for one
 * declaration's expanded tokens into types (`CType`). The parser is strict: what it does not
 * know (`typeof`, `_Atomic`, K&R definitions, stray macro calls) makes it fail, and a failure
 * makes the names involved unknown, never guessed.
 */
import type { Branch, HeaderStructure } from './headerStructure';
import { commentEnd, literalEnd, type Token, tokenize } from './lex';
import { attributeName, matching, type XToken } from './translationUnit';

type Prim =
  | 'void' | 'char' | 'schar' | 'uchar' | 'short' | 'ushort' | 'int' | 'uint' | 'long' | 'ulong' | 'llong' | 'ullong'
  | 'bool' | 'float' | 'double' | 'ldouble' | 'i128' | 'u128';

interface Attribute {
  /** Without underscores: `aligned` for `__aligned__`. */
  name: string;
  args: XToken[];
}

export interface CMember {
  name?: string;
  nameToken?: XToken;
  type: CType;
  /** A bitfield's width. */
  bits?: XToken[];
  attrs: Attribute[];
}

interface Enumerator {
  name: string;
  token: XToken;
  value?: XToken[];
}

export interface TagBody {
  members?: CMember[];
  enumerators?: Enumerator[];
  attrs: Attribute[];
}

export type CType = (
  | { kind: 'prim'; name: Prim }
  | { kind: 'typedef'; name: string }
  | { kind: 'tag'; tag: 'struct' | 'union' | 'enum'; name?: string; nameToken?: XToken; body?: TagBody }
  | { kind: 'pointer'; to: CType }
  | { kind: 'array'; of: CType; size?: XToken[] }
  | { kind: 'function'; ret: CType; params: CParamDecl[]; variadic: boolean; prototyped: boolean }
) & { const?: boolean };

interface CParamDecl {
  name?: string;
  type: CType;
}

export interface CDeclaration {
  storage: string[];
  name?: string;
  nameToken?: XToken;
  type: CType;
  attrs: Attribute[];
  /** `= …` */
  init?: XToken[];
  /** A function definition (a body follows). */
  definition: boolean;
}

/** Where one top-level declaration of a header is. */
export interface ChunkRange {
  start: number;
  end: number;
  /** For a function definition: the offset of the `{` opening its body (what follows declares nothing). */
  body?: number;
}

/** One top-level declaration of a header, as written (before expansion). */
export interface Chunk {
  tokens: Token[];
  /** The `#if` branch of each token. */
  branches: (Branch | undefined)[];
  /** For a function definition: the index of the `{` opening its body. */
  body?: number;
}

const STORAGE = new Set(['typedef', 'extern', 'static', 'inline', '__inline', '__inline__', 'register', 'auto', '_Thread_local', '__thread', '_Noreturn']);
const QUALIFIERS = new Set(['const', '__const', '__const__', 'volatile', '__volatile', '__volatile__', 'restrict', '__restrict', '__restrict__']);
const PRIMS = new Set(['void', 'char', 'short', 'int', 'long', 'float', 'double', 'signed', '__signed', '__signed__', 'unsigned', '_Bool', '__int128']);
const IGNORED = new Set(['__extension__']);
const UNSUPPORTED = new Set(['typeof', '__typeof', '__typeof__', '_Atomic', '__auto_type', '_Complex', '__complex__', '__builtin_va_list', '_Float16', '__fp16', '__bf16']);
const TAGS = new Set(['struct', 'union', 'enum']);
const ATTRIBUTE_WORDS = new Set(['__attribute__', '__attribute']);
const ASM_WORDS = new Set(['asm', '__asm', '__asm__']);

/**
 * Splits a header's code (directives cut out) into top-level declarations: at `;` outside
 * braces and parentheses, and after the `}` closing a function body. One pass over the
 * characters, making no tokens: only the declarations a name occurs in are tokenized.
 */
export function chunkRanges(s: HeaderStructure): ChunkRange[] {
  const text = s.text;
  const out: ChunkRange[] = [];
  let start = -1;
  let braces = 0;
  let parens = 0;
  let body: number | undefined;
  const flush = (end: number) => {
    if (start >= 0) out.push(body === undefined ? { start, end } : { start, end, body });
    start = -1;
    braces = parens = 0;
    body = undefined;
  };
  for (const seg of s.segments) {
    let i = seg.start;
    while (i < seg.end) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 11 || c === 92) {
        i++;
        continue;
      }
      if (c === 47) {
        const e = commentEnd(text, i);
        if (e >= 0) {
          i = Math.min(e, seg.end);
          continue;
        }
      }
      if (start < 0) start = i;
      if (c === 34 || c === 39) {
        i = Math.min(literalEnd(text, i), seg.end);
        continue;
      }
      if (c === 40) parens++;
      else if (c === 41) parens = Math.max(0, parens - 1);
      else if (c === 123) {
        if (braces === 0 && parens === 0 && opensFunctionBody(text, start, i)) body = i;
        braces++;
      } else if (c === 125) {
        braces = Math.max(0, braces - 1);
        if (braces === 0 && parens === 0 && body !== undefined) {
          flush(i + 1);
          i++;
          continue;
        }
      } else if (c === 59 && braces === 0 && parens === 0) {
        flush(i + 1);
        i++;
        continue;
      }
      i++;
    }
  }
  if (start >= 0) flush(text.length);
  return out;
}

/** The tokens of a declaration's range, each with its `#if` branch. */
export function chunkTokens(s: HeaderStructure, range: ChunkRange): Chunk {
  const tokens: Token[] = [];
  const branches: (Branch | undefined)[] = [];
  let body: number | undefined;
  for (const seg of segmentsIn(s, range)) {
    const before = tokens.length;
    tokenize(s.text, Math.max(seg.start, range.start), Math.min(seg.end, range.end), tokens);
    for (let i = before; i < tokens.length; i++) {
      branches.push(seg.branch);
      if (tokens[i].offset === range.body) body = i;
    }
  }
  return body === undefined ? { tokens, branches } : { tokens, branches, body };
}

function segmentsIn(s: HeaderStructure, range: ChunkRange): HeaderStructure['segments'] {
  let lo = 0;
  let hi = s.segments.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (s.segments[mid].start <= range.start) lo = mid;
    else hi = mid - 1;
  }
  const out: HeaderStructure['segments'] = [];
  for (let i = lo; i < s.segments.length && s.segments[i].start < range.end; i++) if (s.segments[i].end > range.start) out.push(s.segments[i]);
  return out;
}

const WORD = /[A-Za-z0-9_$]/;

/**
 * Whether the `{` at `open` opens a function body (not an aggregate or an initializer):
 * walking back over `__attribute__((…))` and words, a parameter list comes before a
 * `struct`/`union`/`enum` keyword does.
 */
function opensFunctionBody(text: string, from: number, open: number): boolean {
  let i = open - 1;
  for (let steps = 0; i >= from && steps < 256; steps++) {
    while (i >= from && /\s/.test(text[i])) i--;
    if (i < from) return false;
    const c = text[i];
    if (c === ')') {
      let depth = 0;
      let j = i;
      for (; j >= from; j--) {
        if (text[j] === ')') depth++;
        else if (text[j] === '(' && --depth === 0) break;
      }
      if (j < from) return false;
      let k = j - 1;
      while (k >= from && /\s/.test(text[k])) k--;
      // `__attribute__((…))`: the last `)` closes the `(` right after the keyword.
      let w = k;
      while (w >= from && WORD.test(text[w])) w--;
      if (ATTRIBUTE_WORDS.has(text.slice(w + 1, k + 1))) {
        i = w;
        continue;
      }
      return true;
    }
    if (!WORD.test(c)) return false;
    let w = i;
    while (w >= from && WORD.test(text[w])) w--;
    if (TAGS.has(text.slice(w + 1, i + 1))) return false;
    i = w;
  }
  return false;
}

class ParseError extends Error {}

function fail(why: string): never {
  throw new ParseError(why);
}

/** Parses expanded tokens; `what` is undefined on success, else why it failed. */
class DeclParser {
  private i = 0;

  constructor(private readonly t: readonly XToken[]) {}

  private peek(k = 0): XToken | undefined {
    return this.t[this.i + k];
  }

  private next(): XToken {
    const t = this.t[this.i++];
    if (!t) fail('unexpected end');
    return t;
  }

  private eat(text: string): boolean {
    if (this.peek()?.text !== text) return false;
    this.i++;
    return true;
  }

  private expect(text: string): void {
    if (!this.eat(text)) fail(`expected ${text} at ${this.peek()?.text ?? 'end'}`);
  }

  /** Every declaration of the tokens (a chunk can hold several after expansion). */
  declarations(): CDeclaration[] {
    const out: CDeclaration[] = [];
    while (this.i < this.t.length) {
      if (this.eat(';')) continue;
      const t = this.peek()!;
      if (t.text === '_Static_assert' || t.text === 'static_assert') {
        this.skipTo(';');
        continue;
      }
      if (ASM_WORDS.has(t.text)) {
        this.skipTo(';');
        continue;
      }
      const specs = this.specifiers(true);
      if (this.eat(';')) {
        out.push({ storage: specs.storage, type: specs.type, attrs: specs.attrs, definition: false });
        continue;
      }
      for (;;) {
        const d = this.declarator(specs.type, false);
        const attrs = [...specs.attrs, ...d.attrs, ...this.attributes()];
        let init: XToken[] | undefined;
        if (this.eat('=')) init = this.until([',', ';']);
        if (this.peek()?.text === '{') {
          if (d.type.kind !== 'function') fail('a body after a non-function');
          const close = this.closing(this.i, '{', '}');
          this.i = close + 1;
          out.push({ storage: specs.storage, name: d.name, nameToken: d.nameToken, type: d.type, attrs, definition: true });
          break;
        }
        out.push({ storage: specs.storage, name: d.name, nameToken: d.nameToken, type: d.type, attrs, init, definition: false });
        if (this.eat(',')) continue;
        this.expect(';');
        break;
      }
    }
    return out;
  }

  /** A type name (`unsigned long`, `struct foo *`, `gfp_t`) filling all the tokens. */
  typeName(): CType {
    const specs = this.specifiers(false);
    const d = this.declarator(specs.type, true);
    if (this.i < this.t.length) fail('junk after a type name');
    return d.type;
  }

  private skipTo(text: string): void {
    let depth = 0;
    while (this.i < this.t.length) {
      const x = this.next().text;
      if (x === '(' || x === '{' || x === '[') depth++;
      else if (x === ')' || x === '}' || x === ']') depth--;
      else if (x === text && depth === 0) return;
    }
  }

  private closing(open: number, o: string, c: string): number {
    let depth = 0;
    for (let j = open; j < this.t.length; j++) {
      if (this.t[j].text === o) depth++;
      else if (this.t[j].text === c && --depth === 0) return j;
    }
    fail(`unbalanced ${o}`);
  }

  /** Tokens up to one of `stops` at depth 0 (not consumed). */
  private until(stops: string[]): XToken[] {
    const out: XToken[] = [];
    let depth = 0;
    while (this.i < this.t.length) {
      const x = this.peek()!.text;
      if (depth === 0 && stops.includes(x)) break;
      if (x === '(' || x === '{' || x === '[') depth++;
      else if (x === ')' || x === '}' || x === ']') depth--;
      out.push(this.next());
    }
    return out;
  }

  attributes(): Attribute[] {
    const out: Attribute[] = [];
    for (;;) {
      const t = this.peek();
      if (!t) return out;
      if (ATTRIBUTE_WORDS.has(t.text)) {
        this.i++;
        const close = this.closing(this.i, '(', ')');
        const inner = this.t.slice(this.i + 2, close - 1);
        this.i = close + 1;
        if (this.t[close - 1]?.text !== ')') fail('malformed attribute');
        out.push(...splitAttributes(inner));
      } else if (ASM_WORDS.has(t.text)) {
        this.i++;
        const close = this.closing(this.i, '(', ')');
        this.i = close + 1;
      } else if (t.text === '_Alignas') {
        this.i++;
        const close = this.closing(this.i, '(', ')');
        out.push({ name: 'aligned', args: this.t.slice(this.i + 1, close) });
        this.i = close + 1;
      } else {
        return out;
      }
    }
  }

  private specifiers(allowStorage: boolean): { storage: string[]; type: CType; attrs: Attribute[] } {
    const storage: string[] = [];
    const attrs: Attribute[] = [];
    const prims: string[] = [];
    let type: CType | undefined;
    let isConst = false;
    for (;;) {
      const t = this.peek();
      if (!t || t.kind !== 'ident') break;
      const x = t.text;
      if (STORAGE.has(x)) {
        if (!allowStorage) fail(`storage class ${x} here`);
        storage.push(x.replace(/^__inline(__)?$/, 'inline'));
        this.i++;
      } else if (QUALIFIERS.has(x)) {
        if (/const/.test(x)) isConst = true;
        this.i++;
      } else if (IGNORED.has(x)) {
        this.i++;
      } else if (ATTRIBUTE_WORDS.has(x) || ASM_WORDS.has(x) || x === '_Alignas') {
        attrs.push(...this.attributes());
      } else if (UNSUPPORTED.has(x)) {
        fail(`${x} is not supported`);
      } else if (PRIMS.has(x)) {
        if (type) fail('two types');
        prims.push(x);
        this.i++;
      } else if (TAGS.has(x)) {
        if (type || prims.length) fail('two types');
        type = this.tag();
      } else if (!type && !prims.length) {
        type = { kind: 'typedef', name: x };
        this.i++;
      } else {
        break;
      }
    }
    if (prims.length) type = { kind: 'prim', name: primOf(prims) };
    if (!type) fail(`no type at ${this.peek()?.text ?? 'end'}`);
    return { storage, type: isConst ? { ...type, const: true } : type, attrs };
  }

  private tag(): CType {
    const kw = this.next().text as 'struct' | 'union' | 'enum';
    const attrs = this.attributes();
    let nameToken: XToken | undefined;
    if (this.peek()?.kind === 'ident' && !ATTRIBUTE_WORDS.has(this.peek()!.text)) nameToken = this.next();
    attrs.push(...this.attributes());
    if (!this.eat('{')) {
      if (!nameToken) fail('an anonymous tag without a body');
      return { kind: 'tag', tag: kw, name: nameToken.text, nameToken };
    }
    const body: TagBody = { attrs };
    if (kw === 'enum') body.enumerators = this.enumerators();
    else body.members = this.members();
    body.attrs.push(...this.attributes());
    return { kind: 'tag', tag: kw, name: nameToken?.text, nameToken, body };
  }

  private enumerators(): Enumerator[] {
    const out: Enumerator[] = [];
    while (!this.eat('}')) {
      const name = this.next();
      if (name.kind !== 'ident') fail('an enumerator is not a name');
      this.attributes();
      let value: XToken[] | undefined;
      if (this.eat('=')) value = this.until([',', '}']);
      out.push({ name: name.text, token: name, value });
      if (!this.eat(',')) {
        this.expect('}');
        break;
      }
    }
    return out;
  }

  private members(): CMember[] {
    const out: CMember[] = [];
    while (!this.eat('}')) {
      if (this.eat(';')) continue;
      const t = this.peek();
      if (t?.text === '_Static_assert' || t?.text === 'static_assert') {
        this.skipTo(';');
        continue;
      }
      const specs = this.specifiers(false);
      if (this.eat(';')) {
        // An anonymous struct or union member (or a tag defined without a member).
        out.push({ type: specs.type, attrs: specs.attrs });
        continue;
      }
      for (;;) {
        let d: { name?: string; nameToken?: XToken; type: CType; attrs: Attribute[] } = { type: specs.type, attrs: [] };
        if (this.peek()?.text !== ':') d = this.declarator(specs.type, false);
        const attrs = [...specs.attrs, ...d.attrs, ...this.attributes()];
        let bits: XToken[] | undefined;
        if (this.eat(':')) {
          bits = this.until([',', ';']);
          attrs.push(...this.attributes());
        }
        out.push({ name: d.name, nameToken: d.nameToken, type: d.type, bits, attrs });
        if (this.eat(',')) continue;
        this.expect(';');
        break;
      }
    }
    return out;
  }

  /**
   * A declarator around `base`; `abstract` allows it to have no name. Pointers bind to the
   * base, then array and function suffixes (outermost first), then a parenthesised inner
   * declarator wraps the result.
   */
  private declarator(base: CType, abstract: boolean): { name?: string; nameToken?: XToken; type: CType; attrs: Attribute[] } {
    const pointers: boolean[] = [];
    const attrs: Attribute[] = [];
    while (this.eat('*')) {
      let c = false;
      for (;;) {
        const x = this.peek()?.text;
        if (x && QUALIFIERS.has(x)) {
          if (/const/.test(x)) c = true;
          this.i++;
        } else if (x && ATTRIBUTE_WORDS.has(x)) {
          attrs.push(...this.attributes());
        } else break;
      }
      pointers.push(c);
    }
    attrs.push(...this.attributes());
    let nameToken: XToken | undefined;
    let inner: ((t: CType) => { name?: string; nameToken?: XToken; type: CType; attrs: Attribute[] }) | undefined;
    const p = this.peek();
    if (p?.kind === 'ident' && !ATTRIBUTE_WORDS.has(p.text)) {
      nameToken = this.next();
    } else if (p?.text === '(' && this.nestedDeclaratorAhead()) {
      this.i++;
      const start = this.i;
      // Parsed twice: once to find where it ends, then for real around the outer type.
      this.declarator({ kind: 'prim', name: 'int' }, abstract);
      const end = this.i;
      this.expect(')');
      const tokens = this.t.slice(start, end);
      inner = (t) => {
        const sub = new DeclParser(tokens);
        const r = sub.declarator(t, abstract);
        return r;
      };
    } else if (!abstract) {
      fail(`expected a name at ${p?.text ?? 'end'}`);
    }
    const suffixes: ((t: CType) => CType)[] = [];
    for (;;) {
      if (this.eat('[')) {
        const size = this.until([']']);
        this.expect(']');
        suffixes.push((t) => ({ kind: 'array', of: t, size: size.length ? size : undefined }));
      } else if (this.peek()?.text === '(') {
        const fn = this.parameters();
        suffixes.push((t) => ({ kind: 'function', ret: t, ...fn }));
      } else break;
    }
    let type = base;
    for (const c of pointers) type = c ? { kind: 'pointer', to: type, const: true } : { kind: 'pointer', to: type };
    for (let i = suffixes.length - 1; i >= 0; i--) type = suffixes[i](type);
    if (inner) {
      const r = inner(type);
      return { ...r, attrs: [...attrs, ...r.attrs] };
    }
    return { name: nameToken?.text, nameToken, type, attrs };
  }

  /** After `(`: a parenthesised declarator (`(*f)`, `(name)`), not a parameter list. */
  private nestedDeclaratorAhead(): boolean {
    const n = this.peek(1);
    if (!n) return false;
    if (n.text === '*' || n.text === '(' || n.text === '^') return true;
    if (n.kind !== 'ident') return false;
    return !PRIMS.has(n.text) && !TAGS.has(n.text) && !QUALIFIERS.has(n.text) && !ATTRIBUTE_WORDS.has(n.text)
      && this.peek(2)?.text === ')';
  }

  private parameters(): { params: CParamDecl[]; variadic: boolean; prototyped: boolean } {
    this.expect('(');
    if (this.eat(')')) return { params: [], variadic: false, prototyped: false };
    if (this.peek()?.text === 'void' && this.peek(1)?.text === ')') {
      this.i += 2;
      return { params: [], variadic: false, prototyped: true };
    }
    const params: CParamDecl[] = [];
    let variadic = false;
    for (;;) {
      if (this.eat('...')) {
        variadic = true;
        this.expect(')');
        break;
      }
      const specs = this.specifiers(true);
      if (specs.storage.some((s) => s !== 'register')) fail('storage class on a parameter');
      const d = this.declarator(specs.type, true);
      this.attributes();
      params.push({ name: d.name, type: d.type });
      if (this.eat(')')) break;
      this.expect(',');
    }
    return { params, variadic, prototyped: true };
  }
}

/** `__attribute__((a, b(1), __c__))` contents → attributes. */
function splitAttributes(inner: XToken[]): Attribute[] {
  const out: Attribute[] = [];
  let i = 0;
  while (i < inner.length) {
    const t = inner[i];
    if (t.text === ',') {
      i++;
      continue;
    }
    if (t.kind !== 'ident') fail('malformed attribute');
    let args: XToken[] = [];
    i++;
    if (inner[i]?.text === '(') {
      const close = matching(inner, i);
      if (close < 0) fail('malformed attribute');
      args = inner.slice(i + 1, close);
      i = close + 1;
    }
    out.push({ name: attributeName(t.text), args });
  }
  return out;
}

function primOf(words: string[]): Prim {
  let signed = false;
  let unsigned = false;
  let longs = 0;
  let ints = 0;
  let main: string | undefined;
  for (const w of words) {
    if (/^(__)?signed(__)?$/.test(w)) signed = true;
    else if (w === 'unsigned') unsigned = true;
    else if (w === 'long') longs++;
    else if (w === 'int') ints++;
    else if (main) fail(`type words ${words.join(' ')}`);
    else main = w;
  }
  if ((signed && unsigned) || ints > 1 || longs > 2) fail(`type words ${words.join(' ')}`);
  const plain = !longs && !ints && !signed && !unsigned;
  switch (main) {
    case undefined:
      if (longs === 2) return unsigned ? 'ullong' : 'llong';
      if (longs === 1) return unsigned ? 'ulong' : 'long';
      return unsigned ? 'uint' : 'int';
    case 'short':
      if (longs) break;
      return unsigned ? 'ushort' : 'short';
    case 'char':
      if (longs || ints) break;
      return unsigned ? 'uchar' : signed ? 'schar' : 'char';
    case '__int128':
      if (longs || ints) break;
      return unsigned ? 'u128' : 'i128';
    case 'double':
      if (ints || signed || unsigned || longs > 1) break;
      return longs ? 'ldouble' : 'double';
    case 'void':
      if (plain) return 'void';
      break;
    case '_Bool':
      if (plain) return 'bool';
      break;
    case 'float':
      if (plain) return 'float';
      break;
    default:
      break;
  }
  fail(`type words ${words.join(' ')}`);
}

/** Parses declarations, or says why it cannot. */
export function parseDeclarations(tokens: readonly XToken[]): { ok: true; decls: CDeclaration[] } | { ok: false; why: string } {
  try {
    return { ok: true, decls: new DeclParser(tokens).declarations() };
  } catch (e) {
    if (e instanceof ParseError) return { ok: false, why: e.message };
    if (e instanceof RangeError) return { ok: false, why: 'nested too deeply' };
    throw e;
  }
}

export function parseTypeName(tokens: readonly XToken[]): CType | undefined {
  try {
    return new DeclParser(tokens).typeName();
  } catch (e) {
    if (e instanceof ParseError || e instanceof RangeError) return undefined;
    throw e;
  }
}
