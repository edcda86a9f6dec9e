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
import { type OutlineLoader, OutlineTable } from './outlineTable';

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

/**
 * Where an outline reads its items from: the file's content in memory, or (the host's) on
 * disk, a slice at a time, so that a warm start does not read a 20 MB file to look up the few
 * hundred items a driver names.
 */
export interface ItemBytes {
  readonly length: number;
  /** Bytes `[start, end)` of the content the outline was made from; undefined when the file no longer holds it. */
  slice(start: number, end: number): Uint8Array | undefined;
}

export function bytesInMemory(bytes: Uint8Array): ItemBytes {
  return { length: bytes.length, slice: (start, end) => bytes.subarray(start, end) };
}

/** Content not at hand: an outline being built a chunk at a time, between two chunks. */
const NO_CONTENT: ItemBytes = { length: 0, slice: () => undefined };

/**
 * An outline built from its file's content pushed a chunk at a time, for a host that reads a
 * large file through one small buffer: on a machine where memory is slow to touch, reading a
 * 20 MB file into memory whole, then checking and scanning it there, costs twice what the same
 * work costs a megabyte at a time, while that megabyte stays in the CPU's cache.
 */
export interface OutlineChunks {
  /**
   * Outlines the items that `chunk`, the content from where the last push stopped, holds in
   * full, and returns how many of its bytes it took (always the start of a line): the rest, an
   * item that may go on, must start the next chunk. `last`: the chunk ends the content (all of
   * it is taken). -1 when the content does not start as bindgen's output does: outline it
   * whole (`BindingsOutline.scan`).
   */
  push(chunk: Uint8Array, last: boolean): number;
  /** The outline, reading its items from `content` (all of the content pushed, elsewhere) from now on. */
  finish(content: ItemBytes): BindingsOutline;
}

// ---- lines of bytes ----------------------------------------------------------------------
//
// The pre-pass looks at the first bytes of lines only, and at the head line of each item, and
// never decodes the file; an item is decoded line by line when read. Whitespace here is ASCII
// whitespace, the only kind bindgen writes.

const LF = 10;
const CR = 13;
const UTF8 = new TextDecoder();

/**
 * What each byte is: a table read, not a call per byte. (The pre-pass runs once per process,
 * mostly before the JIT has compiled it: a call per byte was a third of it.)
 */
const SPACE = 1;
const IDENT = 2;
const IDENT_START = 4;
const CLASS = new Uint8Array(256);
for (let b = 0; b < 256; b++) {
  if (b === 32 || (b >= 9 && b <= 13)) CLASS[b] = SPACE;
  else if ((b >= 97 && b <= 122) || (b >= 65 && b <= 90) || b === 95) CLASS[b] = IDENT | IDENT_START;
  else if (b >= 48 && b <= 57) CLASS[b] = IDENT;
}

function isSpace(b: number): boolean {
  return (CLASS[b] & SPACE) !== 0;
}

/** The file's lines, split at LF as `linesOf` splits them; a line's content ends before a CR that ends it. */
class ByteLines {
  readonly starts: Int32Array;
  readonly count: number;

  constructor(readonly bytes: Uint8Array) {
    // Room for lines of 32 bytes on average: one growth at most on bindgen's output. One loop
    // over the bytes: it is compiled at once, where a call per line is not.
    let starts = new Int32Array(Math.max(16, bytes.length >> 5));
    starts[0] = 0;
    let n = 1;
    for (let k = 0, end = bytes.length; k < end; k++) {
      if (bytes[k] !== LF) continue;
      if (n === starts.length) {
        const more = new Int32Array(2 * n);
        more.set(starts);
        starts = more;
      }
      starts[n++] = k + 1;
    }
    this.starts = starts;
    this.count = n;
  }

  start(i: number): number {
    return this.starts[i];
  }

  /** Where line `i`'s LF is (the file's end for the last line). */
  newline(i: number): number {
    return i + 1 < this.count ? this.starts[i + 1] - 1 : this.bytes.length;
  }

