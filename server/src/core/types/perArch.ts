/**
 * A type as it is on one arch of the tree: binding aliases and `c_*` names expanded
 * (`u32_` → `__u32` → `ffi::c_uint` → `u32`), under one choice of the Kconfig symbols that
 * decide a typedef there, or on an arch the arch table does not know. The C-type mappings
 * come from archTable.ts; which header definition of a typedef applies on an arch from
 * configTypes.ts. A part that cannot be known there is `{ kind: 'unknown', why }`.
 */
import { type Arch, cTypeNameOf, cTypeOnUnknownArch, cTypeToRust, isCTypeName, type Mapping, PRIMITIVES } from '../archTable';
import { type Assumptions, configChoices, NO_ASSUMPTIONS, typedefOn } from '../configTypes';
import { type BindingAlias, type BindingsIndex, bindingNameOf, cNameOf } from '../index/bindings';
import type { HeaderLookup, TypedefDecl } from '../index/headers';
import { type RustType, pathType, stripGlobal, typeToString } from './rustType';

/** Where a type is looked at: an arch of the tree under one config choice, or an arch the table does not know. */
export interface ArchVariant {
  /** How messages name it: `arm64`, `arm without CONFIG_ARM_LPAE`, `sparc`. */
  label: string;
  /** Undefined for an arch the arch table does not know. */
  arch: Arch | undefined;
  assume: Assumptions;
}

/** A typedef whose definition on a variant comes from a header, with the config symbols its conditions test there. */
export interface TypedefDecision {
  alias: string;
  decl: TypedefDecl;
  decisive: [string, boolean][];
}

/** What an expansion noted on its way: symbols that are a choice on the arch, typedef definitions it took. */
interface Trace {
  choices?: Set<string>;
  decisions?: TypedefDecision[];
}

interface ArchModel {
  arches: readonly Arch[];
  unknownArches: readonly string[];
  mapping: Mapping;
}

function unknown(why: string): RustType {
  return { kind: 'unknown', why };
}

/** Whether a type is known in full: no part of it is `unknown`. */
export function isKnown(t: RustType): boolean {
  switch (t.kind) {
    case 'unknown': return false;
    case 'path': return t.args.every(isKnown);
    case 'pointer': return isKnown(t.pointee);
    case 'reference': return isKnown(t.referent);
    case 'array': case 'slice': return isKnown(t.element);
    case 'tuple': return t.elements.every(isKnown);
    default: return true;
  }
}

/** The first reason a type is not known, for messages. */
export function unknownWhy(t: RustType): string | undefined {
  switch (t.kind) {
    case 'unknown': return t.why;
    case 'path': return t.args.map(unknownWhy).find(Boolean);
    case 'pointer': return unknownWhy(t.pointee);
    case 'reference': return unknownWhy(t.referent);
    case 'array': case 'slice': return unknownWhy(t.element);
    case 'tuple': return t.elements.map(unknownWhy).find(Boolean);
    default: return undefined;
  }
}

export class PerArchTypes {
  /** `readNow`: for an explicit request (hover), headers still being read are read at once. */
  constructor(
    private readonly bindings: BindingsIndex,
    private readonly headers: HeaderLookup,
    private readonly model: ArchModel,
    private readonly readNow = false,
  ) {}

  /** `t` on `arch` (undefined: an arch the table does not know) under `assume`. */
  on(t: RustType, arch: Arch | undefined, assume: Assumptions = NO_ASSUMPTIONS, trace?: Trace): RustType {
    return this.expand(t, arch, assume, trace, 0);
  }

  /**
   * Every arch of the tree, split by the config choices that decide one of `types` there
   * (arm with and without CONFIG_ARM_LPAE for `phys_addr_t`), then the arches the table does
   * not know.
   */
  variants(types: RustType[]): ArchVariant[] {
    const out: ArchVariant[] = [];
    for (const arch of this.model.arches) {
      const choices = new Set<string>();
      for (const t of types) this.expand(t, arch, NO_ASSUMPTIONS, { choices }, 0);
      for (const c of configChoices(arch, choices)) out.push({ label: c.label ? `${arch} ${c.label}` : arch, arch, assume: c.assume });
    }
    for (const name of this.model.unknownArches) out.push({ label: name, arch: undefined, assume: NO_ASSUMPTIONS });
    return out;
  }

