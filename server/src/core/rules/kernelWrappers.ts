/**
 * What the `kernel` crate offers in place of a binding, as far as a fix can use it: a thin
 * pass-through function (`pub fn msecs_to_jiffies(msecs: Msecs) -> Jiffies { unsafe {
 * bindings::__msecs_to_jiffies(msecs) } }`) whose parameter and result types are the binding's
 * on every arch, so that the call can change callee and nothing else; and the consts defined
 * from a binding constant. Types are read from the kernel crate's own file with the same
 * resolver the rules use.
 */
import type { BindingFunction } from '../index/bindings';
import type { BindingUse } from '../index/kernelCrate';
import type { ProjectIndex } from '../index/index';
import type { SyntaxNode, SyntaxTree } from '../parse';
import type { TreeModel } from '../tree';
import { type ArchTypes, TypeResolver } from '../types/resolve';
import { type RustType, typeToString } from '../types/rustType';

export interface KernelItem {
  use: BindingUse;
  /** The path a driver names it by: `kernel::time::msecs_to_jiffies`, `kernel::pci::Vendor::REDHAT`. */
  path: string;
}

interface Scope {
  model: TreeModel;
  index: ProjectIndex;
}

const resolvers = new WeakMap<SyntaxTree, TypeResolver>();

/** The kernel-crate file `use` is in, its item node, and a resolver over that file; undefined for items of inline `mod`s (their own imports would decide their types). */
function itemInKernelFile(scope: Scope, use: BindingUse, types: string[]): { node: SyntaxNode; resolver: TypeResolver } | undefined {
  const paths = scope.index.kernelPaths;
  if (paths.fileModuleOf(use.module) !== use.module) return undefined;
  const tree = paths.fileTree(use.module);
  if (!tree) return undefined;
  let node: SyntaxNode | null = tree.rootNode.descendantForPosition({ row: use.range.start.line, column: use.range.start.character });
  while (node && !types.includes(node.type)) node = node.parent;
  if (!node || node.childForFieldName('name')?.text !== use.functionName) return undefined;
  let resolver = resolvers.get(tree);
  if (!resolver) {
    resolver = new TypeResolver({ tree, model: scope.model, index: scope.index, crate: { name: 'kernel', kind: 'kernel' } });
    resolvers.set(tree, resolver);
  }
  return { node, resolver };
}

function sameOnEveryArch(a: ArchTypes | undefined, b: ArchTypes | undefined): boolean {
  return !!a && !!b && [...a].every(([arch, t]) => b.has(arch) && typeToString(t) === typeToString(b.get(arch)!));
}

function concrete(resolver: TypeResolver, t: RustType): ArchTypes | undefined {
  const per = resolver.perArch(t);
  return [...per.values()].every((v) => resolver.isConcrete(v)) ? per : undefined;
}

/** Whether the kernel function takes and returns exactly the binding's types, on every arch. */
function sameSignature(scope: Scope, use: BindingUse, binding: BindingFunction): boolean {
  const found = itemInKernelFile(scope, use, ['function_item']);
  if (!found) return false;
  const { node, resolver } = found;
  const params = node.childForFieldName('parameters')?.namedChildren.filter((p) => p.type === 'parameter') ?? [];
  if (params.length !== binding.params.length || binding.variadic) return false;
  const ret = node.childForFieldName('return_type');
  return params.every((p, i) => sameOnEveryArch(resolver.typeOfTypeNode(p.childForFieldName('type')!), concrete(resolver, binding.params[i].type)))
    && sameOnEveryArch(ret ? resolver.typeOfTypeNode(ret) : concrete(resolver, { kind: 'tuple', elements: [] }), concrete(resolver, binding.returnType));
}

/** The path a driver names a kernel item by (an associated one through its type's path). */
function publicPath(index: ProjectIndex, use: BindingUse): string | undefined {
  const paths = index.kernelPaths;
  // A const a macro defines is not among the module's items as written; its `pub` is the macro's.
  if (!use.implType) return paths.publicItemPath(use.module, use.functionName, use.item === 'const' && isPublic(use));
  const owner = paths.publicItemPath(use.module, use.implType);
  return owner && `${owner}::${use.functionName}`;
}

function isPublic(use: BindingUse): boolean {
  return use.visibility === 'pub';
}

/**
 * The one public, safe, free kernel function that passes its arguments straight to `binding`
 * with its very types; undefined when there is none or more than one (a person chooses then).
 */
export function thinWrapperOf(scope: Scope, binding: BindingFunction): KernelItem | undefined {
  const found: KernelItem[] = [];
  for (const use of scope.index.kernel.byBinding.get(binding.name) ?? []) {
    if (use.item !== 'fn' || !use.passThrough || use.unsafe || use.implType || !isPublic(use)) continue;
    const path = publicPath(scope.index, use);
    if (path && sameSignature(scope, use, binding)) found.push({ use, path });
  }
  return found.length === 1 ? found[0] : undefined;
}

/** The public consts of the kernel crate defined from binding `name`, with their paths. */
export function kernelConstsOf(index: ProjectIndex, name: string): KernelItem[] {
  const out: KernelItem[] = [];
  for (const use of index.kernel.byBinding.get(name) ?? []) {
    const path = use.item === 'const' && isPublic(use) ? publicPath(index, use) : undefined;
    if (path) out.push({ use, path });
  }
  return out;
}

/**
 * Whether a kernel const is the binding constant itself: its value is `bindings::X` as it is,
 * and its declared type is the binding's on every arch, so it stands wherever the binding did.
 */
export function isSameConst(scope: Scope, item: KernelItem): boolean {
  const binding = scope.index.bindings.consts.get(item.use.binding);
  const found = item.use.passThrough && binding ? itemInKernelFile(scope, item.use, ['const_item']) : undefined;
  const type = found?.node.childForFieldName('type');
  return !!found && !!type && sameOnEveryArch(found.resolver.typeOfTypeNode(type), concrete(found.resolver, binding!.type));
}

/** Whether `path` (absolute) names a kernel function known to be safe to call: public, not `unsafe`, calling a binding. */
export function isSafeKernelFunction(index: ProjectIndex, path: string[]): boolean {
  if (path[0] !== 'kernel') return false;
  const name = path[path.length - 1];
  for (const uses of index.kernel.byBinding.values()) {
    for (const use of uses) {
      if (use.functionName === name && use.item === 'fn' && !use.unsafe && !use.implType && isPublic(use) && publicPath(index, use) === path.join('::')) return true;
    }
  }
  return false;
}
