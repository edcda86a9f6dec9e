/**
 * missing-rust-helper: a helper without `__rust_helper` in a tree that defines the macro is
 * never inlined into its Rust callers (CONFIG_RUST_INLINE_HELPERS; ffi-domain §4).
 */
import type { Rule, RuleContext } from './rule';
import type { Fix, TextEdit } from '../model';
import { type Helper, marksOwnLine } from '../index/helpers';
import { isHelperFile } from '../tree';
import { helpersInFile } from './helperFile';
import { displayColumns, kernelIndent, lineStarts, positionAt, splitLines } from '../text';

const MARK = '__rust_helper';

/**
 * Parameter lines aligned after the `(` on the name's line, realigned to where the `(` moves
 * once `__rust_helper ` is inserted before it, in tabs then spaces.
 */
function realignParams(ctx: RuleContext, h: Helper, lines: string[]): TextEdit[] {
  const nameLine = h.nameRange.start.line;
  const paren = lines[nameLine].indexOf('(', h.nameRange.end.character);
  if (paren < 0) return [];
  const starts = lineStarts(ctx.text);
  let depth = 0;
  let close = -1;
  for (let i = starts[nameLine] + paren; i < ctx.text.length && close < 0; i++) {
    if (ctx.text[i] === '(') depth++;
    else if (ctx.text[i] === ')' && --depth === 0) close = i;
  }
  if (close < 0) return [];
  const aligned = displayColumns(lines[nameLine].slice(0, paren)) + 1;
  const indent = kernelIndent(aligned + MARK.length + 1);
  const edits: TextEdit[] = [];
  for (let line = nameLine + 1; line <= positionAt(starts, close).line; line++) {
    const ws = /^[ \t]*/.exec(lines[line])![0];
    if (ws.length === lines[line].length || displayColumns(ws) !== aligned) continue;
    edits.push({ range: { start: { line, character: 0 }, end: { line, character: ws.length } }, newText: indent });
  }
  return edits;
}

function addMark(ctx: RuleContext, h: Helper, lines: string[], ownLine: boolean): Fix {
  const at = h.definitionRange.start;
  const edits: TextEdit[] = ownLine && at.character === 0
    ? [{ range: { start: at, end: at }, newText: MARK + ctx.eol }]
    : [
      { range: { start: at, end: at }, newText: `${MARK} ` },
      ...(h.nameRange.start.line === at.line ? realignParams(ctx, h, lines) : []),
    ];
  return { title: `Add \`${MARK}\` to \`${h.name}\``, edits: [{ file: ctx.file, edits }] };
}

export const missingRustHelper: Rule = {
  meta: {
    code: 'missing-rust-helper',
    language: 'c',
    defaultSeverity: 'warning',
    description: 'A C helper lacks `__rust_helper`, so it cannot be inlined into Rust.',
    fixable: true,
    machineFix: true,
  },
  check(ctx) {
    if (!ctx.model.rustHelperDefined || !isHelperFile(ctx.model, ctx.file)) return;
    const helpers = helpersInFile(ctx);
    if (helpers.every((h) => h.hasRustHelper)) return;
    const lines = splitLines(ctx.text);
    const ownLine = marksOwnLine(helpers);
    for (const h of helpers) {
      if (h.hasRustHelper) continue;
      ctx.report({
        range: h.nameRange,
        message:
          `\`${h.name}\` lacks \`__rust_helper\`: this tree defines it, and without it the helper is not ` +
          `inlined into Rust callers under CONFIG_RUST_INLINE_HELPERS, so every \`bindings::${h.rustName}\` ` +
          'call stays a real function call',
        fixes: [addMark(ctx, h, lines, ownLine)],
      });
    }
  },
};
