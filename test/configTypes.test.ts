/**
 * Typedefs that differ by arch and config: the typedef scan of a header, the conditions
 * evaluated per arch, which definition applies where, and the config choices of an arch.
 * The arch-support.rst reading that says which arches a tree has is here too.
 */
import { describe, expect, it } from 'vitest';
import { scanTypedefs } from '../server/src/core/index/headerScan';
import type { TypedefDecl } from '../server/src/core/index/headers';
import { conditionHolds, configChoices, NO_ASSUMPTIONS, typedefOn } from '../server/src/core/configTypes';
import { parseArchSupport } from '../server/src/core/tree';
import { cTypeNameOf } from '../server/src/core/archTable';

const TYPES_H = `/* SPDX-License-Identifier: GPL-2.0 */
#ifndef _LINUX_TYPES_H
#define _LINUX_TYPES_H

#ifdef CONFIG_ARCH_DMA_ADDR_T_64BIT
typedef u64 dma_addr_t;
#else
typedef u32 dma_addr_t;
#endif

typedef unsigned int __bitwise gfp_t;

#if defined(CONFIG_PHYS_ADDR_T_64BIT) && \\
    !defined(__ASSEMBLY__)
typedef u64 phys_addr_t; /* a comment */
#elif BITS_PER_LONG == 32
typedef u32 phys_addr_t;
#endif

/*
typedef int commented_out_t;
#ifdef CONFIG_64BIT
*/
typedef phys_addr_t resource_size_t;
typedef int (*callback_t)(int);
typedef u32 cpumask_bits_t[4];
typedef struct {
	int counter;
} atomic_t;
__extension__ typedef unsigned long long __u64;

#endif /* _LINUX_TYPES_H */
`;

function decls(text: string, path = 'include/linux/types.h'): TypedefDecl[] {
  return scanTypedefs(text).map((d) => ({ ...d, file: `/t/${path}`, path }));
}

describe('typedef scan', () => {
  it('reads one-line typedefs with the #if conditions around them', () => {
    expect(scanTypedefs(TYPES_H).map((d) => [d.name, d.type, d.conditions, d.line + 1])).toEqual([
      ['dma_addr_t', 'u64', ['!defined(_LINUX_TYPES_H)', 'defined(CONFIG_ARCH_DMA_ADDR_T_64BIT)'], 6],
      ['dma_addr_t', 'u32', ['!defined(_LINUX_TYPES_H)', '!(defined(CONFIG_ARCH_DMA_ADDR_T_64BIT))'], 8],
      ['gfp_t', 'unsigned int', ['!defined(_LINUX_TYPES_H)'], 11],
      ['phys_addr_t', 'u64', ['!defined(_LINUX_TYPES_H)', 'defined(CONFIG_PHYS_ADDR_T_64BIT) && !defined(__ASSEMBLY__)'], 15],
      ['phys_addr_t', 'u32', ['!defined(_LINUX_TYPES_H)', '!(defined(CONFIG_PHYS_ADDR_T_64BIT) && !defined(__ASSEMBLY__))', 'BITS_PER_LONG == 32'], 17],
      ['resource_size_t', 'phys_addr_t', ['!defined(_LINUX_TYPES_H)'], 24],
      ['__u64', 'unsigned long long', ['!defined(_LINUX_TYPES_H)'], 30],
    ]);
  });

  it('reads CRLF and lone-CR headers the same way', () => {
    expect(scanTypedefs(TYPES_H.replace(/\n/g, '\r\n'))).toEqual(scanTypedefs(TYPES_H));
    expect(scanTypedefs(TYPES_H.replace(/\n/g, '\r'))).toEqual(scanTypedefs(TYPES_H));
  });

  it('reads a typedef or a directive on the first line', () => {
    expect(scanTypedefs('#ifdef CONFIG_64BIT\ntypedef u64 w_t;\n#endif\n').map((d) => [d.name, d.conditions, d.line])).toEqual([['w_t', ['defined(CONFIG_64BIT)'], 1]]);
    expect(scanTypedefs('typedef u64 w_t;').map((d) => [d.name, d.type, d.line])).toEqual([['w_t', 'u64', 0]]);
  });
});

