/**
 * The fixes leave code that rustc and clippy accept without a new warning: driver snippets are
 * checked by the core, their first fix applied, and the result compiled against a stub of the
 * kernel crate (the same names and types as the test tree's bindings and kernel crate) with
 * `-D warnings` (`unused_unsafe`, `unused_imports`, `unused_parens` …) and clippy's default
 * lints. Each snippet compiles before its fix too, so the fix is what is judged.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { describeTier } from './support/tiers';
import { tmpDir } from './support/tmpTree';
import { driver, rustTree } from './support/trees';
import { applyEdits, findingsFor, virtualProject } from './support/virtualTree';

const FILE = 'drivers/misc/rust_x.rs';

/** The kernel crate as the snippets see it: `ffi`, the bindings they call, and `time` with its thin wrapper. */
const KERNEL_STUB = `#![allow(non_camel_case_types, clippy::missing_safety_doc)]
pub mod ffi {
    pub type c_char = u8;
    pub type c_int = i32;
    pub type c_uint = u32;
    pub type c_long = isize;
    pub type c_ulong = usize;
    pub use core::ffi::c_void;
}
pub mod bindings {
    use super::ffi;
    #[repr(C)]
    pub struct mutex {
        pub owner: ffi::c_long,
    }
    extern "C" {
        pub fn __msecs_to_jiffies(m: ffi::c_uint) -> ffi::c_ulong;
        pub fn jiffies_to_msecs(j: ffi::c_ulong) -> ffi::c_uint;
        pub fn mutex_unlock(lock: *mut mutex);
        pub fn _copy_from_user(to: *mut ffi::c_void, from: *const ffi::c_void, n: ffi::c_ulong) -> ffi::c_ulong;
        pub fn memchr(s: *const ffi::c_void, c: ffi::c_int, n: usize) -> *mut ffi::c_void;
    }
}
pub mod time {
    pub type Jiffies = crate::ffi::c_ulong;
    pub type Msecs = crate::ffi::c_uint;
    pub fn msecs_to_jiffies(msecs: Msecs) -> Jiffies {
        // SAFETY: Only arithmetic.
        unsafe { crate::bindings::__msecs_to_jiffies(msecs) }
    }
}
`;

/** The same kernel crate and bindings for the checker. */
function tree(text: string) {
  const base = rustTree({
    mapping: 'kernel',
    files: {
      [FILE]: text,
      'rust/kernel/lib.rs': '// SPDX-License-Identifier: GPL-2.0\n\n//! The kernel crate.\n\npub mod time;\n',
      'rust/kernel/time.rs': `// SPDX-License-Identifier: GPL-2.0

//! Time.

/// Jiffies.
pub type Jiffies = crate::ffi::c_ulong;

/// Milliseconds.
pub type Msecs = crate::ffi::c_uint;

/// Converts milliseconds to jiffies.
pub fn msecs_to_jiffies(msecs: Msecs) -> Jiffies {
    // SAFETY: Only arithmetic.
    unsafe { bindings::__msecs_to_jiffies(msecs) }
}
`,
    },
  });
  const bindings = `${base.files['rust/bindings/bindings_generated.rs']}extern "C" {
    pub fn jiffies_to_msecs(j: ffi::c_ulong) -> ffi::c_uint;
}
extern "C" {
    pub fn _copy_from_user(to: *mut ffi::c_void, from: *const ffi::c_void, n: ffi::c_ulong) -> ffi::c_ulong;
}
extern "C" {
    pub fn memchr(s: *const ffi::c_void, c: ffi::c_int, n: usize) -> *mut ffi::c_void;
}
`;
  return { ...base, files: { ...base.files, 'rust/bindings/bindings_generated.rs': bindings } };
}

