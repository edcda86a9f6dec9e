/**
 * The `as` casts of a Rust file with both sides resolved per arch: what unnecessary-cast,
 * arch-dependent-cast and c-char-sign judge. A cast with either side unknown is left out.
 */
import type { Arch, Mapping } from '../archTable';
import { descendantsOf, nodeRange, type SyntaxNode } from '../parse';
import type { Fix } from '../model';
import { type RustType, stripGlobal, typeToString } from '../types/rustType';
import type { ArchTypes } from '../types/resolve';
import { PRIMITIVES } from '../archTable';
import type { RuleContext } from './rule';

export interface Cast {
  node: SyntaxNode;
  value: SyntaxNode;
  typeNode: SyntaxNode;
  /** Normalised (pre-arch) types, for naming what differs. */
  sourceType: RustType;
  targetType: RustType;
  source: ArchTypes;
  target: ArchTypes;
  /** Arches on which source and target are the same Rust type (the cast is a no-op). */
  noOpOn: Arch[];
  convertsOn: Arch[];
}

/** Per set of checked nodes, so the three rules that judge casts resolve them once. */
const cache = new WeakMap<readonly SyntaxNode[], Cast[]>();

export function castsIn(ctx: RuleContext): Cast[] {
  let casts = cache.get(ctx.nodes);
  if (casts) return casts;
  casts = [];
  const types = ctx.types;
  for (const node of descendantsOf(ctx.nodes, ['type_cast_expression'])) {
    const value = node.childForFieldName('value');
    const typeNode = node.childForFieldName('type');
    if (!value || !typeNode) continue;
    const sourceType = types.typeOf(value);
    const targetType = typeNode.text === '_' ? types.expectedTypeOf(node) : types.resolveTypeNode(typeNode);
    const source = sourceType && types.typeOfExpression(value);
    const target = targetType && concrete(ctx, targetType);
    if (!sourceType || !targetType || !source || !target) continue;
    const noOpOn: Arch[] = [];
    const convertsOn: Arch[] = [];
    for (const arch of ctx.model.arches) {
      (typeToString(source.get(arch)!) === typeToString(target.get(arch)!) ? noOpOn : convertsOn).push(arch);
    }
    casts.push({ node, value, typeNode, sourceType, targetType, source, target, noOpOn, convertsOn });
  }
  cache.set(ctx.nodes, casts);
  return casts;
}

function concrete(ctx: RuleContext, t: RustType): ArchTypes | undefined {
  const per = ctx.types.perArch(t);
  for (const v of per.values()) if (!ctx.types.isConcrete(v)) return undefined;
  return per;
}

/** A normalised type as a reader knows it: bindings items with their crate. */
export function displayType(t: RustType): string {
  if (t.kind === 'path') {
    const segs = stripGlobal(t.segments);
    if (segs.length === 1 && !PRIMITIVES.has(segs[0]) && segs[0] !== 'c_void') return `bindings::${segs[0]}`;
    if (segs[0] === '<local>' || segs[0] === '<uapi>') return segs[1];
  }
  if (t.kind === 'pointer') return `*${t.mutable ? 'mut' : 'const'} ${displayType(t.pointee)}`;
  return typeToString(t);
}

/** The same type on every arch, or undefined. */
export function uniform(per: ArchTypes): RustType | undefined {
  const all = [...per.values()];
  return all.every((t) => typeToString(t) === typeToString(all[0])) ? all[0] : undefined;
}

/** Source text of a node on one line, shortened for a message. */
export function snippet(node: SyntaxNode, max = 60): string {
  const s = node.text.replace(/\s+/g, ' ');
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

/** How messages name a C-type mapping. */
export function mappingName(mapping: Mapping): string {
  return mapping === 'kernel' ? 'the kernel mapping (rust/ffi.rs)' : 'the core::ffi mapping';
}

/** Removes ` as T`, keeping the value (and any parentheses it had) as written. */
export function removeCastFix(ctx: RuleContext, cast: Pick<Cast, 'node' | 'value' | 'typeNode'>): Fix {
  const r = nodeRange(cast.node);
  return {
    title: `Remove the cast \`as ${cast.typeNode.text}\``,
    edits: [{ file: ctx.file, edits: [{ range: { start: nodeRange(cast.value).end, end: r.end }, newText: '' }] }],
  };
}
