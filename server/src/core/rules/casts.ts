/**
 * The `as` casts of a Rust file with both sides resolved per arch: what unnecessary-cast,
 * arch-dependent-cast and c-char-sign judge. A cast with either side unknown is left out.
 */
import type { Mapping } from '../archTable';
import { descendantsOf, nodeRange, type SyntaxNode } from '../parse';
import type { Fix } from '../model';
import { type RustType, stripGlobal, typeToString } from '../types/rustType';
import type { ArchTypes } from '../types/resolve';
import type { ArchVariant, TypedefDecision } from '../types/perArch';
import { PRIMITIVES } from '../archTable';
import type { RuleContext } from './rule';

/** Both sides of a cast on one arch (and config choice) of the tree. */
export interface CastOn {
  variant: ArchVariant;
  source: RustType;
  target: RustType;
  /** The header typedef definitions each side was read through there. */
  sourceDecisions: TypedefDecision[];
  targetDecisions: TypedefDecision[];
}

export interface Cast {
  node: SyntaxNode;
  value: SyntaxNode;
  typeNode: SyntaxNode;
  /** Normalised (pre-arch) types, for naming what differs. */
  sourceType: RustType;
  targetType: RustType;
  /** Each side per arch; unknown where a config choice decides it (for c-char-sign). */
  source: ArchTypes;
  target: ArchTypes;
  /** Where source and target are the same Rust type (the cast is a no-op). */
  noOpOn: CastOn[];
  convertsOn: CastOn[];
  /** Where a side cannot be known (a typedef of an arch whose headers the tree lacks, an arch the table does not know). */
  unknownOn: CastOn[];
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
    if (!sourceType || !targetType) continue;
    const cast: Cast = {
      node, value, typeNode, sourceType, targetType,
      source: types.perArch(sourceType), target: types.perArch(targetType), noOpOn: [], convertsOn: [], unknownOn: [],
    };
    for (const variant of types.archTypes.variants([sourceType, targetType])) {
      const on = (t: RustType, decisions: TypedefDecision[]) => types.archTypes.on(t, variant.arch, variant.assume, { decisions });
      const sourceDecisions: TypedefDecision[] = [];
      const targetDecisions: TypedefDecision[] = [];
      const sides: CastOn = { variant, source: on(sourceType, sourceDecisions), target: on(targetType, targetDecisions), sourceDecisions, targetDecisions };
      if (!types.isConcrete(sides.source) || !types.isConcrete(sides.target)) cast.unknownOn.push(sides);
      else (typeToString(sides.source) === typeToString(sides.target) ? cast.noOpOn : cast.convertsOn).push(sides);
    }
    if (cast.noOpOn.length || cast.convertsOn.length) casts.push(cast);
  }
  cache.set(ctx.nodes, casts);
  return casts;
}

/** How a message names where a cast stands: `arm64, arm with CONFIG_ARM_LPAE`. */
export function labels(on: CastOn[]): string {
  return on.map((o) => o.variant.label).join(', ');
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

/** The same type everywhere, or undefined. */
export function uniform(all: RustType[]): RustType | undefined {
  return all.length && all.every((t) => typeToString(t) === typeToString(all[0])) ? all[0] : undefined;
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
