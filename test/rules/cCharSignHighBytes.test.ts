/**
 * c-char-sign, bytes ≥ 0x80 into a char whose sign depends on the arch: `0xE9u8 as c_char`,
 * `b'\xe9' as c_char`, `200 as c_char`, and byte strings or arrays of such bytes cast to
 * `*const c_char`. Only `core::ffi::c_char` can be that, in either mapping; the kernel's
 * `c_char` is `u8` everywhere (where `b'a' as c_char` is unnecessary-cast's, see its table).
 */
import { cCharSign } from '../../server/src/core/rules/cCharSign';
import { ruleTable } from '../support/ruleTester';
import { driver, fixtureTree, rustTree } from '../support/trees';

const FILE = 'drivers/misc/rust_x.rs';
const SIDES = 'loongarch64, um, x86_64 and 233 on arm, arm64, powerpc, powerpc64, riscv64, s390x';
const CORE_IN_KERNEL = '`core::ffi::c_char` is `i8` on loongarch64, um, x86_64 and `u8` on arm, arm64, powerpc, powerpc64, riscv64, s390x, but kernel C is built with ' +
  '-funsigned-char, so its `char` is `u8` on every arch: use the kernel\'s `c_char`';
const pointsAt = (value: string, type: string, tail = '; kernel C chars are unsigned') =>
  `\`${value}\` points at bytes ≥ 0x80 (0xe9): read through \`${type}\` they are negative on loongarch64, um, x86_64 and 128–255 on arm, arm64, powerpc, powerpc64, riscv64, s390x${tail}`;

const kernel = (body: string, imports = '') => rustTree({ mapping: 'kernel', files: { [FILE]: driver(body, imports) } });
const core = (body: string, opts: { arches?: Parameters<typeof rustTree>[0]['arches']; unsignedChar?: boolean } = {}) =>
  rustTree({ mapping: 'core', ...opts, files: { [FILE]: driver(body, '') } });

const CONST = (ty: string, value: string) => `const E_ACUTE: ${ty} = ${value} as ${ty};\n`;
const BYTES = (ty: string, value: string) => `fn name() -> *const ${ty} {\n    ${value}.as_ptr() as *const ${ty}\n}\n`;
const LOCAL_ARRAY = (ty: string) => `fn name() -> *const ${ty} {\n    let name = [b'c', b'a', b'f', 0xe9, 0];\n    name.as_ptr() as *const ${ty}\n}\n`;
const IMPORT = 'use core::ffi::c_char;\n';