describe('conditions per arch', () => {
  it.each([
    ['defined(CONFIG_64BIT)', { x86_64: true, arm: false, powerpc: false, powerpc64: true, s390x: true }],
    ['!(defined(CONFIG_64BIT))', { x86_64: false, arm: true, powerpc: true, powerpc64: false, s390x: false }],
    ['IS_ENABLED(CONFIG_64BIT) || defined(CONFIG_NO_SUCH_SYMBOL)', { x86_64: true, arm: undefined }],
    ['BITS_PER_LONG == 64 && !defined(__ASSEMBLY__)', { x86_64: undefined, arm: false }],
    ['__BITS_PER_LONG != 64', { riscv64: false, arm: true }],
    ['defined(CONFIG_PHYS_ADDR_T_64BIT)', { arm64: true, arm: undefined, powerpc: undefined, powerpc64: true }],
    ['defined(CONFIG_64BIT) &&', { x86_64: undefined }],
  ] as const)('%s', (cond, expected) => {
    const got = Object.fromEntries(Object.keys(expected).map((a) => [a, conditionHolds(cond, a as 'arm', NO_ASSUMPTIONS)]));
    expect(got).toEqual(expected);
    expect(conditionHolds(cond, undefined, NO_ASSUMPTIONS), 'an arch the table does not know').toBe(undefined);
  });

  it('takes a config choice as assumed', () => {
    const lpae = new Map([['CONFIG_PHYS_ADDR_T_64BIT', true]]);
    expect([conditionHolds('defined(CONFIG_PHYS_ADDR_T_64BIT)', 'arm', lpae), conditionHolds('!defined(CONFIG_PHYS_ADDR_T_64BIT)', 'arm', lpae)])
      .toEqual([true, false]);
  });
});

