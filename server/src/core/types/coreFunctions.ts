/**
 * The `core` and `alloc` functions that FFI code hands C values to, with their signatures as
 * the Rust documentation gives them (doc.rust-lang.org/core/…, /alloc/…). A parameter or result
 * that mentions a generic parameter is unknown: what `T` is depends on inference we do not do.
 * Whether each is an `unsafe fn` is said too, for the fixes that decide whether an `unsafe`
 * block still holds an unsafe operation.
 */
import { type RustType, stripGlobal } from './rustType';
import { typeFromText } from './typeText';

interface Signature {
  unsafe: boolean;
  generics: string[];
  params: string[];
  returns: string;
}

const safe = (generics: string[], params: string[], returns = '()'): Signature => ({ unsafe: false, generics, params, returns });
const unsafe = (generics: string[], params: string[], returns = '()'): Signature => ({ unsafe: true, generics, params, returns });

const CORE_FUNCTIONS: Record<string, Signature> = {
  'core::slice::from_raw_parts': unsafe(['T'], ['*const T', 'usize'], '&[T]'),
  'core::slice::from_raw_parts_mut': unsafe(['T'], ['*mut T', 'usize'], '&mut [T]'),
  'core::ptr::slice_from_raw_parts': safe(['T'], ['*const T', 'usize'], '*const [T]'),
  'core::ptr::slice_from_raw_parts_mut': safe(['T'], ['*mut T', 'usize'], '*mut [T]'),
  'core::ptr::copy': unsafe(['T'], ['*const T', '*mut T', 'usize']),
  'core::ptr::copy_nonoverlapping': unsafe(['T'], ['*const T', '*mut T', 'usize']),
  'core::ptr::write_bytes': unsafe(['T'], ['*mut T', 'u8', 'usize']),
  'core::ptr::null': safe(['T'], [], '*const T'),
  'core::ptr::null_mut': safe(['T'], [], '*mut T'),
  'core::ptr::read': unsafe(['T'], ['*const T'], 'T'),
  'core::ptr::read_volatile': unsafe(['T'], ['*const T'], 'T'),
  'core::ptr::write': unsafe(['T'], ['*mut T', 'T']),
  'core::ptr::write_volatile': unsafe(['T'], ['*mut T', 'T']),
  'core::ptr::eq': safe(['T'], ['*const T', '*const T'], 'bool'),
  'core::ptr::drop_in_place': unsafe(['T'], ['*mut T']),
  'core::mem::size_of': safe(['T'], [], 'usize'),
  'core::mem::align_of': safe(['T'], [], 'usize'),
  'core::mem::size_of_val': safe(['T'], ['&T'], 'usize'),
  'core::mem::forget': safe(['T'], ['T']),
  'core::mem::zeroed': unsafe(['T'], [], 'T'),
  'core::str::from_utf8': safe(['Utf8Error'], ['&[u8]'], 'Result<&str, Utf8Error>'),
  'alloc::alloc::alloc': unsafe(['Layout'], ['Layout'], '*mut u8'),
  'alloc::alloc::alloc_zeroed': unsafe(['Layout'], ['Layout'], '*mut u8'),
  'alloc::alloc::dealloc': unsafe(['Layout'], ['*mut u8', 'Layout']),
  'alloc::alloc::realloc': unsafe(['Layout'], ['*mut u8', 'Layout', 'usize'], '*mut u8'),
};

/** A core or alloc function's parameter and result types, each undefined where generic. */
export interface CoreFunction {
  /** An `unsafe fn` (`from_raw_parts`, `ptr::read` …). */
  unsafe: boolean;
  params: (RustType | undefined)[];
  returns: RustType | undefined;
}

const read = new Map<string, CoreFunction>();

function concrete(text: string, generics: string[]): RustType | undefined {
  const t = typeFromText(text);
  const names = new Set(generics);
  const mentionsGeneric = (u: RustType): boolean => {
    switch (u.kind) {
      case 'path':
        return u.segments.some((s) => names.has(s)) || u.args.some(mentionsGeneric);
      case 'pointer':
        return mentionsGeneric(u.pointee);
      case 'reference':
        return mentionsGeneric(u.referent);
      case 'array':
      case 'slice':
        return mentionsGeneric(u.element);
      case 'tuple':
        return u.elements.some(mentionsGeneric);
      default:
        return true;
    }
  };
  return t && !mentionsGeneric(t) ? t : undefined;
}

/** The function an absolute path names (`core::slice::from_raw_parts`, also spelled `std::…`), if listed. */
export function coreFunction(absolute: string[]): CoreFunction | undefined {
  const segs = stripGlobal(absolute);
  const tail = segs.slice(1).join('::');
  const key = segs[0] === 'std' ? [`core::${tail}`, `alloc::${tail}`].find((k) => k in CORE_FUNCTIONS) : segs.join('::');
  const s = key === undefined ? undefined : CORE_FUNCTIONS[key];
  if (!key || !s) return undefined;
  let f = read.get(key);
  if (!f) {
    f = { unsafe: s.unsafe, params: s.params.map((p) => concrete(p, s.generics)), returns: concrete(s.returns, s.generics) };
    read.set(key, f);
  }
  return f;
}
