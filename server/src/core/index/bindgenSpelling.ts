/**
 * How bindgen (0.60, the kernel's flags: `--use-core --ctypes-prefix P --size_t-is-usize`)
 * spells a C type in Rust, and what it makes of a struct's layout. Every rule here was taken
 * from bindgen's output on headers written for it (test/headerBindings.test.ts holds them,
 * checked against Debian's bindgen in the bindgen tier). Whatever bindgen would spell in a
 * way the model cannot be sure of (anonymous enums' `_bindgen_ty_N`, bitfields, padding it
 * inserts for over-aligned or packed members, `long double`, `va_list`) throws `Unknown`.
 */
import type { IntType } from '../c/constExpr';
import type { CType, TagBody } from '../c/declarations';
import type { CProgram } from '../c/program';
import type { XToken } from '../c/translationUnit';

export class Unknown extends Error {}

export function unknown(why: string): never {
  throw new Unknown(why);
}

/** Names bindgen 0.60 appends `_` to (Rust keywords and primitive types). */
const MANGLED = new Set([
  'abstract', 'alignof', 'as', 'async', 'become', 'box', 'break', 'const', 'continue', 'crate', 'do', 'dyn', 'else', 'enum',
  'extern', 'false', 'final', 'fn', 'for', 'if', 'impl', 'in', 'let', 'loop', 'macro', 'match', 'mod', 'move', 'mut',
  'offsetof', 'override', 'priv', 'proc', 'pub', 'pure', 'ref', 'return', 'Self', 'self', 'sizeof', 'static', 'struct',
  'super', 'trait', 'true', 'try', 'type', 'typeof', 'unsafe', 'unsized', 'use', 'virtual', 'where', 'while', 'yield',
  'str', 'bool', 'f32', 'f64', 'usize', 'isize', 'u128', 'i128', 'u64', 'i64', 'u32', 'i32', 'u16', 'i16', 'u8', 'i8', '_',
]);

/** Parameter names as bindgen writes them: mangled, and `arg1`, `arg2` … counting the unnamed ones only. */
export function paramNames(f: CType & { kind: 'function' }): string[] {
  let unnamed = 0;
  return f.params.map((p) => (p.name ? mangle(p.name) : `arg${++unnamed}`));
}

export function mangle(name: string): string {
  return MANGLED.has(name) ? name + '_' : name;
}

/** The C name behind a Rust name bindgen may have mangled (`u32_` → `u32`). */
export function unmangle(name: string): string {
  return name.endsWith('_') && MANGLED.has(name.slice(0, -1)) ? name.slice(0, -1) : name;
}

/** Typedef names `--size_t-is-usize` maps to Rust's pointer-sized integers. */
const SIZE_TYPES: Record<string, string> = { size_t: 'usize', uintptr_t: 'usize', ssize_t: 'isize', ptrdiff_t: 'isize', intptr_t: 'isize' };

const PRIM_NAMES: Partial<Record<string, string>> = {
  char: 'c_char', schar: 'c_schar', uchar: 'c_uchar', short: 'c_short', ushort: 'c_ushort', int: 'c_int', uint: 'c_uint',
  long: 'c_long', ulong: 'c_ulong', llong: 'c_longlong', ullong: 'c_ulonglong',
};

const PRIM_ALIGN: Partial<Record<string, number>> = {
  char: 1, schar: 1, uchar: 1, bool: 1, short: 2, ushort: 2, int: 4, uint: 4, float: 4, long: 8, ulong: 8, llong: 8, ullong: 8,
  double: 8, i128: 16, u128: 16,
};

export type Position = 'param' | 'return' | 'field' | 'static' | 'alias' | 'pointee' | 'element';

/** An enum's Rust integer type, from its C type. */
export function enumRust(prefix: string, t: IntType): string {
  const names: Record<number, [string, string]> = { 8: ['c_uchar', 'c_schar'], 16: ['c_ushort', 'c_short'], 32: ['c_uint', 'c_int'], 64: ['c_ulong', 'c_long'] };
  const pair = names[t.bits];
  if (!pair) unknown(`an enum of ${t.bits} bits`);
  return `${prefix}::${pair[t.unsigned ? 0 : 1]}`;
}

