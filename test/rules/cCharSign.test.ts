import { cCharSign } from '../../server/src/core/rules/cCharSign';
import { ruleTable } from '../support/ruleTester';
import { archSupportRst, driver, fixtureTree, rustTree, widthTree } from '../support/trees';

const FILE = 'drivers/misc/rust_x.rs';
const KERNEL_I8 = 'but `i8` is a signed char: kernel C `char` is unsigned (-funsigned-char) and `c_char` is `u8` on every arch of this tree, so this does not type-check; write `c_char`';
const CORE_I8 = 'but `i8` is a signed char: `core::ffi::c_char` is `u8` on arm, arm64, powerpc, powerpc64, riscv64, s390x, where this does not type-check; write `c_char`';

const CORE_CHAR_PARAM = driver(`fn first(s: *const core::ffi::c_char) -> u8 {
    // SAFETY: TODO.
    unsafe { *s as u8 }
}
`, '');
const CAST_ARG = driver(`fn parse(s: *const u8, out: &mut i32) -> i32 {
    // SAFETY: TODO.
    unsafe { bindings::kstrtoint(s as *const i8, 10, out) }
}
`);
const LET_I8 = driver(`fn init(lock: *mut bindings::mutex, key: *mut bindings::lock_class_key) {
    let name: *const i8 = c"x".as_ptr();
    // SAFETY: TODO.
    unsafe { bindings::__mutex_init(lock, name, key) };
}
`);
/** What the raw-binding-use fix leaves: the binding behind a local wrapper declaring `char *` as C does. */
const LET_I8_WRAPPED = driver(`fn init(lock: *mut bindings::mutex, key: *mut bindings::lock_class_key) {
    let name: *const i8 = c"x".as_ptr();
    mutex_init(lock, name, key);
}

fn mutex_init(lock: *mut bindings::mutex, name: *const kernel::ffi::c_char, key: *mut bindings::lock_class_key) {
    // SAFETY: TODO: say why the arguments meet the C function's requirements.
    unsafe { bindings::__mutex_init(lock, name, key) }
}
`);
const WIDEN = driver(`fn ascii(s: *const core::ffi::c_char) -> bool {
    // SAFETY: TODO.
    let first = unsafe { *s };
    (first as i32) < 0x80
}
`, '');
const SIGN_TEST = driver(`fn high(c: core::ffi::c_char) -> bool {
    c < 0
}
`, '');
const HIGH_LITERAL = driver(`const FF: core::ffi::c_char = 0xff as core::ffi::c_char;
`, '');
const EXTERN_DECL = driver(`extern "C" {
    fn kstrtoint(s: *const i8, base: u32, res: *mut i32) -> i32;
}
`, '');
const EXPORTED = driver(`/// Called by C with a NUL-terminated name.
#[no_mangle]
pub unsafe extern "C" fn rust_x_hello(name: *const i8) -> usize {
    // SAFETY: C passes a NUL-terminated string.
    let s = unsafe { kernel::str::CStr::from_char_ptr(name) };
    s.len()
}
`, '');