  private expand(t: RustType, arch: Arch | undefined, assume: Assumptions, trace: Trace | undefined, depth: number): RustType {
    if (depth > 32) return t;
    const inner = (x: RustType) => this.expand(x, arch, assume, trace, depth + 1);
    switch (t.kind) {
      case 'path': {
        const segs = stripGlobal(t.segments);
        const last = segs[segs.length - 1];
        if (segs.length === 1 && PRIMITIVES.has(last)) return pathType(last);
        if (segs.length >= 2 && segs[segs.length - 2] === 'ffi') {
          if (last === 'c_void') return pathType('c_void');
          if (isCTypeName(last)) {
            const m: Mapping = segs[0] === 'core' || segs[0] === 'std' ? 'core' : this.model.mapping;
            const p = arch ? cTypeToRust(last, arch, m) : cTypeOnUnknownArch(last, m);
            return p ? pathType(p) : unknown(`\`${typeToString(t)}\` follows the C ABI of the arch`);
          }
        }
        if (segs.length === 1 || (segs.length === 2 && segs[0] === 'bindings')) {
          const alias = this.bindings.aliases.get(last);
          if (alias) return this.alias(alias, arch, assume, trace, depth);
        }
        return { kind: 'path', segments: segs, args: t.args.map(inner) };
      }
      case 'pointer':
        return { ...t, pointee: inner(t.pointee) };
      case 'reference':
        return { ...t, referent: inner(t.referent) };
      case 'array':
      case 'slice':
        return { ...t, element: inner(t.element) };
      case 'tuple':
        return { ...t, elements: t.elements.map(inner) };
      default:
        return t;
    }
  }

  /** A binding alias on an arch: the generated target, unless its C definition differs by arch or config. */
  private alias(alias: BindingAlias, arch: Arch | undefined, assume: Assumptions, trace: Trace | undefined, depth: number): RustType {
    const follow = (t: RustType, tr = trace) => this.expand(t, arch, assume, tr, depth + 1);
    // rust/bindings/lib.rs defines these by hand, alike on every arch.
    if (alias.source === 'manual') return follow(alias.target);
    const decls = this.headers.typedefs(cNameOf(alias.name), this.readNow);
    if (!decls) return unknown('the C headers are still being read');
    if (!decls.length) return follow(alias.target);
    const on = typedefOn(decls, arch, assume);
    switch (on.kind) {
      case 'fixed':
        return follow(alias.target);
      case 'unknown':
        return unknown(on.why);
      case 'choice':
        if (trace?.choices) {
          on.symbols.forEach((s) => trace.choices!.add(s));
          // Each definition may depend on further choices.
          for (const d of on.candidates) {
            const c = this.fromC(d.type);
            if (c) follow(c, { choices: trace.choices });
          }
        }
        return unknown(`\`${alias.name}\` depends on ${on.symbols.join(', ')} on ${arch}`);
      case 'defined': {
        trace?.decisions?.push({ alias: alias.name, decl: on.decl, decisive: on.decisive });
        const c = this.fromC(on.decl.type);
        return c ? follow(c) : unknown(`\`${on.decl.type}\` (${on.decl.path}:${on.decl.line + 1}) is not in the bindings`);
      }
    }
  }

  /** A C type as a typedef spells it, in bindings terms (`u64` → `u64_`, `unsigned long` → `ffi::c_ulong`). */
  private fromC(spelling: string): RustType | undefined {
    const s = spelling.trim();
    if (s.endsWith('*')) {
      const pointee = s.slice(0, -1).trim();
      const p = pointee === 'void' || pointee === 'const void' ? pathType('c_void') : this.fromC(pointee);
      return p && { kind: 'pointer', mutable: !/\bconst\b/.test(pointee), pointee: p };
    }
    const bare = s.replace(/\b(?:const|volatile)\b/g, ' ').trim();
    const c = cTypeNameOf(bare);
    if (c) return pathType('ffi', c);
    if (bare === '_Bool' || bare === 'bool') return pathType('bool');
    const tagged = /^(?:struct|union)\s+(\w+)$/.exec(bare);
    if (tagged) return this.bindings.structs.has(tagged[1]) ? pathType(tagged[1]) : undefined;
    if (!/^\w+$/.test(bare)) return undefined;
    const name = bindingNameOf(bare);
    return this.bindings.aliases.has(name) || this.bindings.structs.has(name) ? pathType(name) : undefined;
  }
}
