/**
 * c-char-sign, comparisons against the sign of a C `char` (`c < 0`, `c >= 0`, `c <= -1`,
 * `c == -1` …): a value read through `*const c_char` (deref, `.add`, `.read()`, index), a
 * binding's `char` result, a `c_char` parameter or field. Under the kernel mapping the char is
 * `u8` everywhere, so the test is constant (rustc's `unused_comparisons`) or rejected (E0600);
 * under `core::ffi` its result depends on the arch.
 */
import { cCharSign } from '../../server/src/core/rules/cCharSign';
import { ruleTable } from '../support/ruleTester';
import { driver, fixtureTree, rustTree } from '../support/trees';

const FILE = 'drivers/misc/rust_x.rs';
const ALL = 'arm, arm64, loongarch64, powerpc, powerpc64, riscv64, s390x, um, x86_64';
const SIDES = 'it is `i8` on loongarch64, um, x86_64 but `u8` on arm, arm64, powerpc, powerpc64, riscv64, s390x, where';
const KERNEL_U8 = `\`u8\` on every arch of this tree (${ALL}) under the kernel mapping (rust/ffi.rs), like kernel C \`char\` (-funsigned-char)`;
const always = (expr: string, value: string, outcome: string, fixed: string, u8 = KERNEL_U8) =>
  `\`${expr}\` is always ${outcome}: \`${value}\` is a C \`char\`, ${u8}, and rustc's \`unused_comparisons\` lint warns about ` +
  `the same comparison; on a signed char it was the byte test \`${fixed}\``;
const rejected = (expr: string, value: string, fixed: string) =>
  `\`${expr}\` compares a C \`char\` with a negative number, but \`${value}\` is ${KERNEL_U8}: rustc rejects \`-1\` (E0600); ` +
  `on a signed char it was the byte test \`${fixed}\``;

const kernel = (body: string, imports?: string) => rustTree({ mapping: 'kernel', files: { [FILE]: driver(body, imports) } });
const core = (body: string, imports?: string, arches?: Parameters<typeof rustTree>[0]['arches']) =>
  rustTree({ mapping: 'core', arches, files: { [FILE]: driver(body, imports) } });

const PARAM = (ty: string, test: string) => `fn high(c: ${ty}) -> bool {\n    ${test}\n}\n`;
const AT_ONE = (ty: string, test: string) => `fn at_one(s: *const ${ty}) -> bool {\n    // SAFETY: TODO.\n    unsafe { ${test} }\n}\n`;
const GETCHAR = (test: string) => `fn eof() -> bool {\n    // SAFETY: TODO.\n    let c = unsafe { bindings::kdb_getchar() };\n    ${test}\n}\n`;
const FIELD = (test: string) => `fn high(flag: &bindings::taint_flag) -> bool {\n    ${test}\n}\n`;
const READ = (ty: string, test: string) => `fn high(s: *const ${ty}) -> bool {\n    // SAFETY: TODO.\n    ${test}\n}\n`;
const HEX_ASC = (test: string) => `fn high(i: usize) -> bool {\n    // SAFETY: TODO.\n    let c = unsafe { bindings::hex_asc[i] };\n    ${test}\n}\n`;

const K_PARAM = driver(PARAM('kernel::ffi::c_char', 'c < 0'), '');
const K_AT_ONE = driver(AT_ONE('kernel::ffi::c_char', '*s.add(1) >= 0'), '');
const K_GETCHAR = driver(GETCHAR('c == -1'));
const K_FIELD = driver(FIELD('flag.c_true <= -1'));
const K_READ = driver(READ('kernel::ffi::c_char', '0 > unsafe { s.read() }'), '');
const K_HEX_ASC = driver(HEX_ASC('c != -1'));

