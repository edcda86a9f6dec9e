/**
 * The outline of a generated bindings file as flat typed arrays: each top-level item's first
 * line and byte span, and a hash table from (kind, name) to the item that defines it. While
 * it is built, a name is read where the file spells it; the persisted form carries its names
 * with it, so that a table read back needs nothing of the file to look a name up. Nothing is
 * decoded to look a name up, and reading the persisted form back costs no parse and no pass
 * over it: a distribution kernel's 20 MB bindings (~200k names) are looked up at once on a
 * warm start, their items read from the file one at a time (issue 17).
 */
import type { ItemKind } from './bindings';

const KIND_CODE: Record<ItemKind, number> = { functions: 0, statics: 1, consts: 2, aliases: 3, structs: 4 };

/** Bumped whenever the layout below changes. */
const LAYOUT = 2;
const MAGIC = 0x4f4c4652; // "RFLO"
const HEADER_WORDS = 8;

/** 32-bit FNV-1a of a kind and a name's bytes; identifiers are ASCII, so a name's characters are its bytes. */
function hashBytes(kind: number, bytes: Uint8Array, at: number, length: number): number {
  let h = (0x811c9dc5 ^ kind) >>> 0;
  for (let i = at, end = at + length; i < end; i++) h = Math.imul(h ^ bytes[i], 0x01000193);
  return h >>> 0;
}

