/**
 * The headers-only bindings model (core/index/headerBindings.ts) on test/fixtures/header-shapes:
 * each C shape, derived from the headers, must be exactly what bindgen writes for it. The
 * expected declarations are Debian's bindgen 0.60.1 output on these headers with the kernel's
 * flags (scripts/fixtures-bindgen.sh --forced-includes), once per ctypes prefix; the bindgen
 * tier below runs bindgen again and checks every one of them, so none is made up.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BindingsOutline } from '../server/src/core/index/bindingsScanner';
import { ITEM_KINDS } from '../server/src/core/index/bindings';
import { generatedItemText, normalizeDeclaration } from '../server/src/core/index/declarationText';
import { helperFiles, loadModel } from '../server/src/host/kernelTree';
import { headerModel } from '../server/src/host/headerModel';
import { execFileSync } from 'node:child_process';
import { ROOT, fixture } from './support/paths';
import { describeTier } from './support/tiers';
import { copyTree } from './support/tmpTree';

const TREE = fixture('header-shapes');

/** bindgen's output with `--ctypes-prefix ffi`; with `core::ffi` the same but for the prefix. */
const BINDINGS: [name: string, declaration: string][] = [
  // Each integer type, as a parameter and a return type.
  ['shp_char', 'pub fn shp_char(c: ffi::c_char) -> ffi::c_char;'],
  ['shp_schar', 'pub fn shp_schar(c: ffi::c_schar) -> ffi::c_schar;'],
  ['shp_uchar', 'pub fn shp_uchar(c: ffi::c_uchar) -> ffi::c_uchar;'],
  ['shp_short', 'pub fn shp_short(s: ffi::c_short) -> ffi::c_short;'],
  ['shp_ushort', 'pub fn shp_ushort(s: ffi::c_ushort) -> ffi::c_ushort;'],
  ['shp_int', 'pub fn shp_int(i: ffi::c_int) -> ffi::c_int;'],
  ['shp_uint', 'pub fn shp_uint(u: ffi::c_uint) -> ffi::c_uint;'],
  ['shp_unsigned', 'pub fn shp_unsigned(u: ffi::c_uint) -> ffi::c_uint;'],
  ['shp_long', 'pub fn shp_long(l: ffi::c_long) -> ffi::c_long;'],
  ['shp_ulong', 'pub fn shp_ulong(l: ffi::c_ulong) -> ffi::c_ulong;'],
  ['shp_llong', 'pub fn shp_llong(l: ffi::c_longlong) -> ffi::c_longlong;'],
  ['shp_ullong', 'pub fn shp_ullong(l: ffi::c_ulonglong) -> ffi::c_ulonglong;'],
  ['shp_long_int', 'pub fn shp_long_int(l: ffi::c_long, s: ffi::c_short, us: ffi::c_ushort, ul: ffi::c_ulong) -> ffi::c_long;'],
  ['shp_c_bool', 'pub fn shp_c_bool(b: bool) -> bool;'],
  ['shp_bool', 'pub fn shp_bool(b: bool_) -> bool_;'],
  ['shp_size', 'pub fn shp_size(n: usize) -> usize;'],
  ['shp_ssize', 'pub fn shp_ssize(n: isize) -> isize;'],
  ['shp_ptrdiff', 'pub fn shp_ptrdiff(d: isize) -> isize;'],
  ['shp_uintptr', 'pub fn shp_uintptr(p: usize) -> usize;'],
  ['shp_intptr', 'pub fn shp_intptr(p: isize) -> isize;'],
  ['shp_kernel_size', 'pub fn shp_kernel_size(n: __kernel_size_t) -> __kernel_size_t;'],
  // <stdint.h> names are Rust's integers wherever they occur, as size_t is usize.
  ['shp_uint32', 'pub fn shp_uint32(a: u8, b: u16, c: u64, d: i32, e: i64) -> u32;'],
  ['shp_perm_t', 'pub type shp_perm_t = u32;'],
  ['shp_float', 'pub fn shp_float(f: f32) -> f32;'],
  ['shp_double', 'pub fn shp_double(d: f64) -> f64;'],
  ['shp_void', 'pub fn shp_void();'],
  ['shp_unprototyped', 'pub fn shp_unprototyped();'],
  ['shp_variadic', 'pub fn shp_variadic(fmt: *const ffi::c_char, ...) -> ffi::c_int;'],
  // Typedef chains: C names that are Rust types get a `_`.
  ['__u32', 'pub type __u32 = ffi::c_uint;'],
  ['u32_', 'pub type u32_ = __u32;'],
  ['u8_', 'pub type u8_ = __u8;'],
  ['s64', 'pub type s64 = __s64;'],
  ['__s64', 'pub type __s64 = ffi::c_longlong;'],
  ['bool_', 'pub type bool_ = bool;'],
  ['gfp_t', 'pub type gfp_t = ffi::c_uint;'],
  ['ktime_t', 'pub type ktime_t = s64;'],
  ['shp_id_t', 'pub type shp_id_t = u32_;'],
  ['shp_inner_id_t', 'pub type shp_inner_id_t = shp_id_t;'],
  ['shp_point_t', 'pub type shp_point_t = shp_point;'],
  ['shp_atomic_t', 'pub struct shp_atomic_t { pub counter: ffi::c_int, }'],
  ['shp_same', 'pub struct shp_same { pub value: ffi::c_long, }'],
  ['shp_atomic_alias_t', 'pub type shp_atomic_alias_t = shp_atomic_t;'],
  ['shp_bitmap_t', 'pub type shp_bitmap_t = [ffi::c_ulong; 4usize];'],
  ['shp_get_id', 'pub fn shp_get_id(id: shp_id_t, inner: shp_inner_id_t, small: u8_, big: u64_, when: ktime_t) -> u32_;'],
  ['shp_gfp', 'pub fn shp_gfp(flags: gfp_t) -> gfp_t;'],
  ['shp_point_move', 'pub fn shp_point_move(p: *mut shp_point_t, q: *mut shp_point, a: *mut shp_atomic_t, s: *mut shp_same);'],
  // Const and mut pointers: only the pointee's constness counts.
  ['shp_name', 'pub fn shp_name(dev: *const shp_dev) -> *const ffi::c_char;'],
  ['shp_buffer', 'pub fn shp_buffer(dev: *mut shp_dev) -> *mut ffi::c_char;'],
  ['shp_fill', 'pub fn shp_fill(dst: *mut ffi::c_void, src: *const ffi::c_void, len: usize);'],
  ['shp_copy_names', 'pub fn shp_copy_names(names: *const *const ffi::c_char, out: *mut *mut ffi::c_char, fixed: *mut ffi::c_char);'],
  ['shp_lookup', 'pub fn shp_lookup(devp: *mut *mut shp_dev, ids: *const u32_, counts: *mut u32_) -> ffi::c_int;'],
  ['shp_array_param', 'pub fn shp_array_param(values: *mut ffi::c_int, name: *const ffi::c_char);'],
  ['shp_user', 'pub fn shp_user(from: *const ffi::c_void) -> *mut ffi::c_void;'],
  // Function pointers: `Option<unsafe extern "C" fn(…)>`, unnamed parameters `argN`.
  ['shp_work_fn', 'pub type shp_work_fn = ::core::option::Option<unsafe extern "C" fn(work: *mut shp_work)>;'],
  ['shp_filter_fn', 'pub type shp_filter_fn = ::core::option::Option<unsafe extern "C" fn(arg1: *const ffi::c_void, len: usize, arg2: *mut ffi::c_void) -> ffi::c_int>;'],
  ['shp_ops', 'pub struct shp_ops { pub open: ::core::option::Option<unsafe extern "C" fn(arg1: *mut shp_work, flags: ffi::c_int) -> ffi::c_int>, ' +
    'pub release: ::core::option::Option<unsafe extern "C" fn()>, ' +
    'pub ioctl: ::core::option::Option<unsafe extern "C" fn(w: *mut shp_work, cmd: ffi::c_uint, arg: ffi::c_ulong) -> ffi::c_long>, ' +
    'pub done: shp_work_fn, pub filter: shp_filter_fn, pub next: *const shp_ops, }'],
  ['shp_queue', 'pub fn shp_queue(work: *mut shp_work, fn_: shp_work_fn, cb: ::core::option::Option<unsafe extern "C" fn(arg1: ffi::c_int, data: *mut ffi::c_void)>);'],
  ['shp_register', 'pub fn shp_register(ops: *const shp_ops, filter: shp_filter_fn) -> ffi::c_int;'],
  // Integer macros: bindgen's type follows the value; strings become byte strings.
  ['SHP_ONE', 'pub const SHP_ONE: u32 = 1;'],
  ['SHP_MINUS_ONE', 'pub const SHP_MINUS_ONE: i32 = -1;'],
  ['SHP_BIG', 'pub const SHP_BIG: u64 = 4294967296;'],
  ['SHP_SHIFTED', 'pub const SHP_SHIFTED: u32 = 8;'],
  ['SHP_UL', 'pub const SHP_UL: u32 = 1;'],
  ['SHP_HUGE_NEGATIVE', 'pub const SHP_HUGE_NEGATIVE: i64 = -2147483649;'],
  ['SHP_COMBINED', 'pub const SHP_COMBINED: u32 = 9;'],
  ['SHP_MAX_U32', 'pub const SHP_MAX_U32: u32 = 4294967295;'],
  ['SHP_OCTAL', 'pub const SHP_OCTAL: u32 = 8;'],
  ['SHP_NAME', 'pub const SHP_NAME: &[u8; 7usize] = b"shapes\\0";'],
  ['SHP_LEVEL', 'pub const SHP_LEVEL: &[u8; 3usize] = b"\\x013\\0";'],
  ['SHP_DEFINED_AFTER', 'pub const SHP_DEFINED_AFTER: u32 = 5;'],
  ['SHP_NAME_LEN', 'pub const SHP_NAME_LEN: u32 = 16;'],
  ['CONFIG_SHAPES_NR', 'pub const CONFIG_SHAPES_NR: u32 = 4;'],
  ['SHP_BUILTIN', 'pub const SHP_BUILTIN: u32 = 1;'],
  // Enums: an alias of the C type clang picks (packed: the smallest), `ENUM_VALUE` constants.
  ['shp_state', 'pub type shp_state = ffi::c_uint;'],
  ['shp_state_SHP_DOWN', 'pub const shp_state_SHP_DOWN: shp_state = 0;'],
  ['shp_state_SHP_RUNNING', 'pub const shp_state_SHP_RUNNING: shp_state = 5;'],
  ['shp_state_SHP_FLAGGED', 'pub const shp_state_SHP_FLAGGED: shp_state = 16;'],
  ['shp_error', 'pub type shp_error = ffi::c_int;'],
  ['shp_error_SHP_EFAIL', 'pub const shp_error_SHP_EFAIL: shp_error = -1;'],
  ['shp_wide', 'pub type shp_wide = ffi::c_ulong;'],
  ['shp_small', 'pub type shp_small = ffi::c_uchar;'],
  ['shp_small_SHP_SMALL_B', 'pub const shp_small_SHP_SMALL_B: shp_small = 200;'],
  ['shp_mode_t', 'pub type shp_mode_t = ffi::c_uint;'],
  ['shp_mode_t_SHP_MODE_ON', 'pub const shp_mode_t_SHP_MODE_ON: shp_mode_t = 1;'],
  ['shp_get_state', 'pub fn shp_get_state(err: shp_error, mode: shp_mode_t) -> shp_state;'],
  // RUST_CONST_HELPER_X: under its stripped name, with its declared C type.
  ['SHP_GFP_KERNEL', 'pub const SHP_GFP_KERNEL: gfp_t = 3;'],
  ['SHP_PAGE_SIZE', 'pub const SHP_PAGE_SIZE: usize = 4096;'],
  ['SHP_NEGATIVE', 'pub const SHP_NEGATIVE: ffi::c_int = -1;'],
  // Structs and unions by name, anonymous members named as bindgen does; opaque ones.
  ['shp_list', 'pub struct shp_list { pub next: *mut shp_list, pub prev: *mut shp_list, }'],
  ['shp_item', 'pub struct shp_item { pub node: shp_list, pub name: [ffi::c_char; 16usize], pub ids: [[u32_; 3usize]; 2usize], ' +
    'pub type_: ffi::c_ulong, pub priv_: *mut ffi::c_void, pub __bindgen_anon_1: shp_item__bindgen_ty_1, ' +
    'pub range: shp_item__bindgen_ty_2, pub impl_: *mut shp_opaque, }'],
  ['shp_value', 'pub union shp_value { pub number: s64, pub text: *const ffi::c_char, }'],
  ['shp_buf', 'pub struct shp_buf { pub len: usize, pub data: __IncompleteArrayField<u8_>, }'],
  ['shp_empty', 'pub struct shp_empty {}'],
  ['shp_opaque', 'pub struct shp_opaque { _unused: [u8; 0], }'],
  ['shp_point', 'pub struct shp_point { pub x: ffi::c_int, pub y: ffi::c_int, }'],
  ['shp_all_items', 'pub static mut shp_all_items: shp_list;'],
  ['shp_version', 'pub static shp_version: ffi::c_int;'],
  ['shp_table', 'pub static mut shp_table: [ffi::c_int; 8usize];'],
  ['shp_names', 'pub static mut shp_names: [*const ffi::c_char; 0usize];'],
  // The configuration (include/generated/autoconf.h) decides.
  ['shp_configured', 'pub fn shp_configured() -> ffi::c_int;'],
  ['shp_addr_t', 'pub type shp_addr_t = u64_;'],
  ['shp_configured_struct', 'pub struct shp_configured_struct { pub always: ffi::c_int, pub when_on: ffi::c_int, pub slots: [ffi::c_int; 4usize], }'],
];

