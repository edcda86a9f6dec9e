import { rawBindingUse } from '../../server/src/core/rules/rawBindingUse';
import { ruleTable } from '../support/ruleTester';
import { driver, rustTree } from '../support/trees';
import type { VirtualTree } from '../support/virtualTree';
import { GENERATED_FILES } from '../../server/src/core/tree';

const FILE = 'drivers/misc/rust_x.rs';
const WRAPPED = '`bindings::mutex_lock` is the raw C API, which drivers should not use directly: the `kernel` crate wraps it in ' +
  '`MutexBackend::lock` (rust/kernel/sync/lock/mutex.rs:10, module `kernel::sync::lock::mutex`); use that safe abstraction';
const unwrapped = (name: string) => `\`bindings::${name}\` is the raw C API, which drivers should not use directly, and the \`kernel\` ` +
  'crate has no safe abstraction for it yet: rust/bindings/lib.rs asks that a C API be wrapped in `rust/kernel/` first';
const TYPE_USE = '`bindings::mutex` is the raw C API, which drivers should not use directly: reach it through the `kernel` crate, ' +
  'and if no abstraction there covers it, add one in `rust/kernel/` first';

const TYPE_WRAPPED = (name: string, wrapper: string) => `\`bindings::${name}\` is the raw C API, which drivers should not use directly: ` +
  `the \`kernel\` crate wraps it in ${wrapper}; use that safe abstraction`;

/** The fixed file: the wrapper follows the item that used the binding, then the final newline. */
const withWrapper = (text: string, wrapper: string) => `${text.slice(0, -1)}\n${wrapper}\n`;

