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
