/**
 * What FFI thing sits at a position: a `c_*` type, an item of the `bindings` crate, or a C
 * function that Rust reaches through `bindings::X` (a `rust_helper_X`, or a header's
 * function). Plain Rust (locals, kernel-crate items, std) is none of these: hover and
 * definition stay rust-analyzer's and clangd's there.
 */
import { isCTypeName, type CTypeName, type Mapping } from '../archTable';
import type { Position, Range } from '../model';
import { nodeRange, type SyntaxNode, type SyntaxTree } from '../parse';
import { crateOf } from '../tree';
import { TypeResolver } from '../types/resolve';
import { lineStarts, offsetAt } from '../text';
import { HELPER_PREFIX } from '../index/helpers';
import type { Project } from '../analyze';

export type FfiSymbol =
  /** `ffi::c_long`, `core::ffi::c_char`, or a `c_*` imported from one of those. */
  | { kind: 'ctype'; name: CTypeName; mapping: Mapping; path: string; range: Range }
  /** `bindings::X` (function, static, const, type alias, struct). */
  | { kind: 'binding'; name: string; range: Range }
  /** In C: `rust_helper_X`, or the declaration of a function `X` that Rust calls as `bindings::X`. */
  | { kind: 'cFunction'; name: string; binding: string; range: Range };

/** A resolver for one Rust file: it knows the file's imports, globs and local items. */
export function rustResolver(file: string, tree: SyntaxTree, project: Project): TypeResolver {
  return new TypeResolver({ tree, model: project.model, index: project.index, crate: crateOf(project.model, file) });
}

/** The path an identifier is the name of (`bindings::X` for `X`), or the identifier itself. */
function pathEndingAt(leaf: SyntaxNode): SyntaxNode | undefined {
  const parent = leaf.parent;
  if (parent?.type !== 'scoped_identifier' && parent?.type !== 'scoped_type_identifier') return leaf;
  // `bindings` in `bindings::X` names the crate, not an item.
  return parent.childForFieldName('name')?.id === leaf.id ? parent : undefined;
}

/** `bindings::X` (resolved through the file's imports) or a `c_*` type, at a Rust identifier. */
export function rustSymbolOf(leaf: SyntaxNode, resolver: TypeResolver, mapping: Mapping): FfiSymbol | undefined {
  if (leaf.type !== 'identifier' && leaf.type !== 'type_identifier') return undefined;
  const path = pathEndingAt(leaf);
  if (!path) return undefined;
  const range = nodeRange(leaf);
  const binding = resolver.bindingsItemOf(path);
  if (binding) return { kind: 'binding', name: binding, range };
  if (leaf.type !== 'type_identifier') return undefined;
  const t = resolver.resolveTypeNode(path);
  if (t?.kind !== 'path') return undefined;
  const segs = t.segments;
  const name = segs[segs.length - 1];
  if (!isCTypeName(name) || segs[segs.length - 2] !== 'ffi') return undefined;
  return { kind: 'ctype', name, mapping: segs[0] === 'core' ? 'core' : mapping, path: segs.join('::'), range };
}

/** Whether `id` is the name a C function definition, prototype or function-like macro declares. */
function isDeclaredName(name: SyntaxNode): boolean {
  const p = name.parent;
  if (!p) return false;
  if (p.type === 'preproc_function_def' || p.type === 'preproc_def') return p.childForFieldName('name')?.id === name.id;
  return p.type === 'function_declarator' && p.childForFieldName('declarator')?.id === name.id;
}

function cSymbolAt(tree: SyntaxTree, offset: number, project: Project): FfiSymbol | undefined {
  const leaf = tree.rootNode.descendantForIndex(offset);
  if (leaf.type !== 'identifier') return undefined;
  const range = nodeRange(leaf);
  const name = leaf.text;
  if (name.startsWith(HELPER_PREFIX)) {
    const binding = name.slice(HELPER_PREFIX.length);
    return project.index.helpers.byName.has(name) ? { kind: 'cFunction', name, binding, range } : undefined;
  }
  return isDeclaredName(leaf) && project.index.bindings.functions.has(name)
    ? { kind: 'cFunction', name, binding: name, range }
    : undefined;
}

export function ffiSymbolAt(
  file: string, language: 'rust' | 'c', text: string, tree: SyntaxTree, position: Position, project: Project,
): FfiSymbol | undefined {
  const offset = offsetAt(lineStarts(text), text, position);
  if (language === 'c') return cSymbolAt(tree, offset, project);
  return rustSymbolOf(tree.rootNode.descendantForIndex(offset), rustResolver(file, tree, project), project.model.mapping);
}
