/**
 * c-char-sign, sign-dependent arithmetic on a C `char` that is `i8` on some arches of the tree
 * and `u8` on others: widening (`as i32`, `as i64`, `i32::from`, `.into()`), which sign-extends
 * on the first and zero-extends on the second, `u32::from`, which compiles only on the second,
 * and `>>`, arithmetic on the first and logical on the second. In a kernel-mapping tree only
 * `core::ffi::c_char` values are such chars (a `c"…"` literal's, say).
 */
import { cCharSign } from '../../server/src/core/rules/cCharSign';
import { ruleTable } from '../support/ruleTester';
import { driver, fixtureTree, rustTree } from '../support/trees';

const FILE = 'drivers/misc/rust_x.rs';
const SIDES = '`i8` on loongarch64, um, x86_64 and `u8` on arm, arm64, powerpc, powerpc64, riscv64, s390x';
const ZERO = ' (kernel C, built with -funsigned-char, zero-extends)';
const widens = (call: string) => `\`${call}\` widens a C \`char\` that is ${SIDES}: it sign-extends bytes ≥ 0x80 on the first and zero-extends them on the second${ZERO}`;
const shifts = (expr: string, tail = ' (kernel C, built with -funsigned-char, shifts in zeros)') =>
  `\`${expr}\` shifts a C \`char\` that is ${SIDES}: \`>>\` copies the sign bit into bytes ≥ 0x80 on the first and shifts in zeros on the second${tail}`;
const noFromI8 = (call: string, target: string) =>
  `\`${call}\` does not compile on loongarch64, um, x86_64: \`c\` is a C \`char\` that is \`i8\` there (\`u8\` on arm, arm64, powerpc, powerpc64, riscv64, s390x), and \`${target}\` has no \`From<i8>\``;

const kernel = (body: string) => rustTree({ mapping: 'kernel', files: { [FILE]: driver(body, '') } });
const core = (body: string, opts: { arches?: Parameters<typeof rustTree>[0]['arches']; unsignedChar?: boolean } = {}) =>
  rustTree({ mapping: 'core', ...opts, files: { [FILE]: driver(body, body.includes('bindings::') ? 'use kernel::bindings;\n' : '') } });

/** The first byte of a `c"…"` literal: a `core::ffi::c_char`, whatever the tree's mapping. */
const C_LITERAL = (ret: string, use: string) =>
  `fn first() -> ${ret} {\n    // SAFETY: A \`c"…"\` literal has at least its NUL.\n    let c = unsafe { *c"x".as_ptr() };\n    ${use}\n}\n`;
const PARAM = (ty: string, ret: string, use: string) => `fn widen(c: ${ty}) -> ${ret} {\n    ${use}\n}\n`;

