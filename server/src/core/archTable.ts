/**
 * The C-type mappings of Rust-for-Linux, per architecture (docs: shared ffi-domain §3).
 * This is the only place that knows what `c_long` is on arm; the cast rules, the type
 * resolver and hover all ask here.
 */

/**
 * An arch as the cast rules judge it: one C ABI. Named by its kernel name when that is one
 * ABI (`arm`, `arm64`, `um`), else by the word size the Rust support covers (`x86_64`,
 * `riscv64`, `loongarch64`, `s390x`); powerpc is two: `powerpc` (32-bit big endian) and
 * `powerpc64` (64-bit little endian).
 */
export type Arch = 'arm' | 'arm64' | 'loongarch64' | 'powerpc' | 'powerpc64' | 'riscv64' | 's390x' | 'um' | 'x86_64';
export type Mapping = 'kernel' | 'core';

export const ALL_ARCHES: readonly Arch[] = ['arm', 'arm64', 'loongarch64', 'powerpc', 'powerpc64', 'riscv64', 's390x', 'um', 'x86_64'];

/**
 * Used when a tree has no Documentation/rust/arch-support.rst: every arch this table knows,
 * the cautious choice (a cast is called unnecessary only when it is a no-op on all of them).
 */
export const DEFAULT_ARCHES: readonly Arch[] = ALL_ARCHES;

export function isArch(s: string): s is Arch {
  return (ALL_ARCHES as readonly string[]).includes(s);
}

/** Rust primitive types a C type can map to. */
export type Primitive =
  | 'i8' | 'u8' | 'i16' | 'u16' | 'i32' | 'u32' | 'i64' | 'u64' | 'i128' | 'u128'
  | 'isize' | 'usize' | 'f32' | 'f64' | 'bool' | 'char';

export const PRIMITIVES: ReadonlySet<string> = new Set<Primitive>([
  'i8', 'u8', 'i16', 'u16', 'i32', 'u32', 'i64', 'u64', 'i128', 'u128', 'isize', 'usize', 'f32', 'f64', 'bool', 'char',
]);

export type CTypeName =
  | 'c_char' | 'c_schar' | 'c_uchar' | 'c_short' | 'c_ushort' | 'c_int' | 'c_uint'
  | 'c_long' | 'c_ulong' | 'c_longlong' | 'c_ulonglong' | 'c_float' | 'c_double';

/** The C spelling of each `c_*` alias. */
export const C_SPELLING: Record<CTypeName, string> = {
  c_char: 'char',
  c_schar: 'signed char',
  c_uchar: 'unsigned char',
  c_short: 'short',
  c_ushort: 'unsigned short',
  c_int: 'int',
  c_uint: 'unsigned int',
  c_long: 'long',
  c_ulong: 'unsigned long',
  c_longlong: 'long long',
  c_ulonglong: 'unsigned long long',
  c_float: 'float',
  c_double: 'double',
};

export function isCTypeName(s: string): s is CTypeName {
  return Object.prototype.hasOwnProperty.call(C_SPELLING, s);
}

interface ArchAbi {
  /** Word size: 32 is ILP32, 64 is LP64. */
  bits: 32 | 64;
  charSigned: boolean;
  /** The kernel's name: its `arch/<dir>` and its line in arch-support.rst. */
  kernelName: string;
}

/** The C ABI of each arch, as `core::ffi` follows it. */
const ABI: Record<Arch, ArchAbi> = {
  arm: { bits: 32, charSigned: false, kernelName: 'arm' },
  arm64: { bits: 64, charSigned: false, kernelName: 'arm64' },
  loongarch64: { bits: 64, charSigned: true, kernelName: 'loongarch' },
  powerpc: { bits: 32, charSigned: false, kernelName: 'powerpc' },
  powerpc64: { bits: 64, charSigned: false, kernelName: 'powerpc' },
  riscv64: { bits: 64, charSigned: false, kernelName: 'riscv' },
  s390x: { bits: 64, charSigned: false, kernelName: 's390' },
  um: { bits: 64, charSigned: true, kernelName: 'um' },
  x86_64: { bits: 64, charSigned: true, kernelName: 'x86' },
};

/** Whether the arch's C ABI makes plain `char` signed (what `-funsigned-char` overrides). */
export function abiCharSigned(arch: Arch): boolean {
  return ABI[arch].charSigned;
}

export function pointerBits(arch: Arch): 32 | 64 {
  return ABI[arch].bits;
}

