/**
 * The imports a fix leaves unused go, the way rustfmt leaves a `use` (core/rules/importEdits.ts):
 * the fix here is "remove what `marked` marks", and the table says what becomes of the imports.
 */
import { describe, expect, it } from 'vitest';
import { withUnusedImportsRemoved } from '../server/src/core/rules/importEdits';
import { applyEdits, lineStarts, positionAt } from '../server/src/core/text';

/** The text without its `«…»` marks, and the edit that removes what they enclose. */
function marked(text: string) {
  const from = text.indexOf('«');
  const to = text.indexOf('»') - 1;
  const plain = text.replace('«', '').replace('»', '');
  const starts = lineStarts(plain);
  return { plain, edits: [{ range: { start: positionAt(starts, from), end: positionAt(starts, to) }, newText: '' }] };
}

const body = (use: string) => `fn f(n: usize) -> usize {\n    ${use}\n}\n`;

const CASES: { name: string; before: string; after: string }[] = [
  {
    name: 'a list keeps the rest, without braces when one is left',
    before: `use kernel::ffi::{c_ulong, c_void};\n\n${body('n« as c_ulong»')}`,
    after: `use kernel::ffi::c_void;\n\n${body('n')}`,
  },
  {
    name: 'a declaration of its own goes with its line',
    before: `use kernel::bindings;\nuse kernel::ffi::c_ulong;\n\n${body('n« as c_ulong»')}`,
    after: `use kernel::bindings;\n\n${body('n')}`,
  },
  {
    name: 'rustfmt\'s vertical list loses the element\'s line',
    before: `use kernel::{\n    bindings,\n    ffi::c_ulong,\n    prelude::*,\n};\n\n${body('n« as c_ulong»')}`,
    after: `use kernel::{\n    bindings,\n    prelude::*,\n};\n\n${body('n')}`,
  },
  {
    name: 'a nested list, and an outer list left with one element written anew with it',
    before: `use kernel::{bindings::PAGE_SIZE, ffi::{c_ulong, c_void}};\n\n${body('n« as c_ulong + PAGE_SIZE»')}`,
    after: `use kernel::ffi::c_void;\n\n${body('n')}`,
  },
  {
    name: 'still used elsewhere, in a macro\'s tokens too: kept',
    before: `use kernel::ffi::c_ulong;\n\n${body('n« as c_ulong»')}\nfn g() {\n    pr_info!("{}", c_ulong::MAX);\n}\n`,
    after: `use kernel::ffi::c_ulong;\n\n${body('n')}\nfn g() {\n    pr_info!("{}", c_ulong::MAX);\n}\n`,
  },
  {
    name: 'a re-export, a trait brought in for its methods, and a field of the same name are no uses to judge',
    before: `pub use kernel::ffi::c_ulong;\nuse core::fmt::Write as _;\n\n${body('n« as c_ulong»')}\nfn g(s: S) -> u64 {\n    s.c_ulong\n}\n`,
    after: `pub use kernel::ffi::c_ulong;\nuse core::fmt::Write as _;\n\n${body('n')}\nfn g(s: S) -> u64 {\n    s.c_ulong\n}\n`,
  },
];

describe('imports a fix leaves unused', () => {
  for (const c of CASES) {
    it(c.name, () => {
      const { plain, edits } = marked(c.before);
      expect(applyEdits(plain, withUnusedImportsRemoved(plain, edits))).toBe(c.after);
    });
  }
});