const LOCK = driver(`fn bump(lock: *mut Lock) {
    // SAFETY: TODO.
    unsafe { bindings::mutex_lock(lock.cast()) };
}
`, 'use kernel::bindings;\nuse crate::Lock;\n');
const QUALIFIED = driver(`fn parse(s: &CStr, out: &mut i32) -> i32 {
    // SAFETY: TODO.
    let ret = unsafe { kernel::bindings::kstrtoint(s.as_char_ptr(), 10, out) };
    ret
}
`, 'use kernel::str::CStr;\n');
const QUALIFIED_FIXED = withWrapper(QUALIFIED.replace('    // SAFETY: TODO.\n', '')
  .replace('unsafe { kernel::bindings::kstrtoint(s.as_char_ptr(), 10, out) }', 'kstrtoint(s.as_char_ptr(), 10, out)'), `
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
/** The glob import goes (nothing else came through it), the block's statements stay, its SAFETY comment moves into the wrapper. */
const GLOB_FIXED = withWrapper(GLOB.replace('use kernel::bindings::*;\n', '').replace(`    // SAFETY: TODO: the lock is held.
    unsafe {
        mutex_unlock(lock.cast());
        kernel::pr_info!("released\\n");
    }`, `    mutex_unlock(lock.cast());
    kernel::pr_info!("released\\n");`), `
/// Calls \`kernel::bindings::mutex_unlock\`; a safe abstraction like this belongs in \`rust/kernel/\`.
fn mutex_unlock(lock: *mut kernel::bindings::mutex) {
    // SAFETY: TODO: the lock is held.
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
const OPEN_FIXED = withWrapper(OPEN.replace('    // SAFETY: TODO.\n', '').replace('unsafe { bindings::filp_open(name.as_char_ptr(), 0, 0) }', 'filp_open(name.as_char_ptr(), 0, 0)'), `
/// Calls \`bindings::filp_open\`; a safe abstraction like this belongs in \`rust/kernel/\`.
fn filp_open(filename: *const kernel::ffi::c_char, flags: kernel::ffi::c_int, mode: kernel::ffi::c_ushort) -> kernel::error::Result<*mut bindings::file> {
    // SAFETY: TODO: explain why every caller upholds what \`filp_open\` requires of its arguments.
    kernel::error::from_err_ptr(unsafe { bindings::filp_open(filename, flags, mode) })
}`);

/** The 6.12 layout: \`MutexBackend\` named by the alias \`Mutex\`, which \`kernel::sync\` re-exports. */
const publicMutex = (driverText = LOCK) => {
  const base = rustTree({ mapping: 'core', files: { [FILE]: driverText } });
  return {
    ...base,
    files: {
      ...base.files,
      'rust/kernel/lib.rs': '// SPDX-License-Identifier: GPL-2.0\n\n//! The kernel crate.\n\npub mod sync;\n',
      'rust/kernel/sync/lock.rs': '// SPDX-License-Identifier: GPL-2.0\n\n//! Locks.\n\npub mod mutex;\n\n/// A lock.\npub struct Lock<T, B>(T, B);\n',
      'rust/kernel/sync/lock/mutex.rs': `${base.files['rust/kernel/sync/lock/mutex.rs']}
/// A mutual exclusion primitive.
pub type Mutex<T> = super::Lock<T, MutexBackend>;

impl super::Backend for MutexBackend {
    type State = bindings::mutex;
}
`,
      'rust/kernel/sync.rs': '// SPDX-License-Identifier: GPL-2.0\n\n//! Synchronisation.\n\npub mod lock;\n\npub use lock::mutex::{new_mutex, Mutex};\n\n' +
        '/// A lockdep class.\npub struct LockClassKey(Opaque<bindings::lock_class_key>);\n',
    },
  };
};

const TYPE = driver(`struct Lock {
    raw: bindings::mutex,
}
`);

/** The same tree before its first build: no generated file, so no bindings to look names up in. */
const unbuilt = (tree: VirtualTree): VirtualTree => ({
  ...tree, files: Object.fromEntries(Object.entries(tree.files).filter(([k]) => !(Object.values(GENERATED_FILES) as string[]).includes(k))),
});

/** A PCI driver's device-ID table with a raw vendor ID, in the shape drivers had before `pci::Vendor`. */
const PCI_TABLE = driver(`kernel::pci_device_table!(
    PCI_TABLE,
    MODULE_PCI_TABLE,
    <SampleDriver as pci::Driver>::IdInfo,
    [(
        pci::DeviceId::from_id(bindings::PCI_VENDOR_ID_REDHAT, 0x5),
        TestIndex::NO_EVENTFD
    )]
);

kernel::module_pci_driver! {
    type: SampleDriver,
    name: "rust_driver_pci",
    license: "GPL v2",
}
`, 'use kernel::{bindings, pci, prelude::*};\n');
const MACRO_USES = driver(`fn report(dev: &Device) {
    dev_info!(dev, "page {} of {}\\n", ::kernel::bindings::PAGE_SIZE, TASK_NORMAL);
    pr_info!("{}\\n", dev.bindings::PAGE_SHIFT);
}
`, 'use kernel::bindings::TASK_NORMAL;\nuse kernel::device::Device;\nuse kernel::prelude::*;\n');
const pciTree = (files: Record<string, string>) => {
  const base = rustTree({ mapping: 'kernel', files });
  return {
    ...base,
    files: { ...base.files, 'rust/bindings/bindings_generated.rs': `${base.files['rust/bindings/bindings_generated.rs']}pub const PCI_VENDOR_ID_REDHAT: u32 = 6900;\n` },
  };
};

/** A driver calling `__msecs_to_jiffies`, its result cast as mainline drivers did. */
const JIFFIES = (imports = 'use kernel::bindings;\n', other = '') => driver(`fn timeout(ms: u32) -> usize {
    // SAFETY: \`__msecs_to_jiffies\` only does arithmetic.
    unsafe { bindings::__msecs_to_jiffies(ms) as usize }
}
${other}`, imports);
const JIFFIES_EXTRACTED = (name: string, other = '') => withWrapper(JIFFIES('use kernel::bindings;\n', other).replace(`    // SAFETY: \`__msecs_to_jiffies\` only does arithmetic.
    unsafe { bindings::__msecs_to_jiffies(ms) as usize }`, `    ${name}(ms) as usize`), `
/// Calls \`bindings::__msecs_to_jiffies\`; a safe abstraction like this belongs in \`rust/kernel/\`.
fn ${name}(m: kernel::ffi::c_uint) -> kernel::ffi::c_ulong {
    // SAFETY: \`__msecs_to_jiffies\` only does arithmetic.
    unsafe { bindings::__msecs_to_jiffies(m) }
}`);
const unwrappedJiffies = unwrapped('__msecs_to_jiffies');

/** The kernel crate's `time` module: a thin pass-through over `__msecs_to_jiffies`, with the binding's types under aliases. */
const timeRs = (fn = `pub fn msecs_to_jiffies(msecs: Msecs) -> Jiffies {
    // SAFETY: \`__msecs_to_jiffies\` is always safe to call.
    unsafe { bindings::__msecs_to_jiffies(msecs) }
}`) => `// SPDX-License-Identifier: GPL-2.0

//! Time.

/// Jiffies: C \`unsigned long\`.
pub type Jiffies = crate::ffi::c_ulong;

/// Milliseconds: C \`unsigned int\`.
pub type Msecs = crate::ffi::c_uint;

/// Converts milliseconds to jiffies.
#[inline]
${fn}
`;
const LIB_RS = (mods: string[]) => `// SPDX-License-Identifier: GPL-2.0\n\n//! The kernel crate.\n\n${mods.map((m) => `pub mod ${m};\n`).join('')}`;
const kernelTime = (driverText: string, time = timeRs()) =>
  rustTree({ mapping: 'kernel', files: { [FILE]: driverText, 'rust/kernel/lib.rs': LIB_RS(['time']), 'rust/kernel/time.rs': time } });
const THIN = '`bindings::__msecs_to_jiffies` is the raw C API, which drivers should not use directly: the `kernel` crate wraps it in ' +
  '`msecs_to_jiffies` (rust/kernel/time.rs:13, module `kernel::time`); use that safe abstraction';
/** Another unsafe operation in the same block: the block stays, only the callee changes. */
const JIFFIES_AND_DEREF = driver(`fn timeout(ms: *const u32) -> usize {
    // SAFETY: \`ms\` is valid.
    unsafe { bindings::__msecs_to_jiffies(*ms) as usize }
}
`);

/** Kernel consts defined from bindings: one the binding itself, one wrapped in a type, and macro-made ones as mainline writes them. */
const PAGE_RS = '// SPDX-License-Identifier: GPL-2.0\n\n//! Pages.\n\n/// The page size.\npub const PAGE_SIZE: usize = bindings::PAGE_SIZE;\n';
const ALLOC_RS = `// SPDX-License-Identifier: GPL-2.0

//! Allocation.

/// Allocation flags.
#[derive(Clone, Copy)]
pub struct Flags(u32);

/// The flags drivers pass.
pub mod flags {
    use super::Flags;

    /// May sleep.
    pub const GFP_KERNEL: Flags = Flags(bindings::GFP_KERNEL);
}
`;
const PCI_RS = '// SPDX-License-Identifier: GPL-2.0\n\n//! PCI.\n\nmod id;\n\npub use self::id::Vendor;\n';
const PCI_ID_RS = `// SPDX-License-Identifier: GPL-2.0

//! PCI vendor IDs.

/// A PCI vendor ID.
#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(transparent)]
pub struct Vendor(u16);

macro_rules! define_all_pci_vendors {
    (
        $($variant:ident = $binding:expr,)+
    ) => {
        impl Vendor {
            $(
                #[allow(missing_docs)]
                pub const $variant: Self = Self($binding as u16);
            )+
        }
    };
}

define_all_pci_vendors! {
    REDHAT = bindings::PCI_VENDOR_ID_REDHAT,
}
`;
const ERROR_CODES_RS = `// SPDX-License-Identifier: GPL-2.0

//! Errors.

/// An errno.
pub struct Error(i32);

/// The kernel's error codes.
pub mod code {
    macro_rules! declare_err {
        ($err:tt $(,)? $($doc:expr),+) => {
            $(
            #[doc = $doc]
            )*
            pub const $err: super::Error = super::Error(-(crate::bindings::$err as i32));
        };
    }

    declare_err!(EINVAL, "Invalid argument.");
}
`;
const constTree = (driverText: string) => {
  const base = rustTree({
    mapping: 'kernel',
    files: {
      [FILE]: driverText,
      'rust/kernel/lib.rs': LIB_RS(['alloc', 'error', 'page', 'pci']),
      'rust/kernel/page.rs': PAGE_RS,
      'rust/kernel/alloc.rs': ALLOC_RS,
      'rust/kernel/pci.rs': PCI_RS,
      'rust/kernel/pci/id.rs': PCI_ID_RS,
      'rust/kernel/error.rs': ERROR_CODES_RS,
    },
  });
  const bindings = `${base.files['rust/bindings/bindings_generated.rs']}pub const PCI_VENDOR_ID_REDHAT: u32 = 6900;\npub const EINVAL: u32 = 22;\n`;
  return { ...base, files: { ...base.files, 'rust/bindings/bindings_generated.rs': bindings } };
};
const constMessage = (name: string, what: string) => `\`bindings::${name}\` is the raw C API, which drivers should not use directly: the \`kernel\` ` +
  `crate defines it as ${what}; use that constant`;
const CONSTS = driver(`fn sizes() -> (usize, u32, u32, u32) {
    (bindings::PAGE_SIZE, bindings::GFP_KERNEL, bindings::PCI_VENDOR_ID_REDHAT, bindings::EINVAL)
}
`);

ruleTable(rawBindingUse, {
  valid: [
    { name: 'the kernel crate is where bindings belong', tree: rustTree({ mapping: 'kernel', files: { 'rust/kernel/x.rs': LOCK } }), file: 'rust/kernel/x.rs' },
    { name: 'uapi is allowed in drivers', tree: rustTree({ mapping: 'kernel', files: { [FILE]: driver('const RO: u32 = uapi::RUST_MISC_FLAG_RO;\n', 'use kernel::uapi;\n') } }), file: FILE },
    { name: 'a name the bindings do not have says nothing', tree: rustTree({ mapping: 'kernel', files: { [FILE]: driver('fn f() {\n    // SAFETY: TODO.\n    unsafe { bindings::kmalloc(1, 0) };\n}\n') } }), file: FILE },
    {
      name: 'in a macro, a bare name through a glob import is not judged (a macro has keys of its own)',
      tree: rustTree({ mapping: 'kernel', files: { [FILE]: driver('fn f() {\n    pr_info!("{}\\n", PAGE_SIZE);\n}\n', 'use kernel::bindings::*;\nuse kernel::prelude::*;\n') } }),
      file: FILE,
    },
    {
      name: 'a macro defined in the driver may name bindings in its rules: only its invocations are judged',
      tree: rustTree({ mapping: 'kernel', files: { [FILE]: driver('macro_rules! page {\n    () => {\n        $crate::bindings::PAGE_SIZE\n    };\n}\n') } }),
      file: FILE,
    },
    {
      name: 'device-ID tables in the kernel crate are where bindings belong',
      tree: pciTree({ 'rust/kernel/pci.rs': PCI_TABLE }),
      file: 'rust/kernel/pci.rs',
    },
    {
      name: 'a mod of the driver named bindings is not the bindings crate, built or not',
      tree: unbuilt(rustTree({ mapping: 'kernel', files: { [FILE]: driver('mod bindings {\n    pub fn reset() {}\n}\n\nfn f() {\n    bindings::reset();\n}\n', '') } })),
      file: FILE,
    },
    {
      name: 'a tree without generated bindings: a glob import cannot say which bare names are bindings',
      tree: unbuilt(rustTree({ mapping: 'kernel', files: { [FILE]: GLOB } })),
      file: FILE,
    },
    { name: 'a local fn shadows the glob import', tree: rustTree({ mapping: 'kernel', files: { [FILE]: driver('fn mutex_unlock(x: u32) {}\nfn f() {\n    mutex_unlock(1);\n}\n', 'use kernel::bindings::*;\n') } }), file: FILE },
  ],
  invalid: [
    {
      name: 'bindings::X after `use kernel::bindings;`, wrapped by the kernel crate (core mapping)',
      tree: rustTree({ mapping: 'core', files: { [FILE]: LOCK } }),
      file: FILE,
      errors: [{ span: [9, 13, 9, 33], message: WRAPPED }],
      output: null,
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
      output: null,
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
      name: 'a glob import: the bare name is the raw API; a block of several statements gives them to the function',
      tree: rustTree({ mapping: 'kernel', files: { [FILE]: GLOB } }),
      file: FILE,
      errors: [{ span: [10, 8, 10, 20], message: unwrapped('mutex_unlock') }],
      output: { [FILE]: GLOB_FIXED },
    },
    {
      name: 'a type the kernel crate wraps (an impl\'s associated type, a struct\'s one `Opaque` field): the message names the kernel type',
      tree: publicMutex(driver('struct Lock {\n    raw: bindings::mutex,\n    key: bindings::lock_class_key,\n}\n')),
      file: FILE,
      errors: [
        { span: [7, 9, 7, 24], message: TYPE_WRAPPED('mutex', '`MutexBackend` (rust/kernel/sync/lock/mutex.rs:19, module `kernel::sync::lock::mutex`, used through `kernel::sync::Mutex`)') },
        { span: [8, 9, 8, 33], message: TYPE_WRAPPED('lock_class_key', '`LockClassKey` (rust/kernel/sync.rs:10, module `kernel::sync`)') },
      ],
      output: null,
    },
    {
      name: 'a type: reported, no wrapper to extract',
      tree: rustTree({ mapping: 'kernel', files: { [FILE]: TYPE } }),
      file: FILE,
      errors: [{ span: [7, 9, 7, 24], message: TYPE_USE }],
      output: null,
    },
    {
      name: 'a raw vendor ID in a device-ID table: reported at the path among the macro\'s tokens, no fix',
      tree: pciTree({ [FILE]: PCI_TABLE }),
      file: FILE,
      errors: [{ span: [11, 31, 11, 61], message: TYPE_USE.replaceAll('bindings::mutex', 'bindings::PCI_VENDOR_ID_REDHAT') }],
      output: null,
    },
    {
      name: 'the same table in a tree without generated bindings: the same range',
      tree: unbuilt(pciTree({ [FILE]: PCI_TABLE })),
      file: FILE,
      errors: [{ span: [11, 31, 11, 61], message: TYPE_USE.replaceAll('bindings::mutex', 'bindings::PCI_VENDOR_ID_REDHAT') }],
      output: null,
    },
    {
      name: 'macro arguments: a global path and a name imported by name; not a field after `.`',
      tree: rustTree({ mapping: 'kernel', files: { [FILE]: MACRO_USES } }),
      file: FILE,
      errors: [
        { span: [9, 38, 9, 67], message: TYPE_USE.replaceAll('bindings::mutex', 'bindings::PAGE_SIZE') },
        { span: [9, 69, 9, 80], message: TYPE_USE.replaceAll('bindings::mutex', 'bindings::TASK_NORMAL') },
      ],
      output: null,
    },
    {
      name: 'a tree without generated bindings: every qualified or imported path is raw use, known or not',
      tree: unbuilt(rustTree({ mapping: 'kernel', files: { [FILE]: `${LOCK}\nfn g() -> bindings::mutex {\n    // SAFETY: TODO.\n    unsafe { bindings::not_yet_built() }\n}\n` } })),
      file: FILE,
      errors: [
        { span: [9, 13, 9, 33], message: WRAPPED },
        { span: [12, 10, 12, 25], message: TYPE_USE },
        { span: [14, 13, 14, 36], message: TYPE_USE.replaceAll('bindings::mutex', 'bindings::not_yet_built') },
      ],
      output: null,
    },
    {
      name: 'extract: the wrapper is named without leading underscores; the SAFETY comment moves into it with the block gone',
      tree: rustTree({ mapping: 'kernel', files: { [FILE]: JIFFIES() } }),
      file: FILE,
      errors: [{ span: [8, 13, 8, 41], message: unwrappedJiffies }],
      output: { [FILE]: JIFFIES_EXTRACTED('msecs_to_jiffies') },
    },
    {
      name: 'extract: a suffix when the file has that name already',
      tree: rustTree({ mapping: 'kernel', files: { [FILE]: JIFFIES('use kernel::bindings;\n', '\nfn msecs_to_jiffies() {}\n') } }),
      file: FILE,
      errors: [{ span: [8, 13, 8, 41], message: unwrappedJiffies }],
      output: { [FILE]: JIFFIES_EXTRACTED('msecs_to_jiffies_safe').replace(/\n$/, '\n\nfn msecs_to_jiffies() {}\n') },
    },
    {
      name: 'use the kernel\'s thin wrapper: the unsafe block, its SAFETY comment and the import nothing needs now go',
      tree: kernelTime(JIFFIES()),
      file: FILE,
      errors: [{ span: [8, 13, 8, 41], message: THIN }],
      output: { [FILE]: JIFFIES().replace('use kernel::bindings;\n', '').replace(`    // SAFETY: \`__msecs_to_jiffies\` only does arithmetic.
    unsafe { bindings::__msecs_to_jiffies(ms) as usize }`, '    kernel::time::msecs_to_jiffies(ms) as usize') },
    },
    {
      name: 'use the kernel\'s thin wrapper through the module the file imports',
      tree: kernelTime(JIFFIES('use kernel::bindings;\nuse kernel::time;\n', '\nfn now() -> time::Jiffies {\n    0\n}\n')),
      file: FILE,
      errors: [{ span: [9, 13, 9, 41], message: THIN }],
      output: { [FILE]: JIFFIES('use kernel::time;\n', '\nfn now() -> time::Jiffies {\n    0\n}\n').replace(`    // SAFETY: \`__msecs_to_jiffies\` only does arithmetic.
    unsafe { bindings::__msecs_to_jiffies(ms) as usize }`, '    time::msecs_to_jiffies(ms) as usize') },
    },
    {
      name: 'use the kernel\'s thin wrapper, added to the file\'s use of its module (rustfmt\'s order)',
      tree: kernelTime(JIFFIES('use kernel::bindings;\nuse kernel::time::Jiffies;\n', '\nfn now() -> Jiffies {\n    0\n}\n')),
      file: FILE,
      errors: [{ span: [9, 13, 9, 41], message: THIN }],
      output: { [FILE]: JIFFIES('use kernel::time::{msecs_to_jiffies, Jiffies};\n', '\nfn now() -> Jiffies {\n    0\n}\n').replace(`    // SAFETY: \`__msecs_to_jiffies\` only does arithmetic.
    unsafe { bindings::__msecs_to_jiffies(ms) as usize }`, '    msecs_to_jiffies(ms) as usize') },
    },
    {
      name: 'use the kernel\'s thin wrapper; another unsafe operation keeps the block and its comment',
      tree: kernelTime(JIFFIES_AND_DEREF),
      file: FILE,
      errors: [{ span: [8, 13, 8, 41], message: THIN }],
      output: { [FILE]: JIFFIES_AND_DEREF.replace('bindings::__msecs_to_jiffies(*ms)', 'kernel::time::msecs_to_jiffies(*ms)').replace('use kernel::bindings;\n', '') },
    },
    {
      name: 'the kernel crate\'s function takes another type: not a thin wrapper, and no extracted one beside it',
      tree: kernelTime(JIFFIES(), timeRs(`pub fn msecs_to_jiffies(msecs: u64) -> Jiffies {
    // SAFETY: Always safe.
    unsafe { bindings::__msecs_to_jiffies(msecs as u32) }
}`)),
      file: FILE,
      errors: [{ span: [8, 13, 8, 41], message: THIN }],
      output: null,
    },
    {
      name: 'kernel consts: the binding itself gets a fix; one wrapped in a type, or made by a macro of the kernel crate (pci::Vendor, error codes), is named',
      tree: constTree(CONSTS),
      file: FILE,
      errors: [
        { span: [7, 5, 7, 24], message: constMessage('PAGE_SIZE', '`kernel::page::PAGE_SIZE` (rust/kernel/page.rs:6)') },
        { span: [7, 26, 7, 46], message: constMessage('GFP_KERNEL', '`kernel::alloc::flags::GFP_KERNEL` (rust/kernel/alloc.rs:14)') },
        { span: [7, 48, 7, 78], message: constMessage('PCI_VENDOR_ID_REDHAT', '`kernel::pci::Vendor::REDHAT` (rust/kernel/pci/id.rs:24)') },
        { span: [7, 80, 7, 96], message: constMessage('EINVAL', '`kernel::error::code::EINVAL` (rust/kernel/error.rs:19)') },
      ],
      output: { [FILE]: CONSTS.replace('(bindings::PAGE_SIZE,', '(kernel::page::PAGE_SIZE,') },
      afterFix: [
        { span: [7, 30, 7, 50], message: constMessage('GFP_KERNEL', '`kernel::alloc::flags::GFP_KERNEL` (rust/kernel/alloc.rs:14)') },
        { span: [7, 52, 7, 82], message: constMessage('PCI_VENDOR_ID_REDHAT', '`kernel::pci::Vendor::REDHAT` (rust/kernel/pci/id.rs:24)') },
        { span: [7, 84, 7, 100], message: constMessage('EINVAL', '`kernel::error::code::EINVAL` (rust/kernel/error.rs:19)') },
      ],
    },
  ],
});