describe('which definition applies', () => {
  const types = decls(TYPES_H);
  const named = (n: string) => types.filter((d) => d.name === n);

  it('a typedef no config or arch decides is fixed: the bindings say what it is', () => {
    expect(typedefOn(named('gfp_t'), 'arm', NO_ASSUMPTIONS)).toEqual({ kind: 'fixed' });
    expect(typedefOn(named('resource_size_t'), undefined, NO_ASSUMPTIONS)).toEqual({ kind: 'fixed' });
    const compat = decls('#ifdef CONFIG_COMPAT_FOR_U64_ALIGNMENT\ntypedef s64 __attribute__((aligned(4))) compat_s64;\n#else\ntypedef s64 compat_s64;\n#endif\n');
    expect(typedefOn(compat, 'arm', NO_ASSUMPTIONS), 'the same type under a symbol the table does not know').toEqual({ kind: 'fixed' });
  });

  it('a config conditional: decided on 64-bit arches, a choice on arm and powerpc', () => {
    const dma = named('dma_addr_t');
    expect(typedefOn(dma, 'x86_64', NO_ASSUMPTIONS)).toEqual({ kind: 'defined', decl: dma[0], decisive: [['CONFIG_ARCH_DMA_ADDR_T_64BIT', true]] });
    expect(typedefOn(dma, 'arm', NO_ASSUMPTIONS)).toEqual({ kind: 'choice', symbols: ['CONFIG_ARCH_DMA_ADDR_T_64BIT'], candidates: dma });
    expect(typedefOn(dma, 'arm', new Map([['CONFIG_ARCH_DMA_ADDR_T_64BIT', false]])))
      .toEqual({ kind: 'defined', decl: dma[1], decisive: [['CONFIG_ARCH_DMA_ADDR_T_64BIT', false]] });
    expect(typedefOn(dma, undefined, NO_ASSUMPTIONS)).toEqual({ kind: 'unknown', why: '`dma_addr_t` depends on the arch' });
  });

  it('a condition it cannot decide makes the typedef unknown there', () => {
    expect(typedefOn(named('phys_addr_t'), 'x86_64', NO_ASSUMPTIONS)).toEqual({
      kind: 'unknown',
      why: '`#if defined(CONFIG_PHYS_ADDR_T_64BIT) && !defined(__ASSEMBLY__)` (include/linux/types.h:15) cannot be decided on x86_64',
    });
  });

  it('an arch header typedef: each arch its own header, unknown where the tree has none', () => {
    const cycles = [
      ...decls('typedef unsigned long long cycles_t;\n', 'arch/x86/include/asm/tsc.h'),
      ...decls('typedef unsigned long cycles_t;\n', 'arch/arm/include/asm/timex.h'),
      ...decls('typedef unsigned long cycles_t;\n', 'include/asm-generic/timex.h'),
    ];
    expect(typedefOn(cycles, 'x86_64', NO_ASSUMPTIONS)).toEqual({ kind: 'defined', decl: cycles[0], decisive: [] });
    expect(typedefOn(cycles, 'arm', NO_ASSUMPTIONS)).toEqual({ kind: 'defined', decl: cycles[1], decisive: [] });
    expect(typedefOn(cycles, 'arm64', NO_ASSUMPTIONS))
      .toEqual({ kind: 'unknown', why: "`cycles_t` is each arch's own type, and the tree has no header defining it there" });
    expect(typedefOn(cycles, 'powerpc64', NO_ASSUMPTIONS))
      .toEqual({ kind: 'unknown', why: "`cycles_t` is each arch's own type, and the tree has no header defining it there" });
  });

  it('two definitions in one arch (chosen by an #include we do not follow) are unknown', () => {
    const pte = [
      ...decls('typedef u32 pteval_t;\n', 'arch/arm/include/asm/pgtable-2level-types.h'),
      ...decls('typedef u64 pteval_t;\n', 'arch/arm/include/asm/pgtable-3level-types.h'),
    ];
    expect(typedefOn(pte, 'arm', NO_ASSUMPTIONS)).toEqual({
      kind: 'unknown',
      why: '`pteval_t` has 2 definitions on arm (arch/arm/include/asm/pgtable-2level-types.h:1, arch/arm/include/asm/pgtable-3level-types.h:1)',
    });
  });
});