ruleTable(cCharSign, {
  valid: [
    { name: 'the kernel\'s c_char widened: u8 everywhere, as in C', tree: rustTree({ mapping: 'kernel', files: { [FILE]: driver('fn f(c: kernel::ffi::c_char) -> i32 {\n    c as i32\n}\n', '') } }), file: FILE },
    { name: 'core::ffi::c_char in a core-mapping tree: what its bindings use', tree: rustTree({ mapping: 'core', files: { [FILE]: CORE_CHAR_PARAM } }), file: FILE },
    { name: 'core mapping on arm64 and riscv64 only: c_char is u8 on both', tree: rustTree({ mapping: 'core', arches: ['arm64', 'riscv64'], files: { [FILE]: WIDEN } }), file: FILE },
    { name: 'a *const u8 argument for a char * parameter', tree: rustTree({ mapping: 'kernel', files: { [FILE]: CAST_ARG.replace('as *const i8', 'as *const u8') } }), file: FILE },
    { name: 'an exported fn whose i8 pointer is not a C string', tree: rustTree({ mapping: 'kernel', files: { [FILE]: driver('#[no_mangle]\npub extern "C" fn rust_x_sum(p: *const i8) -> usize {\n    p as usize\n}\n', '') } }), file: FILE },
  ],
  invalid: [
    {
      name: 'core::ffi::c_char in a kernel-mapping tree',
      tree: rustTree({ mapping: 'kernel', files: { [FILE]: CORE_CHAR_PARAM } }),
      file: FILE,
      errors: [{
        span: [5, 19, 5, 36],
        message: '`core::ffi::c_char` is `i8` on loongarch64, um, x86_64 and `u8` on arm, arm64, powerpc, powerpc64, riscv64, s390x, but kernel C is built with ' +
          '-funsigned-char, so its `char` is `u8` on every arch: use the kernel\'s `c_char`',
      }],
      output: { [FILE]: CORE_CHAR_PARAM.replace('core::ffi::c_char', 'kernel::ffi::c_char') },
    },
    {
      name: '`as *const i8` handed to a char * parameter (kernel mapping)',
      tree: rustTree({ mapping: 'kernel', files: { [FILE]: CAST_ARG } }),
      file: FILE,
      errors: [{ span: [8, 38, 8, 47], message: `\`s\` of \`bindings::kstrtoint\` is a C \`char *\`, ${KERNEL_I8}` }],
      // `s` is `*const u8`, which is `*const c_char` on every arch: the cast goes.
      output: { [FILE]: CAST_ARG.replace(' as *const i8', '') },
    },
    {
      name: '`as *const i8` handed to a char * parameter (core mapping, new bindgen shape)',
      tree: rustTree({ mapping: 'core', unsafeExtern: true, files: { [FILE]: CAST_ARG } }),
      file: FILE,
      errors: [{ span: [8, 38, 8, 47], message: `\`s\` of \`bindings::kstrtoint\` is a C \`char *\`, ${CORE_I8}` }],
      output: { [FILE]: CAST_ARG.replace('as *const i8', 'as *const core::ffi::c_char') },
    },
    {
      name: 'a `let` declared *const i8 that flows into a char * parameter: no mechanical fix',
      tree: rustTree({ mapping: 'kernel', files: { [FILE]: LET_I8 } }),
      file: FILE,
      errors: [{ span: [7, 14, 7, 23], message: `\`name\`, passed as \`name\` of \`bindings::__mutex_init\`, is a C \`char *\`, ${KERNEL_I8}` }],
      output: null,
    },
    {
      name: 'the same `let` handed to a local wrapper that declares the C `char *`',
      tree: rustTree({ mapping: 'kernel', files: { [FILE]: LET_I8_WRAPPED } }),
      file: FILE,
      errors: [{ span: [7, 14, 7, 23], message: `\`name\`, passed as \`name\` of \`mutex_init\`, is a C \`char *\`, ${KERNEL_I8}` }],
      output: null,
    },
    {
      name: 'widening a core::ffi::c_char (core mapping, every arch)',
      tree: rustTree({ mapping: 'core', files: { [FILE]: WIDEN } }),
      file: FILE,
      errors: [{
        span: [8, 5, 8, 17],
        message: '`first` is a C `char` that is `i8` on loongarch64, um, x86_64 and `u8` on arm, arm64, powerpc, powerpc64, riscv64, s390x: `as i32` sign-extends ' +
          'bytes ≥ 0x80 on the first and zero-extends them on the second (kernel C, built with -funsigned-char, zero-extends)',
      }],
      output: null,
    },
    {
      name: 'c < 0 on a core::ffi::c_char',
      tree: rustTree({ mapping: 'core', arches: ['arm64', 'x86_64'], files: { [FILE]: SIGN_TEST } }),
      file: FILE,
      errors: [{ span: [6, 4, 6, 9], message: '`c < 0` tests the sign of a C `char`: it is `i8` on x86_64 but `u8` on arm64, where the test is always false (rustc\'s `unused_comparisons`); kernel C chars are unsigned' }],
      output: null,
    },
    {
      name: '0xff cast to a char that is signed on some arches',
      tree: rustTree({ mapping: 'core', arches: ['arm', 'x86_64'], files: { [FILE]: HIGH_LITERAL } }),
      file: FILE,
      errors: [{ span: [5, 30, 5, 55], message: '`0xff` does not fit a signed char: `as core::ffi::c_char` gives -1 on x86_64 and 255 on arm; kernel C chars are unsigned' }],
      output: null,
    },
    {
      name: 'a hand-written extern "C" declaration with *const i8 for a char * the bindings know',
      tree: rustTree({ mapping: 'kernel', files: { [FILE]: EXTERN_DECL } }),
      file: FILE,
      errors: [{ span: [6, 20, 6, 29], message: `parameter \`s\` of the hand-written declaration of \`kstrtoint\` is a C \`char *\`, ${KERNEL_I8}` }],
      output: { [FILE]: EXTERN_DECL.replace('*const i8', '*const kernel::ffi::c_char') },
    },
    {
      name: 'a #[no_mangle] extern "C" fn whose *const i8 is read as a C string',
      tree: rustTree({ mapping: 'kernel', files: { [FILE]: EXPORTED } }),
      file: FILE,
      errors: [{ span: [7, 44, 7, 53], message: `parameter \`name\` of \`rust_x_hello\`, which C calls, is a C \`char *\`, ${KERNEL_I8}` }],
      output: null,
    },
  ],
});

