/**
 * helper-misnamed: `rust_helper_X` is what Rust calls `bindings::X` (the sed in rust/Makefile
 * strips the prefix), so a helper whose body forwards to some other `Y` gives Rust `Y` under
 * `X`'s name. Only a body that is one forwarding call is judged.
 */
import type { Rule } from './rule';
import { isHelperFile } from '../tree';
import { helpersInFile } from './helperFile';

export const helperMisnamed: Rule = {
  meta: {
    code: 'helper-misnamed',
    language: 'c',
    defaultSeverity: 'warning',
    description: '`rust_helper_X` forwards to a function other than `X`.',
    fixable: false,
    machineFix: false,
  },
  check(ctx) {
    if (!isHelperFile(ctx.model, ctx.file)) return;
    for (const h of helpersInFile(ctx)) {
      if (!h.forwardsTo || h.forwardsTo === h.rustName) continue;
      ctx.report({
        range: h.nameRange,
        message:
          `\`${h.name}\` forwards to \`${h.forwardsTo}\`, not \`${h.rustName}\`: Rust calls it as ` +
          `\`bindings::${h.rustName}\` and gets \`${h.forwardsTo}\`; rename it \`rust_helper_${h.forwardsTo}\` ` +
          `or make it call \`${h.rustName}\``,
        related: h.forwardsToRange ? [{ file: ctx.file, range: h.forwardsToRange, message: `the call to \`${h.forwardsTo}\`` }] : [],
      });
    }
  },
};