ruleTable(cCharSign, {
  valid: [
    { name: 'kernel: the kernel\'s `c_char` widened with `as`: `u8` everywhere, zero-extended as in C', tree: kernel(PARAM('kernel::ffi::c_char', 'i32', 'c as i32')), file: FILE },
    { name: 'kernel: `u32::from` of the kernel\'s `c_char`', tree: kernel(PARAM('kernel::ffi::c_char', 'u32', 'u32::from(c)')), file: FILE },
    { name: 'kernel: `>>` on the kernel\'s `c_char` is a logical shift everywhere', tree: kernel(PARAM('kernel::ffi::c_char', 'kernel::ffi::c_char', 'c >> 4')), file: FILE },
    { name: 'core, 6.1-style tree (x86_64 only): `i32::from(c)` and `c >> 4` sign-extend there, as its C does', tree: fixtureTree('linux-6.1-style', { [FILE]: driver(PARAM('core::ffi::c_char', 'i32', 'i32::from(c) + (c >> 4) as i32'), '') }), file: FILE },
    { name: 'core, only unsigned-char arches (arm64, riscv64): `u32::from(c)` and `c >> 4`', tree: core(PARAM('core::ffi::c_char', 'u32', 'u32::from(c) + (c >> 4) as u32'), { arches: ['arm64', 'riscv64'] }), file: FILE },
    { name: 'core: `c as u8` reinterprets rather than widens (arch-dependent-cast\'s)', tree: core(PARAM('core::ffi::c_char', 'u8', 'c as u8')), file: FILE },
  ],
  invalid: [
    {
      name: 'kernel: a `c"…"` byte widened with `as i32`',
      tree: kernel(C_LITERAL('i32', 'c as i32')),
      file: FILE,
      errors: [{ span: [8, 4, 8, 12], message: `\`c\` is a C \`char\` that is ${SIDES}: \`as i32\` sign-extends bytes ≥ 0x80 on the first and zero-extends them on the second${ZERO}` }],
      output: null,
    },
    {
      name: 'kernel: `i32::from` of a `c"…"` byte',
      tree: kernel(C_LITERAL('i32', 'i32::from(c)')),
      file: FILE,
      errors: [{ span: [8, 4, 8, 16], message: widens('i32::from(c)') }],
      output: null,
    },
    {
      name: 'kernel: `.into()` an `i64`',
      tree: kernel(C_LITERAL('i64', 'let v: i64 = c.into();\n    v')),
      file: FILE,
      errors: [{ span: [8, 17, 8, 25], message: widens('c.into()') }],
      output: null,
    },
    {
      name: 'kernel: `u32::from` of a `c"…"` byte does not compile where it is `i8`',
      tree: kernel(C_LITERAL('u32', 'u32::from(c)')),
      file: FILE,
      errors: [{ span: [8, 4, 8, 16], message: noFromI8('u32::from(c)', 'u32') }],
      output: null,
    },
    {
      name: 'kernel: `c >> 4` on a `c"…"` byte',
      tree: kernel(C_LITERAL('u8', '(c >> 4) as u8')),
      file: FILE,
      errors: [{ span: [8, 5, 8, 11], message: shifts('c >> 4') }],
      output: null,
    },
    {
      name: 'core: `*s.add(i) as i64` through a `*const c_char`',
      tree: core('fn widen(s: *const core::ffi::c_char, i: usize) -> i64 {\n    // SAFETY: TODO.\n    unsafe { *s.add(i) as i64 }\n}\n'),
      file: FILE,
      errors: [{ span: [7, 13, 7, 29], message: `\`*s.add(i)\` is a C \`char\` that is ${SIDES}: \`as i64\` sign-extends bytes ≥ 0x80 on the first and zero-extends them on the second${ZERO}` }],
      output: null,
    },
    {
      name: 'core: `i32::from(c)`',
      tree: core(PARAM('core::ffi::c_char', 'i32', 'i32::from(c)')),
      file: FILE,
      errors: [{ span: [6, 4, 6, 16], message: widens('i32::from(c)') }],
      output: null,
    },
    {
      name: 'core: `c.into()` an `isize` (the return type says which)',
      tree: core(PARAM('core::ffi::c_char', 'isize', 'c.into()')),
      file: FILE,
      errors: [{ span: [6, 4, 6, 12], message: widens('c.into()') }],
      output: null,
    },
    {
      name: 'core: `u16::from(c)`',
      tree: core(PARAM('core::ffi::c_char', 'u16', 'u16::from(c)')),
      file: FILE,
      errors: [{ span: [6, 4, 6, 16], message: noFromI8('u16::from(c)', 'u16') }],
      output: null,
    },
    {
      name: 'core: `>>` on a `c_char` field',
      tree: core('fn nibble(flag: &bindings::taint_flag) -> core::ffi::c_char {\n    flag.c_true >> 4\n}\n'),
      file: FILE,
      errors: [{ span: [7, 4, 7, 20], message: shifts('flag.c_true >> 4') }],
      output: null,
    },
    {
      name: 'core, a tree without -funsigned-char: `c >>= 4`, without the kernel C clause',
      tree: core('fn nibble(mut c: core::ffi::c_char) -> core::ffi::c_char {\n    c >>= 4;\n    c\n}\n', { unsignedChar: false }),
      file: FILE,
      errors: [{ span: [6, 4, 6, 11], message: shifts('c >>= 4', '') }],
      output: null,
    },
  ],
});