ruleTable(cCharSign, {
  valid: [
    { name: 'kernel: `b\'\\xe9\' as kernel::ffi::c_char` is 233 everywhere', tree: kernel(CONST('kernel::ffi::c_char', "b'\\xe9'")), file: FILE },
    { name: 'kernel: `200 as kernel::ffi::c_char`', tree: kernel(CONST('kernel::ffi::c_char', '200')), file: FILE },
    { name: 'kernel: a byte string with 0xe9 read through `*const kernel::ffi::c_char`', tree: kernel(BYTES('kernel::ffi::c_char', 'b"caf\\xe9\\0"')), file: FILE },
    { name: 'core: `b\'a\' as core::ffi::c_char`: ASCII is the same either way', tree: core(CONST('core::ffi::c_char', "b'a'")), file: FILE },
    { name: 'core: an ASCII byte string read through `*const core::ffi::c_char`', tree: core(BYTES('core::ffi::c_char', 'b"cafe\\0"')), file: FILE },
    { name: 'core, 6.1-style tree (x86_64 only): `b\'\\xe9\'` is -23 there, as in its C', tree: fixtureTree('linux-6.1-style', { [FILE]: driver(CONST('core::ffi::c_char', "b'\\xe9'"), '') }), file: FILE },
    { name: 'core, only unsigned-char arches (arm64, riscv64): `200 as core::ffi::c_char` is 200', tree: core(CONST('core::ffi::c_char', '200'), { arches: ['arm64', 'riscv64'] }), file: FILE },
  ],
  invalid: [
    {
      name: 'kernel: `b\'\\xe9\' as c_char` with `c_char` imported from `core::ffi`',
      tree: kernel(CONST('c_char', "b'\\xe9'"), IMPORT),
      file: FILE,
      errors: [
        { span: [4, 4, 4, 21], message: CORE_IN_KERNEL },
        { span: [6, 24, 6, 41], message: `\`b'\\xe9'\` does not fit a signed char: \`as c_char\` gives -23 on ${SIDES}; kernel C chars are unsigned` },
      ],
      output: { [FILE]: driver(CONST('c_char', "b'\\xe9'"), 'use kernel::ffi::c_char;\n') },
    },
    {
      name: 'kernel: `200 as core::ffi::c_char`',
      tree: kernel('fn high() -> core::ffi::c_char {\n    200 as core::ffi::c_char\n}\n'),
      file: FILE,
      errors: [
        { span: [5, 13, 5, 30], message: CORE_IN_KERNEL },
        { span: [6, 4, 6, 28], message: '`200` does not fit a signed char: `as core::ffi::c_char` gives -56 on loongarch64, um, x86_64 and 200 on arm, arm64, powerpc, powerpc64, riscv64, s390x; kernel C chars are unsigned' },
        { span: [6, 11, 6, 28], message: CORE_IN_KERNEL },
      ],
      output: { [FILE]: driver('fn high() -> kernel::ffi::c_char {\n    200 as core::ffi::c_char\n}\n', '') },
    },
    {
      name: 'kernel: a byte string with 0xe9 read through `*const c_char` from `core::ffi`',
      tree: kernel(BYTES('c_char', 'b"caf\\xe9\\0"'), IMPORT),
      file: FILE,
      errors: [{ span: [4, 4, 4, 21], message: CORE_IN_KERNEL }, { span: [7, 4, 7, 42], message: pointsAt('b"caf\\xe9\\0".as_ptr()', '*const c_char') }],
      output: { [FILE]: driver(BYTES('c_char', 'b"caf\\xe9\\0"'), 'use kernel::ffi::c_char;\n') },
    },
    {
      name: 'core: `0xE9u8 as core::ffi::c_char`',
      tree: core(CONST('core::ffi::c_char', '0xE9u8')),
      file: FILE,
      errors: [{ span: [5, 35, 5, 62], message: `\`0xE9u8\` does not fit a signed char: \`as core::ffi::c_char\` gives -23 on ${SIDES}; kernel C chars are unsigned` }],
      output: null,
    },
    {
      name: 'core: `b\'\\xe9\' as core::ffi::c_char` (a byte literal is a `u8`)',
      tree: core(CONST('core::ffi::c_char', "b'\\xe9'")),
      file: FILE,
      errors: [{ span: [5, 35, 5, 63], message: `\`b'\\xe9'\` does not fit a signed char: \`as core::ffi::c_char\` gives -23 on ${SIDES}; kernel C chars are unsigned` }],
      output: null,
    },
    {
      name: 'core: `200 as core::ffi::c_char`',
      tree: core(CONST('core::ffi::c_char', '200')),
      file: FILE,
      errors: [{ span: [5, 35, 5, 59], message: '`200` does not fit a signed char: `as core::ffi::c_char` gives -56 on loongarch64, um, x86_64 and 200 on arm, arm64, powerpc, powerpc64, riscv64, s390x; kernel C chars are unsigned' }],
      output: null,
    },
    {
      name: 'core: a byte string with 0xe9 read through `*const core::ffi::c_char`',
      tree: core(BYTES('core::ffi::c_char', 'b"caf\\xe9\\0"')),
      file: FILE,
      errors: [{ span: [6, 4, 6, 53], message: pointsAt('b"caf\\xe9\\0".as_ptr()', '*const core::ffi::c_char') }],
      output: null,
    },
    {
      name: 'core, a tree without -funsigned-char: an array of bytes in a local, without the kernel C clause',
      tree: core(LOCAL_ARRAY('core::ffi::c_char'), { unsignedChar: false }),
      file: FILE,
      errors: [{ span: [7, 4, 7, 45], message: pointsAt('name.as_ptr()', '*const core::ffi::c_char', '') }],
      output: null,
    },
  ],
});
