import { archDependentCast } from '../../server/src/core/rules/archDependentCast';
import { ruleTable } from '../support/ruleTester';
import { driver, fixtureTree, rustTree } from '../support/trees';

const FILE = 'drivers/misc/rust_x.rs';
const TAIL = 'keep it, although clippy::unnecessary_cast on a host of the first kind calls it unnecessary';

const CORE_ULONG = driver(`fn bytes(pages: core::ffi::c_ulong) -> u64 {
    pages as u64 * 4096
}
`, '');
const CSTR = driver(`fn name() -> *const u8 {
    c"rust_x".as_ptr() as *const u8
}
`, '');
const TO_ULONG = driver(`fn pages(n: u64) -> core::ffi::c_ulong {
    n as core::ffi::c_ulong
}
`, '');

ruleTable(archDependentCast, {
  valid: [
    { name: 'only 64-bit arches: the cast is plainly unnecessary', tree: rustTree({ mapping: 'core', arches: ['arm64', 'x86_64'], files: { [FILE]: CORE_ULONG } }), file: FILE },
    { name: 'kernel mapping: `b\'a\' as kernel::ffi::c_char` is a no-op everywhere (unnecessary-cast\'s)', tree: rustTree({ mapping: 'kernel', files: { [FILE]: driver("const A: kernel::ffi::c_char = b'a' as kernel::ffi::c_char;\n", '') } }), file: FILE },
    { name: 'a conversion everywhere', tree: rustTree({ mapping: 'core', files: { [FILE]: driver('fn f(x: u32) -> u64 {\n    x as u64\n}\n', '') } }), file: FILE },
    { name: 'kernel mapping: ffi::c_ulong is usize everywhere, so u64 is a conversion everywhere', tree: rustTree({ mapping: 'kernel', files: { [FILE]: driver('fn f(x: kernel::ffi::c_ulong) -> u64 {\n    x as u64\n}\n', '') } }), file: FILE },
  ],
  invalid: [
    {
      name: 'a byte literal is a `u8`: `b\'a\' as core::ffi::c_char` converts where that is `i8`',
      tree: rustTree({ mapping: 'core', files: { [FILE]: driver("const A: core::ffi::c_char = b'a' as core::ffi::c_char;\n", '') } }),
      file: FILE,
      errors: [{ span: [5, 29, 5, 54], message: `\`as core::ffi::c_char\` is a no-op on arm, arm64, riscv64; converts on loongarch64, um, x86_64 (\`core::ffi::c_char\` is \`i8\` there): ${TAIL}` }],
    },
    {
      name: 'core::ffi::c_ulong as u64 (rust-clippy #10555): u32 on 32-bit arm, core mapping',
      tree: rustTree({ mapping: 'core', files: { [FILE]: CORE_ULONG } }),
      file: FILE,
      errors: [{ span: [6, 4, 6, 16], message: `\`as u64\` is a no-op on arm64, loongarch64, riscv64, um, x86_64; converts on arm (\`core::ffi::c_ulong\` is \`u32\` there): ${TAIL}` }],
    },
    {
      name: 'the same in a kernel-mapping tree, new bindgen shape: core::ffi is still per-arch',
      tree: rustTree({ mapping: 'kernel', unsafeExtern: true, files: { [FILE]: CORE_ULONG } }),
      file: FILE,
      errors: [{ span: [6, 4, 6, 16], message: `\`as u64\` is a no-op on arm64, loongarch64, riscv64, um, x86_64; converts on arm (\`core::ffi::c_ulong\` is \`u32\` there): ${TAIL}` }],
    },
    {
      name: 'the target varies: u64 as core::ffi::c_ulong',
      tree: rustTree({ mapping: 'core', arches: ['arm', 'arm64', 'x86_64'], files: { [FILE]: TO_ULONG } }),
      file: FILE,
      errors: [{ span: [6, 4, 6, 27], message: `\`as core::ffi::c_ulong\` is a no-op on arm64, x86_64; converts on arm (\`core::ffi::c_ulong\` is \`u32\` there): ${TAIL}` }],
    },
    {
      name: 'c"…".as_ptr() is *const core::ffi::c_char: i8 on x86_64, loongarch64 and um',
      tree: rustTree({ mapping: 'kernel', files: { [FILE]: CSTR } }),
      file: FILE,
      errors: [{ span: [6, 4, 6, 35], message: `\`as *const u8\` is a no-op on arm, arm64, riscv64; converts on loongarch64, um, x86_64 (\`*const core::ffi::c_char\` is \`*const i8\` there): ${TAIL}` }],
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

ruleTable(archDependentCast, {
  valid: [
    { name: '6.1-style: `*const core::ffi::c_char as *const u8` converts on x86_64, the only arch', tree: fixtureTree('linux-6.1-style', { [FILE]: TO_U8 }), file: FILE },
    { name: '6.1-style: `*const core::ffi::c_char as *const i8` is a no-op on it (unnecessary-cast\'s)', tree: fixtureTree('linux-6.1-style', { [FILE]: TO_I8 }), file: FILE },
    { name: '6.1-style: `c"…".as_ptr() as *const u8`', tree: fixtureTree('linux-6.1-style', { [FILE]: CSTR }), file: FILE },
    { name: '6.1-style: `core::ffi::c_ulong as u64`: no 32-bit arch in the tree', tree: fixtureTree('linux-6.1-style', { [FILE]: CORE_ULONG }), file: FILE },
  ],
  invalid: [
    {
      name: '6.12-style: `*const core::ffi::c_char as *const u8`',
      tree: fixtureTree('linux-6.12-style', { [FILE]: TO_U8 }),
      file: FILE,
      errors: [{ span: [6, 4, 6, 18], message: `\`as *const u8\` is a no-op on arm64, riscv64; converts on loongarch64, um, x86_64 (\`*const core::ffi::c_char\` is \`*const i8\` there): ${TAIL}` }],
    },
    {
      name: '6.12-style: `*const core::ffi::c_char as *const i8`',
      tree: fixtureTree('linux-6.12-style', { [FILE]: TO_I8 }),
      file: FILE,
      errors: [{ span: [6, 4, 6, 18], message: `\`as *const i8\` is a no-op on loongarch64, um, x86_64; converts on arm64, riscv64 (\`*const core::ffi::c_char\` is \`*const u8\` there): ${TAIL}` }],
    },
    {
      name: '6.12-style: `c"…".as_ptr() as *const u8`',
      tree: fixtureTree('linux-6.12-style', { [FILE]: CSTR }),
      file: FILE,
      errors: [{ span: [6, 4, 6, 35], message: `\`as *const u8\` is a no-op on arm64, riscv64; converts on loongarch64, um, x86_64 (\`*const core::ffi::c_char\` is \`*const i8\` there): ${TAIL}` }],
    },
  ],
});