  /** Where line `i`'s content ends (before a CR that ends it). */
  end(i: number): number {
    const nl = this.newline(i);
    return nl > this.starts[i] && this.bytes[nl - 1] === CR ? nl - 1 : nl;
  }

  /** The first byte of line `i` that is not whitespace, or -1. */
  firstNonSpace(i: number): number {
    const { bytes } = this;
    for (let at = this.starts[i], end = this.end(i); at < end; at++) if ((CLASS[bytes[at]] & SPACE) === 0) return at;
    return -1;
  }

  isBlank(i: number): boolean {
    return this.firstNonSpace(i) < 0;
  }

  /** `#[…]` alone on the line (`/^\s*#\[.*\]\s*$/`: no CR inside). */
  isAttribute(i: number): boolean {
    const { bytes } = this;
    const at = this.firstNonSpace(i);
    if (at < 0 || bytes[at] !== 35 /* # */ || bytes[at + 1] !== 91 /* [ */) return false;
    let last = this.end(i) - 1;
    while (last > at && (CLASS[bytes[last]] & SPACE) !== 0) last--;
    if (last < at + 2 || bytes[last] !== 93 /* ] */) return false;
    for (let k = at + 2; k < last; k++) if (bytes[k] === CR) return false;
    return true;
  }

  /** Whether line `i` is `text` exactly. */
  is(i: number, text: string): boolean {
    return this.end(i) - this.starts[i] === text.length && this.startsWith(this.starts[i], i, text);
  }

  /** Whether the bytes at `at`, inside line `i`, spell `text`. */
  startsWith(at: number, i: number, text: string): boolean {
    if (at + text.length > this.end(i)) return false;
    for (let k = 0; k < text.length; k++) if (this.bytes[at + k] !== text.charCodeAt(k)) return false;
    return true;
  }

  text(i: number): string {
    return UTF8.decode(this.bytes.subarray(this.starts[i], this.end(i)));
  }

  /** Lines `[first, last]` as one text, joined by LF. */
  joined(first: number, last: number): string {
    const text = UTF8.decode(this.bytes.subarray(this.starts[first], this.end(last)));
    return first === last || !text.includes('\r') ? text : text.replace(/\r\n/g, '\n');
  }

  /** Whether the braces of lines `[first, last]` balance, never closing more than they opened. */
  balanced(first: number, last: number): boolean {
    let depth = 0;
    for (let k = this.starts[first], end = this.end(last); k < end; k++) {
      if (this.bytes[k] === 123 /* { */) depth++;
      else if (this.bytes[k] === 125 /* } */ && --depth < 0) return false;
    }
    return depth === 0;
  }
}

/** Reads `[A-Za-z_][A-Za-z0-9_]*` at `at`; its end, or -1. */
function identEnd(bytes: Uint8Array, at: number, end: number): number {
  if (at >= end || (CLASS[bytes[at]] & IDENT_START) === 0) return -1;
  let k = at + 1;
  while (k < end && (CLASS[bytes[k]] & IDENT) !== 0) k++;
  return k;
}

function skipSpace(bytes: Uint8Array, at: number, end: number): number {
  while (at < end && (CLASS[bytes[at]] & SPACE) !== 0) at++;
  return at;
}

/** After `word` and at least one space at `at`: where the next token starts, or -1. */
function afterWord(lines: ByteLines, i: number, at: number, word: string): number {
  if (!lines.startsWith(at, i, word)) return -1;
  const end = lines.end(i);
  const k = at + word.length;
  return k < end && isSpace(lines.bytes[k]) ? skipSpace(lines.bytes, k, end) : -1;
}

/**
 * Where the identifier at `at` of line `i` ends, when `\s*` and then one of `follow` (or, with
 * `orEnd`, the line's end) come after it; else -1. (Positions, not objects: this runs for
 * every item of a 20 MB file, mostly before the JIT has warmed up.)
 */
