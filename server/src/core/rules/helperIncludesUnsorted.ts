/**
 * helper-includes-unsorted: helpers.c says "Sorted alphabetically." about its `#include "x.c"`
 * lines, sorted as a person sorts (core/includeOrder.ts). Only the lines that moved are
 * reported: the fewest that, moved, sort the list.
 */
import type { Rule } from './rule';
import type { Fix } from '../model';
import { parseHelperIncludes, type HelperInclude } from '../index/helpers';
import { includeOrderOf, linesInPlace, sortedIndices } from '../includeOrder';
import { splitLines } from '../text';
import { HELPERS_C } from '../tree';

function sortFix(ctx: { file: string; text: string; eol: string }, incs: HelperInclude[], sorted: number[]): Fix | undefined {
  // Only a contiguous block of includes can be sorted without moving anything else.
  const first = incs[0].line;
  const last = incs[incs.length - 1].line;
  if (last - first + 1 !== incs.length) return undefined;
  const lines = splitLines(ctx.text);
  return {
    title: 'Sort the #include lines of helpers.c',
    edits: [{
      file: ctx.file,
      edits: [{
        range: { start: { line: first, character: 0 }, end: { line: last, character: lines[last].length } },
        newText: sorted.map((i) => lines[incs[i].line]).join(ctx.eol),
      }],
    }],
  };
}

/** Where a moved include belongs, by its neighbours in the sorted list. */
function placeOf(incs: HelperInclude[], sorted: number[], at: number): string {
  const before = at > 0 ? `"${incs[sorted[at - 1]].name}"` : undefined;
  const after = at + 1 < sorted.length ? `"${incs[sorted[at + 1]].name}"` : undefined;
  if (before && after) return `between ${before} and ${after}`;
  return before ? `after ${before}` : `before ${after}`;
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
    const names = incs.map((inc) => inc.name);
    const order = includeOrderOf(names);
    const inPlace = linesInPlace(names, order);
    if (inPlace.every(Boolean)) return;
    const sorted = sortedIndices(names, order);
    const fix = sortFix(ctx, incs, sorted);
    incs.forEach((inc, i) => {
      if (inPlace[i]) return;
      ctx.report({
        range: inc.range,
        message: `"${inc.name}" is out of order: helpers.c keeps its includes sorted alphabetically, so it belongs ${placeOf(incs, sorted, sorted.indexOf(i))}`,
        fixes: fix ? [fix] : [],
      });
    });
  },
};
