/** The exact text helper generation writes, per tree style (ffi-domain §4). */
import { describe, expect, it } from 'vitest';
import { cTypeOf, generateHelper, wrappableDecl } from '../../server/src/core/features/generateHelper';
import { BindingsIndex } from '../../server/src/core/index/bindings';
import { pathType } from '../../server/src/core/types/rustType';
import { applyEdits, rel, virtualProject, type VirtualTree } from '../support/virtualTree';
import { headerTree } from '../support/headerTrees';
import { helpersC } from '../support/trees';

const UACCESS_H = `/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _LINUX_UACCESS_H
#define _LINUX_UACCESS_H

#include <linux/types.h>

unsigned long _copy_from_user(void *to, const void __user *from, unsigned long n);

static __always_inline unsigned long __must_check
copy_from_user(void *to, const void __user *from, unsigned long n)
{
	return _copy_from_user(to, from, n);
}

static inline void __iomem *io_base_for_device_with_a_long_name(const volatile void __iomem *base, unsigned long offset, unsigned long stride, int index)
{
	return (void __iomem *)base;
}

static inline int sum_all(int n, ...)
{
	return n;
}

#endif
`;

/** Files changed by generating the helper for `name` (new files in full). */
function generated(tree: VirtualTree, name: string): Record<string, string> {
  const project = virtualProject(tree);
  const decl = wrappableDecl(project.index.headers.find(name));
  expect(decl, `a static inline or macro named ${name}`).toBeDefined();
  const result = generateHelper(project.model, project.index, decl!);
  if (!result.ok) throw new Error(result.reason);
  const out: Record<string, string> = {};
  for (const fe of result.fix.edits) out[rel(fe.file)] = fe.create ? fe.edits[0].newText : applyEdits(tree.files[rel(fe.file)], fe.edits);
  return out;
}

const withUaccess = (t: VirtualTree): VirtualTree => ({ files: { ...t.files, 'include/linux/uaccess.h': UACCESS_H } });

const LEGACY_HELPERS_C = `// SPDX-License-Identifier: GPL-2.0

#include <linux/mutex.h>

void rust_helper_mutex_lock(struct mutex *lock)
{
	mutex_lock(lock);
}
EXPORT_SYMBOL_GPL(rust_helper_mutex_lock);
`;

function legacy(): VirtualTree {
  const files = { ...withUaccess(headerTree({})).files };
  delete files['rust/helpers/helpers.c'];
  delete files['rust/helpers/mutex.c'];
  delete files['rust/ffi.rs'];
  files['rust/helpers.c'] = LEGACY_HELPERS_C;
  return { files };
}

