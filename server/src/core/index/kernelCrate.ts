/**
 * KernelCrateIndex: which functions of the `kernel` crate call which `bindings::X`, the
 * map of safe abstractions that rules and hover point driver authors to.
 */
import * as path from 'node:path';
import { nodeRange, type SyntaxNode, type SyntaxTree } from '../parse';
import { lineStarts, mentions, positionAt } from '../text';
import type { Range } from '../model';

export interface BindingUse {
  /** The binding used (`mutex_lock`). */
  binding: string;
  /** The enclosing function, `MutexBackend::lock` style when inside an impl. */
  function: string;
  functionName: string;
  /** `impl<T> Backend for MutexBackend` → self type `MutexBackend`, trait `Backend`. */
  implType?: string;
  implTrait?: string;
  /** `pub`, `pub(crate)` …, or '' for private. */
  visibility: string;
  /** Module path: `kernel::sync::lock::mutex`. */
  module: string;
  file: string;
  /** Range of the function's name. */
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

/**
 * The use of a binding that `name` makes when it is the X of a `bindings::X` path inside a
 * function (not in a `use`, an attribute, a comment, a string or a macro's tokens).
 */
export function bindingUseAt(name: SyntaxNode, file: string, module: string): BindingUse | undefined {
  const n = name.parent;
  if (n?.type !== 'scoped_identifier' || n.childForFieldName('name')?.startIndex !== name.startIndex) return undefined;
  if (!BINDINGS_PATHS.has(n.childForFieldName('path')?.text ?? '') || inUseOrAttribute(n)) return undefined;
  const fn = enclosingFunction(n);
  const fnName = fn?.childForFieldName('name');
  if (!fn || !fnName) return undefined;
  const impl = enclosingImpl(fn);
  let implType: string | undefined;
  let implTrait: string | undefined;
  if (impl?.type === 'impl_item') {
    implType = typeName(impl.childForFieldName('type'));
    implTrait = typeName(impl.childForFieldName('trait'));
  } else if (impl?.type === 'trait_item') {
    implType = impl.childForFieldName('name')?.text;
  }
  const vis = fn.namedChildren.find((c) => c.type === 'visibility_modifier');
  return {
    binding: name.text,
    function: implType ? `${implType}::${fnName.text}` : fnName.text,
    functionName: fnName.text,
    implType,
    implTrait,
    visibility: vis ? vis.text.replace(/\s+/g, '') : '',
    module,
    file,
    range: nodeRange(fnName),
    useRange: nodeRange(n),
  };
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
    const use = bindingUseAt(root.descendantForPosition({ row: at.line, column: at.character }), file, module);
    if (use) uses.push(use);
  }
  return uses;
}

/** Adds `uses` to `byBinding`, one entry per function even when it calls a binding several times. */
function addUses(byBinding: Map<string, BindingUse[]>, uses: readonly BindingUse[], only?: string): void {
  for (const u of uses) {
    if (only !== undefined && u.binding !== only) continue;
    const list = byBinding.get(u.binding) ?? [];
    if (!list.some((x) => x.file === u.file && x.function === u.function)) list.push(u);
    byBinding.set(u.binding, list);
  }
}

/**
 * The kernel crate's binding uses, indexed lazily: the uses of one binding need only the files
 * whose text names it (a hover or a raw-binding-use finding asks about one name), every file
 * only when all of them are asked for (the tree status counts them).
 */
export class KernelCrateIndex {
  readonly #files: readonly { text: string }[];
  readonly #usesOf: (i: number) => BindingUse[];
  readonly #byBinding = new Map<string, BindingUse[]>();
  #all: Map<string, BindingUse[]> | undefined;

  /** `usesOf(i)` indexes file `i` of `files` (the host caches it); it is asked once per file at most. */
  constructor(files: readonly { text: string }[], usesOf: (i: number) => BindingUse[]) {
    const done: BindingUse[][] = [];
    this.#files = files;
    this.#usesOf = (i) => (done[i] ??= usesOf(i));
  }

  /** The kernel functions that call `bindings::<binding>`, in file order; undefined when none does. */
  uses(binding: string): BindingUse[] | undefined {
    if (this.#all) return this.#all.get(binding);
    if (!this.#byBinding.has(binding)) {
      const found = new Map<string, BindingUse[]>();
      this.#files.forEach((f, i) => {
        if (mentions(f.text, binding)) addUses(found, this.#usesOf(i), binding);
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
