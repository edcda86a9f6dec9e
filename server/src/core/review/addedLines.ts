/**
 * Which lines a change adds, and the findings on them: a review reports what a patch brings,
 * not what the tree had before it.
 */
import { type StructuredPatch, structuredPatch } from 'diff';
import type { Finding } from '../model';
import { splitLines } from '../text';

/** The 0-based lines of the new text that the hunks add (`+` lines). */
export function addedInHunks(hunks: StructuredPatch['hunks']): Set<number> {
  const added = new Set<number>();
  for (const h of hunks) {
    // 1-based; only a hunk that keeps or adds lines counts from it.
    let line = h.newStart - 1;
    for (const l of h.lines) {
      if (l.startsWith('+')) added.add(line++);
      else if (l.startsWith(' ')) line++;
    }
  }
  return added;
}

/** The 0-based lines of `after` that `before` does not have, by a line diff (Myers, as git's). */
export function addedLines(before: string, after: string): Set<number> {
  if (before === '') return new Set(splitLines(after).map((_, i) => i));
  return addedInHunks(structuredPatch('a', 'b', before, after, undefined, undefined, { context: 0 }).hunks);
}

/** The findings whose range touches an added line of their file. */
export function onAddedLines(findings: readonly Finding[], added: ReadonlyMap<string, ReadonlySet<number>>): Finding[] {
  return findings.filter((f) => {
    const lines = added.get(f.file);
    if (!lines) return false;
    const { start, end } = f.range;
    // A range that ends at the start of a line does not reach into it.
    const last = end.line > start.line && end.character === 0 ? end.line - 1 : end.line;
    for (let l = start.line; l <= last; l++) if (lines.has(l)) return true;
    return false;
  });
}
