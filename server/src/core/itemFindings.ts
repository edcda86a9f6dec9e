/**
 * Re-analysis of only what an edit can change. The Rust rules look at a file one top-level
 * item at a time: an item's findings depend on its own text, on the file's *outline* (its
 * imports, types, consts, statics, attributes and function signatures, which the type
 * resolver reads), and on the project. So the findings of each item are kept, relative to
 * the item's start, keyed by its text; after an edit inside a function body only that
 * function is analysed again, and the others' findings are moved to where the item now is.
 * When the outline, the project or the settings change, everything is analysed again.
 */
import type { Finding, Position } from './model';
import type { SyntaxNode } from './parse';

/** Top-level items whose body nothing outside them reads (the type resolver reads only their names and signatures). */
const OWN_BODY = new Set(['function_item', 'impl_item', 'trait_item', 'mod_item', 'foreign_mod_item']);

/**
 * What every item's findings depend on in the rest of the file: the text of each top-level
 * item, with the bodies of functions, impls, traits, modules and extern blocks left out
 * (and comments, which suppressions read afresh on every analysis).
 */
export function outlineOf(items: readonly SyntaxNode[]): string {
  const parts: string[] = [];
  for (const n of items) {
    if (n.type === 'line_comment' || n.type === 'block_comment') continue;
    const body = OWN_BODY.has(n.type) ? n.childForFieldName('body') : null;
    parts.push(body ? n.text.slice(0, n.text.length - body.text.length) : n.text);
  }
  return parts.join('\0');
}

type Move = (p: Position) => Position;

/** `f` with every position in `file` moved by `move` (positions elsewhere are another file's). */
function moveFinding(f: Finding, move: Move): Finding {
  const range = (r: Finding['range']) => ({ start: move(r.start), end: move(r.end) });
  return {
    ...f,
    range: range(f.range),
    related: f.related.map((r) => (r.file === f.file ? { ...r, range: range(r.range) } : r)),
    fixes: f.fixes.map((fix) => ({
      ...fix,
      edits: fix.edits.map((fe) => (fe.file === f.file ? { ...fe, edits: fe.edits.map((e) => ({ ...e, range: range(e.range) })) } : fe)),
    })),
  };
}

/** Positions relative to an item's start (`line` 0 is the item's first line, where columns count from its start). */
function relativeTo(start: Position): Move {
  return (p) => ({ line: p.line - start.line, character: p.line === start.line ? p.character - start.character : p.character });
}

function absoluteFrom(start: Position): Move {
  return (p) => ({ line: p.line + start.line, character: p.line === 0 ? p.character + start.character : p.character });
}

export class ItemFindings {
  private context: { project: unknown; settings: string; outline: string } | undefined;
  private byText = new Map<string, Finding[]>();

  /**
   * The findings of `items` (the file's top-level nodes, in order) before suppression: those
   * of items seen unchanged since the last call are reused, `analyse` computes the others.
   * `project` and `settings` stand for everything outside the file the findings depend on.
   */
  findings(project: unknown, settings: string, items: readonly SyntaxNode[], analyse: (item: SyntaxNode) => Finding[]): Finding[] {
    const outline = outlineOf(items);
    const c = this.context;
    if (!c || c.project !== project || c.settings !== settings || c.outline !== outline) {
      this.context = { project, settings, outline };
      this.byText.clear();
    }
    const next = new Map<string, Finding[]>();
    const out: Finding[] = [];
    for (const item of items) {
      const text = item.text;
      const start = { line: item.startPosition.row, character: item.startPosition.column };
      let relative = next.get(text) ?? this.byText.get(text);
      if (!relative) {
        const toRelative = relativeTo(start);
        relative = analyse(item).map((f) => moveFinding(f, toRelative));
      }
      next.set(text, relative);
      const toAbsolute = absoluteFrom(start);
      for (const f of relative) out.push(moveFinding(f, toAbsolute));
    }
    this.byText = next;
    return out;
  }
}
