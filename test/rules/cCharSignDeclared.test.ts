/**
 * c-char-sign, `i8` and `u8` written where the C side is `char`, beyond function signatures: a
 * `static` or `const` of type `[i8; N]` or `*const i8` handed to a `char *` parameter, and a
 * field bindgen types `c_char` that driver code writes (assigns, initialises, reads into a
 * `let`) as `i8`. Under the kernel mapping `c_char` is `u8` everywhere; under `core::ffi` it is
 * `u8` on arm, arm64, powerpc, powerpc64, riscv64, s390x and `i8` on the others, so both `i8` and `u8` fail somewhere.
 */
import { cCharSign } from '../../server/src/core/rules/cCharSign';
import { ruleTable } from '../support/ruleTester';
import { driver, fixtureTree, rustTree } from '../support/trees';

const FILE = 'drivers/misc/rust_x.rs';
const KERNEL_I8 = 'but `i8` is a signed char: kernel C `char` is unsigned (-funsigned-char) and `c_char` is `u8` on every arch of this tree, ' +
  'so this does not type-check; write `c_char`';
const CORE_I8 = 'but `i8` is a signed char: `core::ffi::c_char` is `u8` on arm, arm64, powerpc, powerpc64, riscv64, s390x, where this does not type-check; write `c_char`';
const CORE_U8 = 'but `u8` is an unsigned char: `core::ffi::c_char` is `i8` on loongarch64, um, x86_64, where this does not type-check; write `c_char`';

const kernel = (body: string) => rustTree({ mapping: 'kernel', files: { [FILE]: driver(body) } });
const core = (body: string, arches?: Parameters<typeof rustTree>[0]['arches']) => rustTree({ mapping: 'core', arches, files: { [FILE]: driver(body) } });

const STATIC_DIGITS = (decl: string, arg = 'DIGITS.as_ptr()') =>
  `${decl}\n\nfn parse(v: &mut i32) -> i32 {\n    // SAFETY: \`DIGITS\` is NUL-terminated.\n    unsafe { bindings::kstrtoint(${arg}, 10, v) }\n}\n`;
const I8_ARRAY = 'static DIGITS: [i8; 3] = [0x34, 0x32, 0];';
const U8_ARRAY = 'static DIGITS: [u8; 3] = *b"42\\0";';
const I8_POINTER = 'const DIGITS: *const i8 = b"42\\0".as_ptr() as *const i8;';
const MARK = (value: string) => `fn mark(flag: &mut bindings::taint_flag) {\n    flag.c_true = ${value};\n}\n`;
const LITERAL = (cTrue: string) =>
  `fn flag() -> bindings::taint_flag {\n    bindings::taint_flag {\n        c_true: ${cTrue},\n        c_false: b'-',\n        module: false,\n        desc: core::ptr::null(),\n    }\n}\n`;
const READ_INTO = (ty: string) => `fn mark(flag: &bindings::taint_flag) -> bool {\n    let c: ${ty} = flag.c_true;\n    c == 0x54\n}\n`;
const CLEAR = (value: string) => `fn clear(uts: &mut bindings::new_utsname) {\n    uts.sysname = ${value};\n}\n`;