function nameEnd(lines: ByteLines, i: number, at: number, follow: string, orEnd = false): number {
  const { bytes } = lines;
  const end = lines.end(i);
  const k = identEnd(bytes, at, end);
  if (k < 0) return -1;
  const next = skipSpace(bytes, k, end);
  if (next === end) return orEnd ? k : -1;
  for (let f = 0; f < follow.length; f++) if (bytes[next] === follow.charCodeAt(f)) return k;
  return -1;
}

/** `EXTERN_RE` on line `i`: `[unsafe] extern "C" {` alone on its line. */
function isExternBlockHead(lines: ByteLines, i: number): boolean {
  const start = lines.start(i);
  const afterUnsafe = afterWord(lines, i, start, 'unsafe');
  const afterExtern = afterWord(lines, i, afterUnsafe >= 0 ? afterUnsafe : start, 'extern');
  if (afterExtern < 0 || !lines.startsWith(afterExtern, i, '"C"')) return false;
  const brace = skipSpace(lines.bytes, afterExtern + 3, lines.end(i));
  return lines.bytes[brace] === 123 /* { */ && brace + 1 === lines.end(i);
}

/**
 * Splits lines `[from, to]` into items: an item starts on a line indented by exactly
 * `indent` columns whose first character does not close a bracket, and runs until the
 * next one; attribute lines stay with the item they precede. As `[first, last]` pairs.
 */
