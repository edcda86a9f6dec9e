/**
 * BindingsIndex: the items bindgen generated (ffi-domain §2), read from the syntax tree
 * of `bindings_generated.rs`, `bindings_helpers_generated.rs`, `uapi_generated.rs` and the
 * hand-written aliases of `rust/bindings/lib.rs`. Both `extern "C"` and `unsafe extern "C"`
 * blocks are read (tree-sitter-rust 0.24 recovers the latter as an error plus a block, whose
 * items we still find), and both `ffi::` and `core::ffi::` prefixes.
 */
import type { Range } from '../model';
import { PRIMITIVES } from '../archTable';
import { nodeRange, walkNamed, type SyntaxNode, type SyntaxTree } from '../parse';
import { type RustType, UNIT, typeFromNode } from '../types/rustType';

export type BindingSource = 'bindings' | 'helpers' | 'uapi' | 'manual';

export interface Located {
  name: string;
  file: string;
  nameRange: Range;
  source: BindingSource;
  /** Derived from the C headers (headerBindings.ts), no generated file holding it yet: `file` is the C declaration's. */
  fromHeaders?: true;
}

export interface BindingParam {
  name: string;
  type: RustType;
}

export interface BindingFunction extends Located {
  params: BindingParam[];
  returnType: RustType;
  variadic: boolean;
  /** `#[link_name = "…"]`: for helpers, the C symbol `rust_helper_X`. */
  linkName?: string;
  mustUse: boolean;
  unsafeExtern: boolean;
}

export interface BindingStatic extends Located {
  type: RustType;
  mutable: boolean;
}

export interface BindingConst extends Located {
  type: RustType;
  value: string;
}

export interface BindingAlias extends Located {
  target: RustType;
}

export interface BindingField {
  name: string;
  type: RustType;
}

export interface BindingStruct extends Located {
  kind: 'struct' | 'union';
  fields: Map<string, BindingField>;
}

/** What one generated file holds. */
export interface BindingsFile {
  file: string;
  source: BindingSource;
  functions: BindingFunction[];
  statics: BindingStatic[];
  consts: BindingConst[];
  aliases: BindingAlias[];
  structs: BindingStruct[];
  /** Where the file stops parsing, when it is truncated or malformed. */
  problem?: { line: number; message: string };
}

export const ITEM_KINDS = ['functions', 'statics', 'consts', 'aliases', 'structs'] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];
export type ItemOf<K extends ItemKind> = BindingsFile[K][number];

/**
 * One file's items by name, for `BindingsIndex`: a `BindingsFile` read in full
 * (`fileItems`) or one read on lookup (`BindingsOutline`). Where a file defines a name
 * twice, the later definition is the one found.
 */
export interface BindingsItems {
  readonly file: string;
  readonly source: BindingSource;
  readonly problem?: BindingsFile['problem'];
  /** The names of `kind`, each once, in document order of its first definition. */
  names(kind: ItemKind): Iterable<string>;
  /** How many names of `kind` (without reading them). */
  count(kind: ItemKind): number;
  has(kind: ItemKind, name: string): boolean;
  get<K extends ItemKind>(kind: K, name: string): ItemOf<K> | undefined;
}

export function fileItems(f: BindingsFile): BindingsItems {
  const byName = {} as { [K in ItemKind]: Map<string, ItemOf<K>> };
  for (const kind of ITEM_KINDS) byName[kind] = new Map((f[kind] as Located[]).map((it) => [it.name, it])) as never;
  return {
    file: f.file,
    source: f.source,
    problem: f.problem,
    names: (kind) => byName[kind].keys(),
    count: (kind) => byName[kind].size,
    has: (kind, name) => byName[kind].has(name),
    get: <K extends ItemKind>(kind: K, name: string) => byName[kind].get(name) as ItemOf<K> | undefined,
  };
}

const SKIP = new Set(['impl_item', 'function_item', 'trait_item', 'macro_definition', 'mod_item', 'macro_invocation']);

