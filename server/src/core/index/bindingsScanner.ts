/**
 * A line scanner for bindgen's output, which is machine-written in a handful of shapes
 * (ffi-domain §2): `pub const`, `pub type`, `extern "C" { … }` blocks of `pub fn` and
 * `pub static`, `#[repr(C)]` structs and unions, and `impl` blocks we do not index.
 * On the 75k-line corpus bindings it is several times faster than parsing with tree-sitter
 * and walking the tree. Every top-level item it does not recognise, in full, is left to
 * tree-sitter: those items are parsed alone, in place (the other lines blanked, so
 * positions hold), and read by the same walker `indexBindingsFile` uses. Both readers give
 * the same index on the corpus (test/bindingsScanner.test.ts).
 */
import type { Range } from '../model';
import { parseRust } from '../parse';
import { typeFromText, splitTopLevel } from '../types/typeText';
import { type RustType, UNIT } from '../types/rustType';
import {
  type BindingParam, type BindingSource, type BindingsFile, type BindingField, collectBindings, emptyBindingsFile,
  syntaxProblem, truncationProblem,
} from './bindings';

const NAME = '[A-Za-z_][A-Za-z0-9_]*';
const CONST_RE = new RegExp(`^pub\\s+const\\s+(${NAME})\\s*:\\s*([^=]+?)\\s*=\\s*([\\s\\S]+?)\\s*;$`);
const TYPE_RE = new RegExp(`^pub\\s+type\\s+(${NAME})\\s*=\\s*([\\s\\S]+?)\\s*;$`);
const STRUCT_RE = new RegExp(`^pub\\s+(struct|union)\\s+(${NAME})\\s*(.*)$`);
const EXTERN_RE = /^(unsafe\s+)?extern\s+"C"\s*\{$/;
const FN_RE = new RegExp(`^\\s*pub\\s+fn\\s+(${NAME})\\s*\\(`);
const STATIC_RE = new RegExp(`^\\s*pub\\s+static\\s+(mut\\s+)?(${NAME})\\s*:\\s*([\\s\\S]+?)\\s*;$`);
const FIELD_RE = new RegExp(`^\\s*(?:pub\\s+)?(${NAME})\\s*:\\s*([\\s\\S]+?)\\s*,?$`);
const LINK_NAME_RE = /link_name\s*=\s*"([^"]+)"/;
const PARAM_RE = new RegExp(`^\\s*(${NAME})\\s*:\\s*([\\s\\S]+?)\\s*$`);
/** Literal values bindgen writes for constants: integers, floats, booleans, (byte) strings, chars. */
const VALUE_RE = /^(?:-?(?:0x[0-9a-fA-F_]+|[0-9][0-9_]*(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?)(?:[iu](?:8|16|32|64|128|size)|f32|f64)?|true|false|b?"(?:[^"\\]|\\.)*"|b?'(?:[^'\\]|\\.)+')$/;

/** Lines `[first, last]` (blank lines at the end excluded) of one item. */
interface Span {
  first: number;
  last: number;
}

function isBlank(line: string): boolean {
  return line.trim() === '';
}

function isAttribute(line: string): boolean {
  const t = line.trim();
  return t.startsWith('#[') && t.endsWith(']');
}

/**
 * Splits lines `[from, to]` into items: an item starts on a line indented by exactly
 * `indent` columns whose first character does not close a bracket, and runs until the
 * next one; attribute lines stay with the item they precede.
 */
function splitItems(lines: string[], from: number, to: number, indent: number): Span[] | undefined {
  const items: Span[] = [];
  let cur: Span | undefined;
  let onlyAttributes = false;
  const margin = ' '.repeat(indent);
  for (let i = from; i <= to; i++) {
    const line = lines[i];
    if (isBlank(line)) continue;
    const c = line[indent];
    const starts = line.startsWith(margin) && c !== ' ' && c !== '\t' && !'})]>{'.includes(c) && !/^\s*where\b/.test(line);
    if (starts && !(cur && onlyAttributes)) {
      cur = { first: i, last: i };
      items.push(cur);
      onlyAttributes = isAttribute(line);
    } else if (!cur) {
      return undefined;
    } else {
      cur.last = i;
      onlyAttributes &&= isAttribute(line);
    }
  }
  return items;
}

function balanced(lines: string[], span: Span): boolean {
  let depth = 0;
  for (let i = span.first; i <= span.last; i++) {
    for (const c of lines[i]) {
      if (c === '{') depth++;
      else if (c === '}' && --depth < 0) return false;
    }
  }
  return depth === 0;
}

