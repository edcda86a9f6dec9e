/**
 * missing-rust-helper: a helper without `__rust_helper` in a tree that defines the macro is
 * never inlined into its Rust callers (CONFIG_RUST_INLINE_HELPERS; ffi-domain §4).
 */
import type { Rule } from './rule';
import { isHelperFile } from '../tree';
import { helpersInFile } from './helperFile';

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
    for (const h of helpersInFile(ctx)) {
      if (h.hasRustHelper) continue;
      const at = h.definitionRange.start;
      ctx.report({
        range: h.nameRange,
        message:
          `\`${h.name}\` lacks \`__rust_helper\`: this tree defines it, and without it the helper is not ` +
          `inlined into Rust callers under CONFIG_RUST_INLINE_HELPERS, so every \`bindings::${h.rustName}\` ` +
          'call stays a real function call',
        fixes: [{
          title: `Add \`__rust_helper\` to \`${h.name}\``,
          edits: [{ file: ctx.file, edits: [{ range: { start: at, end: at }, newText: '__rust_helper ' }] }],
        }],
      });
    }
  },
};
