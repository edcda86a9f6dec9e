/**
 * The Rust type resolver: the type of an expression or a type as written in one file, per
 * architecture of the tree under its C-type mapping, or `undefined` when it cannot be known.
 * Unknown means no verdict, ever (ARCHITECTURE.md: precision first).
 *
 * It reads one file's syntax tree and the project index; it knows `use` imports, `type`
 * aliases, top-level consts/statics/structs/functions, function and closure parameters,
 * `let` bindings, binding functions/consts/statics/structs/unions (`bindings::`, `uapi::`),
 * suffixed literals, casts, and a few methods whose result type is fixed.
 *
 * Types are first resolved to a *normalised* `RustType` whose paths name one of: a primitive,
 * `ffi::c_*` (the tree's mapping), `core::ffi::c_*` (always the core mapping), `c_void`, a
 * bindings item by its bare name (as in the generated file), or a struct of this file
 * (`<local>::Name`). `perArch` then expands it per arch with `PerArchTypes` (perArch.ts).
 */
import type { Arch, Mapping } from '../archTable';
import { PRIMITIVES } from '../archTable';
import { type ProjectIndex, bindingsGenerated } from '../index/index';
import type { BindingsIndex, BindingFunction } from '../index/bindings';
import type { SyntaxNode, SyntaxTree } from '../parse';
import { type CrateInfo, type TreeModel } from '../tree';
import { type RustType, pathType, stripGlobal, typeToString } from './rustType';
import { type CoreFunction, coreFunction } from './coreFunctions';
import type { BindingUse } from '../index/kernelCrate';
import { PerArchTypes } from './perArch';
import { byteStringBytes } from './literals';

/** A type on each arch of the tree (same keys as `TreeModel.arches`). */
export type ArchTypes = ReadonlyMap<Arch, RustType>;

export interface ResolverInput {
  tree: SyntaxTree;
  model: TreeModel;
  index: ProjectIndex;
  crate: CrateInfo;
}

const LOCAL = '<local>';
const UAPI = '<uapi>';
const SUFFIX_RE = /(i8|u8|i16|u16|i32|u32|i64|u64|i128|u128|isize|usize|f32|f64)$/;
/** Raw-pointer methods that read the pointee, and those that give a pointer of the same type. */
const POINTER_READS = new Set(['read', 'read_volatile', 'read_unaligned']);
const POINTER_STEPS = new Set(['add', 'sub', 'offset', 'wrapping_add', 'wrapping_sub', 'wrapping_offset']);
const PATTERN_BINDERS = new Set(['match_arm', 'let_condition', 'for_expression', 'if_let_expression', 'while_let_expression']);

/** A `let` or parameter binding a name: its type as written, or the value it is initialised from. */
export interface LocalBinder {
  typeNode?: SyntaxNode;
  value?: SyntaxNode;
}

/** What a value path names. */
type ValueTarget =
  | { kind: 'binding-fn'; fn: BindingFunction }
  /** `unsafe`: reading it needs `unsafe` (an extern static, a `static mut`). */
  | { kind: 'typed'; type: RustType; unsafe?: boolean }
  | { kind: 'local-fn'; node: SyntaxNode; self?: RustType }
  | { kind: 'core-fn'; fn: CoreFunction }
  | { kind: 'kernel-fn'; node: SyntaxNode; resolver: TypeResolver };

export class TypeResolver {
  private readonly imports = new Map<string, string[]>();
  private readonly globs: string[][] = [];
  private readonly typeAliases = new Map<string, SyntaxNode>();
  private readonly structs = new Map<string, SyntaxNode>();
  private readonly items = new Map<string, SyntaxNode>();
  /** `mod x { … }` written inline: its consts, statics and functions are reached as `x::NAME`. */
  private readonly modules = new Map<string, SyntaxNode>();
  /** The `impl` blocks of each (non-generic) struct of the file, read for their methods on first use. */
  private readonly impls = new Map<string, SyntaxNode[]>();
  private readonly methodTables = new Map<string, { methods: Map<string, SyntaxNode | null>; derefTarget?: SyntaxNode }>();
  private methodNameSet: Set<string> | undefined;
  /** `mod bindings`, `use … as bindings` or `extern crate … as bindings` at the top of the file. */
  private ownBindings = false;
  private readonly blockLets = new Map<number, { start: number; decl: SyntaxNode; pattern: SyntaxNode | null; identifier?: string }[]>();
  private depth = 0;
  #archTypes?: PerArchTypes;

  constructor(private readonly input: ResolverInput) {
    for (const n of input.tree.rootNode.namedChildren) {
      const name = n.childForFieldName('name')?.text;
      switch (n.type) {
        case 'use_declaration': {
          const arg = n.childForFieldName('argument');
          if (arg) this.readUse(arg, []);
          break;
        }
        case 'type_item':
          if (name && !n.childForFieldName('type_parameters')) this.typeAliases.set(name, n);
          break;
        case 'struct_item':
        case 'union_item':
          if (name && !n.childForFieldName('type_parameters')) this.structs.set(name, n);
          break;
        case 'const_item':
        case 'static_item':
        case 'function_item':
          if (name) this.items.set(name, n);
          break;
        case 'mod_item':
          if (name === 'bindings') this.ownBindings = true;
          if (name && n.childForFieldName('body')) this.modules.set(name, n);
          break;
        case 'impl_item': {
          const type = n.childForFieldName('type');
          if (type?.type === 'type_identifier' && !n.childForFieldName('type_parameters')) {
            this.impls.set(type.text, [...(this.impls.get(type.text) ?? []), n]);
          }
          break;
        }
        case 'extern_crate_declaration':
          if (n.childForFieldName('alias')?.text === 'bindings') this.ownBindings = true;
          break;
      }
    }
  }

  private get bindings(): BindingsIndex {
    return this.input.index.bindings;
  }

