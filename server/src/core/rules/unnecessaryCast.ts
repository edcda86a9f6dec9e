/**
 * unnecessary-cast: `e as T` where `e` already has type `T` on every arch the tree supports,
 * under its C-type mapping and every config those arches allow (ffi-domain §2.5 and §3). A
 * cast that is a no-op only on some arches or configs is arch-dependent-cast's business; one
 * whose types cannot be known on some arch of the tree (an arch the arch table does not know,
 * a typedef of an arch whose headers the tree lacks) gets no verdict.
 */
import type { Rule } from './rule';
import { castsIn, displayType, mappingName, removeCastFix, snippet, uniform } from './casts';
import { typeToString } from '../types/rustType';
import { nodeRange } from '../parse';
import { treeArchNames } from '../tree';

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
      if (cast.convertsOn.length || cast.unknownOn.length) continue;
      const same = uniform(cast.noOpOn.map((o) => o.target));
      const target = same ? typeToString(same) : displayType(cast.targetType);
      ctx.report({
        range: nodeRange(cast.node),
        message:
          `\`${snippet(cast.value)}\` is already \`${target}\` on every arch of this tree (${treeArchNames(ctx.model).join(', ')}) ` +
          `under ${mappingName(ctx.model.mapping)}, so \`as ${cast.typeNode.text}\` converts nothing`,
        fixes: [removeCastFix(ctx, cast)],
      });
    }
  },
};