const SNIPPETS: { name: string; code: string; title: string; text: string }[] = [
  {
    name: 'the kernel\'s thin wrapper: unsafe block, SAFETY comment and `use kernel::bindings;` go',
    code: 'raw-binding-use',
    title: 'Use `kernel::time::msecs_to_jiffies`',
    text: driver(`/// A timeout.
fn timeout(ms: u32) -> usize {
    // SAFETY: Only arithmetic.
    unsafe { bindings::__msecs_to_jiffies(ms) as usize }
}
`),
  },
  {
    name: 'the kernel\'s thin wrapper added to the file\'s use of its module',
    code: 'raw-binding-use',
    title: 'Use `kernel::time::msecs_to_jiffies`',
    text: driver(`/// A timeout.
fn timeout(ms: u32) -> Jiffies {
    // SAFETY: Only arithmetic.
    unsafe { bindings::__msecs_to_jiffies(ms) }
}
`, 'use kernel::bindings;\nuse kernel::time::Jiffies;\n'),
  },
  {
    name: 'an extracted wrapper: the call site\'s block goes, its SAFETY comment moves into the wrapper',
    code: 'raw-binding-use',
    title: 'Extract `jiffies_to_msecs` into a safe wrapper',
    text: driver(`/// Milliseconds in \`ticks\`.
fn ticks_to_ms(ticks: kernel::ffi::c_ulong) -> u32 {
    // SAFETY: Only arithmetic.
    unsafe { bindings::jiffies_to_msecs(ticks) }
}
`),
  },
  {
    name: 'an extracted wrapper: a block of several statements gives them to the function (a glob import)',
    code: 'raw-binding-use',
    title: 'Extract `mutex_unlock` into a safe wrapper',
    text: driver(`/// Notes a release.
fn note() {}

/// Unlocks.
fn release(lock: *mut mutex) {
    // SAFETY: The lock is held.
    unsafe {
        mutex_unlock(lock);
        note();
    }
}
`, 'use kernel::bindings::*;\n'),
  },
  {
    name: 'a removed cast leaves no parentheses around an argument',
    code: 'unnecessary-cast',
    title: 'Remove the cast `as _`',
    text: driver(`/// Whether \`buf\` holds a NUL before its last byte.
fn has_nul(buf: *const u8, written: usize) -> bool {
    // SAFETY: \`buf\` holds \`written\` bytes.
    let ptr = unsafe { bindings::memchr(buf.cast(), 0, (written - 1) as _) };
    !ptr.is_null()
}
`),
  },
  {
    name: 'a removed cast takes the import it named along',
    code: 'unnecessary-cast',
    title: 'Remove the cast `as c_ulong`',
    text: driver(`/// Copies \`len\` bytes from user space.
fn read_raw(out: *mut c_void, from: *const c_void, len: usize) -> usize {
    // SAFETY: The caller passes valid pointers.
    unsafe { bindings::_copy_from_user(out, from, len as c_ulong) }
}
`, 'use kernel::bindings;\nuse kernel::ffi::{c_ulong, c_void};\n'),
  },
];

describeTier('rustc', 'the fixed code compiles without a new warning (rustc -D warnings, clippy)', () => {
  const dir = tmpDir('rfl-ffi-rustc-');
  const run = (cmd: string, args: string[]) => spawnSync(cmd, args, { cwd: dir, encoding: 'utf8' });
  const driverArgs = (file: string) => ['--edition', '2021', '--crate-type', 'lib', '--emit', 'metadata', '-L', dir, '--extern', 'kernel', '-A', 'dead_code', file];

  beforeAll(() => {
    fs.writeFileSync(path.join(dir, 'kernel.rs'), KERNEL_STUB);
    const r = run('rustc', ['--edition', '2021', '--crate-type', 'rlib', '--crate-name', 'kernel', '-o', path.join(dir, 'libkernel.rlib'), 'kernel.rs']);
    expect(r.stderr).toBe('');
  });

  for (const s of SNIPPETS) {
    it(s.name, () => {
      const project = virtualProject(tree(s.text));
      const finding = findingsFor(project, FILE, s.text, s.code).find((f) => f.fixes.length);
      expect(finding?.fixes[0].title).toBe(s.title);
      const fixed = applyEdits(s.text, finding!.fixes[0].edits[0].edits);
      const [before, after] = ['before.rs', 'after.rs'].map((f) => path.join(dir, f));
      fs.writeFileSync(before, s.text);
      fs.writeFileSync(after, fixed);
      const compiled = run('rustc', driverArgs(before));
      expect(compiled.status, compiled.stderr).toBe(0);
      const rustc = run('rustc', [...driverArgs(after), '-D', 'warnings']);
      expect(rustc.stderr).toBe('');
      const clippy = run('clippy-driver', [...driverArgs(after), '-D', 'warnings']);
      expect(clippy.stderr).toBe('');
    });
  }
});
