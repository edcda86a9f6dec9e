import { helperIncludesUnsorted } from '../../server/src/core/rules/helperIncludesUnsorted';
import { ruleTable } from '../support/ruleTester';
import { helpersC, splitTree } from '../support/trees';

const empty = '// SPDX-License-Identifier: GPL-2.0\n';
const files = { 'blk.c': empty, 'build_assert.c': empty, 'build_bug.c': empty, 'err.c': empty, 'mutex.c': empty };

ruleTable(helperIncludesUnsorted, {
  valid: [
    { name: 'sorted, build_assert.c before build_bug.c', tree: splitTree(files, { defineRustHelper: false }), file: 'rust/helpers/helpers.c' },
  ],
  invalid: [
    {
      name: 'one include out of place',
      tree: splitTree(files, { defineRustHelper: false, includes: ['blk.c', 'err.c', 'build_bug.c', 'mutex.c'] }),
      file: 'rust/helpers/helpers.c',
      errors: [{
        span: [11, 9, 11, 22],
        message: '"build_bug.c" is out of order: helpers.c keeps its includes sorted alphabetically, so it belongs before "err.c"',
      }],
      output: { 'rust/helpers/helpers.c': helpersC(['blk.c', 'build_bug.c', 'err.c', 'mutex.c'], { defineRustHelper: false }) },
    },
    {
      name: 'two inversions, one fix sorting the block',
      tree: splitTree(files, { defineRustHelper: true, includes: ['mutex.c', 'blk.c', 'err.c', 'build_assert.c'] }),
      file: 'rust/helpers/helpers.c',
      errors: [
        { span: [14, 9, 14, 16], message: '"blk.c" is out of order: helpers.c keeps its includes sorted alphabetically, so it belongs before "build_assert.c"' },
        { span: [16, 9, 16, 25], message: '"build_assert.c" is out of order: helpers.c keeps its includes sorted alphabetically, so it belongs before "err.c"' },
      ],
      output: { 'rust/helpers/helpers.c': helpersC(['blk.c', 'build_assert.c', 'err.c', 'mutex.c'], { defineRustHelper: true }) },
    },
  ],
});
