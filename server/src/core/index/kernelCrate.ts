/**
 * KernelCrateIndex: which functions of the `kernel` crate call which `bindings::X`, and which
 * of its consts are defined from one (`pub const GFP_KERNEL: Flags = Flags(bindings::GFP_KERNEL)`,
 * also through a macro of the file: `declare_err!(EPERM, …)`, mainline's `pci::Vendor` table):
 * the map of safe abstractions that rules and hover point driver authors to.
 */
import * as path from 'node:path';
import { nodeRange, type SyntaxNode, type SyntaxTree } from '../parse';
import { lineStarts, mentions, positionAt } from '../text';
import type { Range } from '../model';

export interface BindingUse {
  /** The binding used (`mutex_lock`). */
  binding: string;
  /**
   * A function calling it, a const defined from it, or a type wrapping it: a struct whose one
   * field is `bindings::X` (or `Opaque<bindings::X>`, `UnsafeCell<bindings::X>`), or an impl whose
   * associated type is (`type State = bindings::mutex;` in `impl Backend for MutexBackend`).
   */
  item: 'fn' | 'const' | 'type';
  /** The enclosing function or the const, `MutexBackend::lock` style when inside an impl. */
  function: string;
  functionName: string;
  /** An `unsafe fn`. */
  unsafe: boolean;
  /**
   * A function whose whole body is `unsafe { bindings::X(a, b, …) }` with its own parameters
   * in order and the result returned; a const whose value is `bindings::X` as it is.
   */
  passThrough: boolean;
  /** `impl<T> Backend for MutexBackend` → self type `MutexBackend`, trait `Backend`. */
  implType?: string;
  implTrait?: string;
  /** `pub`, `pub(crate)` …, or '' for private. */
  visibility: string;
  /** Module path: `kernel::sync::lock::mutex` (with the inline `mod`s around the item). */
  module: string;
  file: string;
  /** Range of the function's or const's name. */
  range: Range;
  /** Range of the `bindings::X` path that was used. */
  useRange: Range;
}


/** Path prefixes under which the kernel crate reaches its raw C API. */
const BINDINGS_PATHS = new Set(['bindings', 'crate::bindings', 'kernel::bindings', '::kernel::bindings', '$crate::bindings']);

/** `rust/kernel/sync/lock/mutex.rs` → `kernel::sync::lock::mutex`. */
export function kernelModulePath(relFromKernelDir: string): string {
  const parts = relFromKernelDir.replace(/\.rs$/, '').split('/');
  if (parts[parts.length - 1] === 'lib' || parts[parts.length - 1] === 'mod') parts.pop();
  return ['kernel', ...parts].join('::');
}

function typeName(node: SyntaxNode | null): string | undefined {
  if (!node) return undefined;
  if (node.type === 'generic_type') return typeName(node.childForFieldName('type'));
  if (node.type === 'scoped_type_identifier') return node.childForFieldName('name')?.text;
  return node.text;
}

function enclosingFunction(n: SyntaxNode): SyntaxNode | undefined {
  for (let p = n.parent; p; p = p.parent) if (p.type === 'function_item') return p;
  return undefined;
}

function enclosingImpl(n: SyntaxNode): SyntaxNode | undefined {
  for (let p = n.parent; p; p = p.parent) if (p.type === 'impl_item' || p.type === 'trait_item') return p;
  return undefined;
}

const BINDINGS_USE_RE = /\bbindings\s*::\s*([A-Za-z_][A-Za-z0-9_]*)/g;

/** Whether `n` sits in a `use` declaration or an attribute, where a path is not a use of the binding. */
function inUseOrAttribute(n: SyntaxNode): boolean {
  for (let p = n.parent; p; p = p.parent) if (p.type === 'use_declaration' || p.type === 'attribute_item') return true;
  return false;
}

/** The file's module and the inline `mod`s around `n`: `kernel::alloc` + `mod flags` → `kernel::alloc::flags`. */
function moduleOf(n: SyntaxNode, fileModule: string): string {
  const mods: string[] = [];
  for (let p = n.parent; p; p = p.parent) {
    if (p.type === 'mod_item') mods.unshift(p.childForFieldName('name')?.text ?? '');
  }
  return [fileModule, ...mods].join('::');
}

function visibilityOf(item: SyntaxNode): string {
  const vis = item.namedChildren.find((c) => c.type === 'visibility_modifier');
  return vis ? vis.text.replace(/\s+/g, '') : '';
}

