/**
 * What FFI thing sits at a position: a `c_*` type, an item of the `bindings` crate, or a C
 * function that Rust reaches through `bindings::X` (a `rust_helper_X`, or a header's
 * function). Plain Rust (locals, kernel-crate items, std) is none of these: hover and
 * definition stay rust-analyzer's and clangd's there.
 */
import type { Mapping } from '../archTable';
import { isCTypeName, type CTypeName } from '../archTable';
import type { Position, Range } from '../model';
import { nodeRange, walkNamed, type SyntaxNode, type SyntaxTree } from '../parse';
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

/** Path prefixes that name the `bindings` crate. */
const BINDINGS_CRATE = new Set(['bindings', 'kernel::bindings', 'crate::bindings', '$crate::bindings']);

/** `use` declarations of a Rust file: local name → the path it stands for. */
export function rustImports(tree: SyntaxTree): Map<string, string[]> {
  const imports = new Map<string, string[]>();
  const add = (node: SyntaxNode, prefix: string[]): void => {
    switch (node.type) {
      case 'identifier':
      case 'crate':
      case 'self':
      case 'super':
        imports.set(node.text, [...prefix, node.text]);
        return;
      case 'scoped_identifier': {
        const segs = [...prefix, ...pathOf(node)];
        imports.set(segs[segs.length - 1], segs);
        return;
      }
      case 'use_as_clause': {
        const p = node.childForFieldName('path');
        const alias = node.childForFieldName('alias');
        if (p && alias) imports.set(alias.text, [...prefix, ...pathOf(p)]);
        return;
      }
      case 'scoped_use_list': {
        const p = node.childForFieldName('path');
        const list = node.childForFieldName('list');
        const base = p ? [...prefix, ...pathOf(p)] : prefix;
        for (const c of list?.namedChildren ?? []) add(c, base);
        return;
      }
      case 'use_list':
        for (const c of node.namedChildren) add(c, prefix);
        return;
      default:
        return;
    }
  };
  walkNamed(tree.rootNode, (n) => {
    if (n.type === 'use_declaration') {
      const arg = n.childForFieldName('argument');
      if (arg) add(arg, []);
      return false;
    }
    return n.type === 'source_file' || n.type === 'mod_item' || n.type === 'declaration_list';
  });
  return imports;
}

function pathOf(node: SyntaxNode): string[] {
  if (node.type === 'scoped_identifier' || node.type === 'scoped_type_identifier') {
    const p = node.childForFieldName('path');
    const name = node.childForFieldName('name');
    return [...(p ? pathOf(p) : []), ...(name ? [name.text] : [])];
  }
  return [node.text.replace(/^::/, '')];
}

/** The full path of `segments` after substituting the file's import of its first segment. */
function expand(segments: string[], imports: Map<string, string[]>): string[] {
  const head = imports.get(segments[0]);
  return head && head.join('::') !== segments[0] ? [...head, ...segments.slice(1)] : segments;
}

function classifyRustPath(segments: string[], range: Range, mapping: Mapping): FfiSymbol | undefined {
  const last = segments[segments.length - 1];
  const prefix = segments.slice(0, -1);
  if (prefix.length && BINDINGS_CRATE.has(prefix.join('::'))) return { kind: 'binding', name: last, range };
  if (prefix[prefix.length - 1] === 'ffi' && isCTypeName(last)) {
    const viaCore = prefix[0] === 'core' || prefix[0] === 'std';
    return { kind: 'ctype', name: last, mapping: viaCore ? 'core' : mapping, path: segments.join('::'), range };
  }
  return undefined;
}

const NAME_NODES = new Set(['identifier', 'type_identifier']);

function rustSymbolAt(tree: SyntaxTree, offset: number, project: Project): FfiSymbol | undefined {
  const leaf = tree.rootNode.descendantForIndex(offset);
  if (!NAME_NODES.has(leaf.type)) return undefined;
  const parent = leaf.parent;
  // Only the last segment of a path names the item: `bindings` in `bindings::X` is the crate.
  const scoped = parent && (parent.type === 'scoped_identifier' || parent.type === 'scoped_type_identifier')
    && parent.childForFieldName('name')?.id === leaf.id ? parent : undefined;
  if (!scoped && parent && (parent.type === 'scoped_identifier' || parent.type === 'scoped_type_identifier')) return undefined;
  const segments = scoped ? pathOf(scoped) : [leaf.text];
  const insideUse = ancestor(leaf, 'use_declaration');
  const full = insideUse ? segments : expand(segments, rustImports(tree));
  return classifyRustPath(full, nodeRange(leaf), project.model.mapping);
}

function ancestor(n: SyntaxNode, type: string): SyntaxNode | undefined {
  for (let p = n.parent; p; p = p.parent) if (p.type === type) return p;
  return undefined;
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
  language: 'rust' | 'c', text: string, tree: SyntaxTree, position: Position, project: Project,
): FfiSymbol | undefined {
  const offset = offsetAt(lineStarts(text), text, position);
  return language === 'rust' ? rustSymbolAt(tree, offset, project) : cSymbolAt(tree, offset, project);
}