function splitItems(lines: ByteLines, from: number, to: number, indent: number): number[] | undefined {
  const { bytes } = lines;
  const spans: number[] = [];
  let onlyAttributes = false;
  for (let i = from; i <= to; i++) {
    const first = lines.firstNonSpace(i);
    if (first < 0) continue;
    const s = lines.start(i);
    let starts = first === s + indent;
    for (let k = 0; starts && k < indent; k++) starts = bytes[s + k] === 32;
    if (starts) {
      const c = bytes[first];
      starts = c !== 125 && c !== 41 && c !== 93 && c !== 62 && c !== 123 // } ) ] > {
        && !(lines.startsWith(first, i, 'where') && !(first + 5 < lines.end(i) && (CLASS[bytes[first + 5]] & IDENT) !== 0));
    }
    if (starts && !(spans.length && onlyAttributes)) {
      spans.push(i, i);
      onlyAttributes = lines.isAttribute(i);
    } else if (!spans.length) {
      return undefined;
    } else {
      spans[spans.length - 1] = i;
      onlyAttributes &&= lines.isAttribute(i);
    }
  }
  return spans;
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

/** What a scanner holds between reads: an item's lines are a view on bytes (the file's, a chunk's) that must be free to go. */
const NO_LINES = new ByteLines(new Uint8Array(0));

/** Reads top-level items of one file's lines; the types it reads are shared by their text. */
class Scanner {
  private out: BindingsFile;
  private lines = NO_LINES;
  /** The file line `lines[0]` is. */
  private base = 0;
  /** Types by their text: a few hundred distinct ones serve tens of thousands of items. */
  private readonly types = new Map<string, RustType | undefined>();

  constructor(private readonly file: string, private readonly source: BindingSource) {
    this.out = emptyBindingsFile(file, source);
  }

  /** The items of one top-level item (`lines`, its first at file line `base`), or undefined when its shape is not one we know. */
  read(lines: ByteLines, base: number): BindingsFile | undefined {
    this.out = emptyBindingsFile(this.file, this.source);
    this.lines = lines;
    this.base = base;
    try {
      return this.item(0, lines.count - 1) ? this.out : undefined;
    } finally {
      this.lines = NO_LINES;
    }
  }

  /** Reads one top-level item; false when its shape is not one we know. */
  private item(first: number, last: number): boolean {
    const { lines } = this;
    let head = first;
    while (head <= last && lines.isAttribute(head)) head++;
    if (head > last) return false;
    const line = lines.text(head);
    if (line.startsWith('pub const ')) return this.constant(head, last);
    if (line.startsWith('pub type ')) return this.alias(head, last);
    if (line.startsWith('pub struct ') || line.startsWith('pub union ')) return this.struct(head, last);
    if (line.startsWith('impl')) return /^impl\b/.test(line) && lines.balanced(first, last);
    const ext = EXTERN_RE.exec(line);
    if (ext) return lines.is(last, '}') && this.externBlock(head + 1, last - 1, !!ext[1]);
    return head === first && head === last && /^(\/\*.*\*\/|\/\/.*)$/.test(line);
  }

  private constant(at: number, last: number): boolean {
    const m = CONST_RE.exec(this.lines.joined(at, last));
    if (!m || !VALUE_RE.test(m[3])) return false;
    const type = this.type(m[2]);
    if (!type) return false;
    if (m[1] !== '_') this.out.consts.push({ ...this.located(m[1], at, 'const'), type, value: m[3] });
    return true;
  }

  private alias(head: number, last: number): boolean {
    const m = TYPE_RE.exec(this.lines.joined(head, last));
    const target = m && this.type(m[2]);
    if (!target) return false;
    this.out.aliases.push({ ...this.located(m[1], head, 'type'), target });
    return true;
  }

  private struct(head: number, last: number): boolean {
    const { lines } = this;
    const m = STRUCT_RE.exec(lines.text(head));
    if (!m) return false;
    const rest = m[3].trim();
    const kind = m[1] as 'struct' | 'union';
    // Generic structs (`__BindgenBitfieldUnit<Storage>`) are bindgen's own machinery.
    if (rest.startsWith('<')) return lines.balanced(head, last);
    const fields = new Map<string, BindingField>();
    if (rest === '{') {
      if (!lines.is(last, '}')) return false;
      const items = splitItems(lines, head + 1, last - 1, 4);
      if (!items) return false;
      for (let k = 0; k < items.length; k += 2) {
        const fm = FIELD_RE.exec(lines.joined(items[k], items[k + 1]));
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
    for (let k = 0; k < items.length; k += 2) {
      const attributes: string[] = [];
      let head = items[k];
      for (; head <= items[k + 1] && lines.isAttribute(head); head++) attributes.push(lines.text(head).trim());
      if (head > items[k + 1]) return false;
      const text = lines.joined(head, items[k + 1]);
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
    return { name, file: this.file, nameRange: nameRange(this.lines.text(line), line + this.base, keyword, name), source: this.source };
  }
}

function moveLines(items: { nameRange: Range }[], by: number): void {
  for (const it of items) {
    const r = it.nameRange;
    it.nameRange = { start: { line: r.start.line + by, character: r.start.character }, end: { line: r.end.line + by, character: r.end.character } };
  }
}

/**
 * What the head of an `extern "C"` block's member names, `pub fn NAME(` or `pub static [mut]
 * NAME:`, pushed to `found` as (0 for a function or 1 for a static, start, end); false when
 * the line is neither.
 */
function memberName(lines: ByteLines, i: number, found: number[]): boolean {
  const at = lines.firstNonSpace(i);
  const afterPub = at < 0 ? -1 : afterWord(lines, i, at, 'pub');
  if (afterPub < 0) return false;
  const afterFn = afterWord(lines, i, afterPub, 'fn');
  if (afterFn >= 0) {
    const end = nameEnd(lines, i, afterFn, '(');
    if (end >= 0) found.push(0, afterFn, end);
    return end >= 0;
  }
  const afterStatic = afterWord(lines, i, afterPub, 'static');
  if (afterStatic < 0) return false;
  // `(?:mut\s+)?NAME\s*:`: `mut` is a keyword only when a name follows it.
  const afterMut = afterWord(lines, i, afterStatic, 'mut');
  const withMut = afterMut >= 0 ? nameEnd(lines, i, afterMut, ':') : -1;
  const start = withMut >= 0 ? afterMut : afterStatic;
  const end = withMut >= 0 ? withMut : nameEnd(lines, i, afterStatic, ':');
  if (end >= 0) found.push(1, start, end);
  return end >= 0;
}

/**
 * One generated file, read lazily. A pre-pass over its bytes splits it into top-level items
 * and reads from each item's first lines the names it defines (`pub const X`, `pub fn X`
 * in an `extern "C"` block …), into an `OutlineTable`; an item is decoded and read in full,
 * by the scanner or else by tree-sitter, when one of its names is first asked for. Items
 * whose first lines do not say what they define (anything but bindgen's usual shapes) are
 * read at once. The first diagnostics of a driver then cost the few hundred items it names,
 * not the 75k-line file; from the persisted outline, not even the pre-pass. A truncated file
 * is known at once; an item of a usual shape that does not parse, only when read.
 */
export class BindingsOutline implements BindingsItems {
  problem?: BindingsFile['problem'];
  #truncated: BindingsFile['problem'];
  #content: ItemBytes;
  #table: OutlineTable;
  readonly #scanner: Scanner;
  /** Each top-level item's items, once read. */
  readonly #read: BindingsFile[];
  /** The names an `extern "C"` block's members declare, while its head is read (see `memberName`). */
  readonly #found: number[] = [];
  /** Whether names are copied into the table (content pushed a chunk at a time), or point into the content the table is over. */
  #copyNames = false;

  private constructor(readonly file: string, readonly source: BindingSource, content: ItemBytes, table: OutlineTable) {
    this.#content = content;
    this.#table = table;
    this.#scanner = new Scanner(file, source);
    this.#read = new Array<BindingsFile>(table.itemCount);
    this.#truncated = truncationProblemIn(content);
    if (this.#truncated) this.problem = this.#truncated;
  }

  /** The pre-pass over a file's content (UTF-8). */
  static scan(file: string, source: BindingSource, bytes: Uint8Array): BindingsOutline {
    const o = new BindingsOutline(file, source, bytesInMemory(bytes), OutlineTable.empty(bytes));
    const lines = new ByteLines(bytes);
    const spans = splitItems(lines, 0, lines.count - 1, 0) ?? [0, lines.count - 1];
    o.#outline(lines, spans, spans.length, 0, 0);
    return o;
  }

  /** The pre-pass over a file's content (UTF-8) of `length` bytes, pushed a chunk at a time. */
  static chunks(file: string, source: BindingSource, length: number): OutlineChunks {
    const o = new BindingsOutline(file, source, NO_CONTENT, OutlineTable.empty(length));
    o.#copyNames = true;
    /** The file line and the content offset the next chunk starts at. */
    let line = 0;
    let offset = 0;
    return {
      push(chunk, last) {
        const lines = new ByteLines(chunk);
        const spans = splitItems(lines, 0, lines.count - 1, 0);
        if (!spans) return -1;
        // The last item may go on in the next chunk: it starts it.
        const done = last ? spans.length : Math.max(0, spans.length - 2);
        const rest = last ? lines.count : spans.length ? spans[spans.length - 2] : lines.count - 1;
        const took = last ? chunk.length : lines.start(rest);
        const end = offset + chunk.length;
        const base = offset;
        o.#content = { length, slice: (start, stop) => (start >= base && stop <= end ? chunk.subarray(start - base, stop - base) : undefined) };
        try {
          o.#outline(lines, spans, done, line, offset);
        } finally {
          o.#content = NO_CONTENT;
        }
        line += rest;
        offset += took;
        return took;
      },
      finish(content) {
        if (content.length !== length) throw new Error('not the content outlined');
        o.#content = content;
        o.#truncated = truncationProblemIn(content);
        if (o.#truncated) o.problem = o.#truncated;
        return o;
      },
    };
  }

  /**
   * Adds the top-level items `spans[0, done)` of `lines` (which start at file line `line` and
   * content offset `offset`) to the table, and names them: from their first lines, or else by
   * reading them.
   */
  #outline(lines: ByteLines, spans: number[], done: number, line: number, offset: number): void {
    const table = this.#table;
    const first = table.itemCount;
    for (let k = 0; k < done; k += 2) table.addItem(line + spans[k], offset + lines.start(spans[k]), offset + lines.newline(spans[k + 1]));
    for (let k = 0; k < done; k += 2) {
      const item = first + k / 2;
      if (this.#nameFromHead(lines, spans[k], spans[k + 1], item)) continue;
      const f = this.#readItem(item);
      for (const kind of ITEM_KINDS) for (const it of f[kind]) table.addNameText(kind, it.name, item);
    }
  }

  /**
   * The outline of `content` from `toData` of the same content; throws when `data` is not one.
   * Only the items asked for are read from `content` (the host reads them from disk), and,
   * with `load`, only the parts of `data` that lookups read (see `OutlineTable.fromData`).
   */
  static fromData(file: string, source: BindingSource, content: ItemBytes, data: Uint8Array, load?: OutlineLoader): BindingsOutline {
    const table = OutlineTable.fromData(content.length, data, load);
    const o = new BindingsOutline(file, source, content, table);
    if (table.problem) {
      const p = JSON.parse(table.problem) as BindingsFile['problem'];
      if (typeof p?.line !== 'number' || typeof p.message !== 'string') throw new Error('bad problem');
      o.problem ??= p;
    }
    return o;
  }

  toData(): Uint8Array {
    this.#table.problem = this.problem && this.problem !== this.#truncated ? JSON.stringify(this.problem) : undefined;
    return this.#table.toData();
  }

  /**
   * Reads items from `content` (the same bytes, elsewhere: the file on disk) from now on, and
   * names from `data`, its `toData` (the table read back, exactly sized and owning its names),
   * so that the bytes the outline was built from, and the table built over them, can go.
   */
  readFrom(content: ItemBytes, data: Uint8Array): void {
    if (content.length !== this.#content.length) throw new Error('not the same content');
    this.#table = OutlineTable.fromData(content.length, data);
    this.#content = content;
  }

  names(kind: ItemKind): Iterable<string> {
    return this.#table.names(kind);
  }

  count(kind: ItemKind): number {
    return this.#table.count(kind);
  }

  has(kind: ItemKind, name: string): boolean {
    return this.#table.lookup(kind, name) >= 0;
  }

  get<K extends ItemKind>(kind: K, name: string): BindingsFile[K][number] | undefined {
    const at = this.#table.lookup(kind, name);
    if (at < 0) return undefined;
    const list = this.#readItem(at)[kind] as BindingsFile[K][number][];
    for (let i = list.length - 1; i >= 0; i--) if (list[i].name === name) return list[i];
    return undefined;
  }

  /** Every item, in document order: what the eager scanner gives. */
  readAll(): BindingsFile {
    const out = emptyBindingsFile(this.file, this.source);
    for (let i = 0; i < this.#table.itemCount; i++) {
      const f = this.#readItem(i);
      for (const kind of ITEM_KINDS) (out[kind] as unknown[]).push(...f[kind]);
    }
    if (this.problem) out.problem = this.problem;
    return out;
  }

  /** Names the items of top-level item `item` (lines `[first, last]`) from its first lines; false when they do not say. */
  #nameFromHead(lines: ByteLines, first: number, last: number, item: number): boolean {
    let head = first;
    while (head <= last && lines.isAttribute(head)) head++;
    if (head > last) return false;
    const at = lines.start(head);
    if (lines.startsWith(at, head, 'pub ')) {
      // By the word's first letter: one comparison that fails, not four.
      const w = at + 4;
      switch (lines.bytes[w]) {
        case 99 /* c */:
          return lines.startsWith(w, head, 'const ') && this.#named(lines, 'consts', w + 6, nameEnd(lines, head, w + 6, ':'), item);
        case 116 /* t */:
          return lines.startsWith(w, head, 'type ') && this.#named(lines, 'aliases', w + 5, nameEnd(lines, head, w + 5, '='), item);
        case 115 /* s */:
          return lines.startsWith(w, head, 'struct ') && this.#named(lines, 'structs', w + 7, nameEnd(lines, head, w + 7, '{;(', true), item);
        case 117 /* u */:
          return lines.startsWith(w, head, 'union ') && this.#named(lines, 'structs', w + 6, nameEnd(lines, head, w + 6, '{;(', true), item);
        default:
          return false;
      }
    }
    // bindgen's `impl Default for X { … }` and bitfield accessors define no item we index (the scanner reads them so too).
    if (lines.startsWith(at, head, 'impl') && (CLASS[lines.bytes[at + 4]] & IDENT) === 0) return lines.balanced(first, last);
    if (!lines.is(last, '}') || !isExternBlockHead(lines, head)) return false;
    const members = splitItems(lines, head + 1, last - 1, 4);
    if (!members) return false;
    const found = this.#found;
    found.length = 0;
    for (let k = 0; k < members.length; k += 2) {
      let m = members[k];
      while (m <= members[k + 1] && lines.isAttribute(m)) m++;
      if (m > members[k + 1] || !memberName(lines, m, found)) return false;
    }
    for (let k = 0; k < found.length; k += 3) this.#addName(found[k] ? 'statics' : 'functions', lines, found[k + 1], found[k + 2] - found[k + 1], item);
    return true;
  }

  /** Records the name `[at, end)` (`end` -1: none) that item `item`'s head declares; false when there is none to record. */
  #named(lines: ByteLines, kind: ItemKind, at: number, end: number, item: number): boolean {
    if (end < 0 || (end === at + 1 && lines.bytes[at] === 95 /* _ */)) return false;
    this.#addName(kind, lines, at, end - at, item);
    return true;
  }

  #addName(kind: ItemKind, lines: ByteLines, at: number, length: number, item: number): void {
    if (this.#copyNames) this.#table.addNameCopy(kind, lines.bytes, at, length, item);
    else this.#table.addName(kind, at, length, item);
  }

  /** The items of top-level item `i`, read once: by the scanner, else by tree-sitter. */
  #readItem(i: number): BindingsFile {
    const done = this.#read[i];
    if (done) return done;
    const base = this.#table.itemLine(i);
    const bytes = this.#content.slice(this.#table.itemStart(i), this.#table.itemEnd(i));
    // The file is no longer what it was outlined from (it changed on disk; a reload follows): no item, until then.
    if (!bytes) return emptyBindingsFile(this.file, this.source);
    const lines = new ByteLines(bytes);
    let f = this.#scanner.read(lines, base);
    if (!f) {
      // Parsed alone, then moved to where it stands in the file.
      const tree = parseRust(lines.joined(0, lines.count - 1));
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

/** How much of a file's end `truncationProblemIn` reads first. */
const TAIL = 4096;

/** `truncationProblemOf` of content read a slice at a time: its end, and all of it only when that end is not bindgen's. */
export function truncationProblemIn(content: ItemBytes): BindingsFile['problem'] {
  const tail = content.slice(Math.max(0, content.length - TAIL), content.length);
  if (tail && endsComplete(tail)) return undefined;
  const all = content.slice(0, content.length);
  return all ? truncationProblemOf(all) : undefined;
}

/** Whether `bytes` (a file's content, or its end) end as bindgen ends a file: `}` or `;`, then whitespace. */
export function endsComplete(bytes: Uint8Array): boolean {
  let end = bytes.length;
  while (end > 0 && isSpace(bytes[end - 1])) end--;
  return end > 0 && (bytes[end - 1] === 125 /* } */ || bytes[end - 1] === 59 /* ; */);
}

/** `truncationProblem` of a file's content, decoding it only when it does not end as bindgen ends a file. */
export function truncationProblemOf(bytes: Uint8Array): BindingsFile['problem'] {
  return endsComplete(bytes) ? undefined : truncationProblem(UTF8.decode(bytes));
}

/** The index of one generated bindings file, read in full by the scanner with tree-sitter as fallback. */
export function scanBindingsFile(file: string, source: BindingSource, bytes: Uint8Array): BindingsFile {
  return BindingsOutline.scan(file, source, bytes).readAll();
}
