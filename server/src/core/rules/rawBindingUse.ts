/**
 * raw-binding-use: a driver, sample or test reaching into the raw C API (`bindings::X`)
 * instead of a safe abstraction of the `kernel` crate (ffi-domain §1, §5.1). The message names
 * the kernel functions that wrap X, read from the kernel crate's own bodies.
 */
import type { Rule, RuleContext } from './rule';
import { type Fix, lazyFix } from '../model';
import { descendantsOf, nodeRange, type SyntaxNode } from '../parse';
import { isLeafCrate, relativeToTree } from '../tree';
import type { BindingUse } from '../index/kernelCrate';
import type { BindingFunction } from '../index/bindings';
import type { HeaderLookup } from '../index/headers';
import type { KernelPaths } from '../index/kernelPaths';
import { type RustType, stripGlobal } from '../types/rustType';
import { PRIMITIVES } from '../archTable';

const PATH_NODES = ['scoped_identifier', 'scoped_type_identifier', 'identifier', 'type_identifier'];
const MAX_LISTED = 3;

function wrappersText(ctx: RuleContext, uses: BindingUse[]): string {
  // Public API first: that is what a driver can call.
  const sorted = [...uses].sort((a, b) => Number(b.visibility.startsWith('pub')) - Number(a.visibility.startsWith('pub')));
  const listed = sorted.slice(0, MAX_LISTED).map((u) => {
    const where = relativeToTree(ctx.model, u.file);
    const through = u.implType && ctx.index.kernelPaths.publicPathOf(u.module, u.implType);
    return `\`${u.function}\` (${where}:${u.range.start.line + 1}, module \`${u.module}\`${through ? `, used through \`${through}\`` : ''})`;
  });
  const more = sorted.length - listed.length;
  return more > 0 ? `${listed.join(', ')} and ${more} more` : listed.join(listed.length === 2 ? ' and ' : ', ');
}

function message(ctx: RuleContext, name: string): string {
  const uses = ctx.index.kernel.uses(name);
  if (uses?.length) {
    return `\`bindings::${name}\` is the raw C API, which drivers should not use directly: the \`kernel\` crate wraps it in ` +
      `${wrappersText(ctx, uses)}; use that safe abstraction`;
  }
  if (!ctx.index.bindings.functions.has(name)) {
    // The kernel index records calls only: a type or constant may well be wrapped without one.
    return `\`bindings::${name}\` is the raw C API, which drivers should not use directly: reach it through the ` +
      '`kernel` crate, and if no abstraction there covers it, add one in `rust/kernel/` first';
  }
  return `\`bindings::${name}\` is the raw C API, which drivers should not use directly, and the \`kernel\` crate has no ` +
    'safe abstraction for it yet: rust/bindings/lib.rs asks that a C API be wrapped in `rust/kernel/` first';
}

/** A bindings type as a driver spells it, or undefined when it is not simple enough to write. */
function driverType(t: RustType, crate: string, mapping: string): string | undefined {
  switch (t.kind) {
    case 'path': {
      if (t.args.length) return undefined;
      const segs = stripGlobal(t.segments);
      if (segs.length === 1) return PRIMITIVES.has(segs[0]) ? segs[0] : `${crate}::${segs[0]}`;
      if (segs.length === 2 && segs[0] === 'ffi') return mapping === 'kernel' ? `kernel::ffi::${segs[1]}` : undefined;
      return segs[0] === 'core' && segs[1] === 'ffi' ? segs.join('::') : undefined;
    }
    case 'pointer': {
      const p = driverType(t.pointee, crate, mapping);
      return p && `*${t.mutable ? 'mut' : 'const'} ${p}`;
    }
    case 'tuple':
      return t.elements.length === 0 ? '()' : undefined;
    default:
      return undefined;
  }
}

function topLevelItem(n: SyntaxNode): SyntaxNode | undefined {
  let cur: SyntaxNode = n;
  while (cur.parent && cur.parent.type !== 'source_file') cur = cur.parent;
  return cur.parent ? cur : undefined;
}

/** How the C side documents failure, when the kernel crate has the matching conversion. */
type ErrorReturn = { convert: 'to_result'; ok: '' } | { convert: 'from_err_ptr'; ok: string };

const ERRNO = /-E[A-Z0-9]{2,}\b|\bnegative\s+(?:errno|error)|-errno\b/i;
const ZERO_ON_SUCCESS = /\b(?:0|zero)\b[^.;\n]*\bsuccess|\bsuccess\w*[^.;\n]*\b(?:0|zero)\b/i;

/**
 * `to_result` for a `c_int` that the C comment says is 0 on success and a negative errno on
 * failure; `from_err_ptr` for a `*mut T` it says may be an `ERR_PTR`. Nothing otherwise:
 * a count returned on success, or an undocumented return, keeps the C type.
 */