function hashString(kind: number, name: string): number {
  let h = (0x811c9dc5 ^ kind) >>> 0;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** A table with room for the names of a file of `length` bytes: bindgen's output defines about one per 100 bytes. */
function slotsFor(length: number): number {
  let n = 2048;
  while (n < length / 50) n *= 2;
  return n;
}

const NO_BYTES = new Uint8Array(0);

/** Grows a typed array by doubling. */
function grown<T extends Int32Array | Uint8Array>(a: T, need: number, make: (n: number) => T): T {
  if (need <= a.length) return a;
  const b = make(Math.max(need, a.length * 2));
  b.set(a);
  return b;
}

/**
 * Fills `data[from, to)` of a table read back (`OutlineTable.fromData`) from where it is kept,
 * for a host that reads the persisted form a page at a time as lookups ask for it; true once
 * all of `data` is in.
 */
export type OutlineLoader = (from: number, to: number) => boolean;

/** Where each array of a table read back starts in its `data`, in bytes. */
interface DataLayout {
  items: number;
  entryItem: number;
  entryAt: number;
  entryLength: number;
  kinds: number;
  slots: number;
  extra: number;
}

export class OutlineTable {
  /** `[line, start, end]` per item: its first line, and its bytes `[start, end)`. */
  #items: Int32Array;
  #itemCount: number;
  /** Per name entry: its kind, the item defining it (the last definition), and where its bytes are. */
  #kinds: Uint8Array;
  #entryItem: Int32Array;
  /** Offset into the file's bytes, or, at `fileLength` and beyond, into `#extra`. */
  #entryAt: Int32Array;
  #entryLength: Int32Array;
  #entryCount: number;
  /** Open addressing, linear probing: entry index + 1, 0 for an empty slot. */
  #slots: Int32Array;
  /** Names not read where the file spells them: those of items read to be named, and in a table read back, all of them. */
  #extra: Uint8Array;
  #extraLength: number;
  /** A problem found while outlining (an item of unknown shape that does not parse), as JSON. */
  problem: string | undefined;
  /** For a table read back a page at a time: what fills its arrays' bytes, until all are in, and where they are. */
  #load: OutlineLoader | undefined;
  #layout: DataLayout | undefined;

  /** `bytes`: the file's content, which the names of a table being built point into; none in a table read back. */
  private constructor(private bytes: Uint8Array, readonly fileLength: number, parts: {
    items: Int32Array; itemCount: number; kinds: Uint8Array; entryItem: Int32Array; entryAt: Int32Array; entryLength: Int32Array;
    entryCount: number; slots: Int32Array; extra: Uint8Array; extraLength: number; problem?: string;
  }) {
    this.#items = parts.items;
    this.#itemCount = parts.itemCount;
    this.#kinds = parts.kinds;
    this.#entryItem = parts.entryItem;
    this.#entryAt = parts.entryAt;
    this.#entryLength = parts.entryLength;
    this.#entryCount = parts.entryCount;
    this.#slots = parts.slots;
    this.#extra = parts.extra;
    this.#extraLength = parts.extraLength;
    this.problem = parts.problem;
  }

  /**
   * An empty table, to be filled by `addItem` and `addName`: over `bytes`, the whole file's
   * content, or, given only the content's length, for names copied in (`addNameCopy`) from
   * the content read a chunk at a time.
   */
  static empty(bytes: Uint8Array | number): OutlineTable {
    const length = typeof bytes === 'number' ? bytes : bytes.length;
    // Room for what bindgen's output usually holds, so that nothing is grown by copying: a
    // page of these arrays costs only once it is written to.
    const slots = slotsFor(length);
    const entries = slots / 2;
    return new OutlineTable(typeof bytes === 'number' ? NO_BYTES : bytes, length, {
      items: new Int32Array(3 * entries), itemCount: 0, kinds: new Uint8Array(entries), entryItem: new Int32Array(entries),
      entryAt: new Int32Array(entries), entryLength: new Int32Array(entries), entryCount: 0, slots: new Int32Array(slots),
      extra: new Uint8Array(typeof bytes === 'number' ? Math.max(256, length >> 3) : 256), extraLength: 0,
    });
  }

  get itemCount(): number {
    return this.#itemCount;
  }

  itemLine(i: number): number {
    if (this.#load) this.#need(this.#layout!.items + 12 * i, 12);
    return this.#items[3 * i];
  }

  itemStart(i: number): number {
    if (this.#load) this.#need(this.#layout!.items + 12 * i, 12);
    return this.#items[3 * i + 1];
  }

  itemEnd(i: number): number {
    if (this.#load) this.#need(this.#layout!.items + 12 * i, 12);
    return this.#items[3 * i + 2];
  }

  /** Has `length` bytes of the data at `at` filled in, for a table read back a page at a time. */
  #need(at: number, length: number): void {
    if (this.#load?.(at, at + length)) this.#load = undefined;
  }

  /** Has all of the data filled in (for a pass over every entry). */
  #needAll(): void {
    if (this.#load?.(0, Number.MAX_SAFE_INTEGER)) this.#load = undefined;
  }

  /** Has entry `e`'s kind, length, offset and name filled in. */
  #needEntry(e: number): void {
    const layout = this.#layout!;
    this.#need(layout.kinds + e, 1);
    this.#need(layout.entryLength + 4 * e, 4);
    this.#need(layout.entryAt + 4 * e, 4);
    // The names of a table read back are all in `#extra`.
    this.#need(layout.extra + this.#entryAt[e] - this.fileLength, this.#entryLength[e]);
  }

  addItem(line: number, start: number, end: number): number {
    const at = 3 * this.#itemCount;
    if (at + 3 > this.#items.length) this.#items = grown(this.#items, at + 3, (n) => new Int32Array(n));
    this.#items[at] = line;
    this.#items[at + 1] = start;
    this.#items[at + 2] = end;
    return this.#itemCount++;
  }

  /** The bytes a name at `at` is read from: the file's, or `#extra` at and past its end (at `at - fileLength` there). */
  #source(at: number): Uint8Array {
    return at < this.fileLength ? this.bytes : this.#extra;
  }

  #offset(at: number): number {
    return at < this.fileLength ? at : at - this.fileLength;
  }

  /** The slot of (kind, `name`): its entry's, or the empty one it would take. */
  #slotOfString(kind: number, name: string): number {
    const mask = this.#slots.length - 1;
    const length = name.length;
    for (let s = hashString(kind, name) & mask; ; s = (s + 1) & mask) {
      if (this.#load) this.#need(this.#layout!.slots + 4 * s, 4);
      const e = this.#slots[s] - 1;
      if (e < 0) return s;
      if (this.#load) this.#needEntry(e);
      if (this.#kinds[e] !== kind || this.#entryLength[e] !== length) continue;
      const other = this.#source(this.#entryAt[e]);
      const from = this.#offset(this.#entryAt[e]);
      let i = 0;
      while (i < length && other[from + i] === name.charCodeAt(i)) i++;
      if (i === length) return s;
    }
  }

  /**
   * Records that `item` defines the name spelt by the file's bytes `[at, at + length)`; a later
   * definition wins. One method with its arrays in locals: it runs for every name of a 20 MB
   * file, mostly before the JIT has compiled it. True when the name is new to the table.
   */
  addName(kind: ItemKind, at: number, length: number, item: number): boolean {
    const code = KIND_CODE[kind];
    const bytes = at < this.fileLength ? this.bytes : this.#extra;
    const from = at < this.fileLength ? at : at - this.fileLength;
    const slots = this.#slots;
    const kinds = this.#kinds;
    const lengths = this.#entryLength;
    const ats = this.#entryAt;
    const mask = slots.length - 1;
    let s = hashBytes(code, bytes, from, length) & mask;
    for (; ; s = (s + 1) & mask) {
      const e = slots[s] - 1;
      if (e < 0) break;
      if (kinds[e] !== code || lengths[e] !== length) continue;
      const other = ats[e] < this.fileLength ? this.bytes : this.#extra;
      const otherFrom = ats[e] < this.fileLength ? ats[e] : ats[e] - this.fileLength;
      let i = 0;
      while (i < length && other[otherFrom + i] === bytes[from + i]) i++;
      if (i === length) {
        this.#entryItem[e] = item;
        return false;
      }
    }
    const n = this.#entryCount++;
    if (n === kinds.length) {
      this.#kinds = grown(kinds, n + 1, (k) => new Uint8Array(k));
      this.#entryItem = grown(this.#entryItem, n + 1, (k) => new Int32Array(k));
      this.#entryAt = grown(ats, n + 1, (k) => new Int32Array(k));
      this.#entryLength = grown(lengths, n + 1, (k) => new Int32Array(k));
    }
    this.#kinds[n] = code;
    this.#entryItem[n] = item;
    this.#entryAt[n] = at;
    this.#entryLength[n] = length;
    slots[s] = n + 1;
    // Kept at most half full, so that a probe ends soon.
    if (2 * this.#entryCount > slots.length) this.#rehash(2 * slots.length);
    return true;
  }

  /** `addName` of the name spelt by `source[from, from + length)`, a chunk of the file that will not stay: the name is copied. */
  addNameCopy(kind: ItemKind, source: Uint8Array, from: number, length: number, item: number): void {
    const at = this.#extraLength;
    if (at + length > this.#extra.length) this.#extra = grown(this.#extra, at + length, (k) => new Uint8Array(k));
    // A loop, not `set` of a `subarray`: a view per name costs more than the copy.
    const extra = this.#extra;
    for (let i = 0; i < length; i++) extra[at + i] = source[from + i];
    this.#extraLength = at + length;
    if (!this.addName(kind, this.fileLength + at, length, item)) this.#extraLength = at;
  }

  /** Records a name that is not spelt where the file's bytes could point at it. */
  addNameText(kind: ItemKind, name: string, item: number): void {
    const existing = this.#slots[this.#slotOfString(KIND_CODE[kind], name)] - 1;
    if (existing >= 0) {
      this.#entryItem[existing] = item;
      return;
    }
    const encoded = new TextEncoder().encode(name);
    const at = this.fileLength + this.#appendExtra(encoded);
    // A name of non-ASCII characters never matches a lookup (bindgen's names are ASCII); it is kept only to be listed.
    this.addName(kind, at, encoded.length, item);
  }

  /** Appends `name` to `#extra`; where it starts there. */
  #appendExtra(name: Uint8Array): number {
    this.#extra = grown(this.#extra, this.#extraLength + name.length, (k) => new Uint8Array(k));
    this.#extra.set(name, this.#extraLength);
    this.#extraLength += name.length;
    return this.#extraLength - name.length;
  }

  #rehash(size: number): void {
    this.#slots = new Int32Array(size);
    const mask = size - 1;
    for (let e = 0; e < this.#entryCount; e++) {
      const at = this.#entryAt[e];
      let s = hashBytes(this.#kinds[e], this.#source(at), this.#offset(at), this.#entryLength[e]) & mask;
      while (this.#slots[s]) s = (s + 1) & mask;
      this.#slots[s] = e + 1;
    }
  }

  /** The item defining `name` of `kind`, or -1. */
  lookup(kind: ItemKind, name: string): number {
    const e = this.#slots[this.#slotOfString(KIND_CODE[kind], name)] - 1;
    if (e >= 0 && this.#load) this.#need(this.#layout!.entryItem + 4 * e, 4);
    return e < 0 ? -1 : this.#entryItem[e];
  }

  /** The names of `kind`, each once, in document order of its first definition. */
  *names(kind: ItemKind): Iterable<string> {
    this.#needAll();
    const code = KIND_CODE[kind];
    const decoder = new TextDecoder();
    for (let e = 0; e < this.#entryCount; e++) {
      if (this.#kinds[e] !== code) continue;
      const at = this.#offset(this.#entryAt[e]);
      yield decoder.decode(this.#source(this.#entryAt[e]).subarray(at, at + this.#entryLength[e]));
    }
  }

  /** How many names of each kind, by kind code (for counts that need no name). */
  count(kind: ItemKind): number {
    this.#needAll();
    const code = KIND_CODE[kind];
    let n = 0;
    for (let e = 0; e < this.#entryCount; e++) if (this.#kinds[e] === code) n++;
    return n;
  }

  /**
   * The persisted form: a header, then every array, each 4-byte aligned, the names its own:
   * those the file's bytes spell are copied after `#extra`, in entry order. The table itself
   * is left as it is (it may still point into the file's bytes); `fromData` of the result is
   * the table with nothing of the file, in arrays of the exact size.
   */
  toData(): Uint8Array {
    this.#needAll();
    const problem = new TextEncoder().encode(this.problem ?? '');
    let extraLength = this.#extraLength;
    for (let e = 0; e < this.#entryCount; e++) if (this.#entryAt[e] < this.fileLength) extraLength += this.#entryLength[e];
    const words = HEADER_WORDS + 3 * this.#itemCount + 3 * this.#entryCount + Math.ceil(this.#entryCount / 4)
      + this.#slots.length + Math.ceil(extraLength / 4) + Math.ceil(problem.length / 4);
    const data = new Int32Array(words);
    data.set([MAGIC, LAYOUT, this.fileLength, this.#itemCount, this.#entryCount, this.#slots.length, extraLength, problem.length]);
    let w = HEADER_WORDS;
    const put = (a: Int32Array) => {
      data.set(a, w);
      w += a.length;
    };
    const putBytes = (a: Uint8Array) => {
      new Uint8Array(data.buffer, 4 * w, a.length).set(a);
      w += Math.ceil(a.length / 4);
    };
    put(this.#items.subarray(0, 3 * this.#itemCount));
    put(this.#entryItem.subarray(0, this.#entryCount));
    const entryAt = data.subarray(w, (w += this.#entryCount));
    put(this.#entryLength.subarray(0, this.#entryCount));
    putBytes(this.#kinds.subarray(0, this.#entryCount));
    put(this.#slots);
    // The names: `#extra`, then each the file spells, copied there (and its entry pointed there) in entry order.
    const extra = new Uint8Array(data.buffer, 4 * w, extraLength);
    extra.set(this.#extra.subarray(0, this.#extraLength));
    const bytes = this.bytes;
    let copied = this.#extraLength;
    for (let e = 0; e < this.#entryCount; e++) {
      const at = this.#entryAt[e];
      if (at >= this.fileLength) {
        entryAt[e] = at;
        continue;
      }
      entryAt[e] = this.fileLength + copied;
      for (let i = at, end = at + this.#entryLength[e]; i < end; i++) extra[copied++] = bytes[i];
    }
    w += Math.ceil(extraLength / 4);
    putBytes(problem);
    return new Uint8Array(data.buffer);
  }

  /**
   * The table `toData` wrote for a file of `fileLength` bytes, as views on `data` (copied only
   * when it is not 4-byte aligned). Checks the layout against the header and the file's length,
   * and throws when they do not fit; whether the arrays are what `toData` wrote is the reader's
   * to check (the host's cache keeps a SHA-1 of them), so that reading a 20 MB file's outline
   * back costs no pass over it. Its names are its own: a name that points into the file is
   * taken for no name. With `load`, `data` is filled in as it is needed: only the bytes a lookup
   * reads (and all of them for a pass over every name), so that a warm start reads a few pages
   * of a 20 MB file's outline. Such a table is only read, never added to.
   */
  static fromData(fileLength: number, data: Uint8Array, load?: OutlineLoader): OutlineTable {
    if (data.length % 4 || data.length < 4 * HEADER_WORDS) throw new Error('bad outline size');
    if (load && data.byteOffset % 4) throw new Error('an outline read a page at a time must be aligned');
    const complete = load?.(0, 4 * HEADER_WORDS) ?? true;
    // `new Uint8Array(data)` copies, where a Buffer's `slice` would not.
    const words = data.byteOffset % 4 ? new Int32Array(new Uint8Array(data).buffer) : new Int32Array(data.buffer, data.byteOffset, data.length / 4);
    const [magic, layout, , itemCount, entryCount, slotCount, extraLength, problemLength] = words;
    if (magic !== MAGIC || layout !== LAYOUT || words[2] !== fileLength) throw new Error('not an outline of this file');
    if ([itemCount, entryCount, slotCount, extraLength, problemLength].some((n) => !(n >= 0)) || slotCount & (slotCount - 1) || slotCount < 2 * entryCount) {
      throw new Error('bad outline header');
    }
    const expected = HEADER_WORDS + 3 * itemCount + 3 * entryCount + Math.ceil(entryCount / 4) + slotCount
      + Math.ceil(extraLength / 4) + Math.ceil(problemLength / 4);
    if (expected !== words.length) throw new Error('bad outline size');
    let w = HEADER_WORDS;
    const parts = {} as DataLayout;
    const take = (part: keyof DataLayout, n: number) => {
      parts[part] = 4 * w;
      return words.subarray(w, (w += n));
    };
    const takeBytes = (part: keyof DataLayout | undefined, n: number) => {
      if (part) parts[part] = 4 * w;
      const a = new Uint8Array(words.buffer, words.byteOffset + 4 * w, n);
      w += Math.ceil(n / 4);
      return a;
    };
    const items = take('items', 3 * itemCount);
    const entryItem = take('entryItem', entryCount);
    const entryAt = take('entryAt', entryCount);
    const entryLength = take('entryLength', entryCount);
    const kinds = takeBytes('kinds', entryCount);
    const slots = take('slots', slotCount);
    const extra = takeBytes('extra', extraLength);
    const problemAt = 4 * w;
    const problemBytes = takeBytes(undefined, problemLength);
    const loaded = complete || (problemLength > 0 && load!(problemAt, problemAt + problemLength));
    const problem = new TextDecoder().decode(problemBytes);
    const table = new OutlineTable(NO_BYTES, fileLength, {
      items, itemCount, kinds, entryItem, entryAt, entryLength, entryCount, slots, extra, extraLength, problem: problem || undefined,
    });
    if (!loaded) {
      table.#load = load;
      table.#layout = parts;
    }
    return table;
  }
}
