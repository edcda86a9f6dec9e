/**
 * KernelCrateIndex: which functions of the `kernel` crate call which `bindings::X`, the
 * map of safe abstractions that rules and hover point driver authors to.
 */
import * as path from 'node:path';
import { nodeRange, walkNamed, type SyntaxNode, type SyntaxTree } from '../parse';
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

export function indexKernelFile(file: string, relFromKernelDir: string, tree: SyntaxTree): BindingUse[] {
  const uses: BindingUse[] = [];
  const module = kernelModulePath(relFromKernelDir.split(path.sep).join('/'));
  walkNamed(tree.rootNode, (n) => {
    if (n.type === 'use_declaration' || n.type === 'attribute_item') return false;
    if (n.type !== 'scoped_identifier') return true;
    const p = n.childForFieldName('path');
    const name = n.childForFieldName('name');
    if (!p || !name || !BINDINGS_PATHS.has(p.text)) return true;
    const fn = enclosingFunction(n);
    if (!fn) return false;
    const fnName = fn.childForFieldName('name');
    if (!fnName) return false;
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
    uses.push({
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
    });
    return false;
  });
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