/** The `impl` (or trait) an item sits in: its self type and trait names. */
function ownerOf(item: SyntaxNode): { implType?: string; implTrait?: string } {
  const impl = enclosingImpl(item);
  if (impl?.type === 'impl_item') return { implType: typeName(impl.childForFieldName('type')), implTrait: typeName(impl.childForFieldName('trait')) };
  if (impl?.type === 'trait_item') return { implType: impl.childForFieldName('name')?.text };
  return {};
}

/** The statements of a block, comments aside. */
function statements(block: SyntaxNode | null): SyntaxNode[] {
  return block?.namedChildren.filter((c) => !c.type.endsWith('comment')) ?? [];
}

/**
 * Whether `fn`'s body is nothing but `unsafe { <path>(p1, p2, …) }`, calling through `path`
 * with the function's own parameters in order (no `self`), and returning its result: the
 * call is the block's tail, or a statement when the function returns nothing.
 */
function isPassThrough(fn: SyntaxNode, path: SyntaxNode): boolean {
  if (fn.childForFieldName('type_parameters')) return false;
  const outer = statements(fn.childForFieldName('body'));
  const returns = !!fn.childForFieldName('return_type');
  if (outer.length !== 1) return false;
  const unsafeBlock = outer[0].type === 'expression_statement' ? outer[0].namedChildren[0] : outer[0];
  if (unsafeBlock?.type !== 'unsafe_block') return false;
  // `unsafe { … };` discards the value: only right when nothing is returned.
  if (returns && outer[0].type === 'expression_statement' && outer[0].text.trimEnd().endsWith(';')) return false;
  const inner = statements(unsafeBlock.namedChildren.find((c) => c.type === 'block') ?? null);
  if (inner.length !== 1) return false;
  const tailCall = inner[0].type !== 'expression_statement' || !inner[0].text.trimEnd().endsWith(';');
  if (returns && !tailCall) return false;
  const call = inner[0].type === 'expression_statement' ? inner[0].namedChildren[0] : inner[0];
  if (call?.type !== 'call_expression' || call.childForFieldName('function')?.id !== path.id) return false;
  const params = fn.childForFieldName('parameters')?.namedChildren.filter((c) => c.type !== 'attribute_item') ?? [];
  const args = call.childForFieldName('arguments')?.namedChildren.filter((c) => !c.type.endsWith('comment')) ?? [];
  return params.length === args.length && params.every((p, i) => p.type === 'parameter'
    && p.childForFieldName('pattern')?.type === 'identifier' && args[i].type === 'identifier' && args[i].text === p.childForFieldName('pattern')!.text);
}

function use(binding: string, item: SyntaxNode, nameNode: SyntaxNode, at: SyntaxNode, file: string, fileModule: string,
  kind: BindingUse['item'], passThrough: boolean, owner = ownerOf(item)): BindingUse {
  const name = nameNode.text;
  return {
    binding,
    item: kind,
    function: owner.implType ? `${owner.implType}::${name}` : name,
    functionName: name,
    unsafe: kind === 'fn' && (item.namedChildren.find((c) => c.type === 'function_modifiers')?.text.split(/\s+/).includes('unsafe') ?? false),
    passThrough,
    ...owner,
    visibility: visibilityOf(item),
    module: moduleOf(item, fileModule),
    file,
    range: nodeRange(nameNode),
    useRange: nodeRange(at),
  };
}

/** Wrappers a kernel type holds a C object in. */
const HOLDERS = new Set(['Opaque', 'UnsafeCell']);

/** The type a struct of one field, or an impl's associated type, wraps `bindings::X` in (`n`: that path). */
function typeWrapping(n: SyntaxNode, file: string, module: string, name: SyntaxNode): BindingUse | undefined {
  let t = n;
  const holder = t.parent?.type === 'type_arguments' ? t.parent.parent : null;
  if (holder?.type === 'generic_type' && t.parent!.namedChildren.length === 1) {
    const outer = holder.childForFieldName('type');
    if (!HOLDERS.has((outer?.type === 'scoped_type_identifier' ? outer.childForFieldName('name') : outer)?.text ?? '')) return undefined;
    t = holder;
  }
  const p = t.parent;
  if (p?.type === 'type_item' && p.childForFieldName('type')?.id === t.id && p.parent?.parent?.type === 'impl_item') {
    const owner = ownerOf(p);
    const implName = p.parent.parent.childForFieldName('type');
    const nameNode = implName?.type === 'generic_type' ? implName.childForFieldName('type') : implName;
    if (!owner.implType || !nameNode) return undefined;
    return { ...use(name.text, p.parent.parent, nameNode, n, file, module, 'type', false, owner), function: owner.implType, functionName: owner.implType };
  }
  // A tuple struct's one field, or a struct's one named field.
  const fields = p?.type === 'ordered_field_declaration_list' ? p : p?.type === 'field_declaration' ? p.parent : null;
  const struct = fields?.parent;
  const only = fields?.namedChildren.filter((c) => c.type !== 'visibility_modifier' && c.type !== 'attribute_item' && !c.type.endsWith('comment'));
  const structName = struct?.childForFieldName('name');
  if (struct?.type !== 'struct_item' || !structName || only?.length !== 1) return undefined;
  return { ...use(name.text, struct, structName, n, file, module, 'type', false, { implType: structName.text }), function: structName.text };
}

