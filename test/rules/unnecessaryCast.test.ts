import { unnecessaryCast } from '../../server/src/core/rules/unnecessaryCast';
import { ruleTable } from '../support/ruleTester';
import { driver, fixtureTree, MAINLINE_ARCH_ROWS, rustTree, widthTree } from '../support/trees';

const FILE = 'drivers/misc/rust_x.rs';
const ARM64 = '``arm64``      Maintained        Little Endian only.';
const X86 = '``x86``        Maintained        ``x86_64`` only.';
const SPARC = '``sparc``      Maintained        \\-';
const widthCast = (type: string, to: string) => driver(`fn f(a: bindings::${type}) -> ${to} {\n    a as ${to}\n}\n`);
const KERNEL_ARCHES = 'arm, arm64, loongarch64, powerpc, powerpc64, riscv64, s390x, um, x86_64';
const msg = (value: string, type: string, written: string, arches = KERNEL_ARCHES, mapping = 'the kernel mapping (rust/ffi.rs)') =>
  `\`${value}\` is already \`${type}\` on every arch of this tree (${arches}) under ${mapping}, so \`as ${written}\` converts nothing`;

const JIFFIES = driver(`fn timeout(ms: u32) -> usize {
    // SAFETY: Only arithmetic.
    unsafe { bindings::__msecs_to_jiffies(ms) as usize }
}
`);
const DOUBLE_INT = driver(`fn errno(e: u32) -> c_int {
    e as c_int as c_int
}
`, 'use kernel::ffi::c_int;\n');
const CHAR_PTR = driver(`fn bytes(p: *const kernel::ffi::c_char) -> *const u8 {
    p as *const u8
}
`, '');
const AS_UNDERSCORE = driver(`pub struct Name([u8]);

impl Name {
    /// The name for C.
    pub fn as_char_ptr(&self) -> *const kernel::ffi::c_char {
        self.0.as_ptr() as _
    }
}
`, '');
const ARG_UNDERSCORE = driver(`fn init(lock: *mut bindings::mutex, key: *mut bindings::lock_class_key, name: &[u8]) {
    // SAFETY: TODO.
    unsafe { bindings::__mutex_init(lock, name.as_ptr() as _, key) };
}
`);
const PARENS = driver(`fn twice(ms: u32) -> usize {
    // SAFETY: Only arithmetic.
    (unsafe { bindings::__msecs_to_jiffies(ms) } as usize) * 2
}
`);
const BYTE_LITERAL = driver(`const A: kernel::ffi::c_char = b'a' as kernel::ffi::c_char;
`, '');
const CORE_ULONG = driver(`fn bytes(pages: core::ffi::c_ulong) -> u64 {
    pages as u64 * 4096
}
`, '');

