import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { indexBindingsFile } from '../server/src/core/index/bindings';
import { scanBindingsFile } from '../server/src/core/index/bindingsScanner';
import { parseRust } from '../server/src/core/parse';
import { GENERATED_FILES } from '../server/src/core/tree';
import { CORPUS, ROOT } from './support/paths';
import { describeTier } from './support/tiers';

function bothReaders(file: string, text: string) {
  return { scanned: scanBindingsFile(file, 'bindings', new TextEncoder().encode(text)), walked: indexBindingsFile(file, 'bindings', text, parseRust(text)) };
}

describe('bindings scanner', () => {
  it('gives the same index on the demo tree and on rustfmt-less shapes, leaving unknown items to tree-sitter', () => {
    const demo = path.join(ROOT, 'demo/linux', GENERATED_FILES.bindings);
    const d = bothReaders(demo, fs.readFileSync(demo, 'utf8'));
    expect(d.scanned).toEqual(d.walked);
    const text = [
      'pub const X : u32 = 22 ;',
      'pub const S : & [u8 ; 4usize] = b"abc\\0" ;',
      'pub type f_t = :: core :: option :: Option < unsafe extern "C" fn (a : * mut u8) -> i32 > ;',
      'unsafe extern "C" {',
      '    #[must_use]',
      '    pub fn g(x: *const ffi::c_char, ...) -> dyn_t;',
      '    pub static mut jiffies: ffi::c_ulong;',
      '}',
      'pub use self::irqreturn as irqreturn_t;',
      'pub fn not_bindgen() -> impl Sized {}',
      '#[repr(C)]',
      'pub struct s {',
      '    pub cb: ::core::option::Option<',
      '        unsafe extern "C" fn(arg1: *mut s, arg2: ffi::c_int) -> ffi::c_long,',
      '    >,',
      '    pub w: Box<dyn Fn()>,',
      '}',
      '',
    ].join('\n');
    const r = bothReaders('/t/bindings_generated.rs', text);
    expect(r.scanned).toEqual(r.walked);
    expect(r.scanned.structs.map((s) => [s.name, [...s.fields.keys()]])).toEqual([['s', ['cb', 'w']]]);
    expect(r.scanned.functions.map((f) => [f.name, f.variadic, f.mustUse, f.unsafeExtern])).toEqual([['g', true, true, true]]);
  });

  it('reports a truncated file like the walker does', () => {
    const text = 'extern "C" {\n    pub fn mutex_lock(lock: *mut mut';
    const r = bothReaders('/t/bindings_generated.rs', text);
    expect(r.scanned.problem).toEqual({ line: 1, message: 'ends in the middle of an item (line 2): truncated, probably while bindgen was writing it' });
    expect(r.scanned).toEqual(r.walked);
  });
});

describeTier('corpus', 'bindings scanner on the corpus', () => {
  for (const rel of Object.values(GENERATED_FILES)) {
    it(`gives the same index as the tree-sitter walk on the corpus ${path.basename(rel)}`, () => {
      const file = path.join(CORPUS, rel);
      const { scanned, walked } = bothReaders(file, fs.readFileSync(file, 'utf8'));
      expect(scanned).toEqual(walked);
    });
  }
});