function documentedErrorReturn(headers: HeaderLookup, paths: KernelPaths, fn: BindingFunction, ret: string): ErrorReturn | undefined {
  const t = fn.returnType;
  const segs = t.kind === 'path' ? stripGlobal(t.segments) : [];
  const isCInt = segs[segs.length - 1] === 'c_int' && segs[segs.length - 2] === 'ffi';
  const isMutPtr = t.kind === 'pointer' && t.mutable;
  if (!isCInt && !isMutPtr) return undefined;
  const docs = headers.find(fn.name).map((d) => d.doc).filter((d): d is string => !!d);
  const convert = isCInt
    ? docs.some((d) => ERRNO.test(d) && ZERO_ON_SUCCESS.test(d)) && 'to_result'
    : docs.some((d) => /\bERR_PTR\b/.test(d)) && 'from_err_ptr';
  if (!convert || !paths.hasPublic('kernel::error', convert) || !paths.hasPublic('kernel::error', 'Result')) return undefined;
  return convert === 'to_result' ? { convert, ok: '' } : { convert, ok: `<${ret}>` };
}

/**
 * "Extract into a safe wrapper": a private fn holding the `unsafe` block; the call then uses
 * it. Everything but the wrapper's return handling is decided here; that needs the C comment
 * (a header lookup), so it waits until the fix is applied.
 */
function wrapperFix(ctx: RuleContext, pathNode: SyntaxNode, fn: BindingFunction): Fix | undefined {
  const call = pathNode.parent;
  if (call?.type !== 'call_expression' || call.childForFieldName('function')?.id !== pathNode.id || fn.variadic) return undefined;
  if (ctx.types.definesItem(fn.name)) return undefined;
  const item = topLevelItem(call);
  if (!item) return undefined;
  const crate = ctx.types.importsBindingsCrate() ? 'bindings' : 'kernel::bindings';
  const params: string[] = [];
  const names: string[] = [];
  for (const [i, p] of fn.params.entries()) {
    const ty = driverType(p.type, crate, ctx.model.mapping);
    if (!ty) return undefined;
    const name = /^[a-z_][a-z0-9_]*$/.test(p.name) && p.name !== '_' ? p.name : `arg${i}`;
    names.push(name);
    params.push(`${name}: ${ty}`);
  }
  const ret = driverType(fn.returnType, crate, ctx.model.mapping);
  if (!ret) return undefined;
  const { eol } = ctx;
  const rawCall = `unsafe { ${crate}::${fn.name}(${names.join(', ')}) }`;
  const { headers, kernelPaths } = ctx.index;
  const wrapper = (): string => {
    const errors = documentedErrorReturn(headers, kernelPaths, fn, ret);
    const returns = errors ? ` -> kernel::error::Result${errors.ok}` : ret === '()' ? '' : ` -> ${ret}`;
    return [
      `/// Calls \`${crate}::${fn.name}\`; a safe abstraction like this belongs in \`rust/kernel/\`.`,
      `fn ${fn.name}(${params.join(', ')})${returns} {`,
      `    // SAFETY: TODO: explain why every caller upholds what \`${fn.name}\` requires of its arguments.`,
      `    ${errors ? `kernel::error::${errors.convert}(${rawCall})` : rawCall}`,
      '}',
    ].join(eol);
  };
  // `unsafe { bindings::X(…) }` holding nothing else becomes `X(…)`; otherwise only the path changes.
  const block = call.parent?.type === 'block' || call.parent?.type === 'expression_statement' ? call.parent : undefined;
  const unsafeBlock = block?.type === 'block' ? block.parent : block?.parent?.parent;
  const onlyCall = unsafeBlock?.type === 'unsafe_block' && unsafeBlock.text.replace(/\s+/g, ' ').replace(/;? \}$/, ' }') === `unsafe { ${call.text.replace(/\s+/g, ' ')} }`;
  const site = onlyCall
    ? { range: nodeRange(unsafeBlock!), newText: `${fn.name}${call.childForFieldName('arguments')!.text}` }
    : { range: nodeRange(pathNode), newText: fn.name };
  const end = nodeRange(item).end;
  const file = ctx.file;
  return lazyFix(`Extract \`${fn.name}\` into a safe wrapper`, () => [
    { file, edits: [site, { range: { start: end, end }, newText: `${eol}${eol}${wrapper()}` }] },
  ]);
}

export const rawBindingUse: Rule = {
  meta: {
    code: 'raw-binding-use',
    language: 'rust',
    defaultSeverity: 'warning',
    description: 'A driver, sample or test uses the raw C bindings instead of a safe `kernel` abstraction.',
    fixable: true,
  },
  check(ctx) {
    if (!isLeafCrate(ctx.crate.kind)) return;
    // Inside a reported path there is no other: its prefixes (`kernel::bindings`) are not bindings items.
    for (const n of descendantsOf(ctx.nodes, PATH_NODES, ['use_declaration', 'attribute_item', 'macro_definition', 'token_tree'])) {
      const name = ctx.types.bindingsItemOf(n);
      // A bare identifier inside a path is the path's business.
      if (!name || (!n.type.startsWith('scoped_') && n.parent?.type.startsWith('scoped_'))) continue;
      const fn = ctx.index.bindings.functions.get(name);
      const fix = fn && wrapperFix(ctx, n, fn);
      ctx.report({ range: nodeRange(n), message: message(ctx, name), fixes: fix ? [fix] : [] });
    }
  },
};
