/**
 * raw-binding-use: a driver, sample or test reaching into the raw C API (`bindings::X`)
 * instead of a safe abstraction of the `kernel` crate (ffi-domain §1, §5.1). The message names
 * the kernel functions that wrap X, or the kernel consts defined from it, read from the kernel
 * crate's own code. Fixes, in order of preference: call the kernel's thin pass-through function
 * instead; name the kernel const that is the binding constant itself; extract the call into a
 * safe wrapper when nothing in the kernel crate wraps it.
 */
import type { Rule, RuleContext } from './rule';
import { type Fix, type TextEdit, lazyFix } from '../model';
import { lineStarts, positionAt } from '../text';
import { TypeResolver } from '../types/resolve';
import { type KernelItem, isSameConst, kernelConstsOf, thinWrapperOf } from './kernelWrappers';
import { makeCallSafe } from './unsafeBlocks';
import { bindingsGlobNames, importedNames, withUnusedImportsRemoved } from './importEdits';
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

function constsText(ctx: RuleContext, consts: KernelItem[]): string {
  const listed = consts.slice(0, MAX_LISTED).map((c) => `\`${c.path}\` (${relativeToTree(ctx.model, c.use.file)}:${c.use.range.start.line + 1})`);
  const more = consts.length - listed.length;
  return more > 0 ? `${listed.join(', ')} and ${more} more` : listed.join(listed.length === 2 ? ' and ' : ', ');
}

function message(ctx: RuleContext, name: string): string {
  const uses = ctx.index.kernel.uses(name) ?? [];
  const isFunction = ctx.index.bindings.functions.has(name);
  const consts = isFunction ? [] : kernelConstsOf(ctx.index, name);
  if (consts.length) {
    return `\`bindings::${name}\` is the raw C API, which drivers should not use directly: the \`kernel\` crate defines it as ` +
      `${constsText(ctx, consts)}; use that constant`;
  }
  // A C type is wrapped by a kernel type; a function by the kernel functions that call it.
  const types = isFunction ? [] : uses.filter((u) => u.item === 'type');
  const wrappers = types.length ? types : uses.filter((u) => u.item === 'fn');
  if (wrappers.length) {
    return `\`bindings::${name}\` is the raw C API, which drivers should not use directly: the \`kernel\` crate wraps it in ` +
      `${wrappersText(ctx, wrappers)}; use that safe abstraction`;
  }
  if (!isFunction) {
    // The kernel index sees calls, consts and types that hold one: a type may be wrapped otherwise.
    return `\`bindings::${name}\` is the raw C API, which drivers should not use directly: reach it through the ` +
      '`kernel` crate, and if no abstraction there covers it, add one in `rust/kernel/` first';
  }
  return `\`bindings::${name}\` is the raw C API, which drivers should not use directly, and the \`kernel\` crate has no ` +
    'safe abstraction for it yet: rust/bindings/lib.rs asks that a C API be wrapped in `rust/kernel/` first';
}

/** The fix's edits of this file, and the removal of the imports they leave unused (a `use kernel::bindings;` nothing needs now). */
function fileEditsWithImports(ctx: RuleContext, edits: () => TextEdit[]): () => { file: string; edits: TextEdit[] }[] {
  const { file, text, model, index, crate } = ctx;
  return () => [{ file, edits: withUnusedImportsRemoved(text, edits(), (tree) => bindingsGlobNames(new TypeResolver({ tree, model, index, crate }))) }];
}

/**
 * How the driver names a kernel item (`kernel::time::msecs_to_jiffies`), the file's imports
 * read: by a name it imports (`msecs_to_jiffies`), through an imported module
 * (`time::msecs_to_jiffies`), or by adding it to the file's `use` of that module when the file
 * has one (`use kernel::time::{msecs_to_jiffies, Jiffies};`, rustfmt's order); else by its path.
 */
function spelling(ctx: RuleContext, path: string, at: SyntaxNode): { text: string; edit?: TextEdit } {
  const segs = path.split('::');
  const name = segs[segs.length - 1];
  const module = segs.slice(0, -1).join('::');
  const imports = importedNames(ctx.tree.rootNode).filter((i) => i.name !== '*');
  const absolute = (i: (typeof imports)[number]) => ctx.types.absolutePath(i.path).join('::');
  const direct = imports.find((i) => absolute(i) === path);
  if (direct) return { text: direct.name };
  const viaModule = imports.find((i) => absolute(i) === module && i.name === i.path[i.path.length - 1]);
  if (viaModule) return { text: `${viaModule.name}::${name}` };
  const free = !ctx.types.definesItem(name) && !ctx.types.importsName(name) && !ctx.types.isLocalBinding(name, at);
  const sibling = free ? imports.find((i) => i.node.type !== 'self' && ctx.types.absolutePath(i.path.slice(0, -1)).join('::') === module) : undefined;
  const edit = sibling && addToUse(sibling.node, name);
  return edit ? { text: name, edit } : { text: path };
}