describe('config choices of an arch', () => {
  const choices = (arch: 'arm' | 'powerpc' | 'x86_64', symbols: string[]) =>
    configChoices(arch, symbols).map((c) => [c.label, Object.fromEntries(c.assume)]);

  it('none where every symbol is decided', () => {
    expect(choices('x86_64', ['CONFIG_PHYS_ADDR_T_64BIT', 'CONFIG_64BIT'])).toEqual([['', {}]]);
  });

  it('arm: LPAE selects the physical address width', () => {
    expect(choices('arm', ['CONFIG_PHYS_ADDR_T_64BIT'])).toEqual([
      ['with CONFIG_ARM_LPAE', { CONFIG_PHYS_ADDR_T_64BIT: true }],
      ['without CONFIG_ARM_LPAE', { CONFIG_PHYS_ADDR_T_64BIT: false }],
    ]);
  });

  it('arm: LPAE or Xen select the DMA address width', () => {
    expect(choices('arm', ['CONFIG_ARCH_DMA_ADDR_T_64BIT'])).toEqual([
      ['with CONFIG_ARM_LPAE or CONFIG_XEN', { CONFIG_ARCH_DMA_ADDR_T_64BIT: true }],
      ['with neither CONFIG_ARM_LPAE nor CONFIG_XEN', { CONFIG_ARCH_DMA_ADDR_T_64BIT: false }],
    ]);
  });

  it('both on arm: only the settings the options allow, implied ones unsaid', () => {
    expect(choices('arm', ['CONFIG_PHYS_ADDR_T_64BIT', 'CONFIG_ARCH_DMA_ADDR_T_64BIT'])).toEqual([
      ['with CONFIG_ARM_LPAE', { CONFIG_PHYS_ADDR_T_64BIT: true, CONFIG_ARCH_DMA_ADDR_T_64BIT: true }],
      ['without CONFIG_ARM_LPAE, with CONFIG_ARM_LPAE or CONFIG_XEN', { CONFIG_PHYS_ADDR_T_64BIT: false, CONFIG_ARCH_DMA_ADDR_T_64BIT: true }],
      ['with neither CONFIG_ARM_LPAE nor CONFIG_XEN', { CONFIG_PHYS_ADDR_T_64BIT: false, CONFIG_ARCH_DMA_ADDR_T_64BIT: false }],
    ]);
  });

  it('both on 32-bit powerpc: one option decides both', () => {
    expect(choices('powerpc', ['CONFIG_PHYS_ADDR_T_64BIT', 'CONFIG_ARCH_DMA_ADDR_T_64BIT'])).toEqual([
      ['with CONFIG_PHYS_64BIT', { CONFIG_PHYS_ADDR_T_64BIT: true, CONFIG_ARCH_DMA_ADDR_T_64BIT: true }],
      ['without CONFIG_PHYS_64BIT', { CONFIG_PHYS_ADDR_T_64BIT: false, CONFIG_ARCH_DMA_ADDR_T_64BIT: false }],
    ]);
  });
});

describe('C type spellings', () => {
  it.each([
    ['unsigned long long', 'c_ulonglong'], ['long unsigned int', 'c_ulong'], ['signed char', 'c_schar'], ['__signed__ char', 'c_schar'],
    ['char', 'c_char'], ['unsigned', 'c_uint'], ['short int', 'c_short'], ['const int', 'c_int'], ['long double', undefined], ['u64', undefined],
  ])('%s', (spelling, name) => expect(cTypeNameOf(spelling)).toBe(name));
});

const rst = (rows: string) => `Arch Support
============

=============  ================  ==============================================
Architecture   Level of support  Constraints
=============  ================  ==============================================
${rows}
=============  ================  ==============================================
`;

describe('arch-support.rst', () => {
  it("reads mainline's table with powerpc and s390: the constraints say the word sizes", () => {
    expect(parseArchSupport(rst([
      '``arm``        Maintained        ARMv7 Little Endian only.',
      '``arm64``      Maintained        Little Endian only.',
      '``loongarch``  Maintained        \\-',
      '``powerpc``    Experimental      64-bit Little Endian. 32-bit Big Endian.',
      '``riscv``      Maintained        ``riscv64`` and LLVM/Clang only.',
      '``s390``       Maintained        ``CONFIG_EXPOLINE`` must be disabled.',
      '``um``         Maintained        \\-',
      '``x86``        Maintained        ``x86_64`` only.',
    ].join('\n')))).toEqual({
      arches: ['arm', 'arm64', 'loongarch64', 'powerpc', 'powerpc64', 'riscv64', 's390x', 'um', 'x86_64'],
      unknown: [],
    });
  });

  it('a line naming one word size means only that one; a cell may continue on the next line', () => {
    expect(parseArchSupport(rst([
      '``powerpc``    Experimental      64-bit Little Endian',
      '                                 only.',
      '``x86``        Odd Fixes         32-bit only.',
    ].join('\n')))).toEqual({ arches: ['powerpc64'], unknown: ['x86 (32-bit)'] });
  });

  it('an arch the table does not know is kept by name', () => {
    expect(parseArchSupport(rst([
      '``sparc``      Experimental      \\-',
      '``x86``        Maintained        ``x86_64`` only.',
    ].join('\n')))).toEqual({ arches: ['x86_64'], unknown: ['sparc'] });
  });
});
