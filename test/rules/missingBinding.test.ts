import { missingBinding } from '../../server/src/core/rules/missingBinding';
import { ruleTable } from '../support/ruleTester';
import { BINDINGS_HELPER_H, headerTree, MUTEX_C } from '../support/headerTrees';
import { helpersC } from '../support/trees';

/** A kernel-crate file whose line 6 (0-based) is `    unsafe { <expr> }`; the name starts at column 23. */
const rs = (expr: string) => `// SPDX-License-Identifier: GPL-2.0

use crate::bindings;

pub fn f(size: usize, m: *mut bindings::mutex) -> usize {
    // SAFETY: test.
    unsafe { ${expr} };
    0
}
`;
const FILE = 'rust/kernel/f.rs';
const tree = (expr: string, opts?: Parameters<typeof headerTree>[1]) => headerTree({ [FILE]: rs(expr) }, opts);
const missing = (name: string) => `\`bindings::${name}\` is not in this build's bindings`;

const UNFINISHED = `${missing('mutex_init_flags')}: \`mutex_init_flags\` is a function-like macro (include/linux/mutex.h:13), ` +
  'which has no symbol for Rust to link to; it needs a C helper `rust_helper_mutex_init_flags` in rust/helpers/; an unfinished ' +
  '`rust_helper_mutex_init_flags` exists at rust/helpers/mutex.c:10: replace each /* TODO: type */ there with the C type and ' +
  'remove its #error line';

const SLAB_C = `// SPDX-License-Identifier: GPL-2.0

#include <linux/slab.h>

void *rust_helper_kmalloc(size_t size, gfp_t flags)
{
	return kmalloc(size, flags);
}
`;