function joined(lines: string[], first: number, last: number): string {
  return first === last ? lines[first] : lines.slice(first, last + 1).join('\n');
}

/** Where `name` is on `line`: the first token after `keyword` (`const`, `fn`, `mut` …). */
function nameRange(text: string, line: number, keyword: string, name: string): Range {
  let start = text.indexOf(keyword) + keyword.length;
  while (text[start] === ' ' || text[start] === '\t') start++;
  return { start: { line, character: start }, end: { line, character: start + name.length } };
}

/** Index of the bracket closing the one at `open`, or -1. */
function closingParen(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 40 /* ( */) depth++;
    else if (c === 41 /* ) */ && --depth === 0) return i;
  }
  return -1;
}

class Scanner {
  readonly out: BindingsFile;
  /** Types by their text: a few hundred distinct ones serve tens of thousands of items. */
  private readonly types = new Map<string, RustType | undefined>();
  /** Top-level items left to tree-sitter. */
  readonly unread: Span[] = [];

  constructor(file: string, source: BindingSource, private readonly lines: string[]) {
    this.out = emptyBindingsFile(file, source);
  }

  scan(): void {
    const items = splitItems(this.lines, 0, this.lines.length - 1, 0) ?? [{ first: 0, last: this.lines.length - 1 }];
    for (const item of items) {
      if (!this.item(item)) this.unread.push(item);
    }
  }

  /** Reads one top-level item; false when its shape is not one we know. */
  private item(span: Span): boolean {
    const { lines } = this;
    let head = span.first;
    while (head <= span.last && isAttribute(lines[head])) head++;
    if (head > span.last) return false;
    const line = lines[head];
    if (line.startsWith('pub const ')) return this.constant(head, span.last);
    if (line.startsWith('pub type ')) return this.alias(head, span.last);
    if (line.startsWith('pub struct ') || line.startsWith('pub union ')) return this.struct(head, span.last);
    if (line.startsWith('impl')) return /^impl\b/.test(line) && balanced(lines, span);
    const ext = EXTERN_RE.exec(line);
    if (ext) return lines[span.last] === '}' && this.externBlock(head + 1, span.last - 1, !!ext[1]);
    return head === span.first && head === span.last && /^(\/\*.*\*\/|\/\/.*)$/.test(line);
  }

  private constant(at: number, last: number): boolean {
    const m = CONST_RE.exec(joined(this.lines, at, last));
    if (!m || !VALUE_RE.test(m[3])) return false;
    const type = this.type(m[2]);
    if (!type) return false;
    if (m[1] !== '_') this.out.consts.push({ ...this.located(m[1], at, 'const'), type, value: m[3] });
    return true;
  }

  private alias(head: number, last: number): boolean {
    const m = TYPE_RE.exec(joined(this.lines, head, last));
    const target = m && this.type(m[2]);
    if (!target) return false;
    this.out.aliases.push({ ...this.located(m[1], head, 'type'), target });
    return true;
  }

  private struct(head: number, last: number): boolean {
    const { lines } = this;
    const m = STRUCT_RE.exec(lines[head]);
    if (!m) return false;
    const rest = m[3].trim();
    const kind = m[1] as 'struct' | 'union';
    // Generic structs (`__BindgenBitfieldUnit<Storage>`) are bindgen's own machinery.
    if (rest.startsWith('<')) return balanced(lines, { first: head, last });
    const fields = new Map<string, BindingField>();
    if (rest === '{') {
      if (lines[last] !== '}') return false;
      const items = splitItems(lines, head + 1, last - 1, 4);
      if (!items) return false;
      for (const f of items) {
        const fm = FIELD_RE.exec(joined(lines, f.first, f.last));
        const type = fm && this.type(fm[2]);
        if (!type) return false;
        fields.set(fm[1], { name: fm[1], type });
      }
    } else if (head !== last || !(rest === ';' || rest === '{}' || this.tupleBody(rest))) {
      return false;
    }
    this.out.structs.push({ ...this.located(m[2], head, kind), kind, fields });
    return true;
  }

  private tupleBody(rest: string): boolean {
    if (!rest.startsWith('(') || !rest.endsWith(');')) return false;
    return splitTopLevel(rest.slice(1, -2)).every((p) => this.type(p.replace(/^\s*pub\s/, '')) !== undefined);
  }

