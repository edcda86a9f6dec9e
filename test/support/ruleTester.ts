/**
 * ESLint-style rule tables: `valid` snippets produce nothing for the rule; each `invalid`
 * snippet produces exactly the listed findings, and applying the first fix yields exactly
 * `output` and makes that finding go away.
 */
import { describe, expect, it } from 'vitest';
import type { Rule } from '../../server/src/core/rules/rule';
import { applyEdits, findingsFor, rel, virtualProject, type VirtualTree } from './virtualTree';

/** [startLine, startCol, endLine, endCol], 0-based as in LSP. */
export type Span = [number, number, number, number];

export interface ValidCase {
  name: string;
  tree: VirtualTree;
  file: string;
}

export interface InvalidCase extends ValidCase {
  errors: { span: Span; message: string }[];
  /**
   * Files after applying the first fix of the first finding; omit for rules without a fix,
   * `null` when a fixable rule offers no fix for these findings (judgement needed).
   */
  output?: Record<string, string> | null;
  /**
   * What the rule reports on the first finding's line once the fix is applied (default:
   * nothing). For fixes that take effect only after a rebuild, such as a new C helper.
   */
  afterFix?: { span: Span; message: string }[];
}

export function ruleTable(rule: Rule, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  const code = rule.meta.code;
  describe(code, () => {
    for (const c of cases.valid) {
      it(`valid: ${c.name}`, () => {
        const project = virtualProject(c.tree);
        expect(findingsFor(project, c.file, c.tree.files[c.file], code)).toEqual([]);
      });
    }
    for (const c of cases.invalid) {
      it(`invalid: ${c.name}`, () => {
        const project = virtualProject(c.tree);
        const found = findingsFor(project, c.file, c.tree.files[c.file], code);
        expect(found.map((f) => ({
          span: [f.range.start.line, f.range.start.character, f.range.end.line, f.range.end.character],
          message: f.message,
        }))).toEqual(c.errors);
        if (!c.output) {
          if (c.output === undefined) expect(rule.meta.fixable, 'a fixable rule states the fixed text of every invalid case').toBe(false);
          expect(found.flatMap((f) => f.fixes)).toEqual([]);
          return;
        }
        const fix = found[0].fixes[0];
        expect(fix).toBeDefined();
        const files = { ...c.tree.files };
        for (const fe of fix.edits) files[rel(fe.file)] = fe.create ? fe.edits[0].newText : applyEdits(files[rel(fe.file)], fe.edits);
        const changed = Object.fromEntries(Object.entries(files).filter(([k, v]) => c.tree.files[k] !== v));
        expect(changed).toEqual(c.output);
        const after = virtualProject({ ...c.tree, files });
        const again = findingsFor(after, c.file, files[c.file], code);
        expect(again.filter((f) => f.range.start.line === found[0].range.start.line).map((f) => ({
          span: [f.range.start.line, f.range.start.character, f.range.end.line, f.range.end.character],
          message: f.message,
        }))).toEqual(c.afterFix ?? []);
      });
    }
  });
}