export interface Layout {
  align: number;
  /** Holds a flexible array member by value: bindgen's type then cannot be `Copy`. */
  flexible: boolean;
  /** Aligned above what its members need (`__aligned(64)` on the struct). */
  overAligned?: boolean;
}

export class BindgenSpelling {
  readonly #layouts = new Map<string, Layout | string>();

  constructor(readonly program: CProgram, readonly prefix: string) {}

  /** The Rust spelling of `t` at `pos`; `anon` names the anonymous aggregates of a struct's fields. */
  rust(t: CType, pos: Position, anon?: (t: CType) => string, depth = 0): string {
    if (depth > 32) unknown('type nested too deeply');
    const p = this.prefix;
    switch (t.kind) {
      case 'prim': {
        if (t.name === 'void') {
          if (pos === 'pointee' || pos === 'alias') return `${p}::c_void`;
          unknown('void here');
        }
        if (t.name === 'bool') return 'bool';
        if (t.name === 'float') return 'f32';
        if (t.name === 'double') return 'f64';
        if (t.name === 'i128' || t.name === 'u128') return t.name;
        const n = PRIM_NAMES[t.name];
        if (!n) unknown(`C type ${t.name}`);
        return `${p}::${n}`;
      }
      case 'typedef': {
        const size = SIZE_TYPES[t.name];
        if (size) return size;
        if (t.name === 'va_list' || t.name === '__gnuc_va_list' || t.name.startsWith('__builtin_')) unknown(`${t.name} (bindgen spells it per target)`);
        if (pos === 'param') {
          const r = this.resolved(t);
          if (r.kind === 'array' || r.kind === 'function') return this.rust(r, pos, anon, depth + 1);
        }
        return mangle(t.name);
      }
      case 'tag': {
        if (t.name) return mangle(t.name);
        if (t.tag !== 'enum' && anon && t.body) return anon(t);
        unknown(`an anonymous ${t.tag}${t.tag === 'enum' ? ' (bindgen numbers it _bindgen_ty_N across the whole file)' : ''}`);
      }
      case 'pointer': {
        const to = t.to;
        const target = this.resolved(to);
        if (target.kind === 'function') {
          // A pointer to a function typedef is the typedef (bindgen's alias is the pointer already).
          return to.kind === 'typedef' ? mangle(to.name) : this.fnPointer(target, depth);
        }
        return `*${to.const ? 'const' : 'mut'} ${this.rust(to, 'pointee', anon, depth + 1)}`;
      }
      case 'array': {
        if (pos === 'param') {
          // The size does not change the type, but one clang cannot evaluate is an error there.
          if (t.size) this.arraySize(t.size);
          return `*${t.of.const ? 'const' : 'mut'} ${this.rust(t.of, 'pointee', anon, depth + 1)}`;
        }
        const el = this.rust(t.of, 'element', anon, depth + 1);
        const n = t.size ? this.arraySize(t.size) : 0n;
        return `[${el}; ${n}usize]`;
      }
      case 'function':
        if (pos === 'param' || pos === 'alias') return this.fnPointer(t, depth);
        unknown('a function type here');
    }
  }

  arraySize(size: XToken[]): bigint {
    const r = this.program.evaluate(size);
    if (r.kind !== 'value' || r.value.v < 0n) unknown(`array size ${size.map((s) => s.text).join(' ')}`);
    return r.value.v;
  }

  /** `::core::option::Option<unsafe extern "C" fn(…) -> R>` */
  fnPointer(f: CType & { kind: 'function' }, depth = 0): string {
    return `::core::option::Option<unsafe extern "C" fn(${this.params(f, depth).join(', ')})${this.returns(f.ret, depth)}>`;
  }

  /** Parameters as `name: Type`, `...` for a variadic function. */
  params(f: CType & { kind: 'function' }, depth = 0): string[] {
    const names = paramNames(f);
    const out = f.params.map((p, i) => `${names[i]}: ${this.rust(p.type, 'param', undefined, depth + 1)}`);
    if (f.variadic) out.push('...');
    return out;
  }

  /** ` -> R`, or '' for `void`. */
  returns(t: CType, depth = 0): string {
    if (t.kind === 'prim' && t.name === 'void') return '';
    return ` -> ${this.rust(t, 'return', undefined, depth + 1)}`;
  }

