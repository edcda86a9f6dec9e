/**
 * A line scanner for bindgen's output, which is machine-written in a handful of shapes
 * (ffi-domain §2): `pub const`, `pub type`, `extern "C" { … }` blocks of `pub fn` and
 * `pub static`, `#[repr(C)]` structs and unions, and `impl` blocks we do not index.
 * On the 75k-line corpus bindings it is several times faster than parsing with tree-sitter
 * and walking the tree. Every top-level item it does not recognise, in full, is left to
 * tree-sitter: the item is parsed alone, read by the same walker `indexBindingsFile` uses,
 * and its positions moved to where it stands. Both readers give the same index on the
 * corpus (test/bindingsScanner.test.ts). `BindingsOutline` reads items this way one at a
 * time, when first asked for (test/bindingsOutline.test.ts).
 */
import type { Range } from '../model';
import { parseRust } from '../parse';
import { typeFromText, splitTopLevel } from '../types/typeText';
import { type RustType, UNIT } from '../types/rustType';
import {
  type BindingParam, type BindingSource, type BindingsFile, type BindingField, type BindingsItems, type ItemKind, ITEM_KINDS,
  collectBindings, emptyBindingsFile, syntaxProblem, truncationProblem,
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

// Tests rather than trimmed copies: these run for every line of a 75k-line file.
const NOT_BLANK = /\S/;
const ATTRIBUTE = /^\s*#\[.*\]\s*$/;

function isBlank(line: string): boolean {
  return !NOT_BLANK.test(line);
}

function isAttribute(line: string): boolean {
  return ATTRIBUTE.test(line);
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

/** Reads top-level items of one file's lines; the types it reads are shared by their text. */
class Scanner {
  private out: BindingsFile;
  private lines: string[] = [];
  /** The file line `lines[0]` is. */
  private base = 0;
  /** Types by their text: a few hundred distinct ones serve tens of thousands of items. */
  private readonly types = new Map<string, RustType | undefined>();

  constructor(private readonly file: string, private readonly source: BindingSource) {
    this.out = emptyBindingsFile(file, source);
  }

  /** The items of one top-level item, its lines starting at file line `base`, or undefined when its shape is not one we know. */
  read(lines: string[], base: number): BindingsFile | undefined {
    this.out = emptyBindingsFile(this.file, this.source);
    this.lines = lines;
    this.base = base;
    return this.item({ first: 0, last: lines.length - 1 }) ? this.out : undefined;
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
    return { name, file: this.file, nameRange: nameRange(this.lines[line], line + this.base, keyword, name), source: this.source };
  }
}

/** What the first line of a top-level item says it defines, when that is all it defines. */
const CONST_HEAD = new RegExp(`^pub const (${NAME})\\s*:`);
const TYPE_HEAD = new RegExp(`^pub type (${NAME})\\s*=`);
const STRUCT_HEAD = new RegExp(`^pub (?:struct|union) (${NAME})\\s*(?:[{;(]|$)`);
const STATIC_HEAD = new RegExp(`^\\s*pub\\s+static\\s+(?:mut\\s+)?(${NAME})\\s*:`);

function moveLines(items: { nameRange: Range }[], by: number): void {
  for (const it of items) {
    const r = it.nameRange;
    it.nameRange = { start: { line: r.start.line + by, character: r.start.character }, end: { line: r.end.line + by, character: r.end.character } };
  }
}

/**
 * An outline as plain data, for the host's cache: per top-level item its first line and the
 * offsets of its text (`[line, start, end]` triples), and per kind the names and the number
 * of the item defining each (flat lists: they decode fastest).
 */
export interface OutlineData {
  items: number[];
  names: Record<ItemKind, string[]>;
  at: Record<ItemKind, number[]>;
  problem: BindingsFile['problem'] | null;
}

function linesOf(text: string): string[] {
  const lines = text.split('\n');
  return text.includes('\r') ? lines.map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l)) : lines;
}

