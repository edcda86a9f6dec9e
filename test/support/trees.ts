/** Building blocks for in-memory trees in rule tables, written in the kernel's style. */
import type { VirtualTree } from './virtualTree';

export const BINDINGS_HELPER_H = '/* SPDX-License-Identifier: GPL-2.0 */\n#include <linux/mutex.h>\n';

export function helpersC(includes: string[], opts: { defineRustHelper: boolean }): string {
  return [
    '// SPDX-License-Identifier: GPL-2.0',
    '/*',
    ' * Non-trivial C macros cannot be used in Rust. Similarly, inlined C functions',
    ' * cannot be called either. This file explicitly creates functions ("helpers")',
    ' * that wrap those so that they can be called from Rust.',
    ' *',
    ' * Sorted alphabetically.',
    ' */',
    '',
    ...(opts.defineRustHelper ? ['#include <linux/compiler_types.h>', '', '#define __rust_helper', ''] : []),
    ...includes.map((f) => `#include "${f}"`),
    '',
  ].join('\n');
}

/** A split-layout tree (6.12+); `defineRustHelper` makes it a 2026-style tree. */
export function splitTree(helperFiles: Record<string, string>, opts: { defineRustHelper: boolean; includes?: string[] }): VirtualTree {
  const includes = opts.includes ?? Object.keys(helperFiles).sort();
  return {
    files: {
      'rust/bindings/bindings_helper.h': BINDINGS_HELPER_H,
      'rust/ffi.rs': '// SPDX-License-Identifier: GPL-2.0\n',
      'rust/helpers/helpers.c': helpersC(includes, opts),
      ...Object.fromEntries(Object.entries(helperFiles).map(([k, v]) => [`rust/helpers/${k}`, v])),
    },
  };
}

export function legacyTree(helpersText: string): VirtualTree {
  return {
    files: {
      'rust/bindings/bindings_helper.h': BINDINGS_HELPER_H,
      'rust/helpers.c': helpersText,
    },
  };
}

export const MUTEX_C_2026 = `// SPDX-License-Identifier: GPL-2.0

#include <linux/mutex.h>

__rust_helper void rust_helper_mutex_lock(struct mutex *lock)
{
	mutex_lock(lock);
}
`;

export const MUTEX_C_612 = `// SPDX-License-Identifier: GPL-2.0

#include <linux/export.h>
#include <linux/mutex.h>

void rust_helper_mutex_lock(struct mutex *lock)
{
	mutex_lock(lock);
}
`;
