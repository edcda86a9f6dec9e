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
