/**
 * The `as` casts of a Rust file with both sides resolved per arch: what unnecessary-cast,
 * arch-dependent-cast and c-char-sign judge. A cast with either side unknown is left out.
 */
import type { Mapping } from '../archTable';
import { descendantsOf, nodeRange, type SyntaxNode } from '../parse';
import { type Fix, lazyFix } from '../model';
import { withUnusedImportsRemoved } from './importEdits';
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

/**
 * Where any expression stands without parentheses: the cast there (`(a - 1) as _` as an
 * argument) may leave its value bare, and rustc's `unused_parens` warns about `f((a - 1))`.
 */
const DELIMITED = new Set([
  'arguments', 'let_declaration', 'return_expression', 'parenthesized_expression', 'array_expression',
  'tuple_expression', 'field_initializer', 'assignment_expression', 'compound_assignment_expr', 'block',
]);
const BLOCK_LIKE = new Set(['block', 'unsafe_block', 'if_expression', 'match_expression', 'loop_expression', 'while_expression', 'for_expression']);

/** Whether `expr` (standing where `at` stands) would need no parentheses there. */
function standsFree(at: SyntaxNode, expr: SyntaxNode): boolean {
  let context = at.parent;
  // A block's tail or an expression statement: but `unsafe { … }` at a statement's start ends the statement.
  if (context?.type === 'expression_statement') {
    if (BLOCK_LIKE.has(expr.type)) return false;
    context = context.parent;
  }
  if (!context || !DELIMITED.has(context.type)) return false;
  // `x = (a - 1) as _`: only the right-hand side is a free position; a `let`'s pattern is no expression.
  if (context.type.includes('assignment')) return context.childForFieldName('right')?.id === at.id;
  return context.type !== 'let_declaration' || context.childForFieldName('value')?.id === at.id;
}

/** Whether `(e) as T` may become `e` where the cast stands, rather than `(e)`. */
function parensNeedless(cast: SyntaxNode, value: SyntaxNode): boolean {
  return value.type === 'parenthesized_expression' && value.namedChildren.length === 1 && standsFree(cast, value.namedChildren[0]);
}

/** Parentheses that rustc's `unused_parens` warns about: around an expression where any expression stands free (`f((a - 1))`). */
export function needlessParentheses(root: SyntaxNode): SyntaxNode[] {
  return root.descendantsOfType('parenthesized_expression').filter((p) => p.namedChildren.length === 1 && standsFree(p, p.namedChildren[0]));
}

/**
 * Removes ` as T`, and the value's parentheses where nothing needs them any more. When `T`
 * names an import (`as c_ulong`), the import goes too if nothing else uses it, as mainline's
 * cast cleanup removed its `c_ulong` import.
 */
export function removeCastFix(ctx: RuleContext, cast: Pick<Cast, 'node' | 'value' | 'typeNode'>): Fix {
  const r = nodeRange(cast.node);
  const value = nodeRange(cast.value);
  const inner = cast.value.namedChildren[0];
  const edits = parensNeedless(cast.node, cast.value)
    ? [{ range: { start: value.start, end: nodeRange(inner).start }, newText: '' }, { range: { start: nodeRange(inner).end, end: r.end }, newText: '' }]
    : [{ range: { start: value.end, end: r.end }, newText: '' }];
  const title = `Remove the cast \`as ${cast.typeNode.text}\``;
  const head = cast.typeNode.text.split(/\s*::\s*|[\s*<]/).find((w) => /^\w+$/.test(w) && w !== 'const' && w !== 'mut');
  if (!head || !ctx.types.importsName(head)) return { title, edits: [{ file: ctx.file, edits }] };
  const { file, text } = ctx;
  return lazyFix(title, () => [{ file, edits: withUnusedImportsRemoved(text, edits) }], { editsImports: true });
}