/** bindings_helpers_generated.rs: `rust_helper_X` as `X`. */
const HELPERS: [string, string][] = [
  ['shp_hash', 'pub fn shp_hash(name: *const ffi::c_char, len: usize) -> u32_;'],
  ['shp_dup', 'pub fn shp_dup(src: *const ffi::c_void, len: usize, flags: gfp_t) -> *mut ffi::c_void;'],
];

const UAPI: [string, string][] = [
  ['SHP_IOC_MAGIC', 'pub const SHP_IOC_MAGIC: u32 = 83;'],
  ['shp_ioc_args', 'pub struct shp_ioc_args { pub id: __u32, pub flags: __u32, }'],
];

/** What bindgen emits but the model cannot derive with certainty: unknown, with why. */
const UNKNOWN: [string, string][] = [
  ['shp_bits', 'a bitfield'],
  ['shp_tight', 'packed'],
  ['shp_line', 'a member aligned to 64'],
  ['SHP_ANON_A', 'an enumerator of an anonymous enum'],
  ['___SHP_GFP_IO_BIT', 'an enumerator of an anonymous enum'],
  ['shp_long_double', 'C type ldouble'],
];

/** What bindgen does not emit: the model has no item either. */
const ABSENT = [
  'SHP_CAST', // a cast: not cexpr
  'SHP_LATER', // uses a macro defined after it
  'SHP_MUL', // function-like
  'shp_unconfigured', // CONFIG_SHAPES_OFF is off
  'size_t', // --size_t-is-usize replaces it
  'uint32_t', // bindgen writes u32 for it, and no alias
  'int64_t',
  'u32', // C's u32 is bindgen's u32_
  'usize', // a Rust type, no C name
  'shp_nothing',
];

