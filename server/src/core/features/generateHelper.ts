/**
 * Helper generation: a C helper `rust_helper_X` for a `static inline` function or a
 * function-like macro `X`, written the way the tree writes its own helpers (ffi-domain §4):
 * the helper file chosen by the header (`linux/mutex.h` → `rust/helpers/mutex.c`, or the
 * file that already includes it), `__rust_helper` where the tree defines it,
 * `EXPORT_SYMBOL_GPL` in the single-file layout, tabs, parameters forwarded unchanged.
 * Types a macro does not reveal become `/* TODO: type *\/` under an `#error`, so an
 * unfinished helper never compiles by accident.
 */
import * as path from 'node:path';
import { C_SPELLING, type CTypeName, cTypeOnUnknownArch, cTypeToRust, isCTypeName, PRIMITIVES } from '../archTable';
import type { CParam } from '../cSignature';
import type { BindingsIndex } from '../index/bindings';
import type { HeaderDecl } from '../index/headers';
import { HELPER_PREFIX, isIncludedByMain, marksOwnLine, TODO_TYPE, unfinishedMarker } from '../index/helpers';
import type { ProjectIndex } from '../index/index';
import { type FileEdit, type Fix, lazyFix } from '../model';
import { insertHelperInclude, insertSortedInclude } from '../rules/helperEdits';
import { HELPERS_DIR, relativeToTree, type TreeModel } from '../tree';
import { type RustType, stripGlobal } from '../types/rustType';
import { displayColumns, kernelIndent } from '../text';

/** What a Rust call site says about a macro's C types: one entry per argument, undefined where unknown. */
export interface CallSiteTypes {
  args: (string | undefined)[];
}

export type GeneratedHelper = { ok: true; fix: Fix; file: string; decl: HeaderDecl } | { ok: false; reason: string };

/** What the cheap check decides: the helper file and the fix's title, or why there is no helper to generate. */
type HelperPlan = { ok: true; decl: HeaderDecl; file: string; title: string } | { ok: false; reason: string };

interface Signature {
  returnType: string;
  params: CParam[];
  /** Types some parameter or the result lacks. */
  incomplete: boolean;
}

/** The declaration a helper wraps: a `static inline` definition first, else a function-like macro. */
export function wrappableDecl(decls: readonly HeaderDecl[]): HeaderDecl | undefined {
  return decls.find((d) => d.kind === 'static-inline') ?? decls.find((d) => d.kind === 'macro');
}

function stripParens(s: string): string {
  let t = s.trim();
  while (t.startsWith('(') && t.endsWith(')') && balanced(t.slice(1, -1))) t = t.slice(1, -1).trim();
  return t;
}

function balanced(s: string): boolean {
  let depth = 0;
  for (const c of s) {
    if (c === '(') depth++;
    else if (c === ')' && --depth < 0) return false;
  }
  return depth === 0;
}

function splitArgs(s: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (const c of s) {
    if (c === ',' && depth === 0) {
      out.push(cur);
      cur = '';
      continue;
    }
    if (c === '(') depth++;
    else if (c === ')') depth--;
    cur += c;
  }
  out.push(cur);
  return out.map(stripParens).filter((a, i, all) => a !== '' || all.length > 1);
}

/** `F(args)` as the whole of a text: the callee and its arguments. */
function wholeCall(text: string): { callee: string; args: string[] } | undefined {
  const m = /^(\w+)\s*\(([\s\S]*)\)$/.exec(stripParens(text));
  return m && balanced(m[2]) ? { callee: m[1], args: splitArgs(m[2]) } : undefined;
}

/**
 * The function a macro hands all its arguments to, unchanged and in order:
 * `#define kmalloc(...) alloc_hooks(kmalloc_noprof(__VA_ARGS__))` → `kmalloc_noprof`.
 * Its prototype then gives the helper's C types exactly.
 */
export function forwardedFunction(macro: HeaderDecl): string | undefined {
  if (!macro.body) return undefined;
  const expected = macro.variadic && !macro.params.length ? ['__VA_ARGS__'] : macro.variadic ? undefined : macro.params.map((p) => p.name);
  if (!expected) return undefined;
  let call = wholeCall(macro.body);
  // One wrapper that passes its argument through (`alloc_hooks(…)`).
  if (call && call.args.length === 1 && wholeCall(call.args[0])) {
    const inner = wholeCall(call.args[0])!;
    if (inner.args.join() === expected.join()) call = inner;
  }
  if (!call || call.callee === macro.name || call.args.join() !== expected.join()) return undefined;
  return call.callee;
}

