/**
 * One round of the tree-wide fix: which fixes of a check's findings are taken together.
 * Synthetic findings on one text, so each case shows one decision.
 */
import { describe, expect, it } from 'vitest';
import { fixRound } from '../../server/src/core/features/fixAll';
import type { Finding, TextEdit } from '../../server/src/core/model';
import { range } from '../../server/src/core/model';
import type { RuleMeta } from '../../server/src/core/rules/rule';
import { applyEdits } from '../../server/src/core/text';

const FILE = '/tree/drivers/misc/x.rs';
const TEXT = 'let a = b as usize;\nlet c = d as u32;\n';

const meta = (code: string, machineFix: boolean): RuleMeta =>
  ({ code, language: 'rust', defaultSeverity: 'warning', description: '', fixable: true, machineFix });
const RULES = new Map([['mechanical', meta('mechanical', true)], ['personal', meta('personal', false)]]);

/** A finding of `code` whose fix makes `edits` to FILE (or to `file`). */
function finding(code: string, edits: TextEdit[], file = FILE): Finding {
  return { file, range: edits[0].range, code, severity: 'warning', message: code, docs: '', related: [], fixes: [{ title: code, edits: [{ file, edits }] }] };
}

const suggested = (f: Finding): Finding => ({ ...f, fixes: [{ ...f.fixes[0], suggestion: true }] });
const del = (line: number, from: number, to: number): TextEdit => ({ range: range(line, from, line, to), newText: '' });
const ins = (line: number, at: number, text: string): TextEdit => ({ range: range(line, at, line, at), newText: text });

function round(findings: Finding[], only?: string[]) {
  const r = fixRound(findings, {
    rules: RULES, only: only && new Set(only), textOf: (f) => (f === FILE ? TEXT : undefined), mayEdit: (f) => !f.endsWith('_generated.rs'),
  });
  return { fixed: r.fixed.map((f) => f.message), text: r.edits.length ? applyEdits(TEXT, r.edits[0].edits) : TEXT };
}

describe('fixRound', () => {
  it.each([
    ['fixes that do not overlap are taken together', [finding('mechanical', [del(0, 9, 18)]), finding('mechanical', [del(1, 9, 16)])],
      2, 'let a = b;\nlet c = d;\n'],
    ['of two overlapping fixes the first is taken, the second waits for the next round',
      [finding('mechanical', [del(0, 9, 18)]), finding('mechanical', [del(0, 8, 18)])], 1, 'let a = b;\nlet c = d as u32;\n'],
    ['an insert inside or at the end of another edit waits', [finding('mechanical', [del(0, 9, 18)]), finding('mechanical', [ins(0, 18, '!')])],
      1, 'let a = b;\nlet c = d as u32;\n'],
    ['two inserts at one place wait for each other', [finding('mechanical', [ins(0, 0, 'A')]), finding('mechanical', [ins(0, 0, 'B')])],
      1, 'Alet a = b as usize;\nlet c = d as u32;\n'],
    ['one same edit of two fixes (an import both leave unused) is made once, and both are fixed',
      [finding('mechanical', [del(0, 9, 18), del(1, 0, 17)]), finding('mechanical', [ins(0, 0, '// x\n'), del(1, 0, 17)])],
      2, '// x\nlet a = b;\n\n'],
    ['a fix that needs a person is never taken', [finding('personal', [del(0, 9, 18)])], 0, TEXT],
    ['nor a suggestion, a fix of a mechanical rule that changes what the code does',
      [suggested(finding('mechanical', [del(0, 9, 18)]))], 0, TEXT],
    ['a fix of a generated file is never taken, nor one of a file that does not exist',
      [finding('mechanical', [del(0, 0, 1)], '/tree/rust/bindings/bindings_generated.rs'), finding('mechanical', [del(0, 0, 1)], '/tree/gone.rs')], 0, TEXT],
  ] as const)('%s', (_, findings, count, text) => {
    const r = round([...findings]);
    expect([r.fixed.length, r.text]).toEqual([count, text]);
  });

  it('takes a fix as a whole: one edit that clashes keeps all of its edits out', () => {
    const r = round([finding('mechanical', [del(0, 9, 18)]), finding('mechanical', [del(1, 9, 16), del(0, 10, 12)])]);
    expect(r).toEqual({ fixed: ['mechanical'], text: 'let a = b;\nlet c = d as u32;\n' });
  });

  it('--only: only the named rules\' fixes', () => {
    expect(round([finding('mechanical', [del(0, 9, 18)])], ['other']).fixed).toEqual([]);
  });
});