/**
 * The use of a binding that `name` makes when it is the X of a `bindings::X` path inside a
 * function or a const's value, or the type a kernel type wraps (not in a `use`, an attribute,
 * a comment, a string or a macro's tokens).
 */
export function bindingUseAt(name: SyntaxNode, file: string, module: string): BindingUse | undefined {
  const n = name.parent;
  if ((n?.type !== 'scoped_identifier' && n?.type !== 'scoped_type_identifier') || n.childForFieldName('name')?.startIndex !== name.startIndex) return undefined;
  if (!BINDINGS_PATHS.has(n.childForFieldName('path')?.text ?? '') || inUseOrAttribute(n)) return undefined;
  if (n.type === 'scoped_type_identifier') return typeWrapping(n, file, module, name);
  const fn = enclosingFunction(n);
  const fnName = fn?.childForFieldName('name');
  if (fn && fnName) return use(name.text, fn, fnName, n, file, module, 'fn', isPassThrough(fn, n));
  let item: SyntaxNode | null = n.parent;
  while (item && item.type !== 'const_item') item = item.parent;
  const constName = item?.childForFieldName('name');
  if (!item || !constName) return undefined;
  return use(name.text, item, constName, n, file, module, 'const', item.childForFieldName('value')?.id === n.id);
}

/** A macro's tokens as text, one space between tokens: `impl Vendor { $( pub const $variant : Self = … ) + }`. */
function tokenText(tt: SyntaxNode): string {
  const out: string[] = [];
  const visit = (n: SyntaxNode) => {
    if (n.childCount === 0 || n.type === 'identifier' || n.type.endsWith('literal')) out.push(n.text);
    else for (const c of n.children) visit(c);
  };
  visit(tt);
  return out.join(' ');
}

const BINDINGS_TOKENS = String.raw`(?:(?:\$crate|crate|kernel|:: kernel) :: )?bindings ::`;

/**
 * Consts that a `macro_rules!` of the file defines from bindings, one per invocation in the
 * file, in the two shapes the kernel crate has:
 * - the const named like the binding: `pub const $err: super::Error = … bindings::$err …`,
 *   invoked `declare_err!(EPERM, "…")`;
 * - a table of `NAME = bindings::X` entries: `impl Vendor { $( pub const $variant: Self =
 *   Self($binding as u16); )+ }`, invoked `define_all_pci_vendors! { REDHAT = bindings::PCI_VENDOR_ID_REDHAT, … }`.
 */
export function macroConsts(root: SyntaxNode, file: string, fileModule: string): BindingUse[] {
  const uses: BindingUse[] = [];
  for (const def of root.descendantsOfType('macro_definition')) {
    const macro = def.childForFieldName('name')?.text;
    if (!macro) continue;
    for (const rule of def.namedChildren.filter((c) => c.type === 'macro_rule')) {
      const body = rule.childForFieldName('right');
      if (!body) continue;
      const text = tokenText(body);
      const konst = new RegExp(String.raw`(?:^| )(pub (?:\( crate \) )?)?const \$(\w+) :`).exec(text);
      if (!konst) continue;
      const [, pub, name] = konst;
      const owner = new RegExp(String.raw`\bimpl (\w+) \{`).exec(text.slice(0, konst.index))?.[1];
      const namedLikeBinding = new RegExp(String.raw`${BINDINGS_TOKENS} \$${name}\b`).test(text);
      const table = new RegExp(String.raw`\$${name} : ident = \$(\w+) : expr`).exec(tokenText(rule.childForFieldName('left') ?? rule));
      if (!namedLikeBinding && !table) continue;
      for (const call of root.descendantsOfType('macro_invocation')) {
        if (call.childForFieldName('macro')?.text !== macro || enclosingFunction(call)) continue;
        const tokens = call.namedChildren.find((c) => c.type === 'token_tree')?.children ?? [];
        const entries: { nameNode: SyntaxNode; binding: SyntaxNode }[] = [];
        if (namedLikeBinding && tokens[1]?.type === 'identifier') entries.push({ nameNode: tokens[1], binding: tokens[1] });
        for (let i = 1; table && i + 2 < tokens.length; i++) {
          if (tokens[i].type !== 'identifier' || tokens[i + 1].type !== '=' || !['(', ',', '{', '['].includes(tokens[i - 1].type)) continue;
          let j = i + 2;
          while (j + 2 < tokens.length && tokens[j + 1]?.type === '::' && tokens[j + 2]?.type === 'identifier' && tokens[j].text !== 'bindings') j += 2;
          if (tokens[j].text === 'bindings' && tokens[j + 1]?.type === '::' && tokens[j + 2]?.type === 'identifier') entries.push({ nameNode: tokens[i], binding: tokens[j + 2] });
        }
        for (const e of entries) {
          const u = use(e.binding.text, call, e.nameNode, e.binding, file, fileModule, 'const', false, owner ? { implType: owner } : {});
          uses.push({ ...u, visibility: pub ? pub.replace(/\s+/g, '') : '' });
        }
      }
    }
  }
  return uses;
}

