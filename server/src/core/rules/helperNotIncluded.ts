/**
 * helper-not-included: `rust/helpers/helpers.c` is the only helper file Kbuild compiles; the
 * others exist through its `#include "x.c"` lines, so a file it does not include never builds
 * and its helpers never link (ffi-domain §4).
 */
import * as path from 'node:path';
import type { Rule } from './rule';
import { isHelperFile } from '../tree';
import { isIncludedByMain } from '../index/helpers';
import { insertHelperInclude } from './helperEdits';
import { eolOf } from '../text';

export const helperNotIncluded: Rule = {
  meta: {
    code: 'helper-not-included',
    language: 'c',
    defaultSeverity: 'warning',
    description: 'A file in rust/helpers/ that helpers.c does not #include, so it is never compiled.',
    fixable: true,
    machineFix: true,
  },
  check(ctx) {
    const helpers = ctx.index.helpers;
    if (ctx.model.helperLayout !== 'split' || !isHelperFile(ctx.model, ctx.file)) return;
    if (ctx.file === helpers.mainFile || isIncludedByMain(helpers, ctx.file)) return;
    const base = path.basename(ctx.file);
    const firstLine = ctx.text.split(/\r\n|\r|\n/, 1)[0];
    const edit = insertHelperInclude(helpers, base, eolOf(ctx.text));
    ctx.report({
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: firstLine.length } },
      message:
        `rust/helpers/helpers.c does not \`#include "${base}"\`: Kbuild compiles only helpers.c, so this file ` +
        'is never built and Rust calls to its helpers fail to link',
      fixes: edit ? [{ title: `Add \`#include "${base}"\` to rust/helpers/helpers.c`, edits: [edit] }] : [],
    });
  },
};
