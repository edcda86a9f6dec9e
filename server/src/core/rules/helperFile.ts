/** The helpers defined in the file a C rule is looking at, read from the rule's own syntax tree. */
import { type Helper, indexHelperFile } from '../index/helpers';
import type { RuleContext } from './rule';

const cache = new WeakMap<RuleContext['tree'], Helper[]>();

export function helpersInFile(ctx: RuleContext): Helper[] {
  let helpers = cache.get(ctx.tree);
  if (!helpers) {
    helpers = indexHelperFile(ctx.file, ctx.text, ctx.tree).helpers;
    cache.set(ctx.tree, helpers);
  }
  return helpers;
}
