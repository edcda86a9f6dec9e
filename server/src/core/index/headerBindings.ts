/**
 * The headers-only bindings model: what bindgen would generate for a name, derived from the
 * C headers when objtree has no generated bindings (or when asked). One more `BindingsItems`
 * part behind `BindingsIndex`, so rules, hover and definition read it unchanged; each name
 * is derived on first lookup, never the whole include tree ahead of time.
 *
 * - `HeaderBindings` stands for `bindings_generated.rs` (from `rust/bindings/bindings_helper.h`)
 *   or `uapi_generated.rs` (from `rust/uapi/uapi_helper.h`): extern functions and variables,
 *   typedefs, structs and unions, enums, macro constants (bindgen's cexpr subset, typed by
 *   value), and `RUST_CONST_HELPER_X` under the name `X` with its declared type.
 * - `HelperBindings` stands for `bindings_helpers_generated.rs`: `rust_helper_X` in
 *   `rust/helpers/*.c` as `X`, linked to `rust_helper_X`.
 *
 * A name the model cannot derive with certainty is unknown: absent from every kind, with the
 * reasons kept for `rfl-ffi bindings`. Rules then say nothing about it.
 */
import type { Range } from '../model';
import type { Mapping } from '../archTable';
import { evaluate, literalBytes } from '../c/constExpr';
import type { CMember, CType, TagBody } from '../c/declarations';
import type { CProgram, DeclEntry, Lookup } from '../c/program';
import type { XToken } from '../c/translationUnit';
import { lineStarts, positionAt } from '../text';
import { typeFromText } from '../types/typeText';
import type { RustType } from '../types/rustType';
import type {
  BindingAlias, BindingConst, BindingField, BindingFunction, BindingSource, BindingStatic, BindingStruct, BindingsItems, ItemKind, ItemOf,
} from './bindings';
import { BindgenSpelling, enumRust, mangle, paramNames, unknown, Unknown, unmangle } from './bindgenSpelling';

/** What `rust/bindgen_parameters` (and the Makefile's flags) change in bindgen's output. */
interface BindgenParameters {
  blocklistTypes: RegExp[];
  blocklistFunctions: RegExp[];
  blocklistItems: RegExp[];
  blocklistVars: RegExp[];
  opaqueTypes: RegExp[];
}

export const NO_PARAMETERS: BindgenParameters = { blocklistTypes: [], blocklistFunctions: [], blocklistItems: [], blocklistVars: [], opaqueTypes: [] };

