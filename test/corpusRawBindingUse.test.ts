/**
 * raw-binding-use on the 6.12 corpus: the wrapper and the public path drivers use it through,
 * read from the real kernel crate; the kernel's thin wrappers and the fix that reaches for each.
 */
import * as path from 'node:path';
import { expect, it } from 'vitest';
import { analyze } from '../server/src/core/analyze';
import type { BindingFunction } from '../server/src/core/index/bindings';
import { thinWrapperOf } from '../server/src/core/rules/kernelWrappers';
import { applyEdits } from '../server/src/core/text';
import { type RustType, stripGlobal, typeToString } from '../server/src/core/types/rustType';
import { loadProject } from '../server/src/host/kernelTree';
import { CORPUS } from './support/paths';
import { describeTier } from './support/tiers';

const DRIVER = `// SPDX-License-Identifier: GPL-2.0

//! Locks a mutex the raw way.

use kernel::bindings;

/// # Safety
///
/// \`m\` is an initialised mutex.
pub unsafe fn lock(m: *mut bindings::mutex) {
    // SAFETY: the caller passes an initialised mutex.
    unsafe { bindings::mutex_lock(m) };
}
`;

describeTier('corpus', 'raw-binding-use on the corpus', () => {
  it('names MutexBackend::lock, used through kernel::sync::Mutex (alias in lock/mutex.rs, re-export in sync.rs)', () => {
    const project = loadProject(CORPUS);
    // Analysed from its text: the corpus is read-only and this driver is not part of it.
    const file = path.join(CORPUS, 'drivers/misc/rfl_ffi_probe.rs');
    const found = analyze(file, DRIVER, project).filter((f) => f.code === 'raw-binding-use' && f.range.start.line === 11);
    expect(found.map((f) => f.message)).toEqual([
      '`bindings::mutex_lock` is the raw C API, which drivers should not use directly: the `kernel` crate wraps it in ' +
      '`MutexBackend::lock` (rust/kernel/sync/lock/mutex.rs:107, module `kernel::sync::lock::mutex`, used through ' +
      '`kernel::sync::Mutex`); use that safe abstraction',
    ]);
  });

  it('a driver calling bindings::__msecs_to_jiffies(10) in an unsafe block gets the preferred fix: the kernel\'s own wrapper', () => {
    const project = loadProject(CORPUS);
    const file = path.join(CORPUS, 'drivers/misc/rfl_ffi_probe.rs');
    const text = driverCalling('__msecs_to_jiffies(10)', 'kernel::ffi::c_ulong');
    const [found] = analyze(file, text, project).filter((f) => f.code === 'raw-binding-use');
    expect(found.fixes.map((f) => [f.title, f.preferred])).toEqual([['Use `kernel::time::msecs_to_jiffies`', true]]);
    expect(applyEdits(text, found.fixes[0].edits[0].edits)).toBe(`// SPDX-License-Identifier: GPL-2.0

//! Calls a binding that the kernel crate wraps.

/// Calls it.
pub fn call() -> kernel::ffi::c_ulong {
    kernel::time::msecs_to_jiffies(10)
}
`);
  });

  it('lists the kernel crate\'s thin wrappers, and each one\'s fix applies to a driver calling its binding and clears the finding', () => {
    const project = loadProject(CORPUS);
    const thin: [string, string][] = [];
    for (const binding of [...project.index.kernel.all().keys()].sort()) {
      const fn = project.index.bindings.functions.get(binding);
      const wrapper = fn && thinWrapperOf(project, fn);
      if (wrapper) thin.push([binding, wrapper.path]);
    }
    console.log(`thin pass-through wrappers in the corpus's kernel crate: ${thin.length} (${thin.map(([b, p]) => `${b} → ${p}`).join(', ')})`);
    expect(thin).toEqual([['__msecs_to_jiffies', 'kernel::time::msecs_to_jiffies']]);
    // The generated check, one per wrapper: a driver passing the binding its parameters as they are typed.
    const file = path.join(CORPUS, 'drivers/misc/rfl_ffi_probe.rs');
    for (const [binding, wrapperPath] of thin) {
      const fn = project.index.bindings.functions.get(binding)!;
      const text = driverCalling(`${binding}(${fn.params.map((_, i) => `a${i}`).join(', ')})`, spelled(fn.returnType), params(fn));
      const [found] = analyze(file, text, project).filter((f) => f.code === 'raw-binding-use');
      expect(found.fixes[0].title, binding).toBe(`Use \`${wrapperPath}\``);
      const fixed = applyEdits(text, found.fixes[0].edits[0].edits);
      expect(fixed, binding).toContain(`${wrapperPath}(`);
      expect(fixed, binding).not.toContain('unsafe');
      expect(analyze(file, fixed, project).filter((f) => f.code === 'raw-binding-use'), binding).toEqual([]);
    }
  });
});

/** A driver file whose one function returns what `unsafe { bindings::<call> }` does. */
function driverCalling(call: string, returns: string, parameters = ''): string {
  return `// SPDX-License-Identifier: GPL-2.0

//! Calls a binding that the kernel crate wraps.

/// Calls it.
pub fn call(${parameters}) -> ${returns} {
    // SAFETY: TODO.
    unsafe { kernel::bindings::${call} }
}
`;
}

/** A bindings type as a driver writes it: `ffi::c_uint` → `kernel::ffi::c_uint`, a bindings item with its crate. */
function spelled(t: RustType): string {
  if (t.kind === 'pointer') return `*${t.mutable ? 'mut' : 'const'} ${spelled(t.pointee)}`;
  const segs = t.kind === 'path' ? stripGlobal(t.segments) : [];
  if (segs[0] === 'ffi') return `kernel::${segs.join('::')}`;
  return segs.length === 1 && /^[a-z_]/.test(segs[0]) && !/^[iu](8|16|32|64|size)$/.test(segs[0]) ? `kernel::bindings::${segs[0]}` : typeToString(t);
}

function params(fn: BindingFunction): string {
  return fn.params.map((p, i) => `a${i}: ${spelled(p.type)}`).join(', ');
}