  private readUse(n: SyntaxNode, prefix: string[]): void {
    switch (n.type) {
      case 'identifier':
      case 'crate':
      case 'super':
      case 'scoped_identifier': {
        const segs = [...prefix, ...pathSegments(n)];
        this.imports.set(segs[segs.length - 1], segs);
        return;
      }
      case 'use_as_clause': {
        const p = n.childForFieldName('path');
        const alias = n.childForFieldName('alias');
        if (p && alias) this.imports.set(alias.text, [...prefix, ...pathSegments(p)]);
        if (alias?.text === 'bindings') this.ownBindings = true;
        return;
      }
      case 'use_wildcard': {
        const p = n.namedChildren[0];
        this.globs.push(p ? [...prefix, ...pathSegments(p)] : prefix);
        return;
      }
      case 'scoped_use_list': {
        const p = n.childForFieldName('path');
        const list = n.childForFieldName('list');
        const base = p ? [...prefix, ...pathSegments(p)] : prefix;
        for (const c of list?.namedChildren ?? []) {
          if (c.type === 'self') this.imports.set(base[base.length - 1], base);
          else this.readUse(c, base);
        }
        return;
      }
      case 'use_list':
        for (const c of n.namedChildren) this.readUse(c, prefix);
        return;
    }
  }

  /** `crate::`, `$crate::` and `::kernel::` in the kernel crate all mean `kernel::`; imports expand. */
  private absolute(segs: string[], depth = 0): string[] {
    const global = segs[0] === '';
    let s = stripGlobal(segs);
    if (s[0] === 'crate' || s[0] === '$crate') s = [this.input.crate.name, ...s.slice(1)];
    // `::x` is an extern crate; `use x::y` makes `y` a path into `x` (`use kernel;` names itself).
    const imported = !global && s.length > 0 ? this.imports.get(s[0]) : undefined;
    if (imported && depth < 8 && !(imported.length === 1 && imported[0] === s[0]) && !(s.length === 1 && this.isLocallyDefined(s[0]))) {
      s = [...this.absolute(imported, depth + 1), ...s.slice(1)];
    }
    return s;
  }

  private isLocallyDefined(name: string): boolean {
    return this.items.has(name) || this.structs.has(name) || this.typeAliases.has(name);
  }

  /** A path that names something of the `bindings`, `uapi` or `ffi` crates, normalised; else undefined. */
  private classify(abs: string[]): { crate: 'bindings' | 'uapi'; name: string } | { crate: 'ffi'; type: RustType } | undefined {
    const last = abs[abs.length - 1];
    const head = abs.slice(0, -1).join('::');
    if (head === 'bindings' || head === 'kernel::bindings') return { crate: 'bindings', name: last };
    if (head === 'uapi' || head === 'kernel::uapi') return { crate: 'uapi', name: last };
    if (head === 'core::ffi' || head === 'std::ffi') return { crate: 'ffi', type: pathType('core', 'ffi', last) };
    if (head === 'ffi' || head === 'kernel::ffi') return { crate: 'ffi', type: last === 'c_void' ? pathType('c_void') : pathType('ffi', last) };
    return undefined;
  }

  /** Names a bare identifier reaches through `use …::*`. */
  private fromGlobs(name: string, isType: boolean): string[] | undefined {
    for (const g of this.globs) {
      const abs = [...this.absolute(g), name];
      const c = this.classify(abs);
      if (!c) continue;
      if (c.crate === 'ffi' && /^c_/.test(name)) return abs;
      if (c.crate === 'bindings' && (isType ? this.bindings.aliases.has(name) || this.bindings.structs.has(name) : this.bindings.has(name))) return abs;
      if (c.crate === 'uapi' && this.input.index.uapi.has(name)) return abs;
    }
    return undefined;
  }

  // ---- types as written ----

  /** The normalised type a type node denotes, or undefined. */
  resolveTypeNode(node: SyntaxNode): RustType | undefined {
    switch (node.type) {
      case 'primitive_type':
        return pathType(node.text);
      case 'type_identifier':
      case 'scoped_type_identifier':
        return this.resolveTypePath(pathSegments(node));
      case 'pointer_type':
      case 'reference_type': {
        const inner = node.childForFieldName('type');
        const t = inner && this.resolveTypeNode(inner);
        if (!t) return undefined;
        const mutable = node.children.some((c) => c.type === 'mutable_specifier');
        return node.type === 'pointer_type' ? { kind: 'pointer', mutable, pointee: t } : { kind: 'reference', mutable, referent: t };
      }
      case 'array_type': {
        const el = node.childForFieldName('element');
        const t = el && this.resolveTypeNode(el);
        if (!t) return undefined;
        const len = node.childForFieldName('length');
        return len ? { kind: 'array', element: t, length: len.text.replace(/usize$/, '') } : { kind: 'slice', element: t };
      }
      case 'unit_type':
        return { kind: 'tuple', elements: [] };
      default:
        return undefined;
    }
  }

  private resolveTypePath(written: string[]): RustType | undefined {
    const segs = stripGlobal(written);
    if (segs.length === 1) {
      const name = segs[0];
      if (PRIMITIVES.has(name) && !this.imports.has(name)) return pathType(name);
      const alias = this.typeAliases.get(name);
      if (alias) return this.guard(() => {
        const t = alias.childForFieldName('type');
        return t ? this.resolveTypeNode(t) : undefined;
      });
      if (this.structs.has(name)) return pathType(LOCAL, name);
      if (!this.imports.has(name)) {
        const viaGlob = this.fromGlobs(name, true);
        return viaGlob ? this.typeOfCrateItem(viaGlob) : undefined;
      }
    }
    return this.typeOfCrateItem(this.absolute(segs));
  }

  private typeOfCrateItem(abs: string[]): RustType | undefined {
    const c = this.classify(abs);
    if (!c) return undefined;
    if (c.crate === 'ffi') return c.type;
    if (c.crate === 'bindings') return this.bindings.aliases.has(c.name) || this.bindings.structs.has(c.name) ? pathType(c.name) : undefined;
    return this.fromUapi(pathType(c.name));
  }

  /** uapi types in bindings-namespace form: aliases expanded, structs tagged. */
  private fromUapi(t: RustType, depth = 0): RustType | undefined {
    if (depth > 32) return undefined;
    const uapi = this.input.index.uapi;
    switch (t.kind) {
      case 'path': {
        const segs = stripGlobal(t.segments);
        if (segs.length === 1 && PRIMITIVES.has(segs[0])) return t;
        if (segs.length >= 2 && segs[segs.length - 2] === 'ffi') return t;
        if (segs.length !== 1 || t.args.length) return undefined;
        const alias = uapi.aliases.get(segs[0]);
        if (alias) return this.fromUapi(alias.target, depth + 1);
        return uapi.structs.has(segs[0]) ? pathType(UAPI, segs[0]) : undefined;
      }
      case 'pointer': {
        const p = this.fromUapi(t.pointee, depth + 1);
        return p && { ...t, pointee: p };
      }
      case 'array': {
        const e = this.fromUapi(t.element, depth + 1);
        return e && { ...t, element: e };
      }
      default:
        return undefined;
    }
  }