describe('generated helper text', () => {
  it('6.12 style: a new file with SPDX and the header, helpers.c including it in sorted position, qualifiers kept', () => {
    expect(generated(withUaccess(headerTree({})), 'copy_from_user')).toEqual({
      'rust/helpers/uaccess.c': `// SPDX-License-Identifier: GPL-2.0

#include <linux/uaccess.h>

unsigned long __must_check rust_helper_copy_from_user(void *to,
						      const void __user *from,
						      unsigned long n)
{
	return copy_from_user(to, from, n);
}
`,
      'rust/helpers/helpers.c': helpersC(['mutex.c', 'uaccess.c'], { defineRustHelper: false }),
    });
  });

  it('2026 style: __rust_helper, a void * result, wrapped after the open parenthesis', () => {
    expect(generated(withUaccess(headerTree({}, { defineRustHelper: true })), 'io_base_for_device_with_a_long_name')).toEqual({
      'rust/helpers/uaccess.c': `// SPDX-License-Identifier: GPL-2.0

#include <linux/uaccess.h>

__rust_helper void __iomem *rust_helper_io_base_for_device_with_a_long_name(const volatile void __iomem *base,
									    unsigned long offset,
									    unsigned long stride,
									    int index)
{
	return io_base_for_device_with_a_long_name(base, offset, stride, index);
}
`,
      'rust/helpers/helpers.c': helpersC(['mutex.c', 'uaccess.c'], { defineRustHelper: true }),
    });
  });

  it('2026 style: a void helper appended to the helper file of its header, no `return`', () => {
    const tree = headerTree({}, { defineRustHelper: true });
    tree.files['include/linux/mutex.h'] = tree.files['include/linux/mutex.h'].replace(
      '#endif\n', 'static inline void mutex_release(struct mutex *lock)\n{\n\tlock->count = 1;\n}\n\n#endif\n');
    expect(generated(tree, 'mutex_release')).toEqual({
      'rust/helpers/mutex.c': `// SPDX-License-Identifier: GPL-2.0

#include <linux/mutex.h>

bool rust_helper_mutex_is_locked(struct mutex *lock)
{
	return mutex_is_locked(lock);
}

__rust_helper void rust_helper_mutex_release(struct mutex *lock)
{
	mutex_release(lock);
}
`,
    });
  });

  it('2026 style: appended to a file that marks its helpers on the line above, the mark goes there too', () => {
    const tree = headerTree({}, { defineRustHelper: true });
    tree.files['include/linux/mutex.h'] = tree.files['include/linux/mutex.h'].replace(
      '#endif\n', 'static inline void mutex_release(struct mutex *lock)\n{\n\tlock->count = 1;\n}\n\n#endif\n');
    tree.files['rust/helpers/mutex.c'] = tree.files['rust/helpers/mutex.c'].replace('bool rust_helper_mutex_is_locked', '__rust_helper\nbool rust_helper_mutex_is_locked');
    expect(generated(tree, 'mutex_release')).toEqual({
      'rust/helpers/mutex.c': `// SPDX-License-Identifier: GPL-2.0

#include <linux/mutex.h>

__rust_helper
bool rust_helper_mutex_is_locked(struct mutex *lock)
{
	return mutex_is_locked(lock);
}

__rust_helper
void rust_helper_mutex_release(struct mutex *lock)
{
	mutex_release(lock);
}
`,
    });
  });

  it('legacy single file: appended to rust/helpers.c with EXPORT_SYMBOL_GPL, the header included in sorted position', () => {
    expect(generated(legacy(), 'kmalloc')).toEqual({
      'rust/helpers.c': `// SPDX-License-Identifier: GPL-2.0

#include <linux/mutex.h>
#include <linux/slab.h>

void rust_helper_mutex_lock(struct mutex *lock)
{
	mutex_lock(lock);
}
EXPORT_SYMBOL_GPL(rust_helper_mutex_lock);

void *rust_helper_kmalloc(size_t size, gfp_t flags)
{
	return kmalloc(size, flags);
}
EXPORT_SYMBOL_GPL(rust_helper_kmalloc);
`,
    });
  });

  it('says why when no helper can forward the arguments', () => {
    const project = virtualProject(withUaccess(headerTree({})));
    const decl = wrappableDecl(project.index.headers.find('sum_all'))!;
    expect(generateHelper(project.model, project.index, decl)).toEqual({ ok: false, reason: '`sum_all` is variadic, and a C helper cannot forward `...`' });
    const existing = wrappableDecl(project.index.headers.find('mutex_is_locked'))!;
    expect(generateHelper(project.model, project.index, existing)).toEqual({
      ok: false, reason: '`rust_helper_mutex_is_locked` already exists in rust/helpers/mutex.c',
    });
  });
});

describe('C spelling of a Rust argument type', () => {
  const none = new BindingsIndex([]);
  it('is the C type that is that primitive on every arch of the tree, arches the table does not know included', () => {
    const u64 = pathType('u64');
    expect(cTypeOf(u64, none, { arches: ['arm64', 'x86_64'], unknownArches: [], mapping: 'core' })).toBe('unsigned long');
    expect(cTypeOf(u64, none, { arches: ['arm', 'x86_64'], unknownArches: [], mapping: 'core' })).toBe('unsigned long long');
    expect(cTypeOf(u64, none, { arches: ['arm64', 'x86_64'], unknownArches: ['sparc'], mapping: 'core' })).toBe('unsigned long long');
    expect(cTypeOf(pathType('usize'), none, { arches: ['arm64'], unknownArches: ['sparc'], mapping: 'kernel' })).toBe('unsigned long');
  });
});