/** Reads `rust/bindgen_parameters`: one flag and its regular expression per line, `#` comments. */
export function parseBindgenParameters(text: string): BindgenParameters {
  const out: BindgenParameters = { blocklistTypes: [], blocklistFunctions: [], blocklistItems: [], blocklistVars: [], opaqueTypes: [] };
  const lists: Record<string, RegExp[]> = {
    '--blocklist-type': out.blocklistTypes, '--blocklist-function': out.blocklistFunctions, '--blocklist-item': out.blocklistItems,
    '--blocklist-var': out.blocklistVars, '--opaque-type': out.opaqueTypes,
  };
  const words = text.split(/\r?\n/).filter((l) => !/^\s*(#|$)/.test(l)).flatMap((l) => l.trim().split(/\s+/));
  for (let i = 0; i < words.length; i++) {
    const list = lists[words[i]];
    if (!list || i + 1 >= words.length) continue;
    try {
      // bindgen anchors each pattern at both ends.
      list.push(new RegExp(`^(?:${words[++i]})$`));
    } catch {
      // A pattern JavaScript cannot read blocks nothing here; the names it would match stay as derived.
    }
  }
  return out;
}

/** bindgen's `--ctypes-prefix` from rust/Makefile, else what the tree's mapping implies. */
export function ctypesPrefix(makefile: string | undefined, mapping: Mapping): string {
  const m = makefile && /--ctypes-prefix[ =]+([A-Za-z_:]+)/.exec(makefile);
  return m ? m[1] : mapping === 'kernel' ? 'ffi' : 'core::ffi';
}

export interface UnknownReason {
  why: string;
  /** Where the C declaration is, when one was found. */
  file?: string;
  range?: Range;
}

interface DerivedItem {
  kind: ItemKind;
  item: ItemOf<ItemKind>;
  /** The item as the generated file would hold it, without attributes and doc comments. */
  declaration: string;
}

interface Derivation {
  items: DerivedItem[];
  unknown: UnknownReason[];
}

/** A `BindingsItems` whose items are derived from C on lookup. */
export interface DerivedItems extends BindingsItems {
  derive(name: string): Derivation;
  /** Reads what every lookup needs (the translation unit's headers), ahead of the first one. */
  warmUp(): void;
}

const MAX_NAME = 256;

/** The common part: memoized derivation by name, positions, items. */
abstract class Derived implements DerivedItems {
  readonly #derived = new Map<string, Derivation>();
  readonly #lines = new Map<string, number[]>();
  readonly #program: () => CProgram;
  readonly #prefix: string;
  #spelling: BindgenSpelling | undefined;

  /** `program` is called on the first lookup: reading the headers waits until a name is asked for. */
  constructor(readonly file: string, readonly source: BindingSource, program: () => CProgram, prefix: string) {
    this.#program = program;
    this.#prefix = prefix;
  }

  protected get program(): CProgram {
    return this.spelling.program;
  }

  warmUp(): void {
    this.program.tu.filesMentioning(this.file);
  }

  protected get spelling(): BindgenSpelling {
    return (this.#spelling ??= new BindgenSpelling(this.#program(), this.#prefix));
  }

  names(kind: ItemKind): Iterable<string> {
    const out: string[] = [];
    for (const [name, d] of this.#derived) if (d.items.some((i) => i.kind === kind)) out.push(name);
    return out;
  }

  count(kind: ItemKind): number {
    let n = 0;
    for (const d of this.#derived.values()) if (d.items.some((i) => i.kind === kind)) n++;
    return n;
  }

  has(kind: ItemKind, name: string): boolean {
    return this.derive(name).items.some((i) => i.kind === kind);
  }

  get<K extends ItemKind>(kind: K, name: string): ItemOf<K> | undefined {
    return this.derive(name).items.find((i) => i.kind === kind)?.item as ItemOf<K> | undefined;
  }

  derive(name: string): Derivation {
    let d = this.#derived.get(name);
    if (d) return d;
    d = { items: [], unknown: [] };
    if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(name) && name.length <= MAX_NAME) this.compute(name, d);
    this.#derived.set(name, d);
    return d;
  }

  protected abstract compute(name: string, d: Derivation): void;

  /** Runs one kind's derivation; an `Unknown` becomes a reason instead of an item. */
  protected attempt(d: Derivation, what: string, f: () => void, at?: DeclEntry): void {
    try {
      f();
    } catch (e) {
      if (!(e instanceof Unknown)) throw e;
      d.unknown.push({ why: `${what}: ${e.message}`, ...(at ? { file: at.file, range: this.range(at.file, at.token) } : {}) });
    }
  }

  protected range(file: string, token: XToken): Range {
    let starts = this.#lines.get(file);
    if (!starts) this.#lines.set(file, (starts = lineStarts(this.program.tu.text(file) ?? '')));
    const start = positionAt(starts, Math.max(0, token.offset));
    return { start, end: { line: start.line, character: start.character + token.text.length } };
  }

  protected located(name: string, at: DeclEntry) {
    return { name, file: at.file, nameRange: this.range(at.file, at.token), source: this.source, fromHeaders: true as const };
  }

  protected functionItem(rust: string, at: DeclEntry, f: CType & { kind: 'function' }, linkName?: string): DerivedItem {
    const params = this.spelling.params(f);
    const ret = this.spelling.returns(f.ret);
    const names = paramNames(f);
    const item: BindingFunction = {
      ...this.located(rust, at),
      params: f.params.map((p, i) => ({ name: names[i], type: rustType(this.spelling.rust(p.type, 'param')) })),
      returnType: ret ? rustType(ret.slice(4)) : { kind: 'tuple', elements: [] },
      variadic: f.variadic,
      linkName,
      mustUse: at.decl!.attrs.some((a) => a.name === 'warn_unused_result'),
      unsafeExtern: false,
    };
    return { kind: 'functions', item, declaration: `pub fn ${rust}(${params.join(', ')})${ret};` };
  }
}

function rustType(text: string): RustType {
  return typeFromText(text) ?? { kind: 'other', text };
}

function matches(list: RegExp[], name: string): boolean {
  return list.some((r) => r.test(name));
}

/**
 * The declaration bindgen uses among several of one name (C allows repeating a compatible
 * declaration; bindgen takes the first in translation-unit order): the first compiled one,
 * provided none before it is under an undecidable `#if`.
 */
function firstCompiled(entries: DeclEntry[], lookup: Lookup, program: CProgram, what: string): DeclEntry | undefined {
  const live = entries.filter((e) => e.state !== false);
  const order = new Map(live.map((e) => [e, { file: e.file, offset: e.token.offset }]));
  live.sort((a, b) => (program.tu.before(order.get(a)!, order.get(b)!) ? -1 : program.tu.before(order.get(b)!, order.get(a)!) ? 1 : 0));
  for (const e of live) {
    if (e.state === true) return e;
    unknown(`${what} declared under an \`#if\` that cannot be decided without the build's configuration`);
  }
  if (lookup.unreadable) unknown(`a declaration that may be it could not be read: ${lookup.unreadable}`);
  return undefined;
}

/** One compiled entry among `entries`, when every other one that may be compiled is the same. */
function certain(entries: DeclEntry[], lookup: Lookup, same: (a: DeclEntry, b: DeclEntry) => boolean, what: string): DeclEntry | undefined {
  const live = entries.filter((e) => e.state !== false);
  const sure = live.find((e) => e.state === true);
  if (!sure) {
    if (live.length) unknown(`${what} declared under an \`#if\` that cannot be decided without the build's configuration`);
    if (lookup.unreadable) unknown(`a declaration that may be it could not be read: ${lookup.unreadable}`);
    return undefined;
  }
  if (live.some((e) => !same(e, sure))) unknown(`${what} declared differently in several places`);
  return sure;
}

export class HeaderBindings extends Derived {
  constructor(
    root: string,
    source: BindingSource,
    program: () => CProgram,
    prefix: string,
    private readonly parameters: BindgenParameters,
  ) {
    super(root, source, program, prefix);
  }

  protected compute(rust: string, d: Derivation): void {
    const cname = unmangle(rust);
    // `u8` is never a binding: bindgen writes C's `u8` as `u8_` (and a Rust primitive is asked about often).
    if (mangle(cname) !== rust) return;
    const lookup = this.program.find(cname);
    this.attempt(d, 'constant', () => this.constHelper(rust, d));
    const first = (kind: DeclEntry['kind']) => lookup.entries.find((e) => e.kind === kind && e.state !== false);
    this.attempt(d, 'function', () => this.function(rust, cname, lookup, d), first('function'));
    this.attempt(d, 'static', () => this.variable(rust, cname, lookup, d), first('variable'));
    this.attempt(d, 'type', () => this.typedef(rust, cname, lookup, d), first('typedef'));
    this.attempt(d, 'struct', () => this.tag(rust, cname, lookup, d), first('tag'));
    if (!d.items.some((i) => i.kind === 'consts')) {
      this.attempt(d, 'constant', () => this.macroConstant(rust, cname, d));
      if (!d.items.some((i) => i.kind === 'consts')) this.attempt(d, 'constant', () => this.enumConstant(rust, lookup, d), first('enumerator'));
    }
    if (d.items.length) d.unknown = [];
  }

  /** `const T RUST_CONST_HELPER_X = …;` in the root header: bindgen evaluates it, the build renames it `X`. */
  private constHelper(rust: string, d: Derivation): void {
    const lookup = this.program.find(`RUST_CONST_HELPER_${rust}`);
    const entries = lookup.entries.filter((e) => e.kind === 'variable' && e.file === this.file);
    const at = firstCompiled(entries, lookup, this.program, 'the constant helper');
    if (!at) return;
    const c = this.constVariable(rust, at);
    if (c) d.items.push(c);
  }

  /** A `const` integer variable with an initializer: what bindgen makes a `pub const` of. */
  private constVariable(rust: string, at: DeclEntry): DerivedItem | undefined {
    const decl = at.decl!;
    if (!decl.init || !decl.type.const) return undefined;
    const int = this.program.intType(decl.type);
    if (!int || int === 'pointer') unknown('a constant whose type is not an integer type the model knows');
    const r = this.program.evaluate(decl.init);
    if (r.kind !== 'value') unknown(`its value ${decl.init.map((t) => t.text).join(' ')} cannot be computed from the headers`);
    const v = convertTo(r.value.v, int);
    const type = this.spelling.rust({ ...decl.type, const: false }, 'static');
    const value = int.bool ? String(v !== 0n) : v.toString();
    const item: BindingConst = { ...this.located(rust, at), type: rustType(type), value };
    return { kind: 'consts', item, declaration: `pub const ${rust}: ${type} = ${value};` };
  }

  private function(rust: string, cname: string, lookup: Lookup, d: Derivation): void {
    const all = lookup.entries.filter((e) => e.kind === 'function');
    const externs = all.filter((e) => !e.decl!.storage.includes('static'));
    if (!externs.length) {
      if (lookup.unreadable && !all.some((e) => e.state === true)) unknown(`a declaration that may be it could not be read: ${lookup.unreadable}`);
      return;
    }
    if (matches(this.parameters.blocklistFunctions, cname) || matches(this.parameters.blocklistItems, cname)) return;
    const at = firstCompiled(externs, lookup, this.program, 'the function');
    if (!at) return;
    if (all.some((e) => e.state === true && e.decl!.storage.includes('static'))) unknown('declared both `static` and extern');
    d.items.push(this.functionItem(rust, at, at.decl!.type as CType & { kind: 'function' }));
  }

  private variable(rust: string, cname: string, lookup: Lookup, d: Derivation): void {
    const entries = lookup.entries.filter((e) => e.kind === 'variable' && !e.decl!.storage.includes('static'));
    if (!entries.length) {
      if (lookup.unreadable && !lookup.entries.some((e) => e.state === true)) unknown(`a declaration that may be it could not be read: ${lookup.unreadable}`);
      return;
    }
    if (matches(this.parameters.blocklistVars, cname) || matches(this.parameters.blocklistItems, cname)) return;
    const at = firstCompiled(entries, lookup, this.program, 'the variable');
    if (!at) return;
    const c = this.constVariable(rust, at);
    if (c) {
      d.items.push(c);
      return;
    }
    const decl = at.decl!;
    const type = this.spelling.rust(decl.type, 'static');
    const mutable = !(decl.type.const && decl.type.kind !== 'array');
    const item: BindingStatic = { ...this.located(rust, at), type: rustType(type), mutable };
    d.items.push({ kind: 'statics', item, declaration: this.staticText(rust, at) });
  }

  private staticText(rust: string, at: DeclEntry): string {
    const t = at.decl!.type;
    return `pub static ${t.const && t.kind !== 'array' ? '' : 'mut '}${rust}: ${this.spelling.rust(t, 'static')};`;
  }

  private typedef(rust: string, cname: string, lookup: Lookup, d: Derivation): void {
    const entries = lookup.entries.filter((e) => e.kind === 'typedef');
    if (!entries.length) {
      if (lookup.unreadable && !lookup.entries.some((e) => e.state === true)) unknown(`a declaration that may be it could not be read: ${lookup.unreadable}`);
      return;
    }
    const at = firstCompiled(entries, lookup, this.program, 'the typedef');
    if (!at) return;
    if (this.spelling.rust({ kind: 'typedef', name: cname }, 'alias') !== mangle(cname)) return; // size_t & co: replaced, never emitted
    if (matches(this.parameters.blocklistTypes, cname) || matches(this.parameters.blocklistItems, cname)) return;
    if (matches(this.parameters.opaqueTypes, cname)) unknown('an opaque type (`--opaque-type`): its blob size needs the layout');
    const t = at.decl!.type;
    if (t.kind === 'tag') {
      if (t.name === cname) return; // `typedef struct foo foo;`: the struct is the item
      if (!t.name && t.body) {
        if (t.tag === 'enum') d.items.push(this.enumAlias(rust, at, t));
        else d.items.push(this.aggregate(rust, at, t));
        return;
      }
    }
    const target = this.spelling.rust({ ...t, const: false }, 'alias');
    const item: BindingAlias = { ...this.located(rust, at), target: rustType(target) };
    d.items.push({ kind: 'aliases', item, declaration: `pub type ${rust} = ${target};` });
  }

  private tag(rust: string, cname: string, lookup: Lookup, d: Derivation): void {
    const entries = lookup.entries.filter((e) => e.kind === 'tag' && (e.parents?.length ?? 0) === 0);
    const defs = entries.filter((e) => (e.type as { body?: TagBody }).body);
    if (!entries.length) {
      if (lookup.unreadable && !lookup.entries.some((e) => e.state === true)) unknown(`a declaration that may be it could not be read: ${lookup.unreadable}`);
      return;
    }
    if (matches(this.parameters.blocklistTypes, cname) || matches(this.parameters.blocklistItems, cname)) return;
    if (d.items.some((i) => i.kind === 'aliases' || i.kind === 'structs')) unknown('a tag and a typedef of the same name');
    const at = certain(defs, lookup, (a, b) => a === b, 'the definition');
    if (at) {
      if (matches(this.parameters.opaqueTypes, cname)) unknown('an opaque type (`--opaque-type`): its blob size needs the layout');
      const t = at.type as CType & { kind: 'tag' };
      d.items.push(t.tag === 'enum' ? this.enumAlias(rust, at, t) : this.aggregate(rust, at, t));
      return;
    }
    if (lookup.unreadable) unknown(`a declaration that may be its definition could not be read: ${lookup.unreadable}`);
    // Declared, never defined in what bindgen reads: an opaque struct.
    const forward = entries.find((e) => e.state === true && (e.type as { tag: string }).tag !== 'enum');
    if (!forward) return;
    const t = forward.type as CType & { kind: 'tag' };
    const item: BindingStruct = { ...this.located(rust, forward), kind: t.tag === 'union' ? 'union' : 'struct', fields: new Map() };
    d.items.push({ kind: 'structs', item, declaration: `pub ${item.kind} ${rust} { _unused: [u8; 0], }` });
  }

  private enumAlias(rust: string, at: DeclEntry, t: CType & { kind: 'tag' }): DerivedItem {
    const int = this.program.enumType(t);
    if (!int) unknown('an enumerator value cannot be computed (or the enum is packed)');
    const target = enumRust(this.spelling.prefix, int);
    const item: BindingAlias = { ...this.located(rust, at), target: rustType(target) };
    return { kind: 'aliases', item, declaration: `pub type ${rust} = ${target};` };
  }

  /** `pub struct N { pub f: T, … }`, anonymous members named as bindgen does. */
  private aggregate(rust: string, at: DeclEntry, t: CType & { kind: 'tag' }): DerivedItem {
    const body = t.body!;
    const fields = this.fields(rust, body, t.tag === 'union');
    const kind = t.tag === 'union' ? 'union' : 'struct';
    const item: BindingStruct = {
      ...this.located(rust, at), kind,
      fields: new Map(fields.map((f) => [f.name, { name: f.name, type: rustType(f.type) } satisfies BindingField])),
    };
    const text = fields.map((f) => `pub ${f.name}: ${f.type},`).join(' ');
    return { kind: 'structs', item, declaration: `pub ${kind} ${rust} {${text ? ` ${text} ` : ''}}` };
  }

  private fields(parent: string, body: TagBody, union: boolean): { name: string; type: string }[] {
    const layout = this.spelling.bodyLayout(body, 0, union);
    if (typeof layout === 'string') unknown(`its layout: ${layout} (bindgen adds padding the model does not compute)`);
    if (union && layout.flexible) unknown('a union holding a flexible array (bindgen wraps its fields)');
    const members = body.members ?? [];
    let tyN = 0;
    let anonN = 0;
    const anonTypes = new Map<CType, string>();
    const anon = (t: CType): string => {
      const name = anonTypes.get(t);
      if (!name) unknown('an anonymous aggregate in an unexpected place');
      return name;
    };
    const out: { name: string; type: string }[] = [];
    members.forEach((m: CMember, i) => {
      if (m.bits) unknown('a bitfield (bindgen packs it into `_bitfield_N` units)');
      const base = innermost(m.type);
      if (base.kind === 'tag' && base.body) {
        if (base.tag === 'enum') unknown('an enum defined inside a struct');
        if (base.name) unknown(`a struct defined inside a struct (bindgen names it \`${parent}_${base.name}\`)`);
        anonTypes.set(base, `${parent}__bindgen_ty_${++tyN}`);
      }
      const name = m.name ? mangle(m.name) : base.kind === 'tag' && base.body && !base.name ? `__bindgen_anon_${++anonN}` : undefined;
      if (!name) unknown('a member without a name');
      const last = i === members.length - 1;
      if (m.type.kind === 'array' && (!m.type.size || this.spelling.arraySize(m.type.size) === 0n)) {
        if (!last) unknown('a zero-length array before the last member');
        out.push({ name, type: `__IncompleteArrayField<${this.spelling.rust(m.type.of, 'element', anon)}>` });
        return;
      }
      out.push({ name, type: this.spelling.rust(m.type, 'field', anon) });
    });
    return out;
  }

  /** `#define X value`: bindgen's cexpr evaluation of the first definition, typed by its value. */
  private macroConstant(rust: string, cname: string, d: Derivation): void {
    if (rust !== cname) return;
    if (matches(this.parameters.blocklistItems, cname) || matches(this.parameters.blocklistVars, cname)) return;
    const v = this.cexpr(cname, 0);
    if (v === null) return;
    if (v === undefined) unknown('a macro whose value or place the model cannot decide');
    const first = this.program.tu.firstDefinition(cname);
    if (first.status !== 'macro') return;
    const at: DeclEntry = { kind: 'variable', name: cname, file: first.file, token: { kind: 'ident', text: cname, offset: first.def.offset }, state: true };
    let type: string;
    let value: string;
    if ('bytes' in v) {
      type = `&[u8; ${v.bytes.length + 1}usize]`;
      value = `b"${v.bytes.map(byteEscape).join('')}\\0"`;
    } else if ('char' in v) {
      type = 'u8';
      value = `${v.char}u8`;
    } else {
      type = v.v < 0n ? (v.v >= -(1n << 31n) ? 'i32' : 'i64') : v.v <= 0xffffffffn ? 'u32' : 'u64';
      value = v.v.toString();
    }
    const item: BindingConst = { ...this.located(rust, at), type: rustType(type), value };
    d.items.push({ kind: 'consts', item, declaration: `pub const ${rust}: ${type} = ${value};` });
  }

  /**
   * A macro's value as cexpr computes it: raw tokens, identifiers only as macros defined
   * before; null when bindgen would not emit it, undefined when the model cannot tell.
   */
  private cexpr(name: string, depth: number): { v: bigint } | { bytes: number[] } | { char: number } | null | undefined {
    if (depth > 32) return undefined;
    const first = this.program.tu.firstDefinition(name);
    if (first.status === 'unknown') return undefined;
    if (first.status === 'none' || first.def.params) return null;
    const place = { file: first.file, offset: first.def.offset };
    let unsure = false;
    const r = evaluateCexpr(first.def.body, (id) => {
      const idFirst = this.program.tu.firstDefinition(id);
      if (idFirst.status === 'unknown') {
        unsure = true;
        return undefined;
      }
      if (idFirst.status === 'none' || !this.program.tu.before({ file: idFirst.file, offset: idFirst.def.offset }, place)) return null;
      const v = this.cexpr(id, depth + 1);
      if (v === undefined) unsure = true;
      if (!v) return v;
      return 'v' in v ? { v: v.v, unsigned: false, bits: 64 } : v;
    });
    if (r === undefined || unsure) return r === null ? null : undefined;
    return r;
  }

  /**
   * `E_X` for enumerator `X` of `enum E` (or of `typedef enum {…} E`). Each split of the name
   * looks up the enum first: a word such as `size` is mentioned everywhere, an enum's name is not.
   */
  private enumConstant(rust: string, nameLookup: Lookup, d: Derivation): void {
    for (let i = rust.indexOf('_', 1); i > 0 && i < rust.length - 1; i = rust.indexOf('_', i + 1)) {
      const enumName = rust.slice(0, i);
      const constName = rust.slice(i + 1);
      const cEnum = unmangle(enumName);
      if (!this.program.tu.filesMentioning(cEnum).length) continue;
      const lookup = this.program.find(cEnum);
      const enums = lookup.entries.filter((e) => (e.parents?.length ?? 0) === 0 && enumBody(e)?.enumerators?.some((x) => x.name === constName));
      const at = certain(enums, lookup, (a, b) => a === b, 'the enum');
      if (!at) continue;
      const type = at.kind === 'typedef' ? at.decl!.type : at.type!;
      const index = enumBody(at)!.enumerators!.findIndex((x) => x.name === constName);
      const v = this.program.enumValues(type)?.[index];
      if (!v || !this.program.enumType(type)) unknown(`the value of ${constName} cannot be computed from the headers`);
      const item: BindingConst = { ...this.located(rust, at), type: rustType(enumName), value: v.v.toString() };
      d.items.push({ kind: 'consts', item, declaration: `pub const ${rust}: ${enumName} = ${v.v};` });
      return;
    }
    // An enumerator of an anonymous enum: bindgen types it `_bindgen_ty_N`, numbered across the whole file.
    const anonymous = nameLookup.entries.find((e) => e.kind === 'enumerator' && e.state !== false && !(e.type as { name?: string }).name && !e.typedefName);
    if (anonymous) unknown('an enumerator of an anonymous enum (bindgen types it `_bindgen_ty_N`, numbered across the whole file)');
  }
}

/** The body of the enum an entry defines: `enum E {…}`, or `typedef enum {…} E`. */
function enumBody(e: DeclEntry): TagBody | undefined {
  const t = e.kind === 'typedef' ? e.decl!.type : e.kind === 'tag' ? e.type : undefined;
  return t?.kind === 'tag' && t.tag === 'enum' && (e.kind === 'tag' || !t.name) ? t.body : undefined;
}

function innermost(t: CType): CType {
  let x = t;
  for (let i = 0; i < 64 && x.kind === 'array'; i++) x = x.of;
  return x;
}

function convertTo(v: bigint, to: { bits: number; unsigned: boolean; bool?: boolean }): bigint {
  if (to.bool) return v !== 0n ? 1n : 0n;
  return to.unsigned ? BigInt.asUintN(to.bits, v) : BigInt.asIntN(to.bits, v);
}

/** A byte in a Rust byte string as bindgen writes it. */
function byteEscape(b: number): string {
  if (b === 0x22) return '\\"';
  if (b === 0x5c) return '\\\\';
  if (b === 0x0a) return '\\n';
  if (b === 0x0d) return '\\r';
  if (b === 0x09) return '\\t';
  if (b >= 0x20 && b < 0x7f) return String.fromCharCode(b);
  return `\\x${b.toString(16).padStart(2, '0')}`;
}

/** cexpr over a macro body: `identifier` gives earlier macros' values (null: not a constant). */
function evaluateCexpr(
  body: XToken[],
  identifier: (name: string) => { v: bigint; unsigned: boolean; bits: 64 } | { bytes: number[] } | { char: number } | null | undefined,
): { v: bigint } | { bytes: number[] } | { char: number } | null | undefined {
  if (!body.length || (body.length === 1 && body[0].kind === 'string' && !literalBytes(body[0].text))) return null;
  const r = evaluate(body, { cexpr: true, identifier });
  switch (r.kind) {
    case 'value': return { v: r.value.v };
    case 'string': return { bytes: r.bytes };
    case 'char': return { char: r.value };
    case 'unknown': return undefined;
    default: return null;
  }
}

/** `rust_helper_X` of the helper files, as `bindings::X` (bindings_helpers_generated.rs). */
export class HelperBindings extends Derived {
  /**
   * `helperText` reads a helper file: a name no helper file mentions is no helper, known
   * without reading the headers the helpers include.
   */
  constructor(
    mainFile: string,
    program: () => CProgram,
    prefix: string,
    private readonly helperFiles: ReadonlySet<string>,
    private readonly helperText: (file: string) => string | undefined,
  ) {
    super(mainFile, 'helpers', program, prefix);
  }

  protected compute(rust: string, d: Derivation): void {
    const cname = `rust_helper_${rust}`;
    if (![...this.helperFiles].some((f) => this.helperText(f)?.includes(cname))) return;
    const lookup = this.program.find(cname);
    const entries = lookup.entries.filter((e) => e.kind === 'function' && this.helperFiles.has(e.file) && !e.decl!.storage.includes('static'));
    this.attempt(d, 'helper', () => {
      const defs = entries.filter((e) => e.decl!.definition);
      const at = certain(defs.length ? defs : entries, lookup, (a, b) => a === b || !a.decl!.definition || !b.decl!.definition, 'the helper');
      if (!at) return;
      d.items.push(this.functionItem(rust, at, at.decl!.type as CType & { kind: 'function' }, cname));
    }, entries[0]);
  }
}
