/** helper-includes-unsorted: helpers.c says "Sorted alphabetically." about its `#include "x.c"` lines. */
import type { Rule } from './rule';
import type { Fix } from '../model';
import { parseHelperIncludes, type HelperInclude } from '../index/helpers';
import { splitLines, eolOf } from '../text';
import { HELPERS_C } from '../tree';

function sortFix(ctx: { file: string; text: string }, incs: HelperInclude[]): Fix | undefined {
  // Only a contiguous block of includes can be sorted without moving anything else.
  const first = incs[0].line;
  const last = incs[incs.length - 1].line;
  if (last - first + 1 !== incs.length) return undefined;
  const lines = splitLines(ctx.text);
  const sorted = incs.map((inc) => lines[inc.line]).sort((a, b) => {
    const na = /"([^"]+)"/.exec(a)![1];
    const nb = /"([^"]+)"/.exec(b)![1];
    return na < nb ? -1 : na > nb ? 1 : 0;
  });
  const eol = eolOf(ctx.text);
  return {
    title: 'Sort the #include lines of helpers.c',
    edits: [{
      file: ctx.file,
      edits: [{
        range: { start: { line: first, character: 0 }, end: { line: last, character: lines[last].length } },
        newText: sorted.join(eol),
      }],
    }],
  };
}

export const helperIncludesUnsorted: Rule = {
  meta: {
    code: 'helper-includes-unsorted',
    language: 'c',
    defaultSeverity: 'warning',
    description: 'The #include lines of rust/helpers/helpers.c are not sorted alphabetically.',
    fixable: true,
    machineFix: true,
  },
  check(ctx) {
    if (ctx.model.helperLayout !== 'split' || ctx.rel !== HELPERS_C) return;
    const incs = parseHelperIncludes(ctx.text);
    let fix: Fix | undefined;
    for (let i = 1; i < incs.length; i++) {
      const prev = incs[i - 1];
      const cur = incs[i];
      if (cur.name >= prev.name) continue;
      // Its successor in sorted order, which is where the fix puts it.
      const before = incs.filter((inc) => inc.name > cur.name).reduce((a, b) => (b.name < a.name ? b : a));
      fix ??= sortFix(ctx, incs);
      ctx.report({
        range: cur.range,
        message: `"${cur.name}" is out of order: helpers.c keeps its includes sorted alphabetically, so it belongs before "${before.name}"`,
        fixes: fix ? [fix] : [],
      });
    }
  },
};
