/**
 * The C-type mappings of Rust-for-Linux, per architecture (docs: shared ffi-domain §3).
 * This is the only place that knows what `c_long` is on arm; the cast rules, the type
 * resolver and hover all ask here.
 */

export type Arch = 'arm' | 'arm64' | 'loongarch64' | 'riscv64' | 'um' | 'x86_64';
export type Mapping = 'kernel' | 'core';

export const ALL_ARCHES: readonly Arch[] = ['arm', 'arm64', 'loongarch64', 'riscv64', 'um', 'x86_64'];

/** Used when a tree has no Documentation/rust/arch-support.rst: every arch Rust-for-Linux has supported. */
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
  bits: 32 | 64;
  charSigned: boolean;
}

/** The C ABI of each arch, as `core::ffi` follows it. */
const ABI: Record<Arch, ArchAbi> = {
  arm: { bits: 32, charSigned: false },
  arm64: { bits: 64, charSigned: false },
  loongarch64: { bits: 64, charSigned: true },
  riscv64: { bits: 64, charSigned: false },
  um: { bits: 64, charSigned: true },
  x86_64: { bits: 64, charSigned: true },
};

/** Whether the arch's C ABI makes plain `char` signed (what `-funsigned-char` overrides). */
export function abiCharSigned(arch: Arch): boolean {
  return ABI[arch].charSigned;
}

export function pointerBits(arch: Arch): 32 | 64 {
  return ABI[arch].bits;
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

/** The Rust primitive a `c_*` alias denotes on `arch` under `mapping`. */
export function cTypeToRust(name: CTypeName, arch: Arch, mapping: Mapping): Primitive {
  const fixed = FIXED[name];
  if (fixed) return fixed;
  if (mapping === 'kernel') {
    // rust/ffi.rs: C is built with -funsigned-char and `long` is pointer-sized everywhere.
    if (name === 'c_char') return 'u8';
    return name === 'c_long' ? 'isize' : 'usize';
  }
  const abi = ABI[arch];
  if (name === 'c_char') return abi.charSigned ? 'i8' : 'u8';
  if (name === 'c_long') return abi.bits === 64 ? 'i64' : 'i32';
  return abi.bits === 64 ? 'u64' : 'u32';
}

/** Size in bytes of a primitive on an arch. */
export function primitiveSize(p: Primitive, arch: Arch): number {
  switch (p) {
    case 'i8': case 'u8': case 'bool': return 1;
    case 'i16': case 'u16': return 2;
    case 'i32': case 'u32': case 'f32': case 'char': return 4;
    case 'i64': case 'u64': case 'f64': return 8;
    case 'i128': case 'u128': return 16;
    case 'isize': case 'usize': return pointerBits(arch) / 8;
  }
}

export function isSigned(p: Primitive): boolean {
  return p.startsWith('i') || p === 'f32' || p === 'f64';
}