/**
 * Trees as they are built: the same driver code on a 6.1-style tree (core::ffi mapping, x86_64
 * only, no -funsigned-char: `core::ffi::c_char` is C's own `char` there) and on a 6.12-style one.
 */
const NAME_I8 = driver(`fn init(lock: *mut bindings::mutex, name: *const i8, key: *mut bindings::lock_class_key) {
    // SAFETY: TODO.
    unsafe { bindings::__mutex_init(lock, name, key) };
}
`);
const CAST_I8 = driver(`fn init(lock: *mut bindings::mutex, name: &[u8], key: *mut bindings::lock_class_key) {
    // SAFETY: TODO.
    unsafe { bindings::__mutex_init(lock, name.as_ptr() as *const i8, key) };
}
`);
const PRINTK_I8 = driver(`fn name(p: *const i8) -> i32 {
    // SAFETY: TODO.
    unsafe { bindings::_printk(p) }
}
`);
const CORE_SIGNATURE = driver(`fn first(s: *const core::ffi::c_char) -> core::ffi::c_char {
    // SAFETY: TODO.
    unsafe { *s }
}
`, '');
const WIDEN_CORE = driver(`fn widen(c: core::ffi::c_char) -> i32 {
    c as i32
}
`, '');
const CORE_612 = '`core::ffi::c_char` is `i8` on loongarch64, um, x86_64 and `u8` on arm64, riscv64, but kernel C is built with ' +
  '-funsigned-char, so its `char` is `u8` on every arch: use the kernel\'s `c_char`';

