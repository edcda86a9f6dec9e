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
      output: { 'rust/helpers/uaccess.c': UACCESS_NO_MARK.replace('unsigned long rust_helper_copy_from_user', '__rust_helper unsigned long rust_helper_copy_from_user') },
    },
    {
      name: 'attributes before the name on their own line',
      tree: splitTree({ 'slab.c': SLAB_NO_MARK }, { defineRustHelper: true }),
      file: 'rust/helpers/slab.c',
      errors: [{ span: [5, 0, 5, 20], message: message('rust_helper_krealloc', 'krealloc') }],
      output: { 'rust/helpers/slab.c': SLAB_NO_MARK.replace('void * __must_check', '__rust_helper void * __must_check') },
    },
  ],
});
