import { rawBindingUse } from '../../server/src/core/rules/rawBindingUse';
import { ruleTable } from '../support/ruleTester';
import { driver, rustTree } from '../support/trees';

const FILE = 'drivers/misc/rust_x.rs';
const WRAPPED = '`bindings::mutex_lock` is the raw C API, which drivers should not use directly: the `kernel` crate wraps it in ' +
  '`MutexBackend::lock` (rust/kernel/sync/lock/mutex.rs:10, module `kernel::sync::lock::mutex`); use that safe abstraction';
const unwrapped = (name: string) => `\`bindings::${name}\` is the raw C API, which drivers should not use directly, and the \`kernel\` ` +
  'crate has no safe abstraction for it yet: rust/bindings/lib.rs asks that a C API be wrapped in `rust/kernel/` first';
const TYPE_USE = '`bindings::mutex` is the raw C API, which drivers should not use directly: reach it through the `kernel` crate, ' +
  'and if no abstraction there covers it, add one in `rust/kernel/` first';

/** The fixed file: the wrapper follows the item that used the binding, then the final newline. */
const withWrapper = (text: string, wrapper: string) => `${text.slice(0, -1)}\n${wrapper}\n`;

const LOCK = driver(`fn bump(lock: *mut Lock) {
    // SAFETY: TODO.
    unsafe { bindings::mutex_lock(lock.cast()) };
}
`, 'use kernel::bindings;\nuse crate::Lock;\n');
const LOCK_FIXED = withWrapper(LOCK.replace('unsafe { bindings::mutex_lock(lock.cast()) }', 'mutex_lock(lock.cast())'), `
/// Calls \`bindings::mutex_lock\`; a safe abstraction like this belongs in \`rust/kernel/\`.
fn mutex_lock(lock: *mut bindings::mutex) {
    // SAFETY: TODO: explain why every caller upholds what \`mutex_lock\` requires of its arguments.
    unsafe { bindings::mutex_lock(lock) }
}`);
const QUALIFIED = driver(`fn parse(s: &CStr, out: &mut i32) -> i32 {
    // SAFETY: TODO.
    let ret = unsafe { kernel::bindings::kstrtoint(s.as_char_ptr(), 10, out) };
    ret
}
`, 'use kernel::str::CStr;\n');
const QUALIFIED_FIXED = withWrapper(QUALIFIED.replace('kernel::bindings::kstrtoint(s.as_char_ptr(), 10, out)', 'kstrtoint(s.as_char_ptr(), 10, out)')
  .replace('let ret = unsafe { kstrtoint', 'let ret = kstrtoint').replace('10, out) };', '10, out);'), `
/// Calls \`kernel::bindings::kstrtoint\`; a safe abstraction like this belongs in \`rust/kernel/\`.
fn kstrtoint(s: *const kernel::ffi::c_char, base: kernel::ffi::c_uint, res: *mut kernel::ffi::c_int) -> kernel::ffi::c_int {
    // SAFETY: TODO: explain why every caller upholds what \`kstrtoint\` requires of its arguments.
    unsafe { kernel::bindings::kstrtoint(s, base, res) }
}`);
const GLOB = driver(`fn release(lock: *mut Lock) {
    // SAFETY: TODO: the lock is held.
    unsafe {
        mutex_unlock(lock.cast());
        kernel::pr_info!("released\\n");
    }
}
`, 'use kernel::bindings::*;\nuse crate::Lock;\n');
const GLOB_FIXED = withWrapper(GLOB, `
/// Calls \`kernel::bindings::mutex_unlock\`; a safe abstraction like this belongs in \`rust/kernel/\`.
fn mutex_unlock(lock: *mut kernel::bindings::mutex) {
    // SAFETY: TODO: explain why every caller upholds what \`mutex_unlock\` requires of its arguments.
    unsafe { kernel::bindings::mutex_unlock(lock) }
}`);
/** The kernel crate's error conversions, as `rust/kernel/error.rs` has them. */
const ERROR_RS = `// SPDX-License-Identifier: GPL-2.0

//! Errors.

/// An errno.
pub struct Error(crate::ffi::c_int);

/// A result with an [\`Error\`].
pub type Result<T = (), E = Error> = core::result::Result<T, E>;

/// A negative C return to an error.
pub fn to_result(err: crate::ffi::c_int) -> Result {
    if err < 0 { Err(Error(err)) } else { Ok(()) }
}

/// An \`ERR_PTR\` to an error.
pub fn from_err_ptr<T>(ptr: *mut T) -> Result<*mut T> {
    Ok(ptr)
}
`;
/** \`kstrtoint\` declared under a comment saying \`doc\`. */
const kstrtoxH = (doc: string) => `/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _LINUX_KSTRTOX_H
#define _LINUX_KSTRTOX_H

/**
 * kstrtoint - convert a string to an int
 * ${doc}
 */
int __must_check kstrtoint(const char *s, unsigned int base, int *res);

#endif
`;
const ERRNO_DOC = 'Return: 0 on success, -ERANGE on overflow and -EINVAL on parsing error.';
const documented = (doc: string) => rustTree({
  mapping: 'kernel', unsafeExtern: true, files: { [FILE]: QUALIFIED, 'include/linux/kstrtox.h': kstrtoxH(doc), 'rust/kernel/error.rs': ERROR_RS },
});
const QUALIFIED_TO_RESULT = QUALIFIED_FIXED.replace(') -> kernel::ffi::c_int {', ') -> kernel::error::Result {')
  .replace('    unsafe { kernel::bindings::kstrtoint(s, base, res) }', '    kernel::error::to_result(unsafe { kernel::bindings::kstrtoint(s, base, res) })');

