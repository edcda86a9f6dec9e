import { archDependentCast } from '../../server/src/core/rules/archDependentCast';
import { ruleTable } from '../support/ruleTester';
import { driver, fixtureTree, MAINLINE_ARCH_ROWS, rustTree, widthTree } from '../support/trees';

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

/** `fn f(a: bindings::T) -> U { a as U }` after `use kernel::bindings;`: the cast spans 7:4–7:12. */
const widthCast = (type: string, to: string) => driver(`fn f(a: bindings::${type}) -> ${to} {\n    a as ${to}\n}\n`);
const SPAN: [number, number, number, number] = [7, 4, 7, 12];
const NO_LPAE = 'arm without CONFIG_ARM_LPAE, powerpc without CONFIG_PHYS_64BIT';
const LPAE_AND_64 = 'arm with CONFIG_ARM_LPAE, arm64, powerpc with CONFIG_PHYS_64BIT, powerpc64, riscv64, s390x, um, x86_64';
const ALL_64 = 'arm64, powerpc64, riscv64, s390x, um, x86_64';
const mainline = (type: string, to: string) => widthTree(MAINLINE_ARCH_ROWS, { [FILE]: widthCast(type, to) });

ruleTable(archDependentCast, {
  valid: [
    { name: 'only 64-bit arches: the cast is plainly unnecessary', tree: rustTree({ mapping: 'core', arches: ['arm64', 'x86_64'], files: { [FILE]: CORE_ULONG } }), file: FILE },
    { name: 'kernel mapping: `b\'a\' as kernel::ffi::c_char` is a no-op everywhere (unnecessary-cast\'s)', tree: rustTree({ mapping: 'kernel', files: { [FILE]: driver("const A: kernel::ffi::c_char = b'a' as kernel::ffi::c_char;\n", '') } }), file: FILE },
    { name: 'a conversion everywhere', tree: rustTree({ mapping: 'core', files: { [FILE]: driver('fn f(x: u32) -> u64 {\n    x as u64\n}\n', '') } }), file: FILE },
    { name: 'kernel mapping: ffi::c_ulong is usize everywhere, so u64 is a conversion everywhere', tree: rustTree({ mapping: 'kernel', files: { [FILE]: driver('fn f(x: kernel::ffi::c_ulong) -> u64 {\n    x as u64\n}\n', '') } }), file: FILE },
    { name: 'cycles_t as u32: a conversion on every arch whose header the tree holds', tree: mainline('cycles_t', 'u32'), file: FILE },
    {
      name: 'phys_addr_t as u64 on 64-bit arches only: the same everywhere (unnecessary-cast says so)',
      tree: widthTree(['``arm64``      Maintained        Little Endian only.', '``x86``        Maintained        ``x86_64`` only.'], { [FILE]: widthCast('phys_addr_t', 'u64') }),
      file: FILE,
    },
    {
      name: 'core::ffi::c_ulong as u64 where an arch the table does not know is listed: still no conversion on a known arch',
      tree: widthTree(['``arm64``      Maintained        Little Endian only.', '``sparc``      Maintained        \\-'], { [FILE]: CORE_ULONG }),
      file: FILE,
    },
  ],
  invalid: [
    {
      name: 'a byte literal is a `u8`: `b\'a\' as core::ffi::c_char` converts where that is `i8`',
      tree: rustTree({ mapping: 'core', files: { [FILE]: driver("const A: core::ffi::c_char = b'a' as core::ffi::c_char;\n", '') } }),
      file: FILE,
      errors: [{ span: [5, 29, 5, 54], message: `\`as core::ffi::c_char\` is a no-op on arm, arm64, powerpc, powerpc64, riscv64, s390x; converts on loongarch64, um, x86_64 (\`core::ffi::c_char\` is \`i8\` there): ${TAIL}` }],
    },
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
    {
      name: 'phys_addr_t as u64: u32 on arm without LPAE and powerpc without PHYS_64BIT (include/linux/types.h)',
      tree: mainline('phys_addr_t', 'u64'),
      file: FILE,
      errors: [{ span: SPAN, message: `\`as u64\` is a no-op on ${LPAE_AND_64}; converts on ${NO_LPAE} (\`bindings::phys_addr_t\` is \`u32\` there, without \`CONFIG_PHYS_ADDR_T_64BIT\`): ${TAIL}` }],
    },
    {
      name: 'phys_addr_t as u32: a no-op only there',
      tree: mainline('phys_addr_t', 'u32'),
      file: FILE,
      errors: [{ span: SPAN, message: `\`as u32\` is a no-op on ${NO_LPAE}; converts on ${LPAE_AND_64} (\`bindings::phys_addr_t\` is \`u64\` there, with \`CONFIG_PHYS_ADDR_T_64BIT\`): ${TAIL}` }],
    },
    {
      name: 'dma_addr_t as u64: on arm, LPAE or Xen make it 64-bit',
      tree: mainline('dma_addr_t', 'u64'),
      file: FILE,
      errors: [{
        span: SPAN,
        message: '`as u64` is a no-op on arm with CONFIG_ARM_LPAE or CONFIG_XEN, arm64, powerpc with CONFIG_PHYS_64BIT, powerpc64, riscv64, s390x, um, x86_64; ' +
          'converts on arm with neither CONFIG_ARM_LPAE nor CONFIG_XEN, powerpc without CONFIG_PHYS_64BIT ' +
          `(\`bindings::dma_addr_t\` is \`u32\` there, without \`CONFIG_ARCH_DMA_ADDR_T_64BIT\`): ${TAIL}`,
      }],
    },
    {
      name: 'resource_size_t as u64: a plain typedef of phys_addr_t, so the same',
      tree: mainline('resource_size_t', 'u64'),
      file: FILE,
      errors: [{ span: SPAN, message: `\`as u64\` is a no-op on ${LPAE_AND_64}; converts on ${NO_LPAE} (\`bindings::resource_size_t\` is \`u32\` there, without \`CONFIG_PHYS_ADDR_T_64BIT\`): ${TAIL}` }],
    },
    {
      name: 'a CONFIG_64BIT typedef as u64',
      tree: mainline('counter_word_t', 'u64'),
      file: FILE,
      errors: [{ span: SPAN, message: `\`as u64\` is a no-op on ${ALL_64}; converts on arm, powerpc (\`bindings::counter_word_t\` is \`u32\` there, without \`CONFIG_64BIT\`): ${TAIL}` }],
    },
    {
      name: 'a CONFIG_64BIT typedef as u32',
      tree: mainline('counter_word_t', 'u32'),
      file: FILE,
      errors: [{ span: SPAN, message: `\`as u32\` is a no-op on arm, powerpc; converts on ${ALL_64} (\`bindings::counter_word_t\` is \`u64\` there, with \`CONFIG_64BIT\`): ${TAIL}` }],
    },
    {
      name: 'an arch header typedef: x86 and arm define cycles_t, the other arches of the tree are unknown',
      tree: mainline('cycles_t', 'u64'),
      file: FILE,
      errors: [{
        span: SPAN,
        message: '`as u64` is a no-op on x86_64; converts on arm (`bindings::cycles_t` is `usize` there, as arch/arm/include/asm/timex.h defines it); ' +
          `not known on arm64, powerpc, powerpc64, riscv64, s390x, um: ${TAIL}`,
      }],
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