/** A kernel-crate file (its own module, `crate::` paths), with `_printk`, `strlen` and `memchr` in the bindings. */
const KFILE = 'rust/kernel/fmt.rs';
const printkTree = (text: string) => {
  const base = rustTree({ mapping: 'kernel', files: { [KFILE]: text } });
  const bindings = `${base.files['rust/bindings/bindings_generated.rs']}extern "C" {
    pub fn _printk(fmt: *const ffi::c_char, ...) -> ffi::c_int;
}
extern "C" {
    pub fn strlen(s: *const ffi::c_char) -> usize;
}
extern "C" {
    pub fn memchr(s: *const ffi::c_void, c: ffi::c_int, n: usize) -> *mut ffi::c_void;
}
`;
  return { ...base, files: { ...base.files, 'rust/bindings/bindings_generated.rs': bindings } };
};
const kernelFile = (body: string, imports = '') => `// SPDX-License-Identifier: GPL-2.0\n\n//! Formatting.\n\n${imports}${body}`;
/** A const of an inline module, named through the module (consts in modules). */
const MODULE_CONST = kernelFile(`/// Fixed format strings.
pub mod format_strings {
    /// The length of each.
    pub const LENGTH: usize = 4;

    /// \`KERN_CONT\` followed by \`%pA\`.
    pub const CONT: [u8; LENGTH] = [b'c', b'%', b'p', b'A'];
}

/// Continues a line.
pub fn print_cont(args: fmt::Arguments<'_>) {
    // SAFETY: The format string is fixed.
    unsafe {
        bindings::_printk(format_strings::CONT.as_ptr() as _, &args as *const _ as *const c_void);
    }
}
`, 'use core::fmt;\nuse crate::ffi::c_void;\n\n');
/** A length handed to `core::slice::from_raw_parts` (a core function's signature). */
const FROM_RAW_PARTS = kernelFile(`/// The bytes of a C string, with its \`NUL\`.
///
/// # Safety
///
/// \`ptr\` is a valid \`NUL\`-terminated string that lives for \`'a\`.
pub unsafe fn bytes_with_nul<'a>(ptr: *const crate::ffi::c_char) -> &'a [u8] {
    // SAFETY: The caller passes a valid string.
    let len = unsafe { bindings::strlen(ptr) } + 1;
    // SAFETY: \`len\` bytes are readable from \`ptr\`, the last one the \`NUL\`.
    unsafe { core::slice::from_raw_parts(ptr as _, len as _) }
}
`);
/** A method's result (through \`Deref\` to another struct of the file) as a binding's argument. */
const METHOD_RESULT = kernelFile(`/// Counts what was written.
pub(crate) struct RawFormatter {
    pos: usize,
}

impl RawFormatter {
    /// The bytes written so far.
    pub(crate) fn bytes_written(&self) -> usize {
        self.pos
    }
}

/// A formatter over a buffer.
pub(crate) struct Formatter(RawFormatter);

impl Formatter {
    /// A formatter for \`buf\`.
    pub(crate) fn new(buf: *mut u8) -> Self {
        Self(RawFormatter { pos: buf as usize & 0 })
    }
}

impl Deref for Formatter {
    type Target = RawFormatter;

    fn deref(&self) -> &RawFormatter {
        &self.0
    }
}

/// Whether \`buf\` holds a \`NUL\` before its last byte.
fn has_nul(buf: *mut u8) -> bool {
    let f = Formatter::new(buf);
    // SAFETY: \`buf\` holds at least \`f.bytes_written()\` bytes.
    let ptr = unsafe { bindings::memchr(buf.cast(), 0, (f.bytes_written() - 1) as _) };
    !ptr.is_null()
}
`, 'use core::ops::Deref;\n\n');

/** A user copy whose length is cast to the `c_ulong` it already is (mainline's cleanup removed such casts, and the import they left unused). */
const userCopyTree = (text: string) => {
  const base = rustTree({ mapping: 'kernel', files: { [FILE]: text } });
  const bindings = `${base.files['rust/bindings/bindings_generated.rs']}extern "C" {
    pub fn _copy_from_user(to: *mut ffi::c_void, from: *const ffi::c_void, n: ffi::c_ulong) -> ffi::c_ulong;
}
`;
  return { ...base, files: { ...base.files, 'rust/bindings/bindings_generated.rs': bindings } };
};
const USER_COPY = (imports: string, extra = '') => driver(`/// Copies \`len\` bytes from user space; returns how many were not copied.
fn read_raw(out: *mut c_void, from: *const c_void, len: usize) -> usize {
    // SAFETY: The caller passes valid pointers.
    unsafe { bindings::_copy_from_user(out, from, len as c_ulong) }
}
${extra}`, `use kernel::bindings;\n${imports}`);
const NEEDED_PARENS = driver(`fn pages(n: usize) -> usize {
    (n - 1) as usize * 2
}
`, '');

/** The kernel crate's `time` module: a public function calling a binding, returning an alias of the binding's type; and one returning a type of its own. */
const TIME_RS = `// SPDX-License-Identifier: GPL-2.0

//! Time.

/// Jiffies: C \`unsigned long\`.
pub type Jiffies = crate::ffi::c_ulong;

/// A point in time.
pub struct Ktime(i64);

/// Converts milliseconds to jiffies.
pub fn msecs_to_jiffies(msecs: u32) -> Jiffies {
    // SAFETY: Only arithmetic.
    unsafe { bindings::__msecs_to_jiffies(msecs) }
}

/// Now.
pub fn ktime_get() -> Ktime {
    // SAFETY: Always safe to call.
    Ktime(unsafe { bindings::ktime_get() })
}
`;
const kernelTimeTree = (text: string) => {
  const base = rustTree({ mapping: 'kernel', files: { [FILE]: text, 'rust/kernel/lib.rs': '// SPDX-License-Identifier: GPL-2.0\n\n//! The kernel crate.\n\npub mod time;\n', 'rust/kernel/time.rs': TIME_RS } });
  const bindings = `${base.files['rust/bindings/bindings_generated.rs']}extern "C" {\n    pub fn ktime_get() -> i64;\n}\n`;
  return { ...base, files: { ...base.files, 'rust/bindings/bindings_generated.rs': bindings } };
};
const KERNEL_CALL = driver(`fn timeout(ms: u32) -> usize {
    time::msecs_to_jiffies(ms) as usize
}
`, 'use kernel::time;\n');

