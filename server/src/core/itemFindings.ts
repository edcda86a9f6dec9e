/**
 * Re-analysis of only what an edit can change. The Rust rules look at a file one *unit* at a
 * time: a top-level item with the attributes directly above it or, inside a top-level `impl`
 * or `trait`, one member with its attributes (the impl's header being a unit of its own).
 * A unit's findings depend on its own text, on the header of the impl it sits in, on the
 * file's *outline* (imports, types, attributes, function signatures and the declared types
 * of consts and statics: what the type resolver reads), and on the project. So the findings
 * of each unit are kept, relative to the unit's start and keyed by its text; after an edit
 * inside a function body or a const's value only that unit is analysed again, and the others'
 * findings move to where their unit now is. Fixes are moved without being computed (their
 * edits may be computed on first read, `lazyFix`); a rule's fixes edit its file only inside
 * the top-level item of the finding (rule.ts), so the findings of an impl member are kept
 * only when they carry no fix, or also in its `use` declarations when they say so
 * (`editsImports`), and those findings are never kept. When the outline, the project or the
 * settings change, everything is analysed again; and when the header lookup completes, if
 * some findings kept read one of its provisional answers.
 */
import { type Finding, type Position, lazyFix } from './model';
import type { SyntaxNode } from './parse';

/**
 * The part of an item that nothing outside it reads: the type resolver reads only the names
 * and signatures of functions (those of impls and inline modules too: method results, `m::X`),
 * and the declared types of consts and statics.
 */
const OWN_PART: Record<string, string> = { function_item: 'body', const_item: 'value', static_item: 'value' };

/** Items that hold items: their outline is their members' outlines. */
const NESTING = new Set(['impl_item', 'trait_item', 'mod_item', 'foreign_mod_item']);

/** Members of these top-level items are units of their own. */
const SPLIT = new Set(['impl_item', 'trait_item']);

/**
 * What every unit's findings depend on in the rest of the file: the text of each item without
 * its own part, and without comments (suppressions are read afresh on every analysis). Spaces
 * and tabs only separate tokens there: re-indenting a struct changes no type.
 */
export function outlineOf(items: readonly SyntaxNode[], nested = false): string {
  const parts: string[] = [];
  for (const n of items) {
    // The attributes of a member (`#[inline]`) change no type: only that member is analysed again.
    if (n.type === 'line_comment' || n.type === 'block_comment' || (nested && n.type === 'attribute_item')) continue;
    const body = NESTING.has(n.type) ? n.childForFieldName('body') : null;
    const own = body ?? (OWN_PART[n.type] ? n.childForFieldName(OWN_PART[n.type]) : null);
    const text = n.text;
    const inner = body ? `{${outlineOf(body.namedChildren, true)}}` : '';
    parts.push(own ? text.slice(0, own.startIndex - n.startIndex) + inner + text.slice(own.endIndex - n.startIndex) : text);
  }
  return parts.join('\0').replace(/[ \t]+(?=\r|\n|$)/g, '').replace(/[ \t]+/g, ' ');
}

interface Unit {
  nodes: SyntaxNode[];
  /** The unit's text and, for a member, the header of its impl. */
  key: string;
  member: boolean;
}

/** Sibling `nodes` as units, each with the attribute items directly above it; `header` is the enclosing impl's. */
function unitsOf(nodes: readonly SyntaxNode[], header: string, out: Unit[]): Unit[] {
  const unit = (us: SyntaxNode[], head = header): Unit => ({ nodes: us, key: [head, ...us.map((u) => u.text)].join('\0'), member: !!header });
  let attrs: SyntaxNode[] = [];
  for (const n of nodes) {
    if (n.type === 'attribute_item') {
      attrs.push(n);
      continue;
    }
    const body = SPLIT.has(n.type) && !header ? n.childForFieldName('body') : null;
    if (body) {
      const headerText = n.text.slice(0, body.startIndex - n.startIndex);
      out.push(unit([...attrs, ...n.namedChildren.filter((c) => c.id !== body.id)], `\u0001${headerText}`));
      unitsOf(body.namedChildren, headerText, out);
    } else {
      out.push(unit([...attrs, n]));
    }
    attrs = [];
  }
  if (attrs.length) out.push(unit(attrs));
  return out;
}

type Move = (p: Position) => Position;

/** The positions of `f` in its own file, fixes aside (positions elsewhere are another file's). */
function positionsOf(f: Finding): Position[] {
  return [f.range, ...f.related.filter((r) => r.file === f.file).map((r) => r.range)].flatMap((r) => [r.start, r.end]);
}

