/**
 * arch-dependent-cast: `e as T` that is a no-op on some arches (or configs) of the tree and a
 * conversion on others (ffi-domain §3, §5.2): a `c_*` type of the core::ffi mapping, or a
 * typedef whose width a Kconfig symbol or an arch header decides (`phys_addr_t`, `cycles_t`).
 * Such a cast must stay; the finding tells authors why clippy's `unnecessary_cast`, which
 * judges only the host arch and its config, is wrong about it.
 */
import type { Rule } from './rule';
import { castsIn, type CastOn, displayType, labels, uniform, type Cast } from './casts';
import { nodeRange } from '../parse';
import { typeToString } from '../types/rustType';
import type { TypedefDecision } from '../types/perArch';
import { headerArch } from '../index/headers';

/** What decided a typedef on these arches: its config symbols, or the arches' own headers. */
function decidedBy(decisions: TypedefDecision[][]): string {
  const said = new Set(decisions.map((ds) => ds.flatMap((d) => d.decisive.map(([s, set]) => `${set ? 'with' : 'without'} \`${s}\``)).join(', ')));
  if (said.size === 1 && [...said][0]) return `, ${[...said][0]}`;
  const headers = new Set(decisions.flatMap((ds) => ds.filter((d) => headerArch(d.decl.path)).map((d) => d.decl.path)));
  if (!headers.size) return '';
  return headers.size === 1 ? `, as ${[...headers][0]} defines it` : ', as each arch\'s own header defines it';
}

/** "arm (`core::ffi::c_ulong` is `u32` there)", grouped by what the varying side is. */
function whyConverts(cast: Cast): string {
  const known = [...cast.noOpOn, ...cast.convertsOn];
  const targetVaries = !uniform(known.map((o) => o.target)) && uniform(known.map((o) => o.source)) !== undefined;
  const named = targetVaries ? cast.targetType : cast.sourceType;
  const side = (o: CastOn) => (targetVaries ? o.target : o.source);
  const groups = new Map<string, CastOn[]>();
  for (const o of cast.convertsOn) {
    const t = typeToString(side(o));
    groups.set(t, [...(groups.get(t) ?? []), o]);
  }
  return [...groups].map(([t, on]) => {
    const because = decidedBy(on.map((o) => (targetVaries ? o.targetDecisions : o.sourceDecisions)));
    return `${labels(on)} (\`${displayType(named)}\` is \`${t}\` there${because})`;
  }).join('; ');
}

export const archDependentCast: Rule = {
  meta: {
    code: 'arch-dependent-cast',
    language: 'rust',
    defaultSeverity: 'information',
    description: 'An `as` cast that is a no-op on some supported arches (or configs) and a conversion on others.',
    fixable: false,
    machineFix: false,
  },
  check(ctx) {
    for (const cast of castsIn(ctx)) {
      if (!cast.noOpOn.length || !cast.convertsOn.length) continue;
      const unknown = cast.unknownOn.length ? `; not known on ${labels(cast.unknownOn)}` : '';
      ctx.report({
        range: nodeRange(cast.node),
        message:
          `\`as ${cast.typeNode.text}\` is a no-op on ${labels(cast.noOpOn)}; converts on ${whyConverts(cast)}${unknown}: ` +
          'keep it, although clippy::unnecessary_cast on a host of the first kind calls it unnecessary',
      });
    }
  },
};
