/**
 * missing-binding: `bindings::X` that none of the generated bindings files has. rustc will
 * refuse it; this says why in kernel terms, from the C headers: `X` is a `static inline`
 * function or a function-like macro (no symbol: it needs a C helper, which we generate), or
 * an extern function in a header bindings_helper.h does not include, or nothing at all. The
 * generated files reflect one config, so every message speaks of "this build's bindings".
 */
import type { Rule, RuleContext } from './rule';
import type { Fix, Range } from '../model';
import { descendantsOf, nodeRange, type SyntaxNode } from '../parse';
import { crateOf, BINDINGS_HELPER_H, relativeToTree } from '../tree';
import { type HeaderDecl } from '../index/headers';
import { HELPER_PREFIX } from '../index/helpers';
import { bindingsGenerated } from '../index/index';
import { typeFromNode } from '../types/rustType';
import { type CallSiteTypes, cTypeOf, generateHelper, wrappableDecl } from '../features/generateHelper';
import { insertSortedInclude } from './helperEdits';

/** Paths through which Rust code names the bindings crate. */
const BINDINGS_PATHS = new Set(['bindings', 'kernel::bindings', '::kernel::bindings', 'crate::bindings', '::bindings']);

function where(ctx: RuleContext, d: HeaderDecl): string {
  return `${relativeToTree(ctx.model, d.file)}:${d.range.start.line + 1}`;
}

/** C types of a macro's arguments as the Rust call site shows them (`x as T`, `bindings::CONST`). */
function callSiteTypes(ctx: RuleContext, pathNode: SyntaxNode): CallSiteTypes | undefined {
  const call = pathNode.parent;
  if (call?.type !== 'call_expression' || call.childForFieldName('function')?.id !== pathNode.id) return undefined;
  const args = call.childForFieldName('arguments')?.namedChildren.filter((a) => a.type !== 'line_comment' && a.type !== 'block_comment') ?? [];
  const { model, index } = ctx;
  return {
    args: args.map((a) => {
      let type;
      if (a.type === 'type_cast_expression') {
        const t = a.childForFieldName('type');
        type = t ? typeFromNode(t) : undefined;
      } else if (a.type === 'scoped_identifier' && BINDINGS_PATHS.has(a.childForFieldName('path')?.text ?? '')) {
        type = index.bindings.consts.get(a.childForFieldName('name')?.text ?? '')?.type;
      }
      return type ? cTypeOf(type, index.bindings, model) : undefined;
    }),
  };
}

/** Adds `#include <header>` to bindings_helper.h in sorted position. */
function includeFix(ctx: RuleContext, include: string): Fix[] {
  const bh = ctx.index.bindingsHelper;
  const edit = bh && insertSortedInclude(bh.file, bh.includes, include, true, bh.eol);
  return edit ? [{ title: `Add \`#include <${include}>\` to ${BINDINGS_HELPER_H}`, edits: [edit] }] : [];
}

function diagnose(ctx: RuleContext, name: string, pathNode: SyntaxNode): { message: string; fixes: Fix[] } {
  const missing = `\`bindings::${name}\` is not in this build's bindings`;
  const helper = ctx.index.helpers.byRustName.get(name);
  if (helper) {
    return {
      message: `${missing}: \`${helper.name}\` in ${relativeToTree(ctx.model, helper.file)} wraps it, but the generated ` +
        'rust/bindings/bindings_helpers_generated.rs predates it; rebuild (make LLVM=1) to regenerate the bindings',
      fixes: [],
    };
  }
  const decls = ctx.index.headers.find(name);
  const wrappable = wrappableDecl(decls);
  if (wrappable) {
    const what = wrappable.kind === 'macro' ? 'a function-like macro' : 'a `static inline` function';
    // The fix's edits are computed when it is applied; only its title and file are decided here.
    const generated = generateHelper(ctx.model, ctx.index, wrappable, wrappable.kind === 'macro' ? callSiteTypes(ctx, pathNode) : undefined);
    const unfinished = !generated.ok && ctx.index.helpers.unfinished.has(name) ? `; ${generated.reason}` : '';
    return {
      message: `${missing}: \`${name}\` is ${what} (${where(ctx, wrappable)}), which has no symbol for Rust to link to; ` +
        `it needs a C helper \`${HELPER_PREFIX}${name}\` in rust/helpers/${unfinished}`,
      fixes: generated.ok ? [generated.fix] : [],
    };
  }
  const externs = decls.filter((d) => d.kind === 'extern');
  const unreachable = externs.find((d) => !d.reachable);
  if (externs.length && !externs.some((d) => d.reachable)) {
    return {
      message: `${missing}: \`${name}\` is declared in ${where(ctx, unreachable!)}, a header that ` +
        `${BINDINGS_HELPER_H} does not include, so bindgen never sees it`,
      fixes: includeFix(ctx, unreachable!.includeVia),
    };
  }
  if (externs.length) {
    return {
      message: `${missing}: \`${name}\` is declared in ${where(ctx, externs[0])}, which ${BINDINGS_HELPER_H} ` +
        'includes: the bindings predate that include (rebuild with make LLVM=1), or this config leaves the declaration ' +
        'out (an `#ifdef` around it)',
      fixes: [],
    };
  }
  if (!ctx.index.headers.complete) {
    return {
      message: `${missing}, and no C header that ${BINDINGS_HELPER_H} or the helpers include declares \`${name}\` as a ` +
        'function or macro (the other headers are still being read)',
      fixes: [],
    };
  }
  return {
    message: `${missing}, and no C header on the include paths declares \`${name}\` as a function or macro`,
    fixes: [],
  };
}

export const missingBinding: Rule = {
  meta: {
    code: 'missing-binding',
    language: 'rust',
    defaultSeverity: 'error',
    description: '`bindings::X` that the generated bindings do not have: an inline function or macro needing a C helper, a header not included, or no such C API.',
    fixable: true,
    machineFix: false,
  },
  check(ctx) {
    // Only bindgen's output proves a name absent: without it every name would be missing (the host
    // says once why), and the headers-only model leaves unknown what it cannot derive for certain.
    if (!bindingsGenerated(ctx.model, ctx.index)) return;
    const crate = crateOf(ctx.model, ctx.file).kind;
    if (crate === 'bindings' || crate === 'uapi' || ctx.types.shadowsBindingsCrate()) return;
    // A path under `bindings::X` is never itself `bindings::Y`, so no match hides another.
    for (const n of descendantsOf(ctx.nodes, ['scoped_identifier', 'scoped_type_identifier'], ['use_declaration', 'macro_definition'])) {
      const p = n.childForFieldName('path');
      const nameNode = n.childForFieldName('name');
      if (!p || !nameNode || !BINDINGS_PATHS.has(p.text.replace(/\s+/g, ''))) continue;
      const name = nameNode.text;
      if (ctx.index.bindings.has(name)) continue;
      const range: Range = nodeRange(nameNode);
      ctx.report({ range, ...diagnose(ctx, name, n) });
    }
  },
};
