/**
 * One round of the tree-wide fix (`rfl-ffi fix`): from the findings of a check and the texts
 * of the files, the fixes that can be applied together. A fix runs only when its rule says
 * its fixes are mechanical (`machineFix`) and it is no `suggestion`. A fix is all or nothing;
 * one that would overlap an edit already taken waits for the next round, when the check has
 * seen the first one's result.
 */
import type { FileEdit, Finding, TextEdit } from '../model';
import type { RuleMeta } from '../rules/rule';
import { lineStarts, offsetAt } from '../text';

export interface FixRoundOptions {
  /** The rules' metadata by code. */
  rules: ReadonlyMap<string, RuleMeta>;
  /** Only these codes' fixes (all machine-applicable ones when absent). */
  only?: ReadonlySet<string>;
  /** The current text of an existing file, undefined for a file that does not exist. */
  textOf(file: string): string | undefined;
  /** Whether a fix may change this file (never a generated file, never outside the tree). */
  mayEdit(file: string): boolean;
}

export interface FixRound {
  /** The findings whose fix the round applies, in the order given. */
  fixed: Finding[];
  /** Per file, its edits: none overlaps another, inserts at one place in the order of their findings. */
  edits: FileEdit[];
}

interface Span {
  from: number;
  to: number;
  edit: TextEdit;
}

/** Two edits clash when they overlap, or one inserts inside or at an end of the other. */
function clash(a: Span, b: Span): boolean {
  if (a.from === a.to || b.from === b.to) return Math.max(a.from, b.from) <= Math.min(a.to, b.to);
  return a.from < b.to && b.from < a.to;
}

function same(a: Span, b: Span): boolean {
  return a.from === b.from && a.to === b.to && a.edit.newText === b.edit.newText;
}

function machineFixable(finding: Finding, options: Pick<FixRoundOptions, 'rules' | 'only'>): boolean {
  return finding.fixes.length > 0 && !finding.fixes[0].suggestion && options.rules.get(finding.code)?.machineFix === true
    && (!options.only || options.only.has(finding.code));
}

export function fixRound(findings: readonly Finding[], options: FixRoundOptions): FixRound {
  const taken = new Map<string, Span[]>();
  const starts = new Map<string, number[]>();
  const fixed: Finding[] = [];
  for (const finding of findings) {
    if (!machineFixable(finding, options)) continue;
    // The preferred fix, as the editor marks it.
    const fix = finding.fixes[0];
    const planned = new Map<string, Span[]>();
    const fits = fix.edits.every((fe) => {
      const text = options.textOf(fe.file);
      if (fe.create || text === undefined || !options.mayEdit(fe.file)) return false;
      let ls = starts.get(fe.file);
      if (!ls) starts.set(fe.file, (ls = lineStarts(text)));
      const before = taken.get(fe.file) ?? [];
      const spans = planned.get(fe.file) ?? [];
      for (const edit of fe.edits) {
        const span = { from: offsetAt(ls, text, edit.range.start), to: offsetAt(ls, text, edit.range.end), edit };
        // Two findings whose fixes make one same edit (an import both leave unused) share it.
        if (before.some((b) => same(b, span))) continue;
        if (before.some((b) => clash(b, span))) return false;
        spans.push(span);
      }
      planned.set(fe.file, spans);
      return true;
    });
    if (!fits) continue;
    for (const [file, spans] of planned) taken.set(file, [...(taken.get(file) ?? []), ...spans]);
    fixed.push(finding);
  }
  const edits = [...taken].map(([file, spans]) => ({
    file,
    // Stable: inserts at one offset keep the order of their findings.
    edits: [...spans].sort((a, b) => a.from - b.from).map((s) => s.edit),
  }));
  return { fixed, edits };
}