const OPEN = driver(`fn open(name: &CStr) {
    // SAFETY: TODO.
    let _file = unsafe { bindings::filp_open(name.as_char_ptr(), 0, 0) };
}
`, 'use kernel::bindings;\nuse kernel::str::CStr;\n');
const FS_H = `/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _LINUX_FS_H
#define _LINUX_FS_H

struct file;

/**
 * filp_open - open file and return file pointer
 * @filename:	path to open
 * @flags:	open flags as per the open(2) second argument
 * @mode:	mode for the new file if O_CREAT is set, else ignored
 *
 * Return: the file, or an ERR_PTR() on failure.
 */
struct file *filp_open(const char *filename, int flags, unsigned short mode);

#endif
`;
const openTree = () => {
  const base = rustTree({ mapping: 'kernel', files: { [FILE]: OPEN, 'include/linux/fs.h': FS_H, 'rust/kernel/error.rs': ERROR_RS } });
  const bindings = base.files['rust/bindings/bindings_generated.rs'] + `#[repr(C)]
pub struct file {
    pub f_count: ffi::c_long,
}
extern "C" {
    pub fn filp_open(filename: *const ffi::c_char, flags: ffi::c_int, mode: ffi::c_ushort) -> *mut file;
}
`;
  return { ...base, files: { ...base.files, 'rust/bindings/bindings_generated.rs': bindings } };
};
const OPEN_FIXED = withWrapper(OPEN.replace('unsafe { bindings::filp_open(name.as_char_ptr(), 0, 0) }', 'filp_open(name.as_char_ptr(), 0, 0)'), `
/// Calls \`bindings::filp_open\`; a safe abstraction like this belongs in \`rust/kernel/\`.
fn filp_open(filename: *const kernel::ffi::c_char, flags: kernel::ffi::c_int, mode: kernel::ffi::c_ushort) -> kernel::error::Result<*mut bindings::file> {
    // SAFETY: TODO: explain why every caller upholds what \`filp_open\` requires of its arguments.
    kernel::error::from_err_ptr(unsafe { bindings::filp_open(filename, flags, mode) })
}`);

/** The 6.12 layout: \`MutexBackend\` named by the alias \`Mutex\`, which \`kernel::sync\` re-exports. */
const publicMutex = () => {
  const base = rustTree({ mapping: 'core', files: { [FILE]: LOCK } });
  return {
    ...base,
    files: {
      ...base.files,
      'rust/kernel/lib.rs': '// SPDX-License-Identifier: GPL-2.0\n\n//! The kernel crate.\n\npub mod sync;\n',
      'rust/kernel/sync.rs': '// SPDX-License-Identifier: GPL-2.0\n\n//! Synchronisation.\n\npub mod lock;\n\npub use lock::mutex::{new_mutex, Mutex};\n',
      'rust/kernel/sync/lock.rs': '// SPDX-License-Identifier: GPL-2.0\n\n//! Locks.\n\npub mod mutex;\n\n/// A lock.\npub struct Lock<T, B>(T, B);\n',
      'rust/kernel/sync/lock/mutex.rs': `${base.files['rust/kernel/sync/lock/mutex.rs']}
/// A mutual exclusion primitive.
pub type Mutex<T> = super::Lock<T, MutexBackend>;
`,
    },
  };
};

const TYPE = driver(`struct Lock {
    raw: bindings::mutex,
}
`);