  // ---- per-arch view ----

  /** Normalised types on each arch and config of the tree. */
  get archTypes(): PerArchTypes {
    return (this.#archTypes ??= new PerArchTypes(this.bindings, this.input.index.headers, this.input.model));
  }

  /**
   * The type on each arch of the tree, with aliases and `c_*` names expanded; a part that
   * differs by config on an arch (`phys_addr_t` on arm) is unknown there.
   */
  perArch(t: RustType): ArchTypes {
    return new Map(this.input.model.arches.map((a) => [a, this.archTypes.on(t, a)]));
  }

  /**
   * Whether a canonical type is fully known: built from primitives, `c_void` and structs or
   * unions of the generated bindings only. Only such types get a verdict.
   */
  isConcrete(t: RustType): boolean {
    switch (t.kind) {
      case 'path': {
        if (t.args.length) return false;
        const segs = stripGlobal(t.segments);
        if (segs.length !== 1) return false;
        return PRIMITIVES.has(segs[0]) || segs[0] === 'c_void' || this.bindings.structs.has(segs[0]);
      }
      case 'pointer':
        return this.isConcrete(t.pointee);
      case 'array':
      case 'slice':
        return this.isConcrete(t.element);
      case 'tuple':
        return t.elements.every((e) => this.isConcrete(e));
      default:
        return false;
    }
  }

  /** `typeOfExpression` per arch, or undefined when unknown or not concrete on some arch. */
  typeOfExpression(node: SyntaxNode): ArchTypes | undefined {
    const t = this.typeOf(node);
    return t ? this.concrete(t) : undefined;
  }

  /** A type node per arch, or undefined when unknown or not concrete. */
  typeOfTypeNode(node: SyntaxNode): ArchTypes | undefined {
    const t = this.resolveTypeNode(node);
    return t ? this.concrete(t) : undefined;
  }

  private concrete(t: RustType): ArchTypes | undefined {
    const per = this.perArch(t);
    for (const v of per.values()) if (!this.isConcrete(v)) return undefined;
    return per;
  }

  // ---- expressions ----

  private guard<T>(f: () => T | undefined): T | undefined {
    if (this.depth > 24) return undefined;
    this.depth++;
    try {
      return f();
    } finally {
      this.depth--;
    }
  }

  /** The normalised type of an expression, or undefined when it cannot be known. */
  typeOf(node: SyntaxNode): RustType | undefined {
    return this.guard(() => this.typeOfInner(node));
  }

  private typeOfInner(node: SyntaxNode): RustType | undefined {
    switch (node.type) {
      case 'parenthesized_expression':
        return node.namedChildren.length === 1 ? this.typeOf(node.namedChildren[0]) : undefined;
      case 'integer_literal':
      case 'float_literal': {
        const suffix = literalSuffix(node.text);
        return suffix ? pathType(suffix) : undefined;
      }
      case 'boolean_literal':
        return pathType('bool');
      // Byte literals are `u8` and byte strings `&[u8; N]`, whatever they are later cast to.
      case 'char_literal':
        return pathType(node.text.startsWith('b') ? 'u8' : 'char');
      case 'string_literal':
      case 'raw_string_literal': {
        const bytes = byteStringBytes(node.text);
        return bytes ? { kind: 'reference', mutable: false, referent: { kind: 'array', element: pathType('u8'), length: String(bytes.length) } } : undefined;
      }
      case 'array_expression':
        return this.typeOfArray(node);
      case 'struct_expression': {
        const name = node.childForFieldName('name');
        return name && (name.type === 'type_identifier' || name.type === 'scoped_type_identifier') ? this.resolveTypePath(pathSegments(name)) : undefined;
      }
      case 'type_cast_expression': {
        const ty = node.childForFieldName('type');
        if (!ty) return undefined;
        if (ty.text === '_') return this.expectedTypeOf(node);
        return this.resolveTypeNode(ty);
      }
      case 'identifier':
        return this.typeOfName(node);
      case 'self':
        return this.typeOfSelf(node);
      case 'scoped_identifier': {
        const target = this.valuePath(pathSegments(node));
        return target?.kind === 'typed' ? target.type : undefined;
      }
      case 'call_expression':
        return this.typeOfCall(node);
      case 'field_expression': {
        const value = node.childForFieldName('value');
        const field = node.childForFieldName('field');
        const base = value && this.typeOf(value);
        return base && field ? this.fieldType(base, field.text) : undefined;
      }
      case 'unary_expression': {
        const op = node.children[0]?.type;
        const arg = node.namedChildren[0];
        const t = arg && this.typeOf(arg);
        if (!t) return undefined;
        if (op === '*') {
          const d = this.expandAlias(t);
          return d.kind === 'pointer' ? d.pointee : d.kind === 'reference' ? d.referent : undefined;
        }
        return t;
      }
      case 'reference_expression': {
        const v = node.childForFieldName('value');
        const t = v && this.typeOf(v);
        return t ? { kind: 'reference', mutable: node.children.some((c) => c.type === 'mutable_specifier'), referent: t } : undefined;
      }
      case 'index_expression': {
        const base = node.namedChildren[0];
        let t = base && this.typeOf(base);
        while (t?.kind === 'reference') t = t.referent;
        if (!t) return undefined;
        t = this.expandAlias(t);
        return t.kind === 'array' || t.kind === 'slice' ? t.element : undefined;
      }
      case 'binary_expression':
        return this.typeOfBinary(node);
      case 'unsafe_block':
      case 'block': {
        const block = node.type === 'block' ? node : node.namedChildren.find((c) => c.type === 'block');
        const tail = block ? tailExpression(block) : undefined;
        return tail ? this.typeOf(tail) : undefined;
      }
      default:
        return undefined;
    }
  }

  private typeOfBinary(node: SyntaxNode): RustType | undefined {
    const op = node.childForFieldName('operator')?.type ?? '';
    if (['==', '!=', '<', '>', '<=', '>=', '&&', '||'].includes(op)) return pathType('bool');
    const l = node.childForFieldName('left');
    const r = node.childForFieldName('right');
    if (!l || !r) return undefined;
    const lt = this.typeOf(l);
    if (op === '<<' || op === '>>') return lt;
    const rt = this.typeOf(r);
    if (lt && rt) return typeToString(lt) === typeToString(rt) ? lt : undefined;
    // An unsuffixed literal takes the other operand's type.
    if (lt && isUnsuffixedInt(r)) return lt;
    if (rt && isUnsuffixedInt(l)) return rt;
    return undefined;
  }

  /** `[e; N]`, or `[a, b, …]` whose elements agree (unsuffixed integers take the others' type). */
  private typeOfArray(node: SyntaxNode): RustType | undefined {
    const length = node.childForFieldName('length');
    const elements = node.namedChildren.filter((c) => c.id !== length?.id && !c.type.endsWith('comment'));
    if (length) {
      const element = elements[0] && this.typeOf(elements[0]);
      return element && { kind: 'array', element, length: length.text.replace(/usize$/, '') };
    }
    let element: RustType | undefined;
    for (const e of elements) {
      if (isUnsuffixedInt(e)) continue;
      const t = this.typeOf(e);
      if (!t || (element && typeToString(element) !== typeToString(t))) return undefined;
      element = t;
    }
    return element && { kind: 'array', element, length: String(elements.length) };
  }

  private typeOfCall(node: SyntaxNode): RustType | undefined {
    let fn = node.childForFieldName('function');
    if (!fn) return undefined;
    if (fn.type === 'field_expression') return this.typeOfMethodCall(fn, node);
    // `size_of::<T>()`: only a core function's result can be known without knowing `T`.
    const turbofish = fn.type === 'generic_function';
    if (turbofish) fn = fn.childForFieldName('function');
    if (fn?.type !== 'identifier' && fn?.type !== 'scoped_identifier') return undefined;
    // `i32::from(c)`: `From` between integers gives the type it names.
    const segs = pathSegments(fn);
    if (!turbofish && segs.length === 2 && segs[1] === 'from' && PRIMITIVES.has(segs[0]) && !this.imports.has(segs[0])) return pathType(segs[0]);
    const target = this.valuePath(pathSegments(fn), fn);
    if (target?.kind === 'core-fn') return target.fn.returns;
    if (turbofish) return undefined;
    if (target?.kind === 'binding-fn') return target.fn.returnType;
    if (target?.kind === 'local-fn') return this.returnTypeOf(target.node, target.self);
    if (target?.kind === 'kernel-fn') {
      // A type of the kernel crate's own (`<local>::Ktime` there) means nothing here.
      const t = target.resolver.returnTypeOf(target.node);
      return t && !typeToString(t).includes(LOCAL) ? t : undefined;
    }
    return undefined;
  }

  /** What a function of this file returns; `self`: the type `Self` names in its impl. */
  returnTypeOf(fn: SyntaxNode, self?: RustType): RustType | undefined {
    if (fn.childForFieldName('type_parameters')) return undefined;
    const ret = fn.childForFieldName('return_type');
    if (!ret) return { kind: 'tuple', elements: [] };
    return ret.type === 'type_identifier' && ret.text === 'Self' ? self : this.resolveTypeNode(ret);
  }

  /**
   * The methods of a struct of this file: those its impls here define (inherent and trait
   * impls alike, as method lookup finds both before auto-deref), and the `Target` of its
   * `Deref` impl. A name defined twice is ambiguous (`null`).
   */
  private methodTable(struct: string): { methods: Map<string, SyntaxNode | null>; derefTarget?: SyntaxNode } {
    let table = this.methodTables.get(struct);
    if (table) return table;
    table = { methods: new Map() };
    for (const impl of this.impls.get(struct) ?? []) {
      const trait = impl.childForFieldName('trait')?.text.replace(/\s+/g, '');
      for (const member of impl.childForFieldName('body')?.namedChildren ?? []) {
        const name = member.childForFieldName('name')?.text;
        if (member.type === 'function_item' && name) table.methods.set(name, table.methods.has(name) ? null : member);
        if (member.type === 'type_item' && name === 'Target' && trait && /^(?:(?:core|::core)::ops::)?Deref$/.test(trait)) {
          table.derefTarget = member.childForFieldName('type') ?? undefined;
        }
      }
    }
    this.methodTables.set(struct, table);
    return table;
  }

  /** The names of the methods the file's impls define (a call of any other name is none of theirs). */
  private methodNames(): Set<string> {
    if (!this.methodNameSet) {
      this.methodNameSet = new Set();
      for (const impls of this.impls.values()) {
        for (const impl of impls) {
          for (const m of impl.childForFieldName('body')?.namedChildren ?? []) {
            const name = m.type === 'function_item' ? m.childForFieldName('name')?.text : undefined;
            if (name) this.methodNameSet.add(name);
          }
        }
      }
    }
    return this.methodNameSet;
  }

  /** The struct of this file that a type names, through references (what a method call auto-derefs). */
  private localStruct(t: RustType | undefined): string | undefined {
    while (t?.kind === 'reference') t = t.referent;
    return t?.kind === 'path' && t.segments.length === 2 && t.segments[0] === LOCAL ? t.segments[1] : undefined;
  }

  /**
   * A method call on a struct of this file: `found` when a method of that name is defined for
   * it or for what it derefs to here, with its result type when that is known.
   */
  private localMethod(recv: RustType | undefined, method: string): { type: RustType | undefined } | undefined {
    let struct = this.localStruct(recv);
    for (let i = 0; struct && i < 4; i++) {
      const { methods, derefTarget } = this.methodTable(struct);
      const fn = methods.get(method);
      if (fn !== undefined) return { type: fn ? this.returnTypeOf(fn, pathType(LOCAL, struct)) : undefined };
      const target = derefTarget && this.resolveTypeNode(derefTarget);
      const next = this.localStruct(target);
      // Deref to something not of this file (`[u8]`, a kernel type): its methods are not ours to tell.
      if (!next) return derefTarget ? { type: undefined } : undefined;
      struct = next;
    }
    return undefined;
  }

  /** Methods whose result type does not depend on anything we cannot see. */
  private typeOfMethodCall(fn: SyntaxNode, call: SyntaxNode): RustType | undefined {
    const recv = fn.childForFieldName('value');
    const method = fn.childForFieldName('field')?.text;
    if (!recv || !method) return undefined;
    // The receiver's type, read once and only when a method needs it (chains are long in drivers).
    let recvType: RustType | undefined | null = null;
    const receiver = () => (recvType === null ? (recvType = this.typeOf(recv)) : recvType);
    const own = this.methodNames().has(method) ? this.localMethod(receiver(), method) : undefined;
    if (own) return own.type;
    if (method === 'len') return pathType('usize');
    // `c.into()` converts to what the context asks for.
    if (method === 'into') return this.expectedTypeOf(call);
    if (POINTER_READS.has(method) || POINTER_STEPS.has(method)) {
      const p = receiver();
      const d = p && this.expandAlias(p);
      if (d?.kind !== 'pointer') return undefined;
      return POINTER_READS.has(method) ? d.pointee : d;
    }
    if (method === 'as_char_ptr') {
      return { kind: 'pointer', mutable: false, pointee: this.input.model.mapping === 'kernel' ? pathType('ffi', 'c_char') : pathType('core', 'ffi', 'c_char') };
    }
    if (method === 'as_ptr' || method === 'as_mut_ptr') {
      const mutable = method === 'as_mut_ptr';
      // `c"…"` is a `&core::ffi::CStr`, whose `as_ptr` gives `core::ffi::c_char`.
      if (recv.type === 'string_literal' && recv.text.startsWith('c') && !mutable) {
        return { kind: 'pointer', mutable: false, pointee: pathType('core', 'ffi', 'c_char') };
      }
      let t = receiver();
      while (t?.kind === 'reference') t = t.referent;
      if (t) t = this.expandAlias(t);
      if (t?.kind === 'array' || t?.kind === 'slice') return { kind: 'pointer', mutable, pointee: t.element };
    }
    return undefined;
  }

  /** What a value path (`bindings::X`, `X`, `kernel::bindings::X` …) names. */
  private valuePath(written: string[], at?: SyntaxNode): ValueTarget | undefined {
    const segs = stripGlobal(written);
    const global = written[0] === '';
    if (segs.length === 2 && !global && !this.imports.has(segs[0])) {
      const self = segs[0] === 'Self' && at ? this.enclosingImplStruct(at) : this.structs.has(segs[0]) ? segs[0] : undefined;
      if (self) {
        const fn = this.methodTable(self).methods.get(segs[1]);
        return fn ? { kind: 'local-fn', node: fn, self: pathType(LOCAL, self) } : undefined;
      }
    }
    if (segs.length > 1 && !global && this.modules.has(segs[0]) && !this.imports.has(segs[0])) return this.moduleValue(this.modules.get(segs[0])!, segs.slice(1));
    if (segs.length === 1) {
      const name = segs[0];
      if (at && this.localBinder(name, at) !== undefined) return undefined;
      const item = this.items.get(name);
      if (item) {
        if (item.type === 'function_item') return { kind: 'local-fn', node: item };
        const ty = item.childForFieldName('type');
        const t = ty && this.resolveTypeNode(ty);
        return t ? { kind: 'typed', type: t, unsafe: isStaticMut(item) } : undefined;
      }
      if (!this.imports.has(name)) {
        const viaGlob = this.fromGlobs(name, false);
        return viaGlob ? this.crateValue(viaGlob) : undefined;
      }
    }
    return this.crateValue(this.absolute(segs));
  }

  /** The struct of this file whose impl holds `at`. */
  private enclosingImplStruct(at: SyntaxNode): string | undefined {
    for (let p = at.parent; p; p = p.parent) {
      if (p.type !== 'impl_item') continue;
      const type = p.childForFieldName('type');
      return type?.type === 'type_identifier' && this.structs.has(type.text) && !p.childForFieldName('type_parameters') ? type.text : undefined;
    }
    return undefined;
  }

  /**
   * `m::NAME` for an inline `mod m { … }` of this file: a const or static whose type is
   * written with primitives only (any other name would be the module's to resolve, through
   * imports of its own), or a nested module's.
   */
  private moduleValue(mod: SyntaxNode, rest: string[]): ValueTarget | undefined {
    const wanted = rest[0];
    const item = mod.childForFieldName('body')?.namedChildren.find((c) => c.childForFieldName('name')?.text === wanted
      && ['const_item', 'static_item', 'mod_item'].includes(c.type));
    if (!item) return undefined;
    if (item.type === 'mod_item') return rest.length > 1 ? this.moduleValue(item, rest.slice(1)) : undefined;
    const ty = item.childForFieldName('type');
    if (rest.length !== 1 || !ty || ty.descendantsOfType(['type_identifier', 'scoped_type_identifier']).length) return undefined;
    const t = this.resolveTypeNode(ty);
    return t ? { kind: 'typed', type: t, unsafe: isStaticMut(item) } : undefined;
  }

  private crateValue(abs: string[]): ValueTarget | undefined {
    const core = coreFunction(abs);
    if (core) return { kind: 'core-fn', fn: core };
    const c = this.classify(abs);
    // From outside the kernel crate (a driver calling `kernel::time::msecs_to_jiffies`): inside it,
    // its own files are typed as they are, without building the index of its binding uses.
    if (!c && abs[0] === 'kernel' && this.input.crate.kind !== 'kernel') {
      const found = kernelFunctionAt(this.input, abs);
      return found && { kind: 'kernel-fn', ...found };
    }
    if (!c || c.crate === 'ffi') return undefined;
    if (c.crate === 'bindings') {
      const fn = this.bindings.functions.get(c.name);
      if (fn) return { kind: 'binding-fn', fn };
      const konst = this.bindings.consts.get(c.name);
      if (konst) return { kind: 'typed', type: konst.type };
      const extern = this.bindings.statics.get(c.name);
      return extern ? { kind: 'typed', type: extern.type, unsafe: true } : undefined;
    }
    const uapi = this.input.index.uapi;
    const konst = uapi.consts.get(c.name);
    const extern = konst ? undefined : uapi.statics.get(c.name);
    const t = (konst ?? extern) && this.fromUapi((konst ?? extern)!.type);
    return t ? { kind: 'typed', type: t, unsafe: !!extern } : undefined;
  }

  /**
   * The name X when a path (`kernel::bindings::X`, `bindings::X`, or a bare `X` brought in by
   * `use kernel::bindings::{X}` or `::*`) reaches into the generated bindings crate. A qualified
   * or imported X that the bindings lack is named too when the tree has no generated bindings
   * to ask (an unbuilt checkout): it is the raw API whether or not X exists. A glob import
   * needs the bindings to say which bare names it brings in.
   */
  bindingsItemOf(node: SyntaxNode): string | undefined {
    return this.bindingsItemAt(pathSegments(node), node, { type: node.type === 'type_identifier', glob: true });
  }

  /**
   * `bindingsItemOf` for a path given as its segments (spelled by a macro's tokens, say), `at`
   * being its last token; `glob`: whether a bare name may come from a `use …::*`.
   */
  bindingsItemAt(segs: string[], at: SyntaxNode, opts: { type: boolean; glob: boolean }): string | undefined {
    let abs: string[] | undefined;
    if (segs.length > 1) abs = this.absolute(segs);
    else if (this.isLocallyDefined(segs[0])) return undefined;
    else if (this.imports.has(segs[0])) abs = this.absolute(segs);
    else if (opts.glob) abs = this.fromGlobs(segs[0], opts.type);
    const c = abs && this.classify(abs);
    // `bindings::X` unimported, in a file with a `mod bindings` (or `extern crate … as bindings`) of its own.
    if (c?.crate !== 'bindings' || (abs![0] === 'bindings' && this.ownBindings)) return undefined;
    if (!this.bindings.has(c.name) && bindingsGenerated(this.input.model, this.input.index)) return undefined;
    // A bare name that a `let` or parameter shadows is not the binding (asked last: it walks up the tree).
    return segs.length === 1 && this.localBinder(segs[0], at) !== undefined ? undefined : c.name;
  }

  /** Whether the file brings the bindings crate in as `bindings` (`use kernel::bindings;`). */
  importsBindingsCrate(): boolean {
    const imported = this.imports.get('bindings');
    return !!imported && this.absolute(imported).join('::') === 'kernel::bindings';
  }

  /** Whether `bindings` in this file names something of its own rather than the bindings crate. */
  shadowsBindingsCrate(): boolean {
    return this.ownBindings;
  }

  /** Whether an item of this name is defined at the top of the file. */
  definesItem(name: string): boolean {
    return this.isLocallyDefined(name);
  }

  /**
   * Whether calling `callee` needs `unsafe`: yes for binding functions, `unsafe fn`s of this
   * file and unsafe core functions, no for the others of those; undefined when not known.
   */
  callNeedsUnsafe(callee: SyntaxNode): boolean | undefined {
    const fn = callee.type === 'generic_function' ? callee.childForFieldName('function') : callee;
    if (fn?.type !== 'identifier' && fn?.type !== 'scoped_identifier') return undefined;
    const t = this.valuePath(pathSegments(fn), fn);
    if (t?.kind === 'binding-fn') return true;
    if (t?.kind === 'core-fn') return t.fn.unsafe;
    if (t?.kind === 'local-fn') return isUnsafeFn(t.node);
    if (t?.kind === 'kernel-fn') return isUnsafeFn(t.node);
    return undefined;
  }

  /** `absolute` for a path's segments: imports expanded, `crate::` the crate's name. */
  absolutePath(segs: string[]): string[] {
    return this.absolute(segs);
  }

  /** Whether a `use` of the file brings in `name` by name. */
  importsName(name: string): boolean {
    return this.imports.has(name);
  }

  /** Whether reading the value a path names needs `unsafe` (an extern static, a `static mut`); undefined when not known. */
  valueNeedsUnsafe(node: SyntaxNode): boolean | undefined {
    const segs = pathSegments(node);
    if (segs.length === 1 && this.localBinder(segs[0], node) !== undefined) return false;
    const t = this.valuePath(segs, node);
    return t && (t.kind === 'typed' ? !!t.unsafe : false);
  }

  /** The absolute path a path names, the file's imports expanded (`time::f` after `use kernel::time;` → `kernel::time::f`). */
  absolutePathOf(node: SyntaxNode): string[] {
    const segs = pathSegments(node);
    return segs.length === 1 && (this.isLocallyDefined(segs[0]) || !this.imports.has(segs[0])) ? segs : this.absolute(segs);
  }

  /** Whether a name is bound at `at` by a `let`, a parameter or a pattern. */
  isLocalBinding(name: string, at: SyntaxNode): boolean {
    return this.localBinder(name, at) !== undefined;
  }

  /** The binding function a call's callee names, for rules that check arguments. */
  bindingFunctionOf(callee: SyntaxNode): BindingFunction | undefined {
    if (callee.type !== 'identifier' && callee.type !== 'scoped_identifier') return undefined;
    const t = this.valuePath(pathSegments(callee), callee);
    return t?.kind === 'binding-fn' ? t.fn : undefined;
  }

  /** The core or alloc function a call's callee names (`core::slice::from_raw_parts`, `slice::from_raw_parts` after `use core::slice;`). */
  private coreFunctionOf(callee: SyntaxNode): CoreFunction | undefined {
    const fn = callee.type === 'generic_function' ? callee.childForFieldName('function') : callee;
    if (fn?.type !== 'identifier' && fn?.type !== 'scoped_identifier') return undefined;
    const t = this.valuePath(pathSegments(fn), fn);
    return t?.kind === 'core-fn' ? t.fn : undefined;
  }

  private typeOfName(node: SyntaxNode): RustType | undefined {
    const local = this.localBinding(node.text, node);
    if (local !== undefined) return local ?? undefined;
    const target = this.valuePath([node.text]);
    return target?.kind === 'typed' ? target.type : undefined;
  }

  /**
   * The type of the innermost binding of `name` visible at `at`: a type, `null` when a binding
   * exists but its type is unknown, `undefined` when no local binding exists.
   */
  private localBinding(name: string, at: SyntaxNode): RustType | null | undefined {
    const b = this.localBinder(name, at);
    if (b === undefined || b === null) return b;
    if (b.typeNode) return this.resolveTypeNode(b.typeNode) ?? null;
    return (b.value && this.typeOf(b.value)) ?? null;
  }

  /**
   * The `let` or parameter that binds `name` at `at` (its type as written and its value),
   * `null` when something binds it in a way we do not follow, `undefined` when nothing does.
   */
  localBinder(name: string, at: SyntaxNode): LocalBinder | null | undefined {
    let prev: SyntaxNode = at;
    for (let p = at.parent; p; prev = p, p = p.parent) {
      if (p.type === 'block') {
        const lets = this.letsOf(p);
        for (let i = lets.length - 1; i >= 0; i--) {
          const { start, decl, pattern, identifier } = lets[i];
          if (start >= prev.startIndex || !pattern || (identifier !== undefined ? identifier !== name : !bindsName(pattern, name))) continue;
          if (identifier === undefined) return null;
          const typeNode = decl.childForFieldName('type') ?? undefined;
          const value = decl.childForFieldName('value') ?? undefined;
          return typeNode || value ? { typeNode, value } : null;
        }
      } else if (p.type === 'function_item' || p.type === 'closure_expression') {
        const params = p.childForFieldName('parameters');
        for (const param of params?.namedChildren ?? []) {
          const pat = param.type === 'parameter' ? param.childForFieldName('pattern') : param.type === 'identifier' ? param : undefined;
          if (!pat || !bindsName(pat, name)) continue;
          const typeNode = param.type === 'parameter' ? param.childForFieldName('type') : undefined;
          return pat.type === 'identifier' && typeNode ? { typeNode } : null;
        }
        if (p.type === 'function_item') return undefined;
      } else if (PATTERN_BINDERS.has(p.type)) {
        const pat = p.childForFieldName('pattern') ?? p.namedChildren.find((c) => c.type.endsWith('pattern'));
        if (pat && pat !== prev && bindsName(pat, name)) return null;
      }
    }
    return undefined;
  }

  /** The `let`s of a block, read once per block: every name in it is looked up among them. */
  private letsOf(block: SyntaxNode): { start: number; decl: SyntaxNode; pattern: SyntaxNode | null; identifier?: string }[] {
    let lets = this.blockLets.get(block.id);
    if (!lets) {
      lets = block.namedChildren.filter((c) => c.type === 'let_declaration').map((decl) => {
        const pattern = decl.childForFieldName('pattern');
        return { start: decl.startIndex, decl, pattern, identifier: pattern?.type === 'identifier' ? pattern.text : undefined };
      });
      this.blockLets.set(block.id, lets);
    }
    return lets;
  }

  private typeOfSelf(node: SyntaxNode): RustType | undefined {
    let fn: SyntaxNode | null = node.parent;
    while (fn && fn.type !== 'function_item') fn = fn.parent;
    const selfParam = fn?.childForFieldName('parameters')?.namedChildren.find((c) => c.type === 'self_parameter');
    const impl = fn?.parent?.parent;
    if (!selfParam || impl?.type !== 'impl_item') return undefined;
    const implType = impl.childForFieldName('type');
    if (implType?.type !== 'type_identifier' || !this.structs.has(implType.text)) return undefined;
    const self = pathType(LOCAL, implType.text);
    if (!selfParam.text.startsWith('&')) return self;
    return { kind: 'reference', mutable: /\bmut\b/.test(selfParam.text), referent: self };
  }

  /** A bindings alias (`bindings::u32_`) replaced by what it names, down the chain; other types as they are. */
  expandAlias(t: RustType): RustType {
    for (let i = 0; i < 32 && t.kind === 'path' && t.segments.length === 1; i++) {
      const alias = this.bindings.aliases.get(t.segments[0]);
      if (!alias) break;
      t = alias.target;
    }
    return t;
  }

  /**
   * The mapping a C `char` type follows: `core` for `core::ffi::c_char`, the tree's for its
   * `ffi::c_char` and the bindings aliases of it; undefined for any other type.
   */
  cCharMapping(t: RustType): Mapping | undefined {
    const d = this.expandAlias(t);
    if (d.kind !== 'path' || d.args.length) return undefined;
    const segs = stripGlobal(d.segments);
    if (segs[segs.length - 1] !== 'c_char' || segs[segs.length - 2] !== 'ffi') return undefined;
    return segs[0] === 'core' || segs[0] === 'std' ? 'core' : this.input.model.mapping;
  }

  /** The type of field `name` of a (normalised) struct type, when known. */
  fieldTypeOf(struct: RustType, name: string): RustType | undefined {
    return this.fieldType(struct, name);
  }

  /** Field `name` of a struct type (auto-deref through references, not raw pointers). */
  private fieldType(base: RustType, name: string): RustType | undefined {
    let t = base;
    while (t.kind === 'reference') t = t.referent;
    t = this.expandAlias(t);
    if (t.kind !== 'path' || t.args.length) return undefined;
    const segs = t.segments;
    if (segs.length === 1) return this.bindings.structs.get(segs[0])?.fields.get(name)?.type;
    if (segs.length === 2 && segs[0] === LOCAL) {
      const body = this.structs.get(segs[1])?.childForFieldName('body');
      if (!body) return undefined;
      if (body.type === 'ordered_field_declaration_list') {
        const types = body.namedChildren.filter((c) => c.type !== 'visibility_modifier' && c.type !== 'attribute_item');
        const ty = /^\d+$/.test(name) ? types[Number(name)] : undefined;
        return ty && this.resolveTypeNode(ty);
      }
      for (const f of body.namedChildren) {
        if (f.type !== 'field_declaration' || f.childForFieldName('name')?.text !== name) continue;
        const ty = f.childForFieldName('type');
        return ty ? this.resolveTypeNode(ty) : undefined;
      }
    }
    return undefined;
  }

  // ---- what the context expects ----

  /**
   * The type a context fixes for an expression (what `e as _` converts to): an argument of a
   * binding function (its parameter), the tail or `return` of a function with a declared
   * return type, or the value of an annotated `let`.
   */
  expectedTypeOf(node: SyntaxNode): RustType | undefined {
    let n = node;
    while (n.parent?.type === 'parenthesized_expression') n = n.parent;
    const parent = n.parent;
    if (!parent) return undefined;
    if (parent.type === 'arguments') {
      const call = parent.parent;
      const callee = call?.childForFieldName('function');
      const i = parent.namedChildren.findIndex((c) => c.id === n.id);
      const fn = callee && this.bindingFunctionOf(callee);
      if (fn) return fn.params[i]?.type;
      const core = callee && this.coreFunctionOf(callee);
      return core?.params[i];
    }
    if (parent.type === 'let_declaration' && parent.childForFieldName('value')?.id === n.id) {
      const ty = parent.childForFieldName('type');
      return ty ? this.resolveTypeNode(ty) : undefined;
    }
    const fnItem = parent.type === 'return_expression' ? enclosingFunction(parent) : functionWhoseTailIs(n);
    const ret = fnItem?.childForFieldName('return_type');
    return ret ? this.resolveTypeNode(ret) : undefined;
  }
}

/** The path segments a path node spells (`kernel::bindings::X` → ['kernel', 'bindings', 'X']). */
export function pathSegments(node: SyntaxNode): string[] {
  if (node.type === 'scoped_identifier' || node.type === 'scoped_type_identifier') {
    const p = node.childForFieldName('path');
    const name = node.childForFieldName('name');
    const head = p ? pathSegments(p) : [''];
    return name ? [...head, name.text] : head;
  }
  return [node.text];
}

/** `0x80u8` → `u8`; hex digits are never read as a float suffix (`0xf32` has none). */
export function literalSuffix(text: string): string | undefined {
  const m = (/^0x/i.test(text) ? /[iu](8|16|32|64|128|size)$/ : SUFFIX_RE).exec(text);
  return m?.[0];
}

export function isUnsuffixedInt(n: SyntaxNode): boolean {
  return n.type === 'integer_literal' && !literalSuffix(n.text);
}

const kernelResolvers = new WeakMap<SyntaxTree, TypeResolver>();

/**
 * An item of the kernel crate index (a function, const or type that uses a binding) as its node
 * in its file, with a resolver over that file (one per file). Undefined for an item of an inline
 * `mod`, whose own imports would decide its types.
 */
export function kernelItem(input: { model: TreeModel; index: ProjectIndex }, use: BindingUse, types: string[]): { node: SyntaxNode; resolver: TypeResolver } | undefined {
  const paths = input.index.kernelPaths;
  if (paths.fileModuleOf(use.module) !== use.module) return undefined;
  const tree = paths.fileTree(use.module);
  if (!tree) return undefined;
  let node: SyntaxNode | null = tree.rootNode.descendantForPosition({ row: use.range.start.line, column: use.range.start.character });
  while (node && !types.includes(node.type)) node = node.parent;
  if (!node || node.childForFieldName('name')?.text !== use.functionName) return undefined;
  return { node, resolver: kernelResolver(input, tree) };
}

/** The resolver over a file of the kernel crate, one per file. */
function kernelResolver(input: { model: TreeModel; index: ProjectIndex }, tree: SyntaxTree): TypeResolver {
  let resolver = kernelResolvers.get(tree);
  if (!resolver) {
    resolver = new TypeResolver({ tree, model: input.model, index: input.index, crate: { name: 'kernel', kind: 'kernel' } });
    kernelResolvers.set(tree, resolver);
  }
  return resolver;
}

/** The path a driver names a kernel item of the index by (an associated one through its type's path). */
export function kernelPublicPath(index: ProjectIndex, use: BindingUse): string | undefined {
  const paths = index.kernelPaths;
  if (use.visibility !== 'pub') return undefined;
  // A const a macro defines is not among the module's items as written; its `pub` is the macro's.
  if (!use.implType || use.item === 'type') return paths.publicItemPath(use.module, use.functionName, use.item === 'const');
  const owner = paths.publicItemPath(use.module, use.implType);
  return owner && `${owner}::${use.functionName}`;
}

/**
 * The public function of the kernel crate that an absolute path names (`kernel::time::msecs_to_jiffies`,
 * defined at the top of its module's file), with a resolver over that file; only that module's
 * file is read.
 */
function kernelFunctionAt(input: { model: TreeModel; index: ProjectIndex }, path: string[]): { node: SyntaxNode; resolver: TypeResolver } | undefined {
  const module = path.slice(0, -1).join('::');
  const name = path[path.length - 1];
  const paths = input.index.kernelPaths;
  if (paths.fileModuleOf(module) !== module || !paths.isPublicItem(module, name)) return undefined;
  const tree = paths.fileTree(module)!;
  const node = tree.rootNode.namedChildren.find((c) => c.type === 'function_item' && c.childForFieldName('name')?.text === name);
  return node && { node, resolver: kernelResolver(input, tree) };
}

function isUnsafeFn(fn: SyntaxNode): boolean {
  return /\bunsafe\b/.test(fn.namedChildren.find((c) => c.type === 'function_modifiers')?.text ?? '');
}

function isStaticMut(item: SyntaxNode): boolean {
  return item.type === 'static_item' && item.children.some((c) => c.type === 'mutable_specifier');
}

function bindsName(pattern: SyntaxNode, name: string): boolean {
  if (pattern.type === 'identifier') return pattern.text === name;
  return pattern.descendantsOfType('identifier').some((d) => d.text === name && d.parent?.type !== 'scoped_identifier');
}

/** The final expression of a block, when the block ends without a semicolon. */
export function tailExpression(block: SyntaxNode): SyntaxNode | undefined {
  const last = block.namedChildren[block.namedChildren.length - 1];
  if (!last || last.type.endsWith('_declaration') || last.type.endsWith('_item')) return undefined;
  // A block-like tail (`unsafe { … }`) is an expression_statement without its `;`.
  if (last.type === 'expression_statement') return last.text.trimEnd().endsWith(';') ? undefined : last.namedChildren[0];
  return last.type.endsWith('comment') ? undefined : last;
}

function enclosingFunction(n: SyntaxNode): SyntaxNode | undefined {
  for (let p = n.parent; p; p = p.parent) {
    if (p.type === 'closure_expression') return undefined;
    if (p.type === 'function_item') return p;
  }
  return undefined;
}

/** The function whose value `n` is: the tail of its body, possibly through `unsafe { … }`. */
function functionWhoseTailIs(n: SyntaxNode): SyntaxNode | undefined {
  let cur = n;
  for (;;) {
    const block = cur.parent?.type === 'expression_statement' ? cur.parent.parent : cur.parent;
    if (block?.type !== 'block' || tailExpression(block)?.id !== cur.id) return undefined;
    const owner = block.parent;
    if (owner?.type === 'function_item') return owner;
    if (owner?.type !== 'unsafe_block') return undefined;
    cur = owner;
  }
}