/** rustfmt's order of a use list (style edition 2021): `self`, then lower-case names, then the others, each sorted. */
function useOrder(a: string, b: string): number {
  const rank = (s: string) => (s === 'self' ? 0 : /^[a-z_]/.test(s) ? 1 : 2);
  return rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0);
}

/** The edit that adds `name` beside `node` (an element of a `use`): into its one-line list, or making one. */
function addToUse(node: SyntaxNode, name: string): TextEdit | undefined {
  const list = node.parent?.type === 'use_list' && node.type !== 'scoped_identifier' ? node.parent : undefined;
  if (list) {
    if (list.text.includes('\n')) return undefined;
    const items = [...list.namedChildren.filter((c) => !c.type.endsWith('comment')).map((c) => c.text), name].sort(useOrder);
    return { range: nodeRange(list), newText: `{${items.join(', ')}}` };
  }
  // `use kernel::time::Jiffies;` or `time::Jiffies` in a list of a shorter prefix: the last segment becomes a list.
  const last = node.type === 'scoped_identifier' ? node.childForFieldName('name') : undefined;
  if (!last) return undefined;
  return { range: nodeRange(last), newText: `{${[last.text, name].sort(useOrder).join(', ')}}` };
}

/**
 * "Use `kernel::…::f`": the call goes to the kernel's thin pass-through function, which takes
 * and returns the binding's very types; the `unsafe` block goes when nothing else in it needs
 * it, and its `// SAFETY:` comment with it.
 */
function useKernelFunctionFix(ctx: RuleContext, call: SyntaxNode, wrapper: KernelItem): Fix {
  const { text: callee, edit } = spelling(ctx, wrapper.path, call);
  const starts = lineStarts(ctx.text);
  const site = makeCallSafe(call, callee, ctx.text, ctx.types, (o) => positionAt(starts, o));
  return lazyFix(`Use \`${wrapper.path}\``, fileEditsWithImports(ctx, () => [...site.edits, ...(edit ? [edit] : [])]), { preferred: true, editsImports: true });
}

