/**
 * The `use` declarations of a Rust file as fixes see them: which names they bring in, whether a
 * name is still used once a fix has removed some text, and the edit that takes an import out
 * the way rustfmt leaves it (`use a::{b, c};` → `use a::c;`, a line of its own gone whole). One
 * place decides "is this import still used", for the fixes and for the fix-safety suite, so
 * that no fix leaves rustc an `unused_imports` warning.
 */
import type { TextEdit } from '../model';
import { parseRust, type SyntaxNode, type SyntaxTree } from '../parse';
import { applyEdits, lineStarts, positionAt } from '../text';
import type { TypeResolver } from '../types/resolve';

/** One name a top-level, private `use` brings in (`c_ulong` of `use kernel::ffi::{c_ulong, c_void};`), or a glob (`*`). */
export interface ImportedName {
  name: string;
  /** The path it imports, as written (`kernel::ffi::c_ulong`; the glob's module for `*`). */
  path: string[];
  /** The use tree that brings it in: an identifier, a path, `x as y`, or `self` in a list. */
  node: SyntaxNode;
  decl: SyntaxNode;
}

const segmentsOf = (n: SyntaxNode): string[] => n.text.replace(/\s+/g, '').split('::');

/**
 * The names the file's private `use` declarations bring in, globs as `*`. Re-exports
 * (`pub use`) and `as _` (a trait brought in for its methods) are never reported unused, so
 * they are left out.
 */
export function importedNames(root: SyntaxNode): ImportedName[] {
  const out: ImportedName[] = [];
  for (const decl of root.namedChildren) {
    if (decl.type !== 'use_declaration' || decl.namedChildren.some((c) => c.type === 'visibility_modifier')) continue;
    const visit = (n: SyntaxNode, prefix: string[]): void => {
      switch (n.type) {
        case 'identifier':
        case 'scoped_identifier': {
          const path = [...prefix, ...segmentsOf(n)];
          out.push({ name: path[path.length - 1], path, node: n, decl });
          return;
        }
        case 'self':
          if (prefix.length) out.push({ name: prefix[prefix.length - 1], path: prefix, node: n, decl });
          return;
        case 'use_as_clause': {
          const alias = n.childForFieldName('alias');
          const p = n.childForFieldName('path');
          if (alias && p && alias.text !== '_') out.push({ name: alias.text, path: [...prefix, ...segmentsOf(p)], node: n, decl });
          return;
        }
        case 'use_wildcard': {
          const p = n.namedChildren[0];
          out.push({ name: '*', path: p ? [...prefix, ...segmentsOf(p)] : prefix, node: n, decl });
          return;
        }
        case 'scoped_use_list': {
          const p = n.childForFieldName('path');
          for (const c of n.childForFieldName('list')?.namedChildren ?? []) visit(c, p ? [...prefix, ...segmentsOf(p)] : prefix);
          return;
        }
        case 'use_list':
          for (const c of n.namedChildren) visit(c, prefix);
      }
    };
    const arg = decl.childForFieldName('argument');
    if (arg) visit(arg, []);
  }
  return out;
}

/** Offsets `[from, to)` of a text. */
interface Span {
  from: number;
  to: number;
}

/**
 * For a glob whose names are known (the bindings crate's), whether a bare name is one it brings
 * in; undefined for a glob whose names are not known (it then counts as used).
 */
export type GlobNames = (glob: ImportedName) => ((name: SyntaxNode) => boolean) | undefined;

/** The names the bindings crate's globs bring in, as the file's resolver sees them. */
export function bindingsGlobNames(types: TypeResolver): GlobNames {
  return (glob) => types.absolutePath(glob.path).join('::') === 'kernel::bindings'
    ? (n) => !types.importsName(n.text) && !!types.bindingsItemAt([n.text], n, { type: n.type === 'type_identifier', glob: true })
    : undefined;
}

/**
 * Whether `imported` is used outside `use` declarations: as a path's first segment or alone,
 * in code or among a macro's tokens (where the macro may well use it). A glob is used when a
 * name it brings in is (`throughGlob`); without that, always.
 */
function isImportUsed(root: SyntaxNode, imported: ImportedName, throughGlob?: GlobNames): boolean {
  const fromGlob = imported.name === '*' ? throughGlob?.(imported) : undefined;
  if (imported.name === '*' && !fromGlob) return true;
  for (const n of root.descendantsOfType(['identifier', 'type_identifier'])) {
    if (fromGlob ? !fromGlob(n) : n.text !== imported.name) continue;
    const p = n.parent;
    if ((p?.type === 'scoped_identifier' || p?.type === 'scoped_type_identifier') && p.childForFieldName('name')?.id === n.id) continue;
    const before = n.previousSibling?.type;
    if (p?.type === 'token_tree' && (before === '::' || before === '.')) continue;
    let inUse = false;
    for (let a = p; a && !inUse; a = a.parent) inUse = a.type === 'use_declaration';
    if (!inUse) return true;
  }
  return false;
}