function attributesBefore(node: SyntaxNode): string[] {
  const out: string[] = [];
  for (let s = node.previousNamedSibling; s && s.type === 'attribute_item'; s = s.previousNamedSibling) out.push(s.text);
  return out;
}

function linkNameOf(attrs: string[]): string | undefined {
  for (const a of attrs) {
    const m = /link_name\s*=\s*"([^"]+)"/.exec(a);
    if (m) return m[1];
  }
  return undefined;
}

function isUnsafeExtern(node: SyntaxNode): boolean {
  for (let p = node.parent; p; p = p.parent) {
    if (p.type === 'foreign_mod_item') return /^\s*unsafe\b/.test(p.text.slice(0, 16));
    if (p.type === 'expression_statement' || p.type === 'block') {
      const prev = (p.type === 'block' ? p.parent : p)?.previousSibling;
      if (prev?.type === 'ERROR' && /\bunsafe\s+extern\b/.test(prev.text)) return true;
    }
  }
  return false;
}

/** An ERROR that is only tree-sitter-rust 0.24 not knowing `unsafe extern "C" {`. */
function isUnsafeExternError(n: SyntaxNode): boolean {
  return n.type === 'ERROR' && /^unsafe\s+extern\s+"C"$/.test(n.text.trim());
}

/** A file that stops in the middle of an item: bindgen was interrupted while writing it. */
export function truncationProblem(text: string): BindingsFile['problem'] {
  const trimmed = text.trimEnd();
  // bindgen always writes at least its header comment: an empty file is one it has just opened.
  if (!trimmed) return { line: 0, message: 'is empty: truncated, probably while bindgen was writing it' };
  if (/[};]$/.test(trimmed)) return undefined;
  const line = text.slice(0, trimmed.length).split('\n').length - 1;
  return { line, message: `ends in the middle of an item (line ${line + 1}): truncated, probably while bindgen was writing it` };
}

/**
 * The first place the tree does not parse, ignoring tree-sitter-rust 0.24 not knowing
 * `unsafe extern "C"`; `firstLine` is the file line the tree's text starts on.
 */
export function syntaxProblem(tree: SyntaxTree, firstLine = 0): BindingsFile['problem'] {
  if (!tree.rootNode.hasError) return undefined;
  let bad: SyntaxNode | undefined;
  walkNamed(tree.rootNode, (n) => {
    if (bad) return false;
    if (isUnsafeExternError(n)) return false;
    if (n.type === 'ERROR' || n.isMissing) {
      bad = n;
      return false;
    }
    return n.hasError;
  });
  if (!bad) return undefined;
  const line = bad.startPosition.row + firstLine;
  return { line, message: `does not parse as Rust from line ${line + 1}: truncated or malformed` };
}

export function emptyBindingsFile(file: string, source: BindingSource): BindingsFile {
  return { file, source, functions: [], statics: [], consts: [], aliases: [], structs: [] };
}

/** Indexes a whole file from its syntax tree (the reference reader; see bindingsScanner.ts). */
export function indexBindingsFile(file: string, source: BindingSource, text: string, tree: SyntaxTree): BindingsFile {
  const out = emptyBindingsFile(file, source);
  collectBindings(out, tree);
  const problem = truncationProblem(text) ?? syntaxProblem(tree);
  if (problem) out.problem = problem;
  return out;
}

