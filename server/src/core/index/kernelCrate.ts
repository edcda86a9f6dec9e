/**
 * KernelCrateIndex: which functions of the `kernel` crate call which `bindings::X`, the
 * map of safe abstractions that rules and hover point driver authors to.
 */
import * as path from 'node:path';
import { nodeRange, type SyntaxNode, type SyntaxTree } from '../parse';
import { lineStarts, positionAt } from '../text';
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

export interface KernelCrateIndex {
  byBinding: Map<string, BindingUse[]>;
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

export function buildKernelCrateIndex(files: BindingUse[][]): KernelCrateIndex {
  const byBinding = new Map<string, BindingUse[]>();
  for (const uses of files) {
    for (const u of uses) {
      const list = byBinding.get(u.binding) ?? [];
      // One entry per function even when it calls the binding several times.
      if (!list.some((x) => x.file === u.file && x.function === u.function)) list.push(u);
      byBinding.set(u.binding, list);
    }
  }
  return { byBinding };
}