/** The kernel's name of an arch: `arch/<name>/` holds its headers (`x86` for `x86_64`). */
export function kernelArchName(arch: Arch): string {
  return ABI[arch].kernelName;
}

/** The arches a kernel arch name covers (`powerpc` → `powerpc`, `powerpc64`), each once. */
export function archesOfKernelName(name: string): Arch[] {
  return ALL_ARCHES.filter((a) => ABI[a].kernelName === name);
}

const FIXED: Partial<Record<CTypeName, Primitive>> = {
  c_schar: 'i8',
  c_uchar: 'u8',
  c_short: 'i16',
  c_ushort: 'u16',
  c_int: 'i32',
  c_uint: 'u32',
  c_longlong: 'i64',
  c_ulonglong: 'u64',
  c_float: 'f32',
  c_double: 'f64',
};

/** rust/ffi.rs: C is built with -funsigned-char and `long` is pointer-sized everywhere. */
function kernelMapping(name: 'c_char' | 'c_long' | 'c_ulong'): Primitive {
  return name === 'c_char' ? 'u8' : name === 'c_long' ? 'isize' : 'usize';
}

/** The Rust primitive a `c_*` alias denotes on `arch` under `mapping`. */
export function cTypeToRust(name: CTypeName, arch: Arch, mapping: Mapping): Primitive {
  const fixed = FIXED[name];
  if (fixed) return fixed;
  const perArch = name as 'c_char' | 'c_long' | 'c_ulong';
  if (mapping === 'kernel') return kernelMapping(perArch);
  const abi = ABI[arch];
  if (perArch === 'c_char') return abi.charSigned ? 'i8' : 'u8';
  if (perArch === 'c_long') return abi.bits === 64 ? 'i64' : 'i32';
  return abi.bits === 64 ? 'u64' : 'u32';
}

/**
 * What a `c_*` alias denotes on an arch this table does not know: the same as everywhere
 * when the mapping fixes it, undefined when it follows the arch's C ABI.
 */
export function cTypeOnUnknownArch(name: CTypeName, mapping: Mapping): Primitive | undefined {
  return FIXED[name] ?? (mapping === 'kernel' ? kernelMapping(name as 'c_char' | 'c_long' | 'c_ulong') : undefined);
}

const C_TYPE_WORDS = new Set(['unsigned', 'signed', 'char', 'short', 'int', 'long', 'float', 'double']);

/**
 * The `c_*` alias of a C arithmetic type as a declaration spells it (`unsigned long int`,
 * `__signed__ char`, `long unsigned`); undefined for anything else (`long double`, typedef names).
 */
export function cTypeNameOf(spelling: string): CTypeName | undefined {
  const words = spelling.replace(/\b__signed__\b/g, 'signed').split(/\s+/).filter((w) => w && w !== 'const' && w !== 'volatile');
  if (!words.length || !words.every((w) => C_TYPE_WORDS.has(w))) return undefined;
  const has = (w: string) => words.includes(w);
  const longs = words.filter((w) => w === 'long').length;
  const unsigned = has('unsigned');
  if (has('float')) return words.length === 1 ? 'c_float' : undefined;
  if (has('double')) return words.length === 1 ? 'c_double' : undefined;
  if (has('char')) return unsigned ? 'c_uchar' : has('signed') ? 'c_schar' : 'c_char';
  if (has('short')) return unsigned ? 'c_ushort' : 'c_short';
  if (longs === 2) return unsigned ? 'c_ulonglong' : 'c_longlong';
  if (longs === 1) return unsigned ? 'c_ulong' : 'c_long';
  return longs === 0 ? (unsigned ? 'c_uint' : 'c_int') : undefined;
}

/** Size in bytes of a primitive on every arch alike, or undefined for the pointer-sized ones. */
export function primitiveSizeOnAnyArch(p: Primitive): number | undefined {
  switch (p) {
    case 'i8': case 'u8': case 'bool': return 1;
    case 'i16': case 'u16': return 2;
    case 'i32': case 'u32': case 'f32': case 'char': return 4;
    case 'i64': case 'u64': case 'f64': return 8;
    case 'i128': case 'u128': return 16;
    case 'isize': case 'usize': return undefined;
  }
}

/** Size in bytes of a primitive on an arch. */
export function primitiveSize(p: Primitive, arch: Arch): number {
  return primitiveSizeOnAnyArch(p) ?? pointerBits(arch) / 8;
}

export function isSigned(p: Primitive): boolean {
  return p.startsWith('i') || p === 'f32' || p === 'f64';
}