/** Adds the items of a syntax tree to `out`, in document order. */
export function collectBindings(out: BindingsFile, tree: SyntaxTree): void {
  const { file, source } = out;
  walkNamed(tree.rootNode, (n) => {
    // rust/bindings/lib.rs keeps its hand-written aliases inside `mod bindings_raw`.
    if (n.type === 'mod_item' && source === 'manual') return true;
    if (SKIP.has(n.type)) return false;
    switch (n.type) {
      case 'function_signature_item': {
        const name = n.childForFieldName('name');
        if (!name) return false;
        const params: BindingParam[] = [];
        let variadic = false;
        for (const p of n.childForFieldName('parameters')?.namedChildren ?? []) {
          if (p.type === 'variadic_parameter') variadic = true;
          if (p.type !== 'parameter') continue;
          const pat = p.childForFieldName('pattern');
          const ty = p.childForFieldName('type');
          if (ty) params.push({ name: pat?.text ?? '_', type: typeFromNode(ty) });
        }
        const ret = n.childForFieldName('return_type');
        const attrs = attributesBefore(n);
        out.functions.push({
          name: name.text, file, nameRange: nodeRange(name), source, params, variadic,
          returnType: ret ? typeFromNode(ret) : UNIT,
          linkName: linkNameOf(attrs),
          mustUse: attrs.some((a) => /must_use/.test(a)),
          unsafeExtern: isUnsafeExtern(n),
        });
        return false;
      }
      case 'static_item': {
        const name = n.childForFieldName('name');
        const ty = n.childForFieldName('type');
        if (name && ty) {
          out.statics.push({
            name: name.text, file, nameRange: nodeRange(name), source, type: typeFromNode(ty),
            mutable: n.children.some((c) => c.type === 'mutable_specifier'),
          });
        }
        return false;
      }
      case 'const_item': {
        const name = n.childForFieldName('name');
        const ty = n.childForFieldName('type');
        const value = n.childForFieldName('value');
        if (name && ty && name.text !== '_') {
          out.consts.push({ name: name.text, file, nameRange: nodeRange(name), source, type: typeFromNode(ty), value: value?.text ?? '' });
        }
        return false;
      }
      case 'type_item': {
        const name = n.childForFieldName('name');
        const ty = n.childForFieldName('type');
        if (name && ty && !n.childForFieldName('type_parameters')) {
          out.aliases.push({ name: name.text, file, nameRange: nodeRange(name), source, target: typeFromNode(ty) });
        }
        return false;
      }
      case 'struct_item':
      case 'union_item': {
        const name = n.childForFieldName('name');
        if (!name || n.childForFieldName('type_parameters')) return false;
        const fields = new Map<string, BindingField>();
        for (const f of n.childForFieldName('body')?.namedChildren ?? []) {
          if (f.type !== 'field_declaration') continue;
          const fname = f.childForFieldName('name');
          const fty = f.childForFieldName('type');
          if (fname && fty) fields.set(fname.text, { name: fname.text, type: typeFromNode(fty) });
        }
        out.structs.push({ name: name.text, file, nameRange: nodeRange(name), source, kind: n.type === 'struct_item' ? 'struct' : 'union', fields });
        return false;
      }
      default:
        return true;
    }
  });
}

/**
 * One kind of item of a crate by name, read from its files on lookup. Files are asked in
 * reverse order of precedence, so a name defined twice gives what a Map filled in order of
 * precedence would hold; iteration is in that Map's order too.
 */
export class ItemTable<K extends ItemKind> {
  readonly #files: readonly BindingsItems[];
  readonly #kind: K;
  #names: Set<string> | undefined;

  constructor(files: readonly BindingsItems[], kind: K) {
    this.#files = files;
    this.#kind = kind;
  }

