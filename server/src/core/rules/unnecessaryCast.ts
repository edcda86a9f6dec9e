/**
 * unnecessary-cast: `e as T` where `e` already has type `T` on every arch the tree supports,
 * under its C-type mapping (ffi-domain §2.5 and §3). A cast that is a no-op only on some arches
 * is arch-dependent-cast's business.
 */
import type { Rule } from './rule';
import { castsIn, displayType, mappingName, removeCastFix, snippet, uniform } from './casts';
import { typeToString } from '../types/rustType';
import { nodeRange } from '../parse';

export const unnecessaryCast: Rule = {
  meta: {
    code: 'unnecessary-cast',
    language: 'rust',
    defaultSeverity: 'warning',
    description: 'An `as` cast to the type the value already has on every supported arch.',
    fixable: true,
    machineFix: true,
  },
  check(ctx) {
    for (const cast of castsIn(ctx)) {
      if (cast.convertsOn.length) continue;
      const same = uniform(cast.target);
      const target = same ? typeToString(same) : displayType(cast.targetType);
      ctx.report({
        range: nodeRange(cast.node),
        message:
          `\`${snippet(cast.value)}\` is already \`${target}\` on every arch of this tree (${ctx.model.arches.join(', ')}) ` +
          `under ${mappingName(ctx.model.mapping)}, so \`as ${cast.typeNode.text}\` converts nothing`,
        fixes: [removeCastFix(ctx, cast)],
      });
    }
  },
};
