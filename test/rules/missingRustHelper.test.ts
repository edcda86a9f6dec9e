import { missingRustHelper } from '../../server/src/core/rules/missingRustHelper';
import { ruleTable } from '../support/ruleTester';
import { MUTEX_C_2026, MUTEX_C_612, legacyTree, splitTree } from '../support/trees';

const REFCOUNT_NO_MARK = `// SPDX-License-Identifier: GPL-2.0

#include <linux/refcount.h>

void rust_helper_refcount_inc(refcount_t *r)
{
	refcount_inc(r);
}
`;

const UACCESS_NO_MARK = `// SPDX-License-Identifier: GPL-2.0

#include <linux/uaccess.h>

unsigned long rust_helper_copy_from_user(void *to, const void __user *from,
					 unsigned long n)
{
	return copy_from_user(to, from, n);
}

__rust_helper unsigned long rust_helper_copy_to_user(void __user *to, const void *from,
						     unsigned long n)
{
	return copy_to_user(to, from, n);
}
`;

const SLAB_NO_MARK = `// SPDX-License-Identifier: GPL-2.0

#include <linux/slab.h>

void * __must_check __realloc_size(2)
rust_helper_krealloc(const void *objp, size_t new_size, gfp_t flags)
{
	return krealloc(objp, new_size, flags);
}
`;

/** bitops-style: the file puts `__rust_helper` alone on the line above each helper. */
const BITOPS_OWN_LINE = `// SPDX-License-Identifier: GPL-2.0

#include <linux/bitops.h>

__rust_helper
void rust_helper___set_bit(unsigned long nr, unsigned long *addr)
{
	__set_bit(nr, addr);
}

void rust_helper___clear_bit(unsigned long nr, unsigned long *addr)
{
	__clear_bit(nr, addr);
}
`;

/** Parameters already aligned for the mark (as after deleting it from a mainline file): left as they are. */
const ALIGNED_FOR_MARK = `// SPDX-License-Identifier: GPL-2.0

#include <linux/slab.h>

void *rust_helper_kmalloc_array(size_t n, size_t size,
					      gfp_t flags)
{
	return kmalloc_array(n, size, flags);
}
`;

/** One helper of three marked alone on its line: the file's habit is the signature line. */
const MOSTLY_SAME_LINE = `// SPDX-License-Identifier: GPL-2.0

#include <linux/refcount.h>

__rust_helper void rust_helper_refcount_set(refcount_t *r, int n)
{
	refcount_set(r, n);
}

__rust_helper
bool rust_helper_refcount_dec_and_test(refcount_t *r)
{
	return refcount_dec_and_test(r);
}

__rust_helper void rust_helper_refcount_inc(refcount_t *r)
{
	refcount_inc(r);
}

void rust_helper_refcount_dec(refcount_t *r)
{
	refcount_dec(r);
}
`;

const message = (name: string, rust: string) =>
  `\`${name}\` lacks \`__rust_helper\`: this tree defines it, and without it the helper is not inlined into Rust ` +
  `callers under CONFIG_RUST_INLINE_HELPERS, so every \`bindings::${rust}\` call stays a real function call`;