/**
 * One generated file, read lazily. A pre-pass splits it into top-level items and reads
 * from each item's first lines the names it defines (`pub const X`, `pub fn X` in an
 * `extern "C"` block …); an item is read in full, by the scanner or else by tree-sitter,
 * when one of its names is first asked for. Items whose first lines do not say what they
 * define (anything but bindgen's usual shapes) are read at once. The first diagnostics of
 * a driver then cost the few hundred items it names, not the 75k-line file; from the
 * persisted outline, not even a split of the file into lines. A truncated file is known
 * at once; an item of a usual shape that does not parse, only when read.
 */
export class BindingsOutline implements BindingsItems {
  problem?: BindingsFile['problem'];
  readonly #truncated: BindingsFile['problem'];
  readonly #text: string;
  readonly #scanner: Scanner;
  /** `[line, start, end]` per top-level item: its first line and its text's offsets. */
  readonly #items: number[];
  /** Each top-level item's items, once read. */
  readonly #read: BindingsFile[];
  /** Name → the top-level item that defines it (the last one, as a Map filled in order keeps). */
  readonly #names: Record<ItemKind, Map<string, number>> = {
    functions: new Map(), statics: new Map(), consts: new Map(), aliases: new Map(), structs: new Map(),
  };

  private constructor(readonly file: string, readonly source: BindingSource, text: string, items: number[]) {
    this.#text = text;
    this.#scanner = new Scanner(file, source);
    this.#items = items;
    this.#read = new Array<BindingsFile>(items.length / 3);
    this.#truncated = truncationProblem(text);
    if (this.#truncated) this.problem = this.#truncated;
  }

  /** The pre-pass over `text`. */
  static scan(file: string, source: BindingSource, text: string): BindingsOutline {
    const lines = linesOf(text);
    const spans = splitItems(lines, 0, lines.length - 1, 0) ?? [{ first: 0, last: lines.length - 1 }];
    // Offsets from line lengths, counted once through the file; a `\r` stripped from a line still counts.
    const crlf = text.includes('\r');
    const items = new Array<number>(3 * spans.length);
    let line = 0;
    let offset = 0;
    const advance = (to: number) => {
      for (; line < to; line++) offset += lines[line].length + (crlf && text.charCodeAt(offset + lines[line].length) === 13 ? 2 : 1);
    };
    for (let i = 0; i < spans.length; i++) {
      advance(spans[i].first);
      items[3 * i] = line;
      items[3 * i + 1] = offset;
      advance(spans[i].last + 1);
      items[3 * i + 2] = offset - 1;
    }
    const o = new BindingsOutline(file, source, text, items);
    for (let i = 0; i < spans.length; i++) {
      if (o.#nameFromHead(lines, spans[i], i)) continue;
      const f = o.#readItem(i);
      for (const kind of ITEM_KINDS) for (const it of f[kind]) o.#names[kind].set(it.name, i);
    }
    return o;
  }

  /** The outline of `text` from `toData` of the same text; throws when `data` is not one. */
  static fromData(file: string, source: BindingSource, text: string, data: OutlineData): BindingsOutline {
    const { items, names, at, problem } = data;
    if (!Array.isArray(items) || items.length % 3) throw new Error('bad items');
    for (let i = 0; i < items.length; i += 3) {
      const [line, start, end] = [items[i], items[i + 1], items[i + 2]];
      if (!Number.isInteger(line) || !Number.isInteger(start) || !Number.isInteger(end) || line < 0 || start < 0 || start > end || end > text.length) {
        throw new Error('bad item');
      }
    }
    const o = new BindingsOutline(file, source, text, items);
    const count = items.length / 3;
    for (const kind of ITEM_KINDS) {
      const n = names[kind];
      const a = at[kind];
      if (!Array.isArray(n) || !Array.isArray(a) || n.length !== a.length) throw new Error('bad names');
      const map = o.#names[kind];
      for (let i = 0; i < n.length; i++) {
        if (typeof n[i] !== 'string' || !(a[i] >= 0 && a[i] < count)) throw new Error('bad name');
        map.set(n[i], a[i]);
      }
    }
    if (problem) o.problem = problem;
    return o;
  }

  toData(): OutlineData {
    const names = {} as OutlineData['names'];
    const at = {} as OutlineData['at'];
    for (const kind of ITEM_KINDS) {
      names[kind] = [...this.#names[kind].keys()];
      at[kind] = [...this.#names[kind].values()];
    }
    return { items: this.#items, names, at, problem: this.problem ?? null };
  }

  names(kind: ItemKind): Iterable<string> {
    return this.#names[kind].keys();
  }

  has(kind: ItemKind, name: string): boolean {
    return this.#names[kind].has(name);
  }

  get<K extends ItemKind>(kind: K, name: string): BindingsFile[K][number] | undefined {
    const at = this.#names[kind].get(name);
    if (at === undefined) return undefined;
    const list = this.#readItem(at)[kind] as BindingsFile[K][number][];
    for (let i = list.length - 1; i >= 0; i--) if (list[i].name === name) return list[i];
    return undefined;
  }

  /** Every item, in document order: what the eager scanner gives. */
  readAll(): BindingsFile {
    const out = emptyBindingsFile(this.file, this.source);
    for (let i = 0; i < this.#read.length; i++) {
      const f = this.#readItem(i);
      for (const kind of ITEM_KINDS) (out[kind] as unknown[]).push(...f[kind]);
    }
    if (this.problem) out.problem = this.problem;
    return out;
  }

  /** Names the items of top-level item `i` from its first lines; false when they do not say. */
  #nameFromHead(lines: string[], span: Span, i: number): boolean {
    let head = span.first;
    while (head <= span.last && isAttribute(lines[head])) head++;
    if (head > span.last) return false;
    const line = lines[head];
    const named = (kind: ItemKind, m: RegExpExecArray | null): boolean => {
      if (!m || m[1] === '_') return false;
      this.#names[kind].set(m[1], i);
      return true;
    };
    if (line.startsWith('pub const ')) return named('consts', CONST_HEAD.exec(line));
    if (line.startsWith('pub type ')) return named('aliases', TYPE_HEAD.exec(line));
    if (line.startsWith('pub struct ') || line.startsWith('pub union ')) return named('structs', STRUCT_HEAD.exec(line));
    if (!EXTERN_RE.test(line) || lines[span.last] !== '}') return false;
    const members = splitItems(lines, head + 1, span.last - 1, 4);
    if (!members) return false;
    const found: [ItemKind, string][] = [];
    for (const m of members) {
      let at = m.first;
      while (at <= m.last && isAttribute(lines[at])) at++;
      if (at > m.last) return false;
      const fn = FN_RE.exec(lines[at]);
      const st = fn ? null : STATIC_HEAD.exec(lines[at]);
      if (fn) found.push(['functions', fn[1]]);
      else if (st) found.push(['statics', st[1]]);
      else return false;
    }
    for (const [kind, name] of found) this.#names[kind].set(name, i);
    return true;
  }

  /** The items of top-level item `i`, read once: by the scanner, else by tree-sitter. */
  #readItem(i: number): BindingsFile {
    const done = this.#read[i];
    if (done) return done;
    const base = this.#items[3 * i];
    const lines = linesOf(this.#text.slice(this.#items[3 * i + 1], this.#items[3 * i + 2]));
    let f = this.#scanner.read(lines, base);
    if (!f) {
      // Parsed alone, then moved to where it stands in the file.
      const tree = parseRust(lines.join('\n'));
      f = emptyBindingsFile(this.file, this.source);
      collectBindings(f, tree);
      for (const kind of ITEM_KINDS) moveLines(f[kind], base);
      // A truncated file says so; otherwise the first item that does not parse.
      const bad = syntaxProblem(tree, base);
      if (bad && !this.#truncated && !(this.problem && this.problem.line < bad.line)) this.problem = bad;
    }
    this.#read[i] = f;
    return f;
  }
}

/** The index of one generated bindings file, read in full by the scanner with tree-sitter as fallback. */
export function scanBindingsFile(file: string, source: BindingSource, text: string): BindingsFile {
  return BindingsOutline.scan(file, source, text).readAll();
}
