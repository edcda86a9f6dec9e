/** A small structural model of Rust types, enough for FFI signatures and casts. */
import type { SyntaxNode } from '../parse';

export type RustType =
  | { kind: 'path'; segments: string[]; args: RustType[] }
  | { kind: 'pointer'; mutable: boolean; pointee: RustType }
  | { kind: 'reference'; mutable: boolean; referent: RustType }
  | { kind: 'array'; element: RustType; length: string }
  | { kind: 'slice'; element: RustType }
  | { kind: 'tuple'; elements: RustType[] }
  | { kind: 'fn'; text: string }
  | { kind: 'never' }
  | { kind: 'other'; text: string }
  /** What a type is on an arch or config where it cannot be known (types/perArch.ts), and why. */
  | { kind: 'unknown'; why: string };

export const UNIT: RustType = { kind: 'tuple', elements: [] };

export function pathType(...segments: string[]): RustType {
  return { kind: 'path', segments, args: [] };
}

function pathSegments(node: SyntaxNode): string[] {
  switch (node.type) {
    case 'identifier':
    case 'type_identifier':
    case 'primitive_type':
    case 'crate':
    case 'self':
    case 'super':
      return [node.text];
    case 'scoped_type_identifier':
    case 'scoped_identifier': {
      const path = node.childForFieldName('path');
      const name = node.childForFieldName('name');
      return [...(path ? pathSegments(path) : []), ...(name ? [name.text] : [])];
    }
    default:
      return [node.text];
  }
}

function hasChild(node: SyntaxNode, type: string): boolean {
  return node.children.some((c) => c.type === type);
}

/**
 * Deeper than any type bindgen or a person writes; beyond it a type is kept as text, so a
 * hostile `*mut *mut … T` ten thousand levels deep cannot overflow the stack.
 */
export const MAX_TYPE_DEPTH = 64;

export function typeFromNode(node: SyntaxNode, depth = 0): RustType {
  if (depth > MAX_TYPE_DEPTH) return other(node);
  const inner = (n: SyntaxNode) => typeFromNode(n, depth + 1);
  switch (node.type) {
    case 'primitive_type':
    case 'type_identifier':
    case 'scoped_type_identifier':
      return { kind: 'path', segments: pathSegments(node), args: [] };
    case 'generic_type': {
      const base = node.childForFieldName('type');
      const args = node.childForFieldName('type_arguments');
      return {
        kind: 'path',
        segments: base ? pathSegments(base) : [node.text],
        args: args ? args.namedChildren.filter((c) => !c.type.endsWith('lifetime')).map(inner) : [],
      };
    }
    case 'pointer_type': {
      const pointee = node.childForFieldName('type');
      return { kind: 'pointer', mutable: hasChild(node, 'mutable_specifier'), pointee: pointee ? inner(pointee) : other(node) };
    }
    case 'reference_type': {
      const referent = node.childForFieldName('type');
      return { kind: 'reference', mutable: hasChild(node, 'mutable_specifier'), referent: referent ? inner(referent) : other(node) };
    }
    case 'array_type': {
      const el = node.childForFieldName('element');
      const len = node.childForFieldName('length');
      const element = el ? inner(el) : other(node);
      return len ? { kind: 'array', element, length: len.text.replace(/usize$/, '') } : { kind: 'slice', element };
    }
    case 'tuple_type':
      return { kind: 'tuple', elements: node.namedChildren.map(inner) };
    case 'unit_type':
      return UNIT;
    case 'never_type':
      return { kind: 'never' };
    case 'function_type':
      return { kind: 'fn', text: normalizeSpace(node.text) };
    default:
      return other(node);
  }
}

function other(node: SyntaxNode): RustType {
  return { kind: 'other', text: normalizeSpace(node.text) };
}

export function normalizeSpace(s: string): string {
  return s.replace(/\s+/g, ' ').replace(/\( /g, '(').replace(/,? \)/g, ')');
}

/** Drops a leading `::` global-path marker (`::core::ffi::c_int`). */
export function stripGlobal(segments: string[]): string[] {
  return segments[0] === '' ? segments.slice(1) : segments;
}

export function typeToString(t: RustType): string {
  switch (t.kind) {
    case 'path': {
      const base = stripGlobal(t.segments).join('::');
      return t.args.length ? `${base}<${t.args.map(typeToString).join(', ')}>` : base;
    }
    case 'pointer':
      return `*${t.mutable ? 'mut' : 'const'} ${typeToString(t.pointee)}`;
    case 'reference':
      return `&${t.mutable ? 'mut ' : ''}${typeToString(t.referent)}`;
    case 'array':
      return `[${typeToString(t.element)}; ${t.length}]`;
    case 'slice':
      return `[${typeToString(t.element)}]`;
    case 'tuple':
      return `(${t.elements.map(typeToString).join(', ')})`;
    case 'fn':
    case 'other':
      return t.text;
    case 'never':
      return '!';
    case 'unknown':
      return '?';
  }
}
