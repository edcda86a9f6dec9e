import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { type BindingsFile, BindingsIndex, ITEM_KINDS, fileItems } from '../server/src/core/index/bindings';
import { BindingsOutline, bytesInMemory, scanBindingsFile } from '../server/src/core/index/bindingsScanner';
import { GENERATED_FILES } from '../server/src/core/tree';
import { CORPUS, ROOT } from './support/paths';
import { describeTier } from './support/tiers';

const utf8 = (text: string) => new TextEncoder().encode(text);

/** What a Map filled in document order holds: the last definition of each name. */
function eagerByName(f: BindingsFile) {
  return Object.fromEntries(ITEM_KINDS.map((k) => [k, new Map((f[k] as { name: string }[]).map((it) => [it.name, it]))]));
}

describe('bindings outline (items read on lookup)', () => {
  it('reads an item of an unusual shape at once, and a usual one that does not parse when it is asked for', () => {
    const text = [
      'pub const A: u32 = 1;',
      'pub static top: ffi::c_int;',
      'pub const B: u32 = 2 3;',
      '',
    ].join('\n');
    const outline = BindingsOutline.scan('/t/b.rs', 'bindings', utf8(text));
    expect([...outline.names('statics')]).toEqual(['top']);
    expect([...outline.names('consts')]).toEqual(['A', 'B']);
    expect(outline.problem).toBeUndefined();
    expect(outline.get('consts', 'B')?.value).toBe('2');
    expect(outline.problem).toEqual({ line: 2, message: 'does not parse as Rust from line 3: truncated or malformed' });
    expect(scanBindingsFile('/t/b.rs', 'bindings', utf8(text)).problem).toEqual(outline.problem);
  });

  it('reads a file with CRLF line ends as the same file with LF ones', () => {
    const text = fs.readFileSync(path.join(ROOT, 'demo/linux', GENERATED_FILES.bindings), 'utf8');
    const lf = scanBindingsFile('/t/b.rs', 'bindings', utf8(text));
    expect(lf.functions.length).toBeGreaterThan(0);
    expect(scanBindingsFile('/t/b.rs', 'bindings', utf8(text.replace(/\n/g, '\r\n')))).toEqual(lf);
    const crlf = BindingsOutline.scan('/t/b.rs', 'bindings', utf8(text.replace(/\n/g, '\r\n')));
    expect(crlf.get('functions', lf.functions.at(-1)!.name)).toEqual(lf.functions.at(-1));
  });

  it('refuses persisted data that does not fit the file (whether it is intact is the cache\'s to check)', () => {
    const bytes = utf8('pub const A: u32 = 1;\npub const B: u32 = 2;\n');
    const data = BindingsOutline.scan('/t/b.rs', 'bindings', bytes).toData();
    expect(BindingsOutline.fromData('/t/b.rs', 'bindings', bytes, data).get('consts', 'B')?.value).toBe('2');
    // Unaligned, as a header line of odd length leaves it: read from a copy.
    const shifted = Buffer.alloc(data.length + 1).subarray(1);
    shifted.set(data);
    expect(BindingsOutline.fromData('/t/b.rs', 'bindings', bytes, shifted).get('consts', 'A')?.value).toBe('1');
    // Another file's outline, one cut short, one of another layout.
    expect(() => BindingsOutline.fromData('/t/b.rs', 'bindings', utf8('pub const A: u32 = 1;\n'), data)).toThrow();
    expect(() => BindingsOutline.fromData('/t/b.rs', 'bindings', bytes, data.subarray(0, data.length - 4))).toThrow();
    const layout = new Int32Array(data.slice().buffer);
    layout[1] = 0;
    expect(() => BindingsOutline.fromData('/t/b.rs', 'bindings', bytes, new Uint8Array(layout.buffer))).toThrow();
  });

  it('finds a name among many, and none that is not there, without reading any item', () => {
    const lines = Array.from({ length: 5000 }, (_, i) => `pub const C${i}: u32 = ${i};`);
    const outline = BindingsOutline.scan('/t/b.rs', 'bindings', utf8(`${lines.join('\n')}\nextern "C" {\n    pub fn f(x: u32);\n    pub static mut s: u32;\n}\n`));
    const revived = BindingsOutline.fromData('/t/b.rs', 'bindings', utf8(`${lines.join('\n')}\nextern "C" {\n    pub fn f(x: u32);\n    pub static mut s: u32;\n}\n`), outline.toData());
    for (const o of [outline, revived]) {
      expect([o.has('consts', 'C0'), o.has('consts', 'C4999'), o.has('consts', 'C5000'), o.has('functions', 'C1'), o.has('functions', 'f'), o.has('statics', 's')])
        .toEqual([true, true, false, false, true, true]);
      expect([...o.names('consts')]).toHaveLength(5000);
      expect(o.get('consts', 'C1234')?.nameRange).toEqual({ start: { line: 1234, character: 10 }, end: { line: 1234, character: 15 } });
    }
  });

  it('read back a page at a time: each lookup fills in only the bytes it reads, with the same answers as from the whole data', () => {
    const lines = Array.from({ length: 20_000 }, (_, i) => `pub const C${i}: u32 = ${i};`);
    const text = `${lines.join('\n')}\nextern "C" {\n    pub fn f(x: u32);\n    pub static mut s: u32;\n}\n`;
    const data = BindingsOutline.scan('/t/b.rs', 'bindings', utf8(text)).toData();
    // The host's part, in memory: 4 KB pages copied in on demand, counted.
    const paged = new Uint8Array(data.length);
    const pages = new Set<number>();
    const load = (from: number, to: number) => {
      for (let p = Math.floor(Math.max(0, from) / 4096); p * 4096 < Math.min(to, data.length); p++) {
        pages.add(p);
        paged.set(data.subarray(p * 4096, (p + 1) * 4096), p * 4096);
      }
      return pages.size === Math.ceil(data.length / 4096);
    };
    const revived = BindingsOutline.fromData('/t/b.rs', 'bindings', utf8(text), paged, load);
    const all = Math.ceil(data.length / 4096);
    expect(all).toBeGreaterThan(200);
    expect([revived.has('consts', 'C0'), revived.has('consts', 'C19999'), revived.has('consts', 'C20000'), revived.has('functions', 'f'), revived.has('statics', 's')])
      .toEqual([true, true, false, true, true]);
    expect(revived.get('consts', 'C12345')?.value).toBe('12345');
    // Six lookups and one item: a slot, an entry and a name each, and the item's span.
    expect(pages.size).toBeLessThanOrEqual(30);
    // A pass over every name reads the rest, and then answers as the whole data does.
    const whole = BindingsOutline.fromData('/t/b.rs', 'bindings', utf8(text), data);
    expect([...revived.names('consts')]).toEqual([...whole.names('consts')]);
    expect(pages.size).toBe(all);
    expect(paged).toEqual(data);
  });

  it('once saved, reads names from its persisted data and items from elsewhere, nothing from the bytes it was built from', () => {
    const lines = Array.from({ length: 3000 }, (_, i) => `pub const C${i}: u32 = ${i};`);
    // A static outside an `extern` block is named by reading it (its name is the table's own), the rest where the file spells them.
    const text = `${lines.join('\n')}\npub static top: ffi::c_int;\nextern "C" {\n    pub fn f(x: u32);\n}\n`;
    const bytes = utf8(text);
    const outline = BindingsOutline.scan('/t/b.rs', 'bindings', bytes);
    const answers = (o: BindingsOutline) => [
      ...ITEM_KINDS.map((k) => [...o.names(k)]), o.get('consts', 'C2999'), o.get('statics', 'top'), o.get('functions', 'f'), o.has('consts', 'C3000'),
    ];
    const expected = answers(BindingsOutline.scan('/t/b.rs', 'bindings', utf8(text)));
    const data = outline.toData();
    outline.readFrom(bytesInMemory(utf8(text)), data);
    bytes.fill(0);
    expect(answers(outline)).toEqual(expected);
    expect(outline.toData()).toEqual(data);
  });
});