ruleTable(cCharSign, {
  valid: [
    { name: 'kernel: `c == 0` (the NUL test) means the same on every arch', tree: kernel(PARAM('kernel::ffi::c_char', 'c == 0'), ''), file: FILE },
    { name: 'kernel: `c > 0` on a `u8` char is `c != 0`, as meant', tree: kernel(PARAM('kernel::ffi::c_char', 'c > 0'), ''), file: FILE },
    { name: 'kernel: a plain `u8` is rustc\'s business, not a C `char`', tree: kernel(PARAM('u8', 'c < 0'), ''), file: FILE },
    { name: 'kernel: a binding\'s `c_int` result compared with 0', tree: kernel('fn parse(s: *const kernel::ffi::c_char, v: &mut i32) -> bool {\n    // SAFETY: TODO.\n    let ret = unsafe { bindings::kstrtoint(s, 10, v) };\n    ret < 0\n}\n'), file: FILE },
    { name: 'kernel: the byte test itself', tree: kernel(PARAM('kernel::ffi::c_char', 'c >= 0x80'), ''), file: FILE },
    { name: 'core: `c == 0` on a char of either sign', tree: core(PARAM('core::ffi::c_char', 'c == 0'), ''), file: FILE },
    { name: 'core: only signed-char arches (loongarch64, x86_64): the test means the same on each', tree: core(PARAM('core::ffi::c_char', 'c < 0'), '', ['loongarch64', 'x86_64']), file: FILE },
    { name: 'core, 6.1-style tree (x86_64 only, no -funsigned-char): `c < 0` is C\'s own test', tree: fixtureTree('linux-6.1-style', { [FILE]: driver(PARAM('core::ffi::c_char', 'c < 0'), '') }), file: FILE },
    { name: 'core, 6.1-style tree: `c == -1` on a `char *` read', tree: fixtureTree('linux-6.1-style', { [FILE]: driver(AT_ONE('core::ffi::c_char', '*s.add(1) == -1'), '') }), file: FILE },
  ],
  invalid: [
    {
      name: 'kernel: `c < 0` on a `c_char` parameter is always false',
      tree: kernel(PARAM('kernel::ffi::c_char', 'c < 0'), ''),
      file: FILE,
      errors: [{ span: [6, 4, 6, 9], message: always('c < 0', 'c', 'false', 'c >= 0x80') }],
      output: { [FILE]: K_PARAM.replace('c < 0', 'c >= 0x80') },
    },
    {
      name: 'kernel: `*s.add(1) >= 0` through a `*const c_char` is always true',
      tree: kernel(AT_ONE('kernel::ffi::c_char', '*s.add(1) >= 0'), ''),
      file: FILE,
      errors: [{ span: [7, 13, 7, 27], message: always('*s.add(1) >= 0', '*s.add(1)', 'true', '*s.add(1) < 0x80') }],
      output: { [FILE]: K_AT_ONE.replace('*s.add(1) >= 0', '*s.add(1) < 0x80') },
    },
    {
      name: 'kernel: `0 > s.read()`, written the other way round, keeps its order',
      tree: kernel(READ('kernel::ffi::c_char', '0 > unsafe { s.read() }'), ''),
      file: FILE,
      errors: [{ span: [7, 4, 7, 27], message: always('0 > unsafe { s.read() }', 'unsafe { s.read() }', 'false', '0x80 <= unsafe { s.read() }') }],
      output: { [FILE]: K_READ.replace('0 > unsafe', '0x80 <= unsafe') },
    },
    {
      name: 'kernel: a binding\'s `char` result `== -1` does not compile',
      tree: kernel(GETCHAR('c == -1')),
      file: FILE,
      errors: [{ span: [9, 4, 9, 11], message: rejected('c == -1', 'c', 'c == 0xff') }],
      output: { [FILE]: K_GETCHAR.replace('c == -1', 'c == 0xff') },
    },
    {
      name: 'kernel: a `c_char` field `<= -1`',
      tree: kernel(FIELD('flag.c_true <= -1')),
      file: FILE,
      errors: [{ span: [7, 4, 7, 21], message: rejected('flag.c_true <= -1', 'flag.c_true', 'flag.c_true >= 0x80') }],
      output: { [FILE]: K_FIELD.replace('flag.c_true <= -1', 'flag.c_true >= 0x80') },
    },
    {
      name: 'kernel: an element of a `char[]` static `!= -1`',
      tree: kernel(HEX_ASC('c != -1')),
      file: FILE,
      errors: [{ span: [9, 4, 9, 11], message: rejected('c != -1', 'c', 'c != 0xff') }],
      output: { [FILE]: K_HEX_ASC.replace('c != -1', 'c != 0xff') },
    },
    {
      name: 'core: `c < 0` on a `core::ffi::c_char` depends on the arch',
      tree: core(PARAM('core::ffi::c_char', 'c < 0'), ''),
      file: FILE,
      errors: [{ span: [6, 4, 6, 9], message: `\`c < 0\` tests the sign of a C \`char\`: ${SIDES} the test is always false (rustc's \`unused_comparisons\`); kernel C chars are unsigned` }],
      output: null,
    },
    {
      name: 'core: `*s > 0` (a "not NUL" test) lets bytes ≥ 0x80 through only where the char is `u8`',
      tree: core(AT_ONE('core::ffi::c_char', '*s > 0'), ''),
      file: FILE,
      errors: [{ span: [7, 13, 7, 19], message: `\`*s > 0\` tests the sign of a C \`char\`: ${SIDES} bytes ≥ 0x80 pass it; kernel C chars are unsigned` }],
      output: null,
    },
    {
      name: 'core: a binding\'s `char` result `== -1` compiles only where the char is `i8`',
      tree: core(GETCHAR('c == -1')),
      file: FILE,
      errors: [{ span: [9, 4, 9, 11], message: `\`c == -1\` compares a C \`char\` with a negative number: ${SIDES} rustc rejects \`-1\` (E0600); kernel C chars are unsigned` }],
      output: null,
    },
    {
      name: 'core, a tree without -funsigned-char: the same, without the kernel C clause',
      tree: rustTree({ mapping: 'core', unsignedChar: false, files: { [FILE]: driver(FIELD('flag.c_true <= -1')) } }),
      file: FILE,
      errors: [{ span: [7, 4, 7, 21], message: `\`flag.c_true <= -1\` compares a C \`char\` with a negative number: ${SIDES} rustc rejects \`-1\` (E0600)` }],
      output: null,
    },
    {
      name: 'core, only unsigned-char arches (arm64, riscv64): `c < 0` is always false there too',
      tree: core(PARAM('core::ffi::c_char', 'c < 0'), '', ['arm64', 'riscv64']),
      file: FILE,
      errors: [{ span: [6, 4, 6, 9], message: always('c < 0', 'c', 'false', 'c >= 0x80', '`u8` on every arch of this tree (arm64, riscv64) under the core::ffi mapping') }],
      output: { [FILE]: driver(PARAM('core::ffi::c_char', 'c >= 0x80'), '') },
    },
  ],
});