ruleTable(missingBinding, {
  valid: [
    { name: 'a binding the generated files have', tree: tree('bindings::__kmalloc(size, bindings::GFP_KERNEL)'), file: FILE },
    { name: 'types and constants are bindings too', tree: tree('bindings::mutex_lock_nested(m as *mut bindings::mutex, 0)'), file: FILE },
    { name: 'bindings not generated yet: nothing at all', tree: tree('bindings::kmalloc(size, 0)', { generated: false }), file: FILE },
    {
      name: 'a file with its own `bindings` module',
      tree: headerTree({ [FILE]: rs('bindings::kmalloc(size, 0)').replace('use crate::bindings;', 'mod bindings {}') }),
      file: FILE,
    },
    {
      name: 'a file that names another crate `bindings`',
      tree: headerTree({ [FILE]: rs('bindings::kmalloc(size, 0)').replace('use crate::bindings;', 'use crate::uapi as bindings;') }),
      file: FILE,
    },
    {
      name: 'suppressed',
      tree: headerTree({ [FILE]: rs('bindings::kmalloc(size, 0)').replace('// SAFETY', '// rfl-ffi: allow(missing-binding)\n    // SAFETY') }),
      file: FILE,
    },
  ],
  invalid: [
    {
      name: 'static inline function: generates the helper into a new file named after the header',
      tree: tree('bindings::kmalloc(size, bindings::GFP_KERNEL)'),
      file: FILE,
      errors: [{
        span: [6, 23, 6, 30],
        message: `${missing('kmalloc')}: \`kmalloc\` is a \`static inline\` function (include/linux/slab.h:9), which has ` +
          'no symbol for Rust to link to; it needs a C helper `rust_helper_kmalloc` in rust/helpers/',
      }],
      output: {
        'rust/helpers/slab.c': SLAB_C,
        'rust/helpers/helpers.c': helpersC(['mutex.c', 'slab.c'], { defineRustHelper: false }),
      },
      afterFix: [{
        span: [6, 23, 6, 30],
        message: `${missing('kmalloc')}: \`rust_helper_kmalloc\` in rust/helpers/slab.c wraps it, but the generated ` +
          'rust/bindings/bindings_helpers_generated.rs predates it; rebuild (make LLVM=1) to regenerate the bindings',
      }],
    },
    {
      name: 'function-like macro: types from the call site and the callee, into the helper file that includes the header',
      tree: tree('bindings::mutex_init_flags(m as *mut bindings::mutex, bindings::GFP_KERNEL)'),
      file: FILE,
      errors: [{
        span: [6, 23, 6, 39],
        message: `${missing('mutex_init_flags')}: \`mutex_init_flags\` is a function-like macro (include/linux/mutex.h:13), ` +
          'which has no symbol for Rust to link to; it needs a C helper `rust_helper_mutex_init_flags` in rust/helpers/',
      }],
      output: {
        'rust/helpers/mutex.c': `// SPDX-License-Identifier: GPL-2.0

#include <linux/mutex.h>

bool rust_helper_mutex_is_locked(struct mutex *lock)
{
	return mutex_is_locked(lock);
}

#error "rust_helper_mutex_init_flags: replace each /* TODO: type */ with the C type, then remove this line"
/* TODO: type */ rust_helper_mutex_init_flags(struct mutex *lock, gfp_t flags)
{
	return mutex_init_flags(lock, flags);
}
`,
      },
      // Until its return type is filled in, the helper is not a C function yet: it is named, and not generated again.
      afterFix: [{ span: [6, 23, 6, 39], message: UNFINISHED }],
    },
    {
      name: 'an unfinished generated helper: named with file:line, no second helper offered',
      tree: {
        files: {
          ...tree('bindings::mutex_init_flags(m as *mut bindings::mutex, bindings::GFP_KERNEL)').files,
          'rust/helpers/mutex.c': `${MUTEX_C}
#error "rust_helper_mutex_init_flags: replace each /* TODO: type */ with the C type, then remove this line"
/* TODO: type */ rust_helper_mutex_init_flags(struct mutex *lock, /* TODO: type */ flags)
{
	return mutex_init_flags(lock, flags);
}
`,
        },
      },
      file: FILE,
      errors: [{ span: [6, 23, 6, 39], message: UNFINISHED }],
      output: null,
    },
    {
      name: 'macro forwarding to a function: its prototype gives every type',
      tree: tree('bindings::kzalloc(size, bindings::GFP_KERNEL)'),
      file: FILE,
      errors: [{
        span: [6, 23, 6, 30],
        message: `${missing('kzalloc')}: \`kzalloc\` is a function-like macro (include/linux/slab.h:18), which has ` +
          'no symbol for Rust to link to; it needs a C helper `rust_helper_kzalloc` in rust/helpers/',
      }],
      output: {
        'rust/helpers/slab.c': SLAB_C.replace(/void \*rust_helper_kmalloc[^]*$/, '__must_check void *rust_helper_kzalloc(size_t size, gfp_t flags)\n{\n\treturn kzalloc(size, flags);\n}\n'),
        'rust/helpers/helpers.c': helpersC(['mutex.c', 'slab.c'], { defineRustHelper: false }),
      },
      afterFix: [{
        span: [6, 23, 6, 30],
        message: `${missing('kzalloc')}: \`rust_helper_kzalloc\` in rust/helpers/slab.c wraps it, but the generated ` +
          'rust/bindings/bindings_helpers_generated.rs predates it; rebuild (make LLVM=1) to regenerate the bindings',
      }],
    },
    {
      name: 'extern function in a header bindings_helper.h does not include: the include goes in sorted position',
      tree: tree('bindings::__msecs_to_jiffies(10)'),
      file: FILE,
      errors: [{
        span: [6, 23, 6, 41],
        message: `${missing('__msecs_to_jiffies')}: \`__msecs_to_jiffies\` is declared in include/linux/jiffies.h:5, a header ` +
          'that rust/bindings/bindings_helper.h does not include, so bindgen never sees it',
      }],
      output: { 'rust/bindings/bindings_helper.h': BINDINGS_HELPER_H.replace('#include <linux/mutex.h>', '#include <linux/jiffies.h>\n#include <linux/mutex.h>') },
      afterFix: [{
        span: [6, 23, 6, 41],
        message: `${missing('__msecs_to_jiffies')}: \`__msecs_to_jiffies\` is declared in include/linux/jiffies.h:5, which ` +
          'rust/bindings/bindings_helper.h includes: the bindings predate that include (rebuild with make LLVM=1), or this ' +
          'config leaves the declaration out (an `#ifdef` around it)',
      }],
    },
    {
      name: 'extern function bindings_helper.h reaches, left out by this config',
      tree: tree('bindings::mutex_spin_debug(m)'),
      file: FILE,
      errors: [{
        span: [6, 23, 6, 39],
        message: `${missing('mutex_spin_debug')}: \`mutex_spin_debug\` is declared in include/linux/mutex.h:16, which ` +
          'rust/bindings/bindings_helper.h includes: the bindings predate that include (rebuild with make LLVM=1), or this ' +
          'config leaves the declaration out (an `#ifdef` around it)',
      }],
      output: null,
    },
    {
      name: 'nowhere at all',
      tree: tree('bindings::kmalloc_array_nope(size)'),
      file: FILE,
      errors: [{
        span: [6, 23, 6, 41],
        message: `${missing('kmalloc_array_nope')}, and no C header on the include paths declares \`kmalloc_array_nope\` as a function or macro`,
      }],
      output: null,
    },
    {
      name: 'a helper exists but the generated bindings predate it',
      tree: tree('bindings::mutex_is_locked(m)'),
      file: FILE,
      errors: [{
        span: [6, 23, 6, 38],
        message: `${missing('mutex_is_locked')}: \`rust_helper_mutex_is_locked\` in rust/helpers/mutex.c wraps it, but the generated ` +
          'rust/bindings/bindings_helpers_generated.rs predates it; rebuild (make LLVM=1) to regenerate the bindings',
      }],
      output: null,
    },
  ],
});