/**
 * The outline of `bytes` pushed `size` bytes at a time, as the host reads a file through one
 * buffer: what a push does not take starts the next chunk, and the buffer doubles when a push
 * takes nothing of a full one. Each chunk is a copy, zeroed once pushed, as the host's buffer
 * is overwritten: the outline must keep nothing of it.
 */
function pushedInChunks(bytes: Uint8Array, size: number, file = '/t/b.rs'): BindingsOutline | undefined {
  const chunks = BindingsOutline.chunks(file, 'bindings', bytes.length);
  let capacity = size;
  for (let at = 0; ;) {
    const end = Math.min(bytes.length, at + capacity);
    const chunk = new Uint8Array(bytes.subarray(at, end));
    const took = chunks.push(chunk, end === bytes.length);
    chunk.fill(0);
    if (took < 0) return undefined;
    if (end === bytes.length) {
      expect(took).toBe(chunk.length);
      break;
    }
    if (took === 0 && end - at === capacity) capacity *= 2;
    at += took;
  }
  return chunks.finish(bytesInMemory(bytes));
}

/** Everything an outline answers: names, items, problem, and the same from its persisted data. */
function answersOf(o: BindingsOutline, bytes: Uint8Array) {
  const all = o.readAll();
  const revived = BindingsOutline.fromData('/t/b.rs', 'bindings', bytesInMemory(bytes), o.toData());
  return {
    all,
    names: ITEM_KINDS.map((k) => [...o.names(k)]),
    revivedNames: ITEM_KINDS.map((k) => [...revived.names(k)]),
    revived: ITEM_KINDS.map((k) => [...o.names(k)].map((n) => revived.get(k, n))),
    problem: o.problem,
  };
}