ruleTable(missingRustHelper, {
  valid: [
    { name: 'helper with __rust_helper in a 2026 tree', tree: splitTree({ 'mutex.c': MUTEX_C_2026 }, { defineRustHelper: true }), file: 'rust/helpers/mutex.c' },
    { name: 'a 6.12 tree does not define __rust_helper', tree: splitTree({ 'mutex.c': MUTEX_C_612 }, { defineRustHelper: false }), file: 'rust/helpers/mutex.c' },
    {
      name: 'legacy single-file tree',
      tree: legacyTree('// SPDX-License-Identifier: GPL-2.0\n\n#include <linux/mutex.h>\n\nvoid rust_helper_mutex_lock(struct mutex *lock)\n{\n\tmutex_lock(lock);\n}\nEXPORT_SYMBOL_GPL(rust_helper_mutex_lock);\n'),
      file: 'rust/helpers.c',
    },
    {
      name: 'suppressed with a comment above the helper',
      tree: splitTree({ 'refcount.c': REFCOUNT_NO_MARK.replace('void rust_helper', '/* rfl-ffi: allow(missing-rust-helper) */\nvoid rust_helper') }, { defineRustHelper: true }),
      file: 'rust/helpers/refcount.c',
    },
    {
      name: 'not a helper file',
      tree: { files: { ...splitTree({}, { defineRustHelper: true }).files, 'rust/kernel/foo.c': REFCOUNT_NO_MARK } },
      file: 'rust/kernel/foo.c',
    },
  ],
  invalid: [
    {
      name: 'plain helper in a 2026 tree',
      tree: splitTree({ 'refcount.c': REFCOUNT_NO_MARK }, { defineRustHelper: true }),
      file: 'rust/helpers/refcount.c',
      errors: [{ span: [4, 5, 4, 29], message: message('rust_helper_refcount_inc', 'refcount_inc') }],
      output: { 'rust/helpers/refcount.c': REFCOUNT_NO_MARK.replace('void rust_helper_refcount_inc', '__rust_helper void rust_helper_refcount_inc') },
    },
    {
      name: 'only the unmarked one of two, __user kept',
      tree: splitTree({ 'uaccess.c': UACCESS_NO_MARK }, { defineRustHelper: true }),
      file: 'rust/helpers/uaccess.c',
      errors: [{ span: [4, 14, 4, 40], message: message('rust_helper_copy_from_user', 'copy_from_user') }],
      // The parameters aligned after `(` follow it: 6 tabs and 7 spaces reach column 55.
      output: {
        'rust/helpers/uaccess.c': UACCESS_NO_MARK.replace(
          'unsigned long rust_helper_copy_from_user(void *to, const void __user *from,\n\t\t\t\t\t unsigned long n)',
          '__rust_helper unsigned long rust_helper_copy_from_user(void *to, const void __user *from,\n\t\t\t\t\t\t       unsigned long n)',
        ),
      },
    },
    {
      name: 'attributes before the name on their own line',
      tree: splitTree({ 'slab.c': SLAB_NO_MARK }, { defineRustHelper: true }),
      file: 'rust/helpers/slab.c',
      errors: [{ span: [5, 0, 5, 20], message: message('rust_helper_krealloc', 'krealloc') }],
      output: { 'rust/helpers/slab.c': SLAB_NO_MARK.replace('void * __must_check', '__rust_helper void * __must_check') },
    },
    {
      name: 'a file that marks its helpers on the line above gets the mark there',
      tree: splitTree({ 'bitops.c': BITOPS_OWN_LINE }, { defineRustHelper: true }),
      file: 'rust/helpers/bitops.c',
      errors: [{ span: [10, 5, 10, 28], message: message('rust_helper___clear_bit', '__clear_bit') }],
      output: { 'rust/helpers/bitops.c': BITOPS_OWN_LINE.replace('\nvoid rust_helper___clear_bit', '\n__rust_helper\nvoid rust_helper___clear_bit') },
    },
    {
      name: 'the same with CRLF line ends',
      tree: splitTree({ 'bitops.c': BITOPS_OWN_LINE.replace(/\n/g, '\r\n') }, { defineRustHelper: true }),
      file: 'rust/helpers/bitops.c',
      errors: [{ span: [10, 5, 10, 28], message: message('rust_helper___clear_bit', '__clear_bit') }],
      output: {
        'rust/helpers/bitops.c': BITOPS_OWN_LINE.replace('\nvoid rust_helper___clear_bit', '\n__rust_helper\nvoid rust_helper___clear_bit').replace(/\n/g, '\r\n'),
      },
    },
    {
      name: 'the habit of most of the file\'s helpers wins',
      tree: splitTree({ 'refcount.c': MOSTLY_SAME_LINE }, { defineRustHelper: true }),
      file: 'rust/helpers/refcount.c',
      errors: [{ span: [20, 5, 20, 29], message: message('rust_helper_refcount_dec', 'refcount_dec') }],
      output: { 'rust/helpers/refcount.c': MOSTLY_SAME_LINE.replace('void rust_helper_refcount_dec(', '__rust_helper void rust_helper_refcount_dec(') },
    },
    {
      name: 'parameters already aligned for the mark stay',
      tree: splitTree({ 'slab.c': ALIGNED_FOR_MARK }, { defineRustHelper: true }),
      file: 'rust/helpers/slab.c',
      errors: [{ span: [4, 6, 4, 31], message: message('rust_helper_kmalloc_array', 'kmalloc_array') }],
      output: { 'rust/helpers/slab.c': ALIGNED_FOR_MARK.replace('void *rust_helper', '__rust_helper void *rust_helper') },
    },
  ],
});