const PREFIXES = [['kernel', 'ffi'], ['core', 'core::ffi']] as const;

function withPrefix(declaration: string, prefix: string): string {
  return declaration.replace(/\bffi::/g, `${prefix}::`);
}

function model(mapping: 'kernel' | 'core', tree = TREE) {
  const m = loadModel(tree, { mapping });
  return headerModel(m, helperFiles(m));
}

function declarations(items: { declaration: string }[]): string[] {
  return items.map((i) => normalizeDeclaration(i.declaration));
}

describe.each(PREFIXES)('headers-only bindings, %s mapping (--ctypes-prefix %s)', (mapping, prefix) => {
  const m = model(mapping);

  it.each(BINDINGS)('%s is what bindgen writes', (name, declaration) => {
    expect(declarations(m.bindings.derive(name).items)).toEqual([normalizeDeclaration(withPrefix(declaration, prefix))]);
  });

  it.each(HELPERS)('helper %s is what bindgen writes', (name, declaration) => {
    expect(declarations(m.helpers.derive(name).items)).toEqual([normalizeDeclaration(withPrefix(declaration, prefix))]);
  });

  it.each(UAPI)('uapi %s is what bindgen writes', (name, declaration) => {
    expect(declarations(m.uapi.derive(name).items)).toEqual([normalizeDeclaration(withPrefix(declaration, prefix))]);
  });

  it.each(UNKNOWN)('%s is unknown (%s)', (name, why) => {
    const d = m.bindings.derive(name);
    expect(d.items).toEqual([]);
    expect(d.unknown.map((u) => u.why).join('\n')).toContain(why);
  });

  it.each(ABSENT)('%s is not in the bindings', (name) => {
    expect(m.bindings.derive(name).items).toEqual([]);
  });
});