  /** `t` with typedefs followed (to what a parameter decays to or a pointer points at); unknown when a typedef is. */
  resolved(t: CType, depth = 0): CType {
    if (t.kind !== 'typedef' || SIZE_TYPES[t.name]) return t;
    if (depth > 32) unknown('typedef chain too long');
    const td = this.program.typedef(t.name);
    if (!td) unknown(`typedef ${t.name} (no single compiled definition)`);
    return this.resolved(td.type, depth + 1);
  }

  /**
   * The layout facts of a type held by value: its alignment, and whether it holds a flexible
   * array. A string says why bindgen's output is not certain (packing, an alignment attribute
   * above the natural one: bindgen inserts padding the model does not compute).
   */
  layout(t: CType, depth = 0): Layout | string {
    if (depth > 24) return 'nested too deeply';
    switch (t.kind) {
      case 'prim': {
        const a = PRIM_ALIGN[t.name];
        return a ? { align: a, flexible: false } : `C type ${t.name}`;
      }
      case 'pointer':
        return { align: 8, flexible: false };
      case 'array':
        return this.layout(t.of, depth + 1);
      case 'function':
        return 'a function held by value';
      case 'typedef': {
        if (SIZE_TYPES[t.name]) return { align: 8, flexible: false };
        const td = this.program.typedef(t.name);
        return td ? this.layout(td.type, depth + 1) : `typedef ${t.name} unknown`;
      }
      case 'tag': {
        if (t.tag === 'enum') {
          const e = this.program.enumType(t);
          return e ? { align: e.bits / 8, flexible: false } : `enum ${t.name ?? '(anonymous)'} unknown`;
        }
        const key = t.name ? `${t.tag} ${t.name}` : undefined;
        const memo = key ? this.#layouts.get(key) : undefined;
        if (memo) return memo;
        if (key) this.#layouts.set(key, 'a recursive type');
        const body = t.body ?? this.program.tagDefinition(t.tag, t.name)?.type.body;
        const result = body ? this.bodyLayout(body, depth, t.tag === 'union') : `${t.tag} ${t.name} has no single compiled definition`;
        if (key) this.#layouts.set(key, result);
        return result;
      }
    }
  }

  /**
   * The layout of a struct or union body. bindgen pads before a member aligned above its
   * type's needs, or of an over-aligned type, unless it is the first member (offset 0 is
   * aligned to anything): such a body is not certain. The body's own alignment attribute
   * only becomes `#[repr(align(N))]`, and makes it over-aligned for the structs holding it.
   */
  bodyLayout(body: TagBody, depth: number, union: boolean): Layout | string {
    if (body.attrs.some((a) => a.name === 'packed')) return 'packed';
    let align = 1;
    let flexible = false;
    for (const [i, m] of (body.members ?? []).entries()) {
      const l = this.layout(m.type, depth + 1);
      if (typeof l === 'string') return l;
      const explicit = alignOf(m.attrs, this.program);
      if (explicit === 'unknown') return 'an alignment attribute that cannot be evaluated';
      const padded = (explicit !== undefined && explicit > l.align) || l.overAligned;
      if (padded && (i > 0 || union)) return `a member aligned to ${Math.max(explicit ?? 0, l.align)}`;
      align = Math.max(align, l.align, explicit ?? 0);
      flexible ||= l.flexible || (m.type.kind === 'array' && !m.type.size);
    }
    const explicit = alignOf(body.attrs, this.program);
    if (explicit === 'unknown') return 'an alignment attribute that cannot be evaluated';
    return { align: Math.max(align, explicit ?? 0), flexible, overAligned: explicit !== undefined && explicit > align };
  }

}

/** The largest `aligned(N)` among attributes; `aligned` without a value is the target's biggest (16). */
function alignOf(attrs: { name: string; args: XToken[] }[], program: CProgram): number | 'unknown' | undefined {
  let out: number | undefined;
  for (const a of attrs) {
    if (a.name !== 'aligned') continue;
    let n = 16;
    if (a.args.length) {
      const r = program.evaluate(a.args);
      if (r.kind !== 'value') return 'unknown';
      n = Number(r.value.v);
    }
    out = Math.max(out ?? 0, n);
  }
  return out;
}