describe('bindings outline pushed a chunk at a time', () => {
  const demo = fs.readFileSync(path.join(ROOT, 'demo/linux', GENERATED_FILES.bindings), 'utf8');
  const texts: Record<string, string> = {
    'the demo bindings': demo,
    'the demo bindings, CRLF': demo.replace(/\n/g, '\r\n'),
    'the demo bindings cut short': demo.slice(0, demo.indexOf('pub fn', demo.length / 2) + 10),
    'items of unusual shapes, one that does not parse': [
      '/* automatically generated by rust-bindgen */', '', '#[repr(C)]', '#[derive(Copy, Clone)]', 'pub struct S {', '    pub a: u32,', '}',
      'pub static top: ffi::c_int;', 'pub const B: u32 = 2 3;', 'extern "C" {', '    #[link_name = "\\u{1}f_real"]', '    pub fn f(x: u32) -> u32;',
      '    pub static mut s: u32;', '}', 'pub const B: u32 = 4;', '',
    ].join('\n'),
    'no newline at the end': 'pub const A: u32 = 1;\npub const C: u32 = 3;',
    'blank lines only': '\n\n  \n',
  };
  for (const [what, text] of Object.entries(texts)) {
    it(`gives what the whole-file scan gives: ${what}, in chunks of any size`, () => {
      const bytes = utf8(text);
      const whole = answersOf(BindingsOutline.scan('/t/b.rs', 'bindings', bytes), bytes);
      for (const size of [1, 7, 64, 1000, bytes.length + 1]) {
        expect({ size, ...answersOf(pushedInChunks(bytes, size)!, bytes) }).toEqual({ size, ...whole });
      }
    });
  }

  it('leaves content that does not start as bindgen\'s output to the whole-file scan', () => {
    expect(pushedInChunks(utf8('    indented: u32,\npub const A: u32 = 1;\n'), 8)).toBeUndefined();
  });

  it('takes only whole items, and the start of a line', () => {
    const chunks = BindingsOutline.chunks('/t/b.rs', 'bindings', 200);
    const text = 'pub const A: u32 = 1;\n\npub struct S {\n    pub a: u32,\n';
    expect(chunks.push(utf8(text), false)).toBe(text.indexOf('pub struct'));
  });
});

describeTier('corpus', 'bindings outline on the corpus', () => {
  for (const rel of Object.values(GENERATED_FILES)) {
    const file = path.join(CORPUS, rel);
    const bytes = fs.readFileSync(file);
    const eager = scanBindingsFile(file, 'bindings', bytes);
    const byName = eagerByName(eager);

    it(`answers every lookup as the eager scan does on the corpus ${path.basename(rel)}, in any order`, () => {
      const outline = BindingsOutline.scan(file, 'bindings', bytes);
      for (const kind of ITEM_KINDS) {
        expect([...outline.names(kind)]).toEqual([...byName[kind].keys()]);
        // Backwards, so items are read out of order.
        for (const name of [...byName[kind].keys()].reverse()) {
          expect(outline.has(kind, name)).toBe(true);
          expect(outline.get(kind, name)).toEqual(byName[kind].get(name));
        }
        expect(outline.has(kind, 'rfl_no_such_item')).toBe(false);
        expect(outline.get(kind, 'rfl_no_such_item')).toBeUndefined();
      }
      expect(outline.problem).toBeUndefined();
    });

    it(`gives the same outline pushed 256 KB and 4 KB at a time on the corpus ${path.basename(rel)}`, () => {
      for (const size of [256 * 1024, 4096]) {
        const outline = pushedInChunks(bytes, size, file)!;
        expect(outline.readAll()).toEqual(eager);
        for (const kind of ITEM_KINDS) expect([...outline.names(kind)]).toEqual([...byName[kind].keys()]);
      }
    });

    it(`gives the same answers from its persisted data on the corpus ${path.basename(rel)}`, () => {
      const data = BindingsOutline.scan(file, 'bindings', bytes).toData();
      const revived = BindingsOutline.fromData(file, 'bindings', bytes, data);
      expect(revived.readAll()).toEqual(eager);
      const index = new BindingsIndex([revived]);
      const reference = new BindingsIndex([fileItems(eager)]);
      expect(index.functions.size).toBe(reference.functions.size);
      expect(index.consts).toEqual(reference.consts);
      expect(index.enums).toEqual(reference.enums);
    });
  }
});
