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
import type { TreeModel } from '../tree';
import { type ArchTypes, type TypeResolver, kernelItem, kernelPublicPath } from '../types/resolve';
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

function sameOnEveryArch(a: ArchTypes | undefined, b: ArchTypes | undefined): boolean {
  return !!a && !!b && [...a].every(([arch, t]) => b.has(arch) && typeToString(t) === typeToString(b.get(arch)!));
}

function concrete(resolver: TypeResolver, t: RustType): ArchTypes | undefined {
  const per = resolver.perArch(t);
  return [...per.values()].every((v) => resolver.isConcrete(v)) ? per : undefined;
}

/** Whether the kernel function takes and returns exactly the binding's types, on every arch. */
function sameSignature(scope: Scope, use: BindingUse, binding: BindingFunction): boolean {
  const found = kernelItem(scope, use, ['function_item']);
  if (!found) return false;
  const { node, resolver } = found;
  const params = node.childForFieldName('parameters')?.namedChildren.filter((p) => p.type === 'parameter') ?? [];
  if (params.length !== binding.params.length || binding.variadic) return false;
  const ret = node.childForFieldName('return_type');
  return params.every((p, i) => sameOnEveryArch(resolver.typeOfTypeNode(p.childForFieldName('type')!), concrete(resolver, binding.params[i].type)))
    && sameOnEveryArch(ret ? resolver.typeOfTypeNode(ret) : concrete(resolver, { kind: 'tuple', elements: [] }), concrete(resolver, binding.returnType));
}

/**
 * The one public, safe, free kernel function that passes its arguments straight to `binding`
 * with its very types; undefined when there is none or more than one (a person chooses then).
 */
export function thinWrapperOf(scope: Scope, binding: BindingFunction): KernelItem | undefined {
  const found: KernelItem[] = [];
  for (const use of scope.index.kernel.uses(binding.name) ?? []) {
    if (use.item !== 'fn' || !use.passThrough || use.unsafe || use.implType) continue;
    const path = kernelPublicPath(scope.index, use);
    if (path && sameSignature(scope, use, binding)) found.push({ use, path });
  }
  return found.length === 1 ? found[0] : undefined;
}

/** The public consts of the kernel crate defined from binding `name`, with their paths. */
export function kernelConstsOf(index: ProjectIndex, name: string): KernelItem[] {
  const out: KernelItem[] = [];
  for (const use of index.kernel.uses(name) ?? []) {
    const path = use.item === 'const' ? kernelPublicPath(index, use) : undefined;
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
  const found = item.use.passThrough && binding ? kernelItem(scope, item.use, ['const_item']) : undefined;
  const type = found?.node.childForFieldName('type');
  return !!found && !!type && sameOnEveryArch(found.resolver.typeOfTypeNode(type), concrete(found.resolver, binding!.type));
}