/**
 * The `bindings::X` paths a kernel-crate file uses inside functions. Rather than walk every
 * node of the tree, it visits the places the text says `bindings::` and asks the tree what
 * each one is (a path expression, or a comment, a string, a type, a macro token).
 */
export function indexKernelFile(file: string, relFromKernelDir: string, text: string, parse: (text: string) => SyntaxTree): BindingUse[] {
  if (!text.includes('bindings')) return [];
  const uses: BindingUse[] = [];
  const module = kernelModulePath(relFromKernelDir.split(path.sep).join('/'));
  const starts = lineStarts(text);
  let root: SyntaxNode | undefined;
  for (const m of text.matchAll(BINDINGS_USE_RE)) {
    root ??= parse(text).rootNode;
    const at = positionAt(starts, m.index + m[0].length - m[1].length);
    const found = bindingUseAt(root.descendantForPosition({ row: at.line, column: at.character }), file, module);
    if (found) uses.push(found);
  }
  if (text.includes('macro_rules!')) uses.push(...macroConsts(root ?? parse(text).rootNode, file, module));
  return uses;
}

/** Adds `uses` to `byBinding`, one entry per function even when it calls a binding several times. */
function addUses(byBinding: Map<string, BindingUse[]>, uses: readonly BindingUse[], only?: string): void {
  for (const u of uses) {
    if (only !== undefined && u.binding !== only) continue;
    const list = byBinding.get(u.binding) ?? [];
    if (!list.some((x) => x.file === u.file && x.module === u.module && x.function === u.function)) list.push(u);
    byBinding.set(u.binding, list);
  }
}

/**
 * The kernel crate's binding uses, indexed lazily: the uses of one binding need only the files
 * whose text names it (a hover or a raw-binding-use finding asks about one name), every file
 * only when all of them are asked for (the tree status counts them).
 */
export class KernelCrateIndex {
  readonly #files: readonly { text: string; usesKnown?: boolean }[];
  readonly #usesOf: (i: number) => BindingUse[];
  readonly #byBinding = new Map<string, BindingUse[]>();
  #all: Map<string, BindingUse[]> | undefined;

  /**
   * `usesOf(i)` indexes file `i` of `files` (the host caches it); it is asked once per file at
   * most. A lookup reads the text of a file only when its uses are not `usesKnown`, to pass
   * over a file that does not mention the binding without indexing it.
   */
  constructor(files: readonly { text: string; usesKnown?: boolean }[], usesOf: (i: number) => BindingUse[]) {
    const done: BindingUse[][] = [];
    this.#files = files;
    this.#usesOf = (i) => (done[i] ??= usesOf(i));
  }

  /** The kernel items (functions, consts, types) that use `bindings::<binding>`, in file order; undefined when none does. */
  uses(binding: string): BindingUse[] | undefined {
    if (this.#all) return this.#all.get(binding);
    if (!this.#byBinding.has(binding)) {
      const found = new Map<string, BindingUse[]>();
      this.#files.forEach((f, i) => {
        if (f.usesKnown || mentions(f.text, binding)) addUses(found, this.#usesOf(i), binding);
      });
      this.#byBinding.set(binding, found.get(binding) ?? []);
    }
    const list = this.#byBinding.get(binding)!;
    return list.length ? list : undefined;
  }

  /** Indexes file `i` (for work done ahead of requests, a few files at a time). */
  indexFile(i: number): void {
    if (i < this.#files.length) this.#usesOf(i);
  }

  get fileCount(): number {
    return this.#files.length;
  }

  /** Every binding the kernel crate calls, with its uses. */
  all(): Map<string, BindingUse[]> {
    if (!this.#all) {
      const all = new Map<string, BindingUse[]>();
      this.#files.forEach((_, i) => addUses(all, this.#usesOf(i)));
      this.#all = all;
    }
    return this.#all;
  }
}
