/** raw-binding-use on the 6.12 corpus: the wrapper and the public path drivers use it through, read from the real kernel crate. */
import * as path from 'node:path';
import { expect, it } from 'vitest';
import { analyze } from '../server/src/core/analyze';
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
});