describe('headers-only bindings: items as the index reads them', () => {
  const m = model('kernel');

  it('a helper links to rust_helper_X, keeps __must_check, and says where it is', () => {
    const fn = m.helpers.get('functions', 'shp_dup')!;
    expect(fn).toMatchObject({ linkName: 'rust_helper_shp_dup', mustUse: true, source: 'helpers', fromHeaders: true });
    expect(path.relative(TREE, fn.file)).toBe('rust/helpers/shapes.c');
    expect(fn.nameRange).toEqual({ start: { line: 15, character: 20 }, end: { line: 15, character: 39 } });
  });

  it('a function from a header: parameters and return type as Rust types', () => {
    const fn = m.bindings.get('functions', 'shp_lookup')!;
    expect(fn.params.map((p) => p.name)).toEqual(['devp', 'ids', 'counts']);
    expect(fn.params[1].type).toEqual({ kind: 'pointer', mutable: false, pointee: { kind: 'path', segments: ['u32_'], args: [] } });
    expect(fn.returnType).toEqual({ kind: 'path', segments: ['ffi', 'c_int'], args: [] });
    expect(path.relative(TREE, fn.file)).toBe('include/shapes/pointers.h');
    expect(fn.nameRange.start).toEqual({ line: 13, character: 4 });
  });

  it('a constant keeps its type and value', () => {
    expect(m.bindings.get('consts', 'SHP_GFP_KERNEL')).toMatchObject({ value: '3', type: { kind: 'path', segments: ['gfp_t'] } });
  });
});