/** "Use `kernel::…::C`": a kernel const that is the binding constant itself, named where the binding was. */
function useKernelConstFix(ctx: RuleContext, pathNode: SyntaxNode, konst: KernelItem): Fix {
  const { text, edit } = spelling(ctx, konst.path, pathNode);
  const at = nodeRange(pathNode);
  return lazyFix(`Use \`${konst.path}\``, fileEditsWithImports(ctx, () => [{ range: at, newText: text }, ...(edit ? [edit] : [])]),
    { preferred: true, editsImports: true });
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

/** The wrapper's name: the binding's without leading underscores (`__msecs_to_jiffies` → `msecs_to_jiffies`), with a suffix when the file has that name. */
function wrapperName(ctx: RuleContext, binding: string, at: SyntaxNode): string {
  const base = binding.replace(/^_+/, '') || binding;
  const taken = (n: string) => ctx.types.definesItem(n) || ctx.types.importsName(n) || ctx.types.isLocalBinding(n, at);
  for (let i = 1; ; i++) {
    const name = i === 1 ? base : i === 2 ? `${base}_safe` : `${base}_safe${i - 1}`;
    if (!taken(name)) return name;
  }
}

/**
 * "Extract into a safe wrapper": a private fn holding the `unsafe` block; the call then uses
 * it. When that leaves the call site's `unsafe` block nothing that needs it, the block goes and
 * its `// SAFETY:` comment moves into the wrapper. Everything but the wrapper's return handling
 * is decided here; that needs the C comment (a header lookup), so it waits until the fix is applied.
 */
function wrapperFix(ctx: RuleContext, call: SyntaxNode, fn: BindingFunction): Fix | undefined {
  if (fn.variadic) return undefined;
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
  const name = wrapperName(ctx, fn.name, call);
  const starts = lineStarts(ctx.text);
  const site = makeCallSafe(call, name, ctx.text, ctx.types, (o) => positionAt(starts, o));
  // A bare `SAFETY: TODO.` says no more than the wrapper's own TODO, which says what to explain.
  const moved = site.safety && !/^SAFETY:\s*TODO\.?$/.test(site.safety.lines.join(' ').trim()) ? site.safety.lines : undefined;
  const safety = moved ?? [`SAFETY: TODO: explain why every caller upholds what \`${fn.name}\` requires of its arguments.`];
  const { eol } = ctx;
  const rawCall = `unsafe { ${crate}::${fn.name}(${names.join(', ')}) }`;
  const { headers, kernelPaths } = ctx.index;
  const wrapper = (): string => {
    const errors = documentedErrorReturn(headers, kernelPaths, fn, ret);
    const returns = errors ? ` -> kernel::error::Result${errors.ok}` : ret === '()' ? '' : ` -> ${ret}`;
    return [
      `/// Calls \`${crate}::${fn.name}\`; a safe abstraction like this belongs in \`rust/kernel/\`.`,
      `fn ${name}(${params.join(', ')})${returns} {`,
      ...safety.map((l) => `    //${l ? ` ${l}` : ''}`),
      `    ${errors ? `kernel::error::${errors.convert}(${rawCall})` : rawCall}`,
      '}',
    ].join(eol);
  };
  const end = nodeRange(item).end;
  return lazyFix(`Extract \`${fn.name}\` into a safe wrapper`,
    fileEditsWithImports(ctx, () => [...site.edits, { range: { start: end, end }, newText: `${eol}${eol}${wrapper()}` }]),
    { preferred: false, editsImports: true });
}

/**
 * The fixes for a raw use at `pathNode`: the kernel's thin wrapper or const when there is one
 * (preferred); no fix when the kernel crate wraps the function otherwise (a method of a kernel
 * type is a design change, not an edit); the extracted wrapper when nothing wraps it.
 */
function fixesFor(ctx: RuleContext, pathNode: SyntaxNode, name: string): Fix[] {
  const fn = ctx.index.bindings.functions.get(name);
  if (!fn) {
    const same = kernelConstsOf(ctx.index, name).filter((c) => isSameConst(ctx, c));
    return same.length === 1 ? [useKernelConstFix(ctx, pathNode, same[0])] : [];
  }
  const call = pathNode.parent;
  if (call?.type !== 'call_expression' || call.childForFieldName('function')?.id !== pathNode.id) return [];
  const thin = thinWrapperOf(ctx, fn);
  if (thin) return [useKernelFunctionFix(ctx, call, thin)];
  if ((ctx.index.kernel.uses(name) ?? []).some((u) => u.item === 'fn')) return [];
  const extract = wrapperFix(ctx, call, fn);
  return extract ? [extract] : [];
}

export const rawBindingUse: Rule = {
  meta: {
    code: 'raw-binding-use',
    language: 'rust',
    defaultSeverity: 'warning',
    description: 'A driver, sample or test uses the raw C bindings instead of a safe `kernel` abstraction.',
    fixable: true,
    machineFix: false,
  },
  check(ctx) {
    if (!isLeafCrate(ctx.crate.kind)) return;
    // Inside a reported path there is no other: its prefixes (`kernel::bindings`) are not bindings items.
    for (const n of descendantsOf(ctx.nodes, PATH_NODES, ['use_declaration', 'attribute_item', 'macro_definition', 'token_tree'])) {
      const name = ctx.types.bindingsItemOf(n);
      // A bare identifier inside a path is the path's business.
      if (!name || (!n.type.startsWith('scoped_') && n.parent?.type.startsWith('scoped_'))) continue;
      ctx.report({ range: nodeRange(n), message: message(ctx, name), fixes: fixesFor(ctx, n, name) });
    }
    // A macro's arguments are tokens to tree-sitter (device-ID tables, `pr_info!` arguments): the
    // paths they spell are read from the tokens. No fix there: what the macro makes of them is unseen.
    for (const tt of descendantsOf(ctx.nodes, ['token_tree'], ['use_declaration', 'attribute_item', 'macro_definition'])) {
      for (const p of tokenPaths(tt)) {
        // A bare name counts when the file imports it by name; a glob brings in too much to tell
        // a binding from a macro's own keywords.
        const name = ctx.types.bindingsItemAt(p.segments, p.last, { type: false, glob: false });
        if (name) ctx.report({ range: { start: nodeRange(p.first).start, end: nodeRange(p.last).end }, message: message(ctx, name) });
      }
    }
  },
};

/**
 * The paths a token tree's own tokens spell (`kernel :: bindings :: X`, `:: kernel :: …`,
 * `X`), each with its first and last token. A name after `.` is a field or method; one before
 * `:` is a key of the macro's own syntax (`name: "…"`); neither is a path.
 */
function tokenPaths(tt: SyntaxNode): { segments: string[]; first: SyntaxNode; last: SyntaxNode }[] {
  const out: { segments: string[]; first: SyntaxNode; last: SyntaxNode }[] = [];
  const tokens = tt.children;
  for (let i = 0; i < tokens.length; i++) {
    const prev = tokens[i - 1]?.type;
    if (prev === '.' || prev === '::' || prev === 'identifier') continue;
    const global = tokens[i].type === '::';
    let j = global ? i + 1 : i;
    if (tokens[j]?.type !== 'identifier') continue;
    const segments = global ? [''] : [];
    for (;;) {
      segments.push(tokens[j].text);
      if (tokens[j + 1]?.type !== '::' || tokens[j + 2]?.type !== 'identifier') break;
      j += 2;
    }
    const next = tokens[j + 1]?.type;
    if (next !== '::' && !(segments.length === 1 && next === ':')) out.push({ segments, first: tokens[i], last: tokens[j] });
    i = j;
  }
  return out;
}