ruleTable(rawBindingUse, {
  valid: [
    { name: 'the kernel crate is where bindings belong', tree: rustTree({ mapping: 'kernel', files: { 'rust/kernel/x.rs': LOCK } }), file: 'rust/kernel/x.rs' },
    { name: 'uapi is allowed in drivers', tree: rustTree({ mapping: 'kernel', files: { [FILE]: driver('const RO: u32 = uapi::RUST_MISC_FLAG_RO;\n', 'use kernel::uapi;\n') } }), file: FILE },
    { name: 'a name the bindings do not have says nothing', tree: rustTree({ mapping: 'kernel', files: { [FILE]: driver('fn f() {\n    // SAFETY: TODO.\n    unsafe { bindings::kmalloc(1, 0) };\n}\n') } }), file: FILE },
    { name: 'a local fn shadows the glob import', tree: rustTree({ mapping: 'kernel', files: { [FILE]: driver('fn mutex_unlock(x: u32) {}\nfn f() {\n    mutex_unlock(1);\n}\n', 'use kernel::bindings::*;\n') } }), file: FILE },
  ],
  invalid: [
    {
      name: 'bindings::X after `use kernel::bindings;`, wrapped by the kernel crate (core mapping)',
      tree: rustTree({ mapping: 'core', files: { [FILE]: LOCK } }),
      file: FILE,
      errors: [{ span: [9, 13, 9, 33], message: WRAPPED }],
      output: { [FILE]: LOCK_FIXED },
    },
    {
      name: 'kernel::bindings::X with no kernel wrapper; c_int return kept as is (kernel mapping, new bindgen)',
      tree: rustTree({ mapping: 'kernel', unsafeExtern: true, files: { [FILE]: QUALIFIED } }),
      file: FILE,
      errors: [{ span: [8, 23, 8, 50], message: unwrapped('kstrtoint') }],
      output: { [FILE]: QUALIFIED_FIXED },
    },
    {
      name: 'the wrapping type is used through a public alias re-exported by an ancestor module',
      tree: publicMutex(),
      file: FILE,
      errors: [{ span: [9, 13, 9, 33], message: WRAPPED.replace('module `kernel::sync::lock::mutex`)', 'module `kernel::sync::lock::mutex`, used through `kernel::sync::Mutex`)') }],
      output: { [FILE]: LOCK_FIXED },
    },
    {
      name: 'a c_int the C comment documents as 0 or a negative errno: the wrapper returns Result through to_result',
      tree: documented(ERRNO_DOC),
      file: FILE,
      errors: [{ span: [8, 23, 8, 50], message: unwrapped('kstrtoint') }],
      output: { [FILE]: QUALIFIED_TO_RESULT },
    },
    {
      name: 'a c_int documented as a count or a negative errno keeps the C type (to_result would drop the count)',
      tree: documented('Return: the number of digits read, or -EINVAL on parsing error.'),
      file: FILE,
      errors: [{ span: [8, 23, 8, 50], message: unwrapped('kstrtoint') }],
      output: { [FILE]: QUALIFIED_FIXED },
    },
    {
      name: 'documented as 0 or a negative errno, but the kernel crate has no to_result: the C type is kept',
      tree: { ...documented(ERRNO_DOC), files: Object.fromEntries(Object.entries(documented(ERRNO_DOC).files).filter(([k]) => k !== 'rust/kernel/error.rs')) },
      file: FILE,
      errors: [{ span: [8, 23, 8, 50], message: unwrapped('kstrtoint') }],
      output: { [FILE]: QUALIFIED_FIXED },
    },
    {
      name: 'a pointer the C comment documents as a possible ERR_PTR: the wrapper returns Result through from_err_ptr',
      tree: openTree(),
      file: FILE,
      errors: [{ span: [9, 25, 9, 44], message: unwrapped('filp_open') }],
      output: { [FILE]: OPEN_FIXED },
    },
    {
      name: 'a glob import: the bare name is the raw API; a block with more in it keeps its unsafe',
      tree: rustTree({ mapping: 'kernel', files: { [FILE]: GLOB } }),
      file: FILE,
      errors: [{ span: [10, 8, 10, 20], message: unwrapped('mutex_unlock') }],
      output: { [FILE]: GLOB_FIXED },
    },
    {
      name: 'a type: reported, no wrapper to extract',
      tree: rustTree({ mapping: 'kernel', files: { [FILE]: TYPE } }),
      file: FILE,
      errors: [{ span: [7, 9, 7, 24], message: TYPE_USE }],
      output: null,
    },
  ],
});