  get(name: string): ItemOf<K> | undefined {
    for (let i = this.#files.length - 1; i >= 0; i--) {
      if (this.#files[i].has(this.#kind, name)) return this.#files[i].get(this.#kind, name);
    }
    return undefined;
  }

  has(name: string): boolean {
    return this.#files.some((f) => f.has(this.#kind, name));
  }

  /** How many names: the largest file counted without reading its names, the others' checked against it. */
  get size(): number {
    if (this.#names || !this.#files.length) return this.#allNames().size;
    const largest = this.#files.reduce((a, b) => (b.count(this.#kind) > a.count(this.#kind) ? b : a));
    const others = new Set<string>();
    for (const f of this.#files) {
      if (f === largest) continue;
      for (const n of f.names(this.#kind)) if (!largest.has(this.#kind, n)) others.add(n);
    }
    return largest.count(this.#kind) + others.size;
  }

  keys(): IterableIterator<string> {
    return this.#allNames().values();
  }

  *values(): IterableIterator<ItemOf<K>> {
    for (const name of this.#allNames()) yield this.get(name)!;
  }

  *[Symbol.iterator](): IterableIterator<[string, ItemOf<K>]> {
    for (const name of this.#allNames()) yield [name, this.get(name)!];
  }

  #allNames(): Set<string> {
    if (!this.#names) {
      this.#names = new Set();
      for (const f of this.#files) for (const n of f.names(this.#kind)) this.#names.add(n);
    }
    return this.#names;
  }
}

/** The joined view of one crate's generated items (`bindings` or `uapi`), items read on lookup. */
export class BindingsIndex {
  /** The function Rust resolves `bindings::X` to: the direct binding when both exist. */
  readonly functions: ItemTable<'functions'>;
  /** Helper-backed functions (`bindings_helpers_generated.rs`), even when a direct binding shadows them. */
  readonly helperFunctions: ItemTable<'functions'>;
  readonly statics: ItemTable<'statics'>;
  readonly consts: ItemTable<'consts'>;
  readonly aliases: ItemTable<'aliases'>;
  readonly structs: ItemTable<'structs'>;
  readonly files: BindingsItems[];
  #enums: Map<string, string[]> | undefined;

  constructor(files: BindingsItems[]) {
    // Direct bindings shadow helpers (rust/bindings/lib.rs: "Symbols defined within the
    // module will take precedence to the glob import"), so helpers come first.
    this.files = [...files].sort((a, b) => rank(a.source) - rank(b.source));
    this.functions = new ItemTable(this.files, 'functions');
    this.helperFunctions = new ItemTable(this.files.filter((f) => f.source === 'helpers'), 'functions');
    this.statics = new ItemTable(this.files, 'statics');
    this.consts = new ItemTable(this.files, 'consts');
    this.aliases = new ItemTable(this.files, 'aliases');
    this.structs = new ItemTable(this.files, 'structs');
  }

  /** C enums bindgen turned into an alias plus `T_VALUE` consts, by alias name (reads every const). */
  get enums(): Map<string, string[]> {
    if (this.#enums) return this.#enums;
    this.#enums = new Map();
    for (const c of this.consts.values()) {
      const t = c.type;
      if (t.kind !== 'path' || t.segments.length !== 1 || !this.aliases.has(t.segments[0])) continue;
      const enumName = t.segments[0];
      if (!c.name.startsWith(enumName + '_')) continue;
      const group = this.#enums.get(enumName) ?? [];
      group.push(c.name);
      this.#enums.set(enumName, group);
    }
    return this.#enums;
  }

  /** Whether anything named `name` exists in these bindings (function, static, const, type). */
  has(name: string): boolean {
    return this.functions.has(name) || this.statics.has(name) || this.consts.has(name)
      || this.aliases.has(name) || this.structs.has(name);
  }

  /** The alias chain of a type name, for hover: `u32_` → `__u32` → `ffi::c_uint`. */
  aliasChain(name: string): RustType[] {
    const chain: RustType[] = [];
    let cur = this.aliases.get(name);
    while (cur && chain.length < 32) {
      chain.push(cur.target);
      const t = cur.target;
      cur = t.kind === 'path' && t.segments.length === 1 ? this.aliases.get(t.segments[0]) : undefined;
    }
    return chain;
  }
}

/** bindgen appends `_` to C names that are Rust primitives: C `u32` is `u32_`. */
export function cNameOf(bindingName: string): string {
  const bare = bindingName.replace(/_$/, '');
  return PRIMITIVES.has(bare) ? bare : bindingName;
}

/** The bindings name of a C name: `u32` → `u32_`. */
export function bindingNameOf(cName: string): string {
  return PRIMITIVES.has(cName) ? `${cName}_` : cName;
}

function rank(s: BindingSource): number {
  return s === 'helpers' ? 0 : s === 'manual' ? 1 : 2;
}

