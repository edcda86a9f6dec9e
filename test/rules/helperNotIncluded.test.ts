import { helperNotIncluded } from '../../server/src/core/rules/helperNotIncluded';
import { ruleTable } from '../support/ruleTester';
import { helpersC, MUTEX_C_612, splitTree } from '../support/trees';

const PAGE_C = `// SPDX-License-Identifier: GPL-2.0

#include <linux/gfp.h>

struct page *rust_helper_alloc_pages(gfp_t gfp_mask, unsigned int order)
{
	return alloc_pages(gfp_mask, order);
}
`;

const message = (f: string) =>
  `rust/helpers/helpers.c does not \`#include "${f}"\`: Kbuild compiles only helpers.c, so this file is never built ` +
  'and Rust calls to its helpers fail to link';

const SPDX = '// SPDX-License-Identifier: GPL-2.0\n';
const files = { 'blk.c': SPDX, 'mutex.c': MUTEX_C_612, 'page.c': PAGE_C, 'wait.c': SPDX };

ruleTable(helperNotIncluded, {
  valid: [
    { name: 'included file', tree: splitTree(files, { defineRustHelper: false }), file: 'rust/helpers/page.c' },
    { name: 'helpers.c itself', tree: splitTree(files, { defineRustHelper: false }), file: 'rust/helpers/helpers.c' },
  ],
  invalid: [
    {
      name: 'a file helpers.c forgot, inserted in sorted position',
      tree: splitTree(files, { defineRustHelper: false, includes: ['blk.c', 'mutex.c', 'wait.c'] }),
      file: 'rust/helpers/page.c',
      errors: [{ span: [0, 0, 0, 35], message: message('page.c') }],
      output: { 'rust/helpers/helpers.c': helpersC(['blk.c', 'mutex.c', 'page.c', 'wait.c'], { defineRustHelper: false }) },
    },
    {
      name: 'sorting after the last include',
      tree: splitTree(files, { defineRustHelper: false, includes: ['blk.c', 'mutex.c', 'page.c'] }),
      file: 'rust/helpers/wait.c',
      errors: [{ span: [0, 0, 0, 35], message: message('wait.c') }],
      output: { 'rust/helpers/helpers.c': helpersC(['blk.c', 'mutex.c', 'page.c', 'wait.c'], { defineRustHelper: false }) },
    },
    {
      name: 'the stem first, as maintainers sort: "dma.c" goes before "dma-resv.c"',
      tree: splitTree({ 'cpu.c': SPDX, 'dma.c': SPDX, 'dma-resv.c': SPDX, 'drm.c': SPDX }, { defineRustHelper: false, includes: ['cpu.c', 'dma-resv.c', 'drm.c'] }),
      file: 'rust/helpers/dma.c',
      errors: [{ span: [0, 0, 0, 35], message: message('dma.c') }],
      output: { 'rust/helpers/helpers.c': helpersC(['cpu.c', 'dma.c', 'dma-resv.c', 'drm.c'], { defineRustHelper: false }) },
    },
    {
      name: 'an unsorted list: placed by the lines that are in order, not by the misplaced one',
      tree: splitTree(files, { defineRustHelper: false, includes: ['wait.c', 'blk.c', 'mutex.c'] }),
      file: 'rust/helpers/page.c',
      errors: [{ span: [0, 0, 0, 35], message: message('page.c') }],
      output: { 'rust/helpers/helpers.c': helpersC(['wait.c', 'blk.c', 'mutex.c', 'page.c'], { defineRustHelper: false }) },
    },
  ],
});