  private externBlock(from: number, to: number, unsafeExtern: boolean): boolean {
    const { lines } = this;
    const items = splitItems(lines, from, to, 4);
    if (!items) return false;
    for (const item of items) {
      const attributes: string[] = [];
      let head = item.first;
      for (; head <= item.last && isAttribute(lines[head]); head++) attributes.push(lines[head].trim());
      if (head > item.last) return false;
      const text = joined(lines, head, item.last);
      const ok = FN_RE.test(text) ? this.fn(text, head, attributes, unsafeExtern) : this.static(text, head);
      if (!ok) return false;
    }
    return true;
  }

  private fn(text: string, head: number, attributes: string[], unsafeExtern: boolean): boolean {
    const m = FN_RE.exec(text)!;
    const open = m[0].length - 1;
    const close = closingParen(text, open);
    if (close < 0) return false;
    const tail = text.slice(close + 1).trim();
    if (!tail.endsWith(';')) return false;
    const arrow = tail.slice(0, -1).trim();
    const returnType = arrow === '' ? UNIT : arrow.startsWith('->') ? this.type(arrow.slice(2).trim()) : undefined;
    if (!returnType) return false;
    const params: BindingParam[] = [];
    let variadic = false;
    for (const p of splitTopLevel(text.slice(open + 1, close))) {
      if (p.trim() === '...') {
        variadic = true;
        continue;
      }
      const pm = PARAM_RE.exec(p);
      const type = pm && this.type(pm[2]);
      if (!type) return false;
      params.push({ name: pm[1], type });
    }
    // The walker reads attributes nearest first; so do we.
    let linkName: string | undefined;
    for (let i = attributes.length - 1; i >= 0 && linkName === undefined; i--) linkName = LINK_NAME_RE.exec(attributes[i])?.[1];
    this.out.functions.push({
      ...this.located(m[1], head, 'fn'), params, variadic, returnType, linkName,
      mustUse: attributes.some((a) => a.includes('must_use')), unsafeExtern,
    });
    return true;
  }

  private static(text: string, head: number): boolean {
    const m = STATIC_RE.exec(text);
    const type: RustType | undefined = m ? this.type(m[3]) : undefined;
    if (!m || !type) return false;
    this.out.statics.push({ ...this.located(m[2], head, m[1] ? 'mut' : 'static'), type, mutable: m[1] !== undefined });
    return true;
  }

  private type(text: string): RustType | undefined {
    let t = this.types.get(text);
    if (t === undefined && !this.types.has(text)) {
      t = typeFromText(text);
      this.types.set(text, t);
    }
    return t;
  }

  private located(name: string, line: number, keyword: string) {
    return { name, file: this.out.file, nameRange: nameRange(this.lines[line], line, keyword, name), source: this.out.source };
  }
}

type Positioned = { nameRange: Range };

function before(a: Positioned, b: Positioned): boolean {
  const x = a.nameRange.start;
  const y = b.nameRange.start;
  return x.line < y.line || (x.line === y.line && x.character < y.character);
}

/** Merges two lists that are each in document order. */
function merge<T extends Positioned>(a: T[], b: T[]): T[] {
  if (!b.length) return a;
  const out: T[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (j >= b.length || (i < a.length && before(a[i], b[j]))) out.push(a[i++]);
    else out.push(b[j++]);
  }
  return out;
}

/** The index of one generated bindings file, read by the scanner with tree-sitter as fallback. */
export function scanBindingsFile(file: string, source: BindingSource, text: string): BindingsFile {
  const lines = text.split('\n');
  const scanner = new Scanner(file, source, lines.map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l)));
  scanner.scan();
  const out = scanner.out;
  let problem = truncationProblem(text);
  if (scanner.unread.length) {
    const keep = new Uint8Array(lines.length);
    for (const s of scanner.unread) keep.fill(1, s.first, s.last + 1);
    const tree = parseRust(lines.map((l, i) => (keep[i] ? l : '')).join('\n'));
    const fallback = emptyBindingsFile(file, source);
    collectBindings(fallback, tree);
    out.functions = merge(out.functions, fallback.functions);
    out.statics = merge(out.statics, fallback.statics);
    out.consts = merge(out.consts, fallback.consts);
    out.aliases = merge(out.aliases, fallback.aliases);
    out.structs = merge(out.structs, fallback.structs);
    problem ??= syntaxProblem(tree);
  }
  if (problem) out.problem = problem;
  return out;
}