describe('headers-only bindings without a configuration', () => {
  it('leaves what an `#ifdef CONFIG_…` decides unknown when include/generated/autoconf.h is missing', () => {
    const tree = copyTree(TREE);
    fs.rmSync(path.join(tree, 'include/generated/autoconf.h'));
    const m = model('kernel', tree);
    for (const name of ['shp_configured', 'shp_configured_struct', 'SHP_BUILTIN']) {
      const d = m.bindings.derive(name);
      expect(d.items, name).toEqual([]);
      expect(d.unknown.length, name).toBeGreaterThan(0);
    }
    // What no configuration touches is still derived.
    expect(declarations(m.bindings.derive('shp_gfp').items)).toEqual([normalizeDeclaration('pub fn shp_gfp(flags: gfp_t) -> gfp_t;')]);
  });
});

describeTier('bindgen', 'the expected declarations are bindgen\'s', () => {
  it.each(PREFIXES)('with the %s mapping (--ctypes-prefix %s), bindgen writes every expected item and none of the absent ones', (_mapping, prefix) => {
    const tree = copyTree(TREE);
    execFileSync('bash', [path.join(ROOT, 'scripts/fixtures-bindgen.sh'), '--prefix', prefix, '--forced-includes', tree], { stdio: 'pipe' });
    const read = (rel: string) => {
      const file = path.join(tree, rel);
      const text = fs.readFileSync(file, 'utf8');
      const outline = BindingsOutline.scan(file, 'bindings', fs.readFileSync(file));
      return (name: string) => ITEM_KINDS.map((k) => outline.get(k, name)).filter((it) => it !== undefined)
        .map((it) => normalizeDeclaration(generatedItemText(text, it.nameRange.start.line)!));
    };
    const bindings = read('rust/bindings/bindings_generated.rs');
    const helpers = read('rust/bindings/bindings_helpers_generated.rs');
    const uapi = read('rust/uapi/uapi_generated.rs');
    for (const [name, d] of BINDINGS) expect(bindings(name), name).toContain(normalizeDeclaration(withPrefix(d, prefix)));
    for (const [name, d] of HELPERS) expect(helpers(name), name).toContain(normalizeDeclaration(withPrefix(d, prefix)));
    for (const [name, d] of UAPI) expect(uapi(name), name).toContain(normalizeDeclaration(withPrefix(d, prefix)));
    for (const [name] of UNKNOWN) expect(bindings(name).length, name).toBe(1);
    for (const name of ABSENT) expect(bindings(name), name).toEqual([]);
  });
});