/** The C spelling of a Rust type from the bindings, when the tree's mapping makes it unambiguous. */
export function cTypeOf(t: RustType, bindings: BindingsIndex, model: ArchesOf): string | undefined {
  switch (t.kind) {
    case 'pointer': {
      const inner = cTypeOf(t.pointee, bindings, model);
      if (!inner) return undefined;
      return `${t.mutable ? '' : 'const '}${inner}${inner.endsWith('*') ? '*' : ' *'}`;
    }
    case 'path': {
      const segs = stripGlobal(t.segments);
      const last = segs[segs.length - 1];
      if (t.args.length) return undefined;
      if (last === 'c_void' && (segs.length === 1 || segs[segs.length - 2] === 'ffi')) return 'void';
      if (segs.length >= 2 && segs[segs.length - 2] === 'ffi' && isCTypeName(last)) return C_SPELLING[last];
      if (segs.length === 1 && PRIMITIVES.has(last)) return primitiveToC(last, model);
      if (segs.length > 2 || (segs.length === 2 && segs[0] !== 'bindings')) return undefined;
      const s = bindings.structs.get(last);
      if (s) return `${s.kind} ${last}`;
      // bindgen renames typedefs that clash with Rust primitives: `u32_` is C's `u32`.
      if (bindings.aliases.has(last)) return /^[a-z0-9]+_$/.test(last) && PRIMITIVES.has(last.slice(0, -1)) ? last.slice(0, -1) : last;
      return undefined;
    }
    default:
      return undefined;
  }
}

/** Order of preference when several C types denote the same Rust primitive. */
const C_PREFERENCE: CTypeName[] = ['c_int', 'c_uint', 'c_long', 'c_ulong', 'c_longlong', 'c_ulonglong', 'c_short', 'c_ushort', 'c_uchar', 'c_schar', 'c_char'];

/** The arches of a tree (those the arch table does not know too) and its mapping. */
type ArchesOf = Pick<TreeModel, 'arches' | 'unknownArches' | 'mapping'>;

/**
 * A Rust primitive back to C: the C type that is that primitive on every arch of the tree,
 * and on any arch when the tree lists one the arch table does not know.
 */
function primitiveToC(p: string, { arches, unknownArches, mapping }: ArchesOf): string | undefined {
  if (p === 'bool') return 'bool';
  const c = C_PREFERENCE.find((name) => arches.every((a) => cTypeToRust(name, a, mapping) === p)
    && (!unknownArches.length || cTypeOnUnknownArch(name, mapping) === p));
  if (c) return C_SPELLING[c];
  // bindgen --size_t-is-usize: size_t and ssize_t are usize and isize everywhere.
  return p === 'usize' ? 'size_t' : p === 'isize' ? 'ssize_t' : undefined;
}

function signatureOf(decl: HeaderDecl, index: ProjectIndex, callSite?: CallSiteTypes): Signature | string {
  if (decl.kind !== 'macro') {
    if (decl.variadic) return `\`${decl.name}\` is variadic, and a C helper cannot forward \`...\``;
    return { returnType: decl.returnType ?? 'void', params: decl.params, incomplete: false };
  }
  const forwarded = forwardedFunction(decl);
  const target = forwarded
    ? index.headers.find(forwarded).find((d) => d.kind !== 'macro' && !d.variadic && d.params.every((p) => p.name))
    : undefined;
  if (target) return { returnType: target.returnType ?? 'void', params: target.params, incomplete: false };
  if (decl.variadic) return `\`${decl.name}\` is a variadic macro, so its parameters are not known`;
  // A macro whose whole body is a call returns what the callee returns.
  const callee = decl.body ? wholeCall(decl.body)?.callee : undefined;
  const returnType = (callee && callee !== decl.name ? index.headers.find(callee).find((d) => d.kind !== 'macro') : undefined)?.returnType;
  const params = decl.params.map((p, i) => {
    const type = callSite?.args[i];
    return { text: `${type ?? TODO_TYPE}${type?.endsWith('*') ? '' : ' '}${p.name}`, name: p.name };
  });
  return { returnType: returnType ?? TODO_TYPE, params, incomplete: !returnType || params.some((p) => p.text.startsWith(TODO_TYPE)) };
}

const WIDTH = 80;

/** `head(a, b, c)`, wrapped the kernel way when longer than 80 columns: continuation lines aligned after `(`. */
function wrapSignature(head: string, params: string[], eol: string): string {
  const one = `${head}(${params.join(', ') || 'void'})`;
  if (displayColumns(one) <= WIDTH || params.length < 2) return one;
  const indent = kernelIndent(displayColumns(head) + 1);
  const lines: string[] = [];
  let line = `${head}(`;
  params.forEach((p, i) => {
    const piece = p + (i === params.length - 1 ? ')' : ',');
    const sep = line.endsWith('(') ? '' : ' ';
    if (!line.endsWith('(') && displayColumns(line + sep + piece) > WIDTH) {
      lines.push(line);
      line = indent + piece;
    } else {
      line += sep + piece;
    }
  });
  lines.push(line);
  return lines.join(eol);
}

/**
 * The text of one helper, in the tree's conventions; `markOwnLine` puts `__rust_helper` alone
 * on the line above, for a file whose helpers have it there.
 */
