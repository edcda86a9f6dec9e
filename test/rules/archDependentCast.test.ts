import { archDependentCast } from '../../server/src/core/rules/archDependentCast';
import { ruleTable } from '../support/ruleTester';
import { driver, rustTree } from '../support/trees';

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
    { name: 'a conversion everywhere', tree: rustTree({ mapping: 'core', files: { [FILE]: driver('fn f(x: u32) -> u64 {\n    x as u64\n}\n', '') } }), file: FILE },
    { name: 'kernel mapping: ffi::c_ulong is usize everywhere, so u64 is a conversion everywhere', tree: rustTree({ mapping: 'kernel', files: { [FILE]: driver('fn f(x: kernel::ffi::c_ulong) -> u64 {\n    x as u64\n}\n', '') } }), file: FILE },
  ],
  invalid: [
    {
      name: 'core::ffi::c_ulong as u64 (rust-clippy #10555): u32 on 32-bit arm, core mapping',
      tree: rustTree({ mapping: 'core', files: { [FILE]: CORE_ULONG } }),
      file: FILE,
      errors: [{ span: [6, 4, 6, 16], message: `\`as u64\` is a no-op on arm64, loongarch64, powerpc64, riscv64, s390x, um, x86_64; converts on arm, powerpc (\`core::ffi::c_ulong\` is \`u32\` there): ${TAIL}` }],
    },
    {
      name: 'the same in a kernel-mapping tree, new bindgen shape: core::ffi is still per-arch',
      tree: rustTree({ mapping: 'kernel', unsafeExtern: true, files: { [FILE]: CORE_ULONG } }),
      file: FILE,
      errors: [{ span: [6, 4, 6, 16], message: `\`as u64\` is a no-op on arm64, loongarch64, powerpc64, riscv64, s390x, um, x86_64; converts on arm, powerpc (\`core::ffi::c_ulong\` is \`u32\` there): ${TAIL}` }],
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
      errors: [{ span: [6, 4, 6, 35], message: `\`as *const u8\` is a no-op on arm, arm64, powerpc, powerpc64, riscv64, s390x; converts on loongarch64, um, x86_64 (\`*const core::ffi::c_char\` is \`*const i8\` there): ${TAIL}` }],
    },
  ],
});
