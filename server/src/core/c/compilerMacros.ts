/**
 * The macros bindgen's clang starts with when it reads the kernel's headers: the kernel's
 * command line (`-D__KERNEL__ -DMODULE -D__BINDGEN__`, `-funsigned-char`, `-std=gnu11`, -O2)
 * and clang's own for the target. Only what holds for every clang the kernel accepts is
 * listed; a `__NAME__` macro not listed here (a sanitizer's, a CPU feature's) is unknown,
 * not absent, while the ones below are surely not defined for bindgen.
 */

const COMMON: Record<string, string> = {
  __KERNEL__: '1',
  MODULE: '1',
  __BINDGEN__: '1',
  __clang__: '1',
  __GNUC__: '4',
  __GNUC_MINOR__: '2',
  __GNUC_PATCHLEVEL__: '1',
  __STDC__: '1',
  __STDC_VERSION__: '201112L',
  __OPTIMIZE__: '1',
  __CHAR_BIT__: '8',
  __ELF__: '1',
  __linux__: '1',
  __linux: '1',
  __gnu_linux__: '1',
  __unix__: '1',
  __unix: '1',
  __ORDER_LITTLE_ENDIAN__: '1234',
  __ORDER_BIG_ENDIAN__: '4321',
  __ORDER_PDP_ENDIAN__: '3412',
  __SIZEOF_INT__: '4',
  __SIZEOF_SHORT__: '2',
  __SIZEOF_LONG_LONG__: '8',
  __SIZEOF_FLOAT__: '4',
  __SIZEOF_DOUBLE__: '8',
  __SIZEOF_WCHAR_T__: '2',
  __SCHAR_MAX__: '127',
  __SHRT_MAX__: '32767',
  __INT_MAX__: '2147483647',
  __LONG_LONG_MAX__: '9223372036854775807LL',
};

const LP64: Record<string, string> = {
  __LP64__: '1',
  _LP64: '1',
  __SIZEOF_LONG__: '8',
  __SIZEOF_POINTER__: '8',
  __SIZEOF_SIZE_T__: '8',
  __SIZEOF_PTRDIFF_T__: '8',
  __SIZEOF_INT128__: '16',
  __LONG_MAX__: '9223372036854775807L',
  __BYTE_ORDER__: '__ORDER_LITTLE_ENDIAN__',
  __LITTLE_ENDIAN__: '1',
};

/** Per `arch/<dir>` whose headers the model reads (the kernel's 64-bit little-endian arches). */
const ARCH: Record<string, Record<string, string>> = {
  x86: { ...LP64, __x86_64__: '1', __x86_64: '1', __amd64__: '1', __amd64: '1' },
  um: { ...LP64, __x86_64__: '1', __x86_64: '1', __amd64__: '1', __amd64: '1' },
  arm64: { ...LP64, __aarch64__: '1', __AARCH64EL__: '1' },
  riscv: { ...LP64, __riscv: '1', __riscv_xlen: '64' },
  loongarch: { ...LP64, __loongarch__: '1', __loongarch64: '1', __loongarch_grlen: '64' },
};

/** Never defined for bindgen's run over the kernel headers. */
const UNDEFINED = new Set([
  '__ASSEMBLY__', '__CHECKER__', '__GENKSYMS__', '__cplusplus', '__OBJC__', '__NO_INLINE__', '__STRICT_ANSI__',
  '__KERNEL_STRICT_NAMES', '__DISABLE_EXPORTS', 'BUILD_VDSO', 'BUILD_VDSO32', 'BUILD_VDSO64', '__BPF_TRACING__',
  '__OPTIMIZE_SIZE__', '__BIG_ENDIAN__', '__i386__', '__ILP32__',
]);

/** The macros naming an arch: unknown when the model does not know which arch's headers it reads. */
const ARCH_NAMES = new Set([
  ...Object.values(ARCH).flatMap((a) => Object.keys(a).filter((k) => !(k in LP64))), '__arm__', '__i386__', '__powerpc__',
  '__powerpc64__', '__s390__', '__s390x__', '__mips__', '__sparc__',
]);

/** Arches whose C ABI makes plain `char` unsigned without -funsigned-char. */
const UNSIGNED_CHAR_ABI = new Set(['arm64', 'riscv']);

/** Whether clang defines `__CHAR_UNSIGNED__`: yes with -funsigned-char (6.2+), else as the arch's ABI says. */
function charUnsigned(archDir: string | undefined, funsignedChar: boolean): boolean | undefined {
  if (funsignedChar) return true;
  return archDir && archDir in ARCH ? UNSIGNED_CHAR_ABI.has(archDir) : undefined;
}

/**
 * The macros defined before the first header. For an arch not listed (or a tree without
 * arch headers) only what holds on every 64-bit arch: the arch's own names are then unknown.
 */
export function predefinedMacros(archDir: string | undefined, funsignedChar: boolean): Map<string, string> {
  const arch = archDir ? ARCH[archDir] : undefined;
  const char = charUnsigned(archDir, funsignedChar) ? { __CHAR_UNSIGNED__: '1' } : {};
  return new Map(Object.entries({ ...COMMON, ...LP64, ...arch, ...char }));
}

/** GNU C keywords spelt like macros: never macros. */
const KEYWORDS = new Set([
  '__attribute__', '__typeof__', '__asm__', '__inline__', '__volatile__', '__const__', '__restrict__', '__signed__',
  '__extension__', '__alignof__', '__label__', '__real__', '__imag__', '__complex__', '__int128', '__auto_type',
  '__builtin_va_list', '__func__', '__FUNCTION__', '__PRETTY_FUNCTION__', '__has_attribute', '__has_builtin',
  '__has_feature', '__has_extension', '__has_include', '__has_include_next', '__has_c_attribute', '__has_cpp_attribute',
  '__has_declspec_attribute', '__has_warning', '__is_identifier',
]);

/**
 * Whether a name no header defines may still be one of the compiler's own macros
 * (`__SANITIZE_ADDRESS__`): predefined macros are upper case but for clang's version and the
 * arch's names; lower-case `__format__` and the like are attribute names, never macros.
 */
export function maybeCompilerMacro(archDir: string | undefined): (name: string) => boolean {
  const archKnown = archDir !== undefined && archDir in ARCH;
  return (name) => ((/^__[A-Z0-9_]+__$/.test(name) || /^__clang_\w+__$/.test(name)) && !UNDEFINED.has(name) && !KEYWORDS.has(name))
    || (!archKnown && ARCH_NAMES.has(name));
}

/** Names surely undefined although the model cannot see the whole command line. */
export function surelyUndefined(archDir: string | undefined, funsignedChar: boolean): (name: string) => boolean {
  const signedChar = charUnsigned(archDir, funsignedChar) === false;
  return (name) => UNDEFINED.has(name) || (signedChar && name === '__CHAR_UNSIGNED__');
}