export function helperText(model: TreeModel, name: string, sig: Signature, eol: string, markOwnLine = false): string {
  const helper = HELPER_PREFIX + name;
  const ret = sig.returnType;
  const signature = `${ret}${ret.endsWith('*') ? '' : ' '}${helper}`;
  const head = model.rustHelperDefined && !markOwnLine ? `__rust_helper ${signature}` : signature;
  const args = sig.params.map((p) => p.name).join(', ');
  const call = `${ret === 'void' ? '' : 'return '}${name}(${args});`;
  const lines = [
    ...(sig.incomplete ? [unfinishedMarker(helper)] : []),
    ...(model.rustHelperDefined && markOwnLine ? ['__rust_helper'] : []),
    wrapSignature(head, sig.params.map((p) => p.text), eol),
    '{',
    `\t${call}`,
    '}',
    ...(model.helperLayout === 'single' ? [`EXPORT_SYMBOL_GPL(${helper});`] : []),
  ];
  return lines.join(eol) + eol;
}

/** `rust/helpers/<x>.c` for a header: the helper file that includes it already, else one named after it. */
export function helperFileFor(model: TreeModel, index: ProjectIndex, include: string): string {
  const helpers = index.helpers;
  if (model.helperLayout === 'single') return helpers.mainFile;
  for (const hf of helpers.files.values()) {
    if (hf.file !== helpers.mainFile && hf.headers.includes(include)) return hf.file;
  }
  return path.join(model.srctree, HELPERS_DIR, `${path.posix.basename(include, '.h')}.c`);
}

/**
 * The cheap half (clangd's prepare): whether a helper can be generated for `decl`, where, and
 * under which title. Only a variadic macro costs a header lookup (of the function it forwards to).
 */
function planHelper(model: TreeModel, index: ProjectIndex, decl: HeaderDecl): HelperPlan {
  const helper = HELPER_PREFIX + decl.name;
  const existing = index.helpers.byRustName.get(decl.name);
  if (existing) return { ok: false, reason: `\`${existing.name}\` already exists in ${relativeToTree(model, existing.file)}` };
  const unfinished = index.helpers.unfinished.get(decl.name);
  if (unfinished) {
    return {
      ok: false,
      reason: `an unfinished \`${helper}\` exists at ${relativeToTree(model, unfinished.file)}:${unfinished.line + 1}: ` +
        `replace each ${TODO_TYPE} there with the C type and remove its #error line`,
    };
  }
  if (decl.variadic) {
    const sig = signatureOf(decl, index);
    if (typeof sig === 'string') return { ok: false, reason: sig };
  }
  const file = helperFileFor(model, index, decl.includeVia);
  return { ok: true, decl, file, title: `Generate C helper \`${helper}\` in ${relativeToTree(model, file)}` };
}

/** The expensive half: the signature (header lookups for a macro) and the text, as edits. */
function helperEdits(model: TreeModel, index: ProjectIndex, decl: HeaderDecl, file: string, callSite?: CallSiteTypes): FileEdit[] {
  const sig = signatureOf(decl, index, callSite);
  // planHelper has turned away every declaration without a signature.
  if (typeof sig === 'string') return [];
  const hf = index.helpers.files.get(file);
  const mainEol = index.helpers.files.get(index.helpers.mainFile)?.eol ?? '\n';
  const edits: FileEdit[] = [];
  if (!hf) {
    const eol = mainEol;
    const text = ['// SPDX-License-Identifier: GPL-2.0', '', `#include <${decl.includeVia}>`, '', ''].join(eol) + helperText(model, decl.name, sig, eol);
    edits.push({ file, create: true, edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: text }] });
  } else {
    const edit: FileEdit = { file, edits: [] };
    if (!hf.headers.includes(decl.includeVia)) {
      const inc = insertSortedInclude(file, hf.headerIncludes, decl.includeVia, true, hf.eol);
      if (inc) edit.edits.push(...inc.edits);
    }
    const lead = hf.end.character > 0 ? hf.eol + hf.eol : hf.eol;
    edit.edits.push({ range: { start: hf.end, end: hf.end }, newText: lead + helperText(model, decl.name, sig, hf.eol, marksOwnLine(hf.helpers)) });
    edits.push(edit);
  }
  if (model.helperLayout === 'split' && file !== index.helpers.mainFile && !isIncludedByMain(index.helpers, file)) {
    const inc = insertHelperInclude(index.helpers, path.basename(file), mainEol);
    if (inc) edits.push(inc);
  }
  return edits;
}

/**
 * The helper for `decl` as a fix whose edits are computed when read (codeAction/resolve),
 * or why there can be none. `callSite` gives a macro's argument types.
 */
export function generateHelper(model: TreeModel, index: ProjectIndex, decl: HeaderDecl, callSite?: CallSiteTypes): GeneratedHelper {
  const plan = planHelper(model, index, decl);
  if (!plan.ok) return plan;
  return { ok: true, file: plan.file, decl, fix: lazyFix(plan.title, () => helperEdits(model, index, decl, plan.file, callSite)) };
}

/** The helper for the `static inline` function or function-like macro named `name`, or why there is none. */
export function generateHelperFor(model: TreeModel, index: ProjectIndex, name: string): GeneratedHelper {
  const decl = wrappableDecl(index.headers.find(name));
  if (decl) return generateHelper(model, index, decl);
  const pending = index.headers.complete ? '' : ' (the headers outside the include closure of bindings_helper.h are still being read; try again shortly)';
  return { ok: false, reason: `no \`static inline\` function or function-like macro named \`${name}\` in the headers${pending}` };
}
