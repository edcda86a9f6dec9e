/**
 * arch-dependent-cast: `e as T` that is a no-op on some arches of the tree and a conversion on
 * others (ffi-domain §3, §5.2). Such a cast must stay; the finding tells authors why clippy's
 * `unnecessary_cast`, which judges only the host arch, is wrong about it.
 */
import type { Arch } from '../archTable';
import type { Rule } from './rule';
import { castsIn, displayType, type Cast, uniform } from './casts';
import { nodeRange } from '../parse';
import { typeToString } from '../types/rustType';

/** "arm (`core::ffi::c_ulong` is `u32` there)", grouped by what the varying side is. */
function whyConverts(cast: Cast): string {
  const targetVaries = !uniform(cast.target) && uniform(cast.source) !== undefined;
  const [named, per] = targetVaries ? [cast.targetType, cast.target] : [cast.sourceType, cast.source];
  const groups = new Map<string, Arch[]>();
  for (const a of cast.convertsOn) {
    const t = typeToString(per.get(a)!);
    groups.set(t, [...(groups.get(t) ?? []), a]);
  }
  return [...groups].map(([t, arches]) => `${arches.join(', ')} (\`${displayType(named)}\` is \`${t}\` there)`).join('; ');
}

export const archDependentCast: Rule = {
  meta: {
    code: 'arch-dependent-cast',
    language: 'rust',
    defaultSeverity: 'information',
    description: 'An `as` cast that is a no-op on some supported arches and a conversion on others.',
    fixable: false,
    machineFix: false,
  },
  check(ctx) {
    for (const cast of castsIn(ctx)) {
      if (!cast.noOpOn.length || !cast.convertsOn.length) continue;
      ctx.report({
        range: nodeRange(cast.node),
        message:
          `\`as ${cast.typeNode.text}\` is a no-op on ${cast.noOpOn.join(', ')}; converts on ${whyConverts(cast)}: ` +
          'keep it, although clippy::unnecessary_cast on a host of the first kind calls it unnecessary',
      });
    }
  },
};