/** `f` with its positions in its own file moved by `move`; fix edits are moved when first read. */
function moveFinding(f: Finding, move: Move): Finding {
  const range = (r: Finding['range']) => ({ start: move(r.start), end: move(r.end) });
  return {
    ...f,
    range: range(f.range),
    related: f.related.map((r) => (r.file === f.file ? { ...r, range: range(r.range) } : r)),
    fixes: f.fixes.map((fix) => lazyFix(fix.title, () => fix.edits.map((fe) => (fe.file === f.file
      ? { ...fe, edits: fe.edits.map((e) => ({ ...e, range: range(e.range) })) }
      : fe)), { preferred: fix.preferred, editsImports: fix.editsImports })),
  };
}

/** Positions relative to a unit's start (`line` 0 is the unit's first line, where columns count from its start). */
function relativeTo(start: Position): Move {
  return (p) => ({ line: p.line - start.line, character: p.line === start.line ? p.character - start.character : p.character });
}

function absoluteFrom(start: Position): Move {
  return (p) => ({ line: p.line + start.line, character: p.line === 0 ? p.character + start.character : p.character });
}

function before(a: Position, b: Position): boolean {
  return a.line < b.line || (a.line === b.line && a.character <= b.character);
}

/**
 * What the findings may read that is still being completed in the background (the header
 * lookup, while it reads the headers outside the include closure): `complete` once it is, and
 * a count that moves whenever an answer given before then may differ afterwards.
 */
export interface Provisional {
  readonly complete: boolean;
  readonly provisional: number;
}

export class ItemFindings {
  /** `provisional`: whether some kept findings read an answer that may change once `complete`. */
  private context: { project: unknown; settings: string; outline: string; complete: boolean; provisional: boolean } | undefined;
  private byKey = new Map<string, Finding[]>();

  /**
   * The findings of `items` (the file's top-level nodes, in order) before suppression: those
   * of units seen unchanged since the last call are reused, `analyse` computes the others.
   * `project` and `settings` stand for everything outside the file the findings depend on,
   * but what `partial` completes: once it has, only findings that read a provisional answer
   * are computed again (all of them, as any unit may have read it).
   */
  findings(project: unknown, settings: string, items: readonly SyntaxNode[], analyse: (nodes: readonly SyntaxNode[]) => Finding[], partial?: Provisional): Finding[] {
    const outline = outlineOf(items);
    const complete = partial?.complete ?? true;
    const c = this.context;
    if (!c || c.project !== project || c.settings !== settings || c.outline !== outline || (c.provisional && c.complete !== complete)) {
      this.context = { project, settings, outline, complete, provisional: false };
      this.byKey.clear();
    }
    this.context!.complete = complete;
    const next = new Map<string, Finding[]>();
    const out: Finding[] = [];
    const missed: (Unit & { start: Position; end: Position; found: Finding[] })[] = [];
    for (const unit of unitsOf(items, '', [])) {
      if (!unit.nodes.length) continue;
      const first = unit.nodes[0].startPosition;
      const last = unit.nodes[unit.nodes.length - 1].endPosition;
      const start = { line: first.row, character: first.column };
      const kept = next.get(unit.key) ?? this.byKey.get(unit.key);
      if (kept) {
        next.set(unit.key, kept);
        out.push(...kept.map((f) => moveFinding(f, absoluteFrom(start))));
      } else {
        missed.push({ ...unit, start, end: { line: last.row, character: last.column }, found: [] });
      }
    }
    // Units not seen again are forgotten.
    this.byKey = next;
    if (!missed.length) return out;
    // The units to analyse in one pass (a first analysis: all of them), their findings then told apart by position.
    const provisional = partial?.provisional;
    const found = analyse(missed.flatMap((u) => u.nodes));
    if (partial && partial.provisional !== provisional) this.context!.provisional = true;
    for (const f of found) {
      const unit = missed.find((u) => before(u.start, f.range.start) && before(f.range.start, u.end));
      (unit?.found ?? out).push(f);
    }
    for (const { key, member, start, end, found } of missed) {
      out.push(...found);
      if (found.every((f) => (!member || !f.fixes.length) && !f.fixes.some((x) => x.editsImports) && positionsOf(f).every((p) => before(start, p) && before(p, end)))) {
        next.set(key, found.map((f) => moveFinding(f, relativeTo(start))));
      }
    }
    return out;
  }
}
