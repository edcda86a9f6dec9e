import { helperIncludesUnsorted } from '../../server/src/core/rules/helperIncludesUnsorted';
import { ruleTable, type Span } from '../support/ruleTester';
import { helpersC, splitTree } from '../support/trees';

const empty = '// SPDX-License-Identifier: GPL-2.0\n';

/** A helpers.c listing `includes` (the helper files themselves do not matter to this rule). */
const tree = (includes: string[], defineRustHelper = false) =>
  splitTree(Object.fromEntries(includes.map((f) => [f, empty])), { defineRustHelper, includes });

/** The quoted name on include line `k` of helpersC (its includes start at line 9, or 13 after the __rust_helper block). */
const at = (k: number, name: string, defineRustHelper = false): Span => {
  const line = (defineRustHelper ? 13 : 9) + k;
  return [line, 9, line, 9 + name.length + 2];
};

const message = (name: string, place: string) =>
  `"${name}" is out of order: helpers.c keeps its includes sorted alphabetically, so it belongs ${place}`;

/** Mainline's habit: the stem first, `_` and `-` as word breaks. */
const MAINLINE_SORTED = [
  'atomic.c', 'atomic_ext.c', 'auxiliary.c', 'blk.c', 'build_assert.c', 'build_bug.c', 'cpu.c', 'cpufreq.c', 'cpumask.c',
  'dma.c', 'dma-resv.c', 'drm.c', 'err.c', 'fs.c', 'io.c', 'irq.c', 'jump_label.c', 'kunit.c', 'maple_tree.c', 'mm.c',
];

ruleTable(helperIncludesUnsorted, {
  valid: [
    { name: 'sorted, build_assert.c before build_bug.c', tree: tree(['blk.c', 'build_assert.c', 'build_bug.c', 'err.c', 'mutex.c']), file: 'rust/helpers/helpers.c' },
    { name: 'sorted as mainline sorts: "dma.c" before "dma-resv.c", "atomic.c" before "atomic_ext.c"', tree: tree(MAINLINE_SORTED), file: 'rust/helpers/helpers.c' },
    {
      name: 'sorted ignoring `_` and `-`, as sort(1) in a UTF-8 locale does: the file\'s own habit',
      tree: tree(['blkdev.c', 'blk-mq.c', 'blk_types.c', 'bug.c']),
      file: 'rust/helpers/helpers.c',
    },
    { name: 'one include', tree: tree(['mutex.c']), file: 'rust/helpers/helpers.c' },
  ],
  invalid: [
    {
      name: 'one line moved: reported on it, not on its new neighbour',
      tree: tree(['err.c', 'irq.c', 'fs.c', 'gpu.c', 'io.c']),
      file: 'rust/helpers/helpers.c',
      errors: [{ span: at(1, 'irq.c'), message: message('irq.c', 'after "io.c"') }],
      output: { 'rust/helpers/helpers.c': helpersC(['err.c', 'fs.c', 'gpu.c', 'io.c', 'irq.c'], { defineRustHelper: false }) },
    },
    {
      name: 'one include out of place, between two others',
      tree: tree(['blk.c', 'err.c', 'build_bug.c', 'mutex.c']),
      file: 'rust/helpers/helpers.c',
      errors: [{ span: at(2, 'build_bug.c'), message: message('build_bug.c', 'between "blk.c" and "err.c"') }],
      output: { 'rust/helpers/helpers.c': helpersC(['blk.c', 'build_bug.c', 'err.c', 'mutex.c'], { defineRustHelper: false }) },
    },
    {
      name: 'byte order is not the kernel\'s: "dma-resv.c" before "dma.c"',
      tree: tree(['cpu.c', 'dma-resv.c', 'dma.c', 'drm.c']),
      file: 'rust/helpers/helpers.c',
      errors: [{ span: at(2, 'dma.c'), message: message('dma.c', 'between "cpu.c" and "dma-resv.c"') }],
      output: { 'rust/helpers/helpers.c': helpersC(['cpu.c', 'dma.c', 'dma-resv.c', 'drm.c'], { defineRustHelper: false }) },
    },
    {
      name: 'two lines moved: each reported, one fix sorting the block',
      tree: tree(['mutex.c', 'blk.c', 'err.c', 'build_assert.c'], true),
      file: 'rust/helpers/helpers.c',
      errors: [
        { span: at(0, 'mutex.c', true), message: message('mutex.c', 'after "err.c"') },
        { span: at(3, 'build_assert.c', true), message: message('build_assert.c', 'between "blk.c" and "err.c"') },
      ],
      output: { 'rust/helpers/helpers.c': helpersC(['blk.c', 'build_assert.c', 'err.c', 'mutex.c'], { defineRustHelper: true }) },
    },
    {
      name: 'a file that ignores `_` and `-` is sorted its own way',
      tree: tree(['blkdev.c', 'blk-mq.c', 'blk_types.c', 'err.c', 'bug.c']),
      file: 'rust/helpers/helpers.c',
      errors: [{ span: at(4, 'bug.c'), message: message('bug.c', 'between "blk_types.c" and "err.c"') }],
      output: { 'rust/helpers/helpers.c': helpersC(['blkdev.c', 'blk-mq.c', 'blk_types.c', 'bug.c', 'err.c'], { defineRustHelper: false }) },
    },
    {
      name: 'includes split by a conditional: reported, no fix (it would move other lines)',
      tree: {
        files: {
          ...tree(['blk.c', 'mutex.c', 'err.c']).files,
          'rust/helpers/helpers.c': helpersC(['blk.c', 'mutex.c'], { defineRustHelper: false }) + '#ifdef CONFIG_ERR\n#include "err.c"\n#endif\n',
        },
      },
      file: 'rust/helpers/helpers.c',
      errors: [{ span: [12, 9, 12, 16], message: message('err.c', 'between "blk.c" and "mutex.c"') }],
      output: null,
    },
  ],
});