ruleTable(unnecessaryCast, {
  valid: [
    ...['phys_addr_t', 'dma_addr_t', 'resource_size_t', 'counter_word_t', 'cycles_t'].flatMap((type) => ['u64', 'u32'].map((to) => ({
      name: `${type} as ${to}, with arm, powerpc and s390 in arch-support.rst: not the same on every arch or config`,
      tree: widthTree(MAINLINE_ARCH_ROWS, { [FILE]: widthCast(type, to) }),
      file: FILE,
    }))),
    {
      name: 'cycles_t as u64 on 64-bit arches only: unknown on arm64, whose headers the tree lacks',
      tree: widthTree([ARM64, X86], { [FILE]: widthCast('cycles_t', 'u64') }),
      file: FILE,
    },
    {
      name: 'phys_addr_t as u64 with an arch the table does not know: no claim about every arch',
      tree: widthTree([ARM64, SPARC, X86], { [FILE]: widthCast('phys_addr_t', 'u64') }),
      file: FILE,
    },
    {
      name: 'core::ffi::c_ulong as u64 with an arch the table does not know: its C ABI is unknown',
      tree: widthTree([ARM64, SPARC, X86], { [FILE]: CORE_ULONG }),
      file: FILE,
    },
    { name: 'PAGE_SIZE as u32: usize to u32 is a conversion', tree: rustTree({ mapping: 'kernel', files: { [FILE]: driver('const S: u32 = bindings::PAGE_SIZE as u32;\n') } }), file: FILE },
    { name: 'PAGE_SHIFT as usize: u32 to usize', tree: rustTree({ mapping: 'kernel', files: { [FILE]: driver('const S: usize = bindings::PAGE_SHIFT as usize;\n') } }), file: FILE },
    { name: 'TASK_NORMAL as c_int: u32 to i32', tree: rustTree({ mapping: 'kernel', files: { [FILE]: driver('const N: c_int = bindings::TASK_NORMAL as c_int;\n', 'use kernel::bindings;\nuse kernel::ffi::c_int;\n') } }), file: FILE },
    { name: 'an unsuffixed literal has no known type', tree: rustTree({ mapping: 'kernel', files: { [FILE]: driver('const N: u32 = 1 as u32;\n') } }), file: FILE },
    { name: 'c_long as i64 under the kernel mapping: isize is not i64', tree: rustTree({ mapping: 'kernel', files: { [FILE]: driver('fn f(x: kernel::ffi::c_long) -> i64 {\n    x as i64\n}\n', '') } }), file: FILE },
    { name: 'core mapping: c_ulong is u64 or u32, never usize', tree: rustTree({ mapping: 'core', files: { [FILE]: JIFFIES } }), file: FILE },
    { name: 'unknown source type: no verdict', tree: rustTree({ mapping: 'kernel', files: { [FILE]: driver('fn f() -> u32 {\n    g() as u32\n}\n', 'use other::g;\n') } }), file: FILE },
    { name: 'core::ffi::c_ulong as u64 with 32-bit arm supported is arch-dependent, not unnecessary', tree: rustTree({ mapping: 'core', files: { [FILE]: CORE_ULONG } }), file: FILE },
    {
      name: 'a const of a module typed with a name of its own: that name is the module\'s to resolve',
      tree: printkTree(MODULE_CONST.replace('pub const CONT: [u8; LENGTH]', 'pub const CONT: Fmt').replace('    pub const LENGTH', '    type Fmt = [i8; 4];\n    pub const LENGTH')),
      file: KFILE,
    },
    {
      name: 'a method the file defines twice for the type (an inherent and a trait impl) is not judged',
      tree: printkTree(METHOD_RESULT.replace('impl Deref for Formatter {', 'impl Formatter {\n    fn bytes_written(&self) -> usize {\n        0\n    }\n}\n\nimpl Count for Formatter {\n    fn bytes_written(&self) -> usize {\n        1\n    }\n}\n\nimpl Deref for Formatter {')),
      file: KFILE,
    },
    {
      name: 'a method of what a struct derefs to outside this file is not known',
      tree: printkTree(METHOD_RESULT.replace('type Target = RawFormatter;', 'type Target = kernel::str::RawFormatter;')),
      file: KFILE,
    },
    {
      name: 'a core function\'s generic parameter (`*const T`) is not known',
      tree: printkTree(FROM_RAW_PARTS.replace('len as _', 'len')),
      file: KFILE,
    },
    {
      name: 'a kernel function returning a type of its own crate: not known here',
      tree: kernelTimeTree(driver('struct Ktime(i64);\n\nfn now() -> Ktime {\n    kernel::time::ktime_get() as Ktime\n}\n', '')),
      file: FILE,
    },
    { name: 'core mapping: a byte literal to `core::ffi::c_char` converts where it is `i8` (arch-dependent-cast\'s)', tree: rustTree({ mapping: 'core', files: { [FILE]: driver("const A: core::ffi::c_char = b'a' as core::ffi::c_char;\n", '') } }), file: FILE },
    { name: 'a shadowing closure parameter of unknown type', tree: rustTree({ mapping: 'kernel', files: { [FILE]: driver('fn f(x: u32) -> u32 {\n    let g = |x| x as u32;\n    g(x)\n}\n', '') } }), file: FILE },
  ],
  invalid: [
    {
      name: 'kernel mapping: a c_ulong return cast to usize',
      tree: rustTree({ mapping: 'kernel', files: { [FILE]: JIFFIES } }),
      file: FILE,
      errors: [{ span: [8, 13, 8, 54], message: msg('bindings::__msecs_to_jiffies(ms)', 'usize', 'usize') }],
      output: { [FILE]: JIFFIES.replace('(ms) as usize', '(ms)') },
    },
    {
      name: 'new bindgen shape (unsafe extern "C"), same verdict',
      tree: rustTree({ mapping: 'kernel', unsafeExtern: true, files: { [FILE]: JIFFIES } }),
      file: FILE,
      errors: [{ span: [8, 13, 8, 54], message: msg('bindings::__msecs_to_jiffies(ms)', 'usize', 'usize') }],
      output: { [FILE]: JIFFIES.replace('(ms) as usize', '(ms)') },
    },
    {
      name: 'x as c_int as c_int (rust-clippy #13494): the second cast',
      tree: rustTree({ mapping: 'kernel', files: { [FILE]: DOUBLE_INT } }),
      file: FILE,
      errors: [{ span: [7, 4, 7, 23], message: msg('e as c_int', 'i32', 'c_int') }],
      output: { [FILE]: DOUBLE_INT.replace('e as c_int as c_int', 'e as c_int') },
    },
    {
      name: 'pointer cast: *const c_char is *const u8 under the kernel mapping',
      tree: rustTree({ mapping: 'kernel', files: { [FILE]: CHAR_PTR } }),
      file: FILE,
      errors: [{ span: [6, 4, 6, 18], message: msg('p', '*const u8', '*const u8') }],
      output: { [FILE]: CHAR_PTR.replace('p as *const u8', 'p') },
    },
    {
      name: '`as _` in a tail whose return type fixes the target (self field, slice as_ptr)',
      tree: rustTree({ mapping: 'kernel', files: { [FILE]: AS_UNDERSCORE } }),
      file: FILE,
      errors: [{ span: [10, 8, 10, 28], message: msg('self.0.as_ptr()', '*const u8', '_') }],
      output: { [FILE]: AS_UNDERSCORE.replace('self.0.as_ptr() as _', 'self.0.as_ptr()') },
    },
    {
      name: '`as _` as an argument of a binding function',
      tree: rustTree({ mapping: 'kernel', files: { [FILE]: ARG_UNDERSCORE } }),
      file: FILE,
      errors: [{ span: [8, 42, 8, 60], message: msg('name.as_ptr()', '*const u8', '_') }],
      output: { [FILE]: ARG_UNDERSCORE.replace('name.as_ptr() as _', 'name.as_ptr()') },
    },
    {
      name: 'parentheses stay where they were',
      tree: rustTree({ mapping: 'kernel', files: { [FILE]: PARENS } }),
      file: FILE,
      errors: [{ span: [8, 5, 8, 57], message: msg('unsafe { bindings::__msecs_to_jiffies(ms) }', 'usize', 'usize') }],
      output: { [FILE]: PARENS.replace('} as usize)', '})') },
    },
    {
      name: 'a byte literal is a `u8`: `b\'a\' as c_char` under the kernel mapping',
      tree: rustTree({ mapping: 'kernel', files: { [FILE]: BYTE_LITERAL } }),
      file: FILE,
      errors: [{ span: [5, 31, 5, 58], message: msg("b'a'", 'u8', 'kernel::ffi::c_char') }],
      output: { [FILE]: BYTE_LITERAL.replace(" as kernel::ffi::c_char;", ';') },
    },
    {
      name: 'core mapping on 64-bit arches only (arm64, x86_64): c_ulong is u64 on both',
      tree: rustTree({ mapping: 'core', arches: ['arm64', 'x86_64'], files: { [FILE]: CORE_ULONG } }),
      file: FILE,
      errors: [{ span: [6, 4, 6, 16], message: msg('pages', 'u64', 'u64', 'arm64, x86_64', 'the core::ffi mapping') }],
      output: { [FILE]: CORE_ULONG.replace('pages as u64', 'pages') },
    },
    {
      name: 'recall: a const in a module (print.rs:130 before mainline\'s cast cleanup)',
      tree: printkTree(MODULE_CONST),
      file: KFILE,
      errors: [{ span: [20, 26, 20, 60], message: msg('format_strings::CONT.as_ptr()', '*const u8', '_') }],
      output: { [KFILE]: MODULE_CONST.replace('CONT.as_ptr() as _', 'CONT.as_ptr()') },
    },
    {
      name: 'recall: a length into core::slice::from_raw_parts (str.rs:192)',
      tree: printkTree(FROM_RAW_PARTS),
      file: KFILE,
      errors: [{ span: [13, 51, 13, 59], message: msg('len', 'usize', '_') }],
      output: { [KFILE]: FROM_RAW_PARTS.replace('len as _', 'len') },
    },
    {
      name: 'recall: a method\'s result through Deref into memchr (str.rs:841); the parentheses go with the cast',
      tree: printkTree(METHOD_RESULT),
      file: KFILE,
      errors: [{ span: [40, 55, 40, 83], message: msg('(f.bytes_written() - 1)', 'usize', '_') }],
      output: { [KFILE]: METHOD_RESULT.replace('(f.bytes_written() - 1) as _', 'f.bytes_written() - 1') },
    },
    {
      name: 'the import the cast named goes when nothing else uses it (a list keeps the rest)',
      tree: userCopyTree(USER_COPY('use kernel::ffi::{c_ulong, c_void};\n')),
      file: FILE,
      errors: [{ span: [10, 50, 10, 64], message: msg('len', 'usize', 'c_ulong') }],
      output: { [FILE]: USER_COPY('use kernel::ffi::c_void;\n').replace('len as c_ulong', 'len') },
    },
    {
      name: 'an import of its own line goes with its line',
      tree: userCopyTree(USER_COPY('use kernel::ffi::c_ulong;\nuse kernel::ffi::c_void;\n')),
      file: FILE,
      errors: [{ span: [11, 50, 11, 64], message: msg('len', 'usize', 'c_ulong') }],
      output: { [FILE]: USER_COPY('use kernel::ffi::c_void;\n').replace('len as c_ulong', 'len') },
    },
    {
      name: 'the import stays while something else uses it',
      tree: userCopyTree(USER_COPY('use kernel::ffi::{c_ulong, c_void};\n', '\nconst MAX: c_ulong = 4096;\n')),
      file: FILE,
      errors: [{ span: [10, 50, 10, 64], message: msg('len', 'usize', 'c_ulong') }],
      output: { [FILE]: USER_COPY('use kernel::ffi::{c_ulong, c_void};\n', '\nconst MAX: c_ulong = 4096;\n').replace('len as c_ulong', 'len') },
    },
    {
      name: 'parentheses the value still needs stay (an operand of `*`)',
      tree: rustTree({ mapping: 'kernel', files: { [FILE]: NEEDED_PARENS } }),
      file: FILE,
      errors: [{ span: [6, 4, 6, 20], message: msg('(n - 1)', 'usize', 'usize') }],
      output: { [FILE]: NEEDED_PARENS.replace('(n - 1) as usize', '(n - 1)') },
    },
    {
      name: 'a public kernel function\'s result, its type read in its own file (`Jiffies` is `c_ulong`)',
      tree: kernelTimeTree(KERNEL_CALL),
      file: FILE,
      errors: [{ span: [7, 4, 7, 39], message: msg('time::msecs_to_jiffies(ms)', 'usize', 'usize') }],
      output: { [FILE]: KERNEL_CALL.replace('(ms) as usize', '(ms)') },
    },
    {
      name: 'phys_addr_t as u64 where every arch is 64-bit (the 6.12 corpus): u64 everywhere',
      tree: widthTree([ARM64, X86], { [FILE]: widthCast('phys_addr_t', 'u64') }),
      file: FILE,
      errors: [{ span: [7, 4, 7, 12], message: msg('a', 'u64', 'u64', 'arm64, x86_64') }],
      output: { [FILE]: widthCast('phys_addr_t', 'u64').replace('a as u64', 'a') },
    },
    {
      name: 'the kernel mapping fixes c_ulong on every arch, one the table does not know too: its name is in the message',
      tree: widthTree([ARM64, SPARC, X86], { [FILE]: JIFFIES }),
      file: FILE,
      errors: [{ span: [8, 13, 8, 54], message: msg('bindings::__msecs_to_jiffies(ms)', 'usize', 'usize', 'arm64, x86_64, sparc') }],
      output: { [FILE]: JIFFIES.replace(' as usize', '') },
    },
  ],
});