ruleTable(cCharSign, {
  valid: [
    { name: 'kernel: a `static [u8; 3]` handed to a `char *` parameter: `u8` is the kernel\'s `c_char`', tree: kernel(STATIC_DIGITS(U8_ARRAY)), file: FILE },
    { name: 'kernel: a `c_char` field given a byte literal, and read into a `u8`', tree: kernel(`${MARK("b'T'")}\nfn is_set(flag: &bindings::taint_flag) -> bool {\n    let c: u8 = flag.c_false;\n    c != 0\n}\n`), file: FILE },
    { name: 'kernel: an `i8` that is no C `char`', tree: kernel('fn f(x: i32) -> i8 {\n    let c: i8 = x as i8;\n    c\n}\n'), file: FILE },
    { name: 'kernel: a `char` array field cleared with `[0; 65]`', tree: kernel(CLEAR('[0; 65]')), file: FILE },
    { name: 'core, 6.1-style tree (x86_64 only): a `static [i8; 3]` is `[core::ffi::c_char; 3]` there', tree: fixtureTree('linux-6.1-style', { [FILE]: driver(STATIC_DIGITS(I8_ARRAY)) }), file: FILE },
    { name: 'core: a `c_char` field given `as core::ffi::c_char`', tree: core(MARK("b'T' as core::ffi::c_char")), file: FILE },
    { name: 'core, only unsigned-char arches (arm64, riscv64): a field read into a `u8`', tree: core(READ_INTO('u8'), ['arm64', 'riscv64']), file: FILE },
  ],
  invalid: [
    {
      name: 'kernel: a `static [i8; 3]` handed to a `char *` parameter',
      tree: kernel(STATIC_DIGITS(I8_ARRAY)),
      file: FILE,
      errors: [{ span: [10, 33, 10, 48], message: `\`DIGITS.as_ptr()\`, passed as \`s\` of \`bindings::kstrtoint\`, is a C \`char *\`, ${KERNEL_I8}` }],
      output: null,
    },
    {
      name: 'kernel: a `const *const i8` handed to a `char *` parameter',
      tree: kernel(STATIC_DIGITS(I8_POINTER, 'DIGITS')),
      file: FILE,
      errors: [{ span: [10, 33, 10, 39], message: `\`DIGITS\`, passed as \`s\` of \`bindings::kstrtoint\`, is a C \`char *\`, ${KERNEL_I8}` }],
      output: null,
    },
    {
      name: 'kernel: a `c_char` field assigned `b\'T\' as i8`: the byte already is a `c_char`, so the cast goes',
      tree: kernel(MARK("b'T' as i8")),
      file: FILE,
      errors: [{ span: [7, 26, 7, 28], message: `\`flag.c_true\` is a C \`char\`, ${KERNEL_I8}` }],
      output: { [FILE]: driver(MARK("b'T'")) },
    },
    {
      name: 'kernel: a `c_char` field initialised with `as i8` in a struct literal',
      tree: kernel(LITERAL("b'T' as i8")),
      file: FILE,
      errors: [{ span: [8, 24, 8, 26], message: `field \`c_true\` of \`bindings::taint_flag\` is a C \`char\`, ${KERNEL_I8}` }],
      output: { [FILE]: driver(LITERAL("b'T'")) },
    },
    {
      name: 'kernel: a `c_char` field read into a `let` declared `i8`',
      tree: kernel(READ_INTO('i8')),
      file: FILE,
      errors: [{ span: [7, 11, 7, 13], message: `\`flag.c_true\`, given to \`c\`, is a C \`char\`, ${KERNEL_I8}` }],
      output: { [FILE]: driver(READ_INTO('kernel::ffi::c_char')) },
    },
    {
      name: 'kernel: a `char[65]` field assigned an `[i8; 65]`',
      tree: kernel(CLEAR('[0i8; 65]')),
      file: FILE,
      errors: [{ span: [7, 18, 7, 27], message: `\`[0i8; 65]\`, stored in \`uts.sysname\`, is a C \`char[65]\`, ${KERNEL_I8}` }],
      output: null,
    },
    {
      name: 'core: a `static [i8; 3]` handed to a `char *` parameter',
      tree: core(STATIC_DIGITS(I8_ARRAY)),
      file: FILE,
      errors: [{ span: [10, 33, 10, 48], message: `\`DIGITS.as_ptr()\`, passed as \`s\` of \`bindings::kstrtoint\`, is a C \`char *\`, ${CORE_I8}` }],
      output: null,
    },
    {
      name: 'core: a `static [u8; 3]` is as wrong where `c_char` is `i8`',
      tree: core(STATIC_DIGITS(U8_ARRAY)),
      file: FILE,
      errors: [{ span: [10, 33, 10, 48], message: `\`DIGITS.as_ptr()\`, passed as \`s\` of \`bindings::kstrtoint\`, is a C \`char *\`, ${CORE_U8}` }],
      output: null,
    },
    {
      name: 'core: a `c_char` field assigned `b\'T\' as i8`',
      tree: core(MARK("b'T' as i8")),
      file: FILE,
      errors: [{ span: [7, 26, 7, 28], message: `\`flag.c_true\` is a C \`char\`, ${CORE_I8}` }],
      output: { [FILE]: driver(MARK("b'T' as core::ffi::c_char")) },
    },
    {
      name: 'core: a `c_char` field read into a `let` declared `u8`',
      tree: core(READ_INTO('u8')),
      file: FILE,
      errors: [{ span: [7, 11, 7, 13], message: `\`flag.c_true\`, given to \`c\`, is a C \`char\`, ${CORE_U8}` }],
      output: { [FILE]: driver(READ_INTO('core::ffi::c_char')) },
    },
  ],
});