const key = (i: ImportedName) => `${i.path.join('::')} as ${i.name}`;

/**
 * The imports of a file (`before`) that the same file once a fix is applied (`after`) no
 * longer uses although it did: what rustc would warn `unused_imports` about because of the fix.
 */
export function importsLeftUnused(before: SyntaxNode, after: SyntaxNode, throughGlob?: { before: GlobNames; after: GlobNames }): ImportedName[] {
  const afterImports = new Map(importedNames(after).map((i) => [key(i), i]));
  return importedNames(before).filter((i) => {
    const still = afterImports.get(key(i));
    return still && isImportUsed(before, i, throughGlob?.before) && !isImportUsed(after, still, throughGlob?.after);
  });
}

/** The whole lines a node stands on, when nothing else does: `[start of its line, start of the next)`. */
function ownLines(text: string, n: SyntaxNode, end = n.endIndex): Span | undefined {
  const from = text.lastIndexOf('\n', n.startIndex - 1) + 1;
  const nl = text.indexOf('\n', end);
  const to = nl < 0 ? text.length : nl + 1;
  return text.slice(from, n.startIndex).trim() === '' && text.slice(end, nl < 0 ? undefined : nl).trim() === '' ? { from, to } : undefined;
}

/**
 * The edits that take `names` (of `importedNames`) out of their declarations: a declaration
 * left with nothing goes with its line; an element of a list goes with its comma, and a list
 * left with one element on one line loses its braces.
 */
function removeImports(text: string, names: ImportedName[]): { span: Span; text: string }[] {
  const gone = new Set(names.map((n) => n.node.id));
  const edits: { span: Span; text: string }[] = [];
  /** Whether everything `n` brings in goes; otherwise the edits that remove what goes inside it. */
  const prune = (n: SyntaxNode): boolean => {
    if (gone.has(n.id)) return true;
    const list = n.type === 'scoped_use_list' ? n.childForFieldName('list') : n.type === 'use_list' ? n : null;
    if (!list) return false;
    const elements = list.namedChildren.filter((c) => !c.type.endsWith('comment'));
    const removed = elements.filter(prune);
    if (removed.length === elements.length) return true;
    if (!removed.length) return false;
    const kept = elements.filter((e) => !removed.includes(e));
    const oneLine = !list.text.includes('\n');
    if (oneLine) {
      // The list is written anew: what was taken out of a kept element is taken out of its text.
      const inner = edits.filter((e) => e.span.from >= list.startIndex && e.span.to <= list.endIndex);
      edits.splice(0, edits.length, ...edits.filter((e) => !inner.includes(e)));
      const textOf = (el: SyntaxNode) => inner.filter((e) => e.span.from >= el.startIndex && e.span.to <= el.endIndex)
        .sort((a, b) => b.span.from - a.span.from)
        .reduce((t, e) => t.slice(0, e.span.from - el.startIndex) + e.text + t.slice(e.span.to - el.startIndex), el.text);
      const single = kept.length === 1 && n.type === 'scoped_use_list' && kept[0].type !== 'self' && kept[0].type !== 'use_wildcard';
      edits.push({ span: { from: list.startIndex, to: list.endIndex }, text: single ? textOf(kept[0]) : `{${kept.map(textOf).join(', ')}}` });
    } else {
      for (const e of removed) {
        // rustfmt's vertical list: each element on its own line, with its comma.
        const comma = e.nextSibling?.type === ',' ? e.nextSibling.endIndex : e.endIndex;
        const lines = ownLines(text, e, comma);
        if (lines) edits.push({ span: lines, text: '' });
        else edits.push({ span: { from: e.startIndex, to: e.nextNamedSibling?.startIndex ?? comma }, text: '' });
      }
    }
    return false;
  };
  for (const decl of new Set(names.map((n) => n.decl))) {
    const arg = decl.childForFieldName('argument');
    if (arg && prune(arg)) edits.push({ span: ownLines(text, decl) ?? { from: decl.startIndex, to: decl.endIndex }, text: '' });
  }
  return edits;
}

/**
 * A fix's `edits` of a Rust file, and after them the removal of every import they leave
 * unused. `globNames` reads, for a tree, which names the bindings globs bring in.
 */
export function withUnusedImportsRemoved(text: string, edits: TextEdit[], globNames?: (tree: SyntaxTree) => GlobNames): TextEdit[] {
  const before = parseRust(text);
  const after = parseRust(applyEdits(text, edits));
  const unused = importsLeftUnused(before.rootNode, after.rootNode, globNames && { before: globNames(before), after: globNames(after) });
  return unused.length ? [...edits, ...importRemovalEdits(text, unused)] : edits;
}

/** `removeImports` as text edits. */
function importRemovalEdits(text: string, names: ImportedName[]): TextEdit[] {
  const starts = lineStarts(text);
  return removeImports(text, names).map((e) => ({ range: { start: positionAt(starts, e.span.from), end: positionAt(starts, e.span.to) }, newText: e.text }));
}