/** Trees as they are built: the 6.1-style fixture (core::ffi, x86_64 only) and the 6.12-style one. */
const TO_I8 = driver(`fn signed(p: *const core::ffi::c_char) -> *const i8 {
    p as *const i8
}
`, '');
const TO_U8 = driver(`fn bytes(p: *const core::ffi::c_char) -> *const u8 {
    p as *const u8
}
`, '');
const X86_64 = 'x86_64';
const ARCHES_612 = 'arm64, loongarch64, riscv64, um, x86_64';

ruleTable(unnecessaryCast, {
  valid: [
    { name: '6.1-style: `*const core::ffi::c_char as *const u8` converts on x86_64', tree: fixtureTree('linux-6.1-style', { [FILE]: TO_U8 }), file: FILE },
    { name: '6.1-style: `c"…".as_ptr() as *const u8` converts on x86_64', tree: fixtureTree('linux-6.1-style', { [FILE]: driver('fn name() -> *const u8 {\n    c"x".as_ptr() as *const u8\n}\n', '') }), file: FILE },
    { name: '6.1-style: the kernel crate\'s `format.as_ptr() as _` into `_printk` (u8 to i8)', tree: fixtureTree('linux-6.1-style'), file: 'rust/kernel/print.rs' },
    { name: '6.12-style: `*const core::ffi::c_char as *const i8` is a no-op only where it is `i8`', tree: fixtureTree('linux-6.12-style', { [FILE]: TO_I8 }), file: FILE },
    { name: '6.12-style: `*const core::ffi::c_char as *const u8` likewise', tree: fixtureTree('linux-6.12-style', { [FILE]: TO_U8 }), file: FILE },
  ],
  invalid: [
    {
      name: '6.1-style: `core::ffi::c_ulong as u64` on x86_64 alone',
      tree: fixtureTree('linux-6.1-style', { [FILE]: CORE_ULONG }),
      file: FILE,
      errors: [{ span: [6, 4, 6, 16], message: msg('pages', 'u64', 'u64', X86_64, 'the core::ffi mapping') }],
      output: { [FILE]: CORE_ULONG.replace('pages as u64', 'pages') },
    },
    {
      name: '6.1-style: `*const core::ffi::c_char as *const i8` on x86_64 alone',
      tree: fixtureTree('linux-6.1-style', { [FILE]: TO_I8 }),
      file: FILE,
      errors: [{ span: [6, 4, 6, 18], message: msg('p', '*const i8', '*const i8', X86_64, 'the core::ffi mapping') }],
      output: { [FILE]: TO_I8.replace('p as *const i8', 'p') },
    },
    {
      name: '6.12-style: `core::ffi::c_ulong as u64` on its five 64-bit arches',
      tree: fixtureTree('linux-6.12-style', { [FILE]: CORE_ULONG }),
      file: FILE,
      errors: [{ span: [6, 4, 6, 16], message: msg('pages', 'u64', 'u64', ARCHES_612) }],
      output: { [FILE]: CORE_ULONG.replace('pages as u64', 'pages') },
    },
  ],
});