ruleTable(cCharSign, {
  valid: [
    { name: '6.1-style: `*const i8` for a `char *` parameter is `*const core::ffi::c_char` on x86_64, the only arch', tree: fixtureTree('linux-6.1-style', { [FILE]: NAME_I8 }), file: FILE },
    { name: '6.1-style: `as *const i8` for a `char *` parameter', tree: fixtureTree('linux-6.1-style', { [FILE]: CAST_I8 }), file: FILE },
    { name: '6.1-style: `*const i8` handed to `_printk` (the issue\'s example)', tree: fixtureTree('linux-6.1-style', { [FILE]: PRINTK_I8 }), file: FILE },
    { name: '6.1-style: `core::ffi::c_char` in signatures is what its bindings use', tree: fixtureTree('linux-6.1-style', { [FILE]: CORE_SIGNATURE }), file: FILE },
    { name: '6.1-style: `c as i32` sign-extends on x86_64 as C does there', tree: fixtureTree('linux-6.1-style', { [FILE]: WIDEN_CORE }), file: FILE },
    { name: '6.1-style: the fixture\'s own print.rs (`*mut c_char` of an exported fn, `as _` into `_printk`)', tree: fixtureTree('linux-6.1-style'), file: 'rust/kernel/print.rs' },
  ],
  invalid: [
    {
      name: '6.12-style: `*const i8` for a `char *` parameter',
      tree: fixtureTree('linux-6.12-style', { [FILE]: NAME_I8 }),
      file: FILE,
      errors: [{ span: [6, 42, 6, 51], message: `\`name\`, passed as \`name\` of \`bindings::__mutex_init\`, is a C \`char *\`, ${KERNEL_I8}` }],
      output: null,
    },
    {
      name: '6.12-style: `as *const i8` for a `char *` parameter',
      tree: fixtureTree('linux-6.12-style', { [FILE]: CAST_I8 }),
      file: FILE,
      errors: [{ span: [8, 59, 8, 68], message: `\`name\` of \`bindings::__mutex_init\` is a C \`char *\`, ${KERNEL_I8}` }],
      output: { [FILE]: CAST_I8.replace(' as *const i8', '') },
    },
    {
      name: '6.12-style: `core::ffi::c_char` in signatures',
      tree: fixtureTree('linux-6.12-style', { [FILE]: CORE_SIGNATURE }),
      file: FILE,
      errors: [{ span: [5, 19, 5, 36], message: CORE_612 }, { span: [5, 41, 5, 58], message: CORE_612 }],
      output: { [FILE]: CORE_SIGNATURE.replace('*const core::ffi::c_char', '*const kernel::ffi::c_char') },
      afterFix: [{ span: [5, 43, 5, 60], message: CORE_612 }],
    },
    {
      name: '6.12-style: `c as i32` on a `core::ffi::c_char`',
      tree: fixtureTree('linux-6.12-style', { [FILE]: WIDEN_CORE }),
      file: FILE,
      errors: [
        { span: [5, 12, 5, 29], message: CORE_612 },
        {
          span: [6, 4, 6, 12],
          message: '`c` is a C `char` that is `i8` on loongarch64, um, x86_64 and `u8` on arm64, riscv64: `as i32` sign-extends ' +
            'bytes ≥ 0x80 on the first and zero-extends them on the second (kernel C, built with -funsigned-char, zero-extends)',
        },
      ],
      output: { [FILE]: WIDEN_CORE.replace('core::ffi::c_char', 'kernel::ffi::c_char') },
    },
  ],
});

/** A tree whose arch-support.rst lists an arch the arch table does not know. */
const WITH_SPARC = ['``arm64``      Maintained        Little Endian only.', '``sparc``      Maintained        \\-', '``x86``        Maintained        ``x86_64`` only.'];
const KERNEL_SIGN_TEST = driver(`fn high(c: kernel::ffi::c_char) -> bool {
    c < 0
}
`, '');

ruleTable(cCharSign, {
  valid: [
    {
      name: 'an arch the table does not know: the sign of its core::ffi::c_char is unknown, so no claim about every arch',
      tree: rustTree({ mapping: 'core', files: { [FILE]: SIGN_TEST, 'Documentation/rust/arch-support.rst': archSupportRst(WITH_SPARC.slice(0, 2)) } }),
      file: FILE,
    },
  ],
  invalid: [
    {
      name: 'the kernel mapping fixes c_char on any arch: the claim holds, and names the tree\'s arches, the unknown one too',
      tree: widthTree(WITH_SPARC, { [FILE]: KERNEL_SIGN_TEST }),
      file: FILE,
      errors: [{
        span: [6, 4, 6, 9],
        message: '`c < 0` is always false: `c` is a C `char`, `u8` on every arch of this tree (arm64, x86_64, sparc) under the kernel mapping ' +
          "(rust/ffi.rs), like kernel C `char` (-funsigned-char), and rustc's `unused_comparisons` lint warns about the same comparison; " +
          'on a signed char it was the byte test `c >= 0x80`',
      }],
      output: { [FILE]: KERNEL_SIGN_TEST.replace('c < 0', 'c >= 0x80') },
    },
  ],
});
