/**
 * Hover for FFI things only (see ffiSymbol.ts): `c_*` types and binding aliases with what
 * they are per arch and config (from types/perArch.ts, the view the cast rules use), `bindings::X` with its C declaration, helper and kernel-crate wrappers, and
 * `rust_helper_X` in C with its Rust side. Contents are markdown.
 */
import * as path from 'node:path';
import { C_SPELLING, type CTypeName, type Mapping, isCTypeName, isSigned, PRIMITIVES, type Primitive, primitiveSize, primitiveSizeOnAnyArch } from '../archTable';
import { isConfigCondition } from '../configTypes';
import { headerArch, type TypedefDecl } from '../index/headers';
import { isKnown, PerArchTypes, unknownWhy } from '../types/perArch';
import type { Range } from '../model';
import type { Project } from '../analyze';
import { cCharSigned, type TreeModel } from '../tree';
import { type BindingFunction, type Located, cNameOf } from '../index/bindings';
import type { Helper } from '../index/helpers';
import { type RustType, pathType, typeToString } from '../types/rustType';
import type { FfiSymbol } from './ffiSymbol';
import { bindingDeclaration, bindingItem, headerDeclaration, linkedHelper, rustItemOf } from './definition';
import { bindingUses, type RustSources } from './references';

export interface Hover {
  markdown: string;
  range: Range;
}

/** `rust/helpers/mutex.c:5`: relative to srctree, or to objtree for generated files. */
export function displayLocation(model: TreeModel, file: string, line: number): string {
  for (const root of [model.srctree, model.objtree]) {
    const rel = path.relative(root, file);
    if (!rel.startsWith('..') && !path.isAbsolute(rel)) return `${rel.split(path.sep).join('/')}:${line + 1}`;
  }
  return `${file}:${line + 1}`;
}

function code(lang: 'c' | 'rust', text: string): string {
  return '```' + lang + '\n' + text + '\n```';
}

// ---- types -------------------------------------------------------------------------------

interface ArchRow {
  labels: string[];
  rust: string;
  primitive?: Primitive;
  /** Size in bytes, when the arch says it. */
  size?: number;
  /** Why the type is not known there. */
  unknown?: string;
}

function describeMapping(mapping: Mapping, model: TreeModel): string {
  if (mapping === 'core') return 'the `core::ffi` mapping (each target\'s C ABI)';
  return model.mappingSource === 'setting' ? 'the kernel mapping (set in the settings)' : 'the kernel mapping (`rust/ffi.rs`)';
}

function sizeText(n: number): string {
  return `${n} byte${n === 1 ? '' : 's'}`;
}

/** Types per arch and config as hover shows them: an explicit request, so headers still being read are read now. */
function archView(mapping: Mapping, project: Project): PerArchTypes {
  const { model, index } = project;
  return new PerArchTypes(index.bindings, index.headers, { arches: model.arches, unknownArches: model.unknownArches, mapping }, true);
}

/** Arches (and configs) grouped by what the type is on them (Rust type and size). */
function archRows(t: RustType, mapping: Mapping, project: Project): ArchRow[] {
  const view = archView(mapping, project);
  const rows: ArchRow[] = [];
  for (const v of view.variants([t])) {
    const on = view.on(t, v.arch, v.assume);
    const rust = typeToString(on);
    const primitive = PRIMITIVES.has(rust) ? (rust as Primitive) : undefined;
    const size = primitive && (v.arch ? primitiveSize(primitive, v.arch) : primitiveSizeOnAnyArch(primitive));
    const unknown = isKnown(on) ? undefined : unknownWhy(on);
    const row = rows.find((r) => r.rust === rust && r.size === size && r.unknown === unknown);
    if (row) row.labels.push(v.label);
    else rows.push({ labels: [v.label], rust, primitive, size, unknown });
  }
  return rows;
}

function rowFacts(row: ArchRow): string {
  const size = row.size === undefined ? '' : `, ${sizeText(row.size)}`;
  return row.primitive ? `${size}, ${isSigned(row.primitive) ? 'signed' : 'unsigned'}` : '';
}

function perArch(t: RustType, mapping: Mapping, project: Project): string {
  const rows = archRows(t, mapping, project);
  const under = `Under ${describeMapping(mapping, project.model)}`;
  if (rows.length === 1 && !rows[0].unknown) return `${under}: \`${rows[0].rust}\`${rowFacts(rows[0])}, on every arch of this tree (${rows[0].labels.join(', ')}).`;
  const table = ['| arch | Rust | size | sign |', '|---|---|---|---|'];
  for (const r of rows) {
    if (r.unknown) {
      table.push(`| ${r.labels.join(', ')} | unknown: ${r.unknown} | | |`);
      continue;
    }
    const size = r.size === undefined ? '' : sizeText(r.size);
    const sign = r.primitive ? (isSigned(r.primitive) ? 'signed' : 'unsigned') : '';
    table.push(`| ${r.labels.join(', ')} | \`${r.rust}\` | ${size} | ${sign} |`);
  }
  return `${under}, it differs by arch:\n\n${table.join('\n')}`;
}

/** The C definitions of a typedef that differs by config or arch, with their conditions. */
function typedefDefinitions(cName: string, project: Project): string | undefined {
  const decls = project.index.headers.typedefs(cName, true) ?? [];
  const conditional = (d: TypedefDecl) => d.conditions.filter(isConfigCondition);
  if (!decls.some((d) => conditional(d).length || headerArch(d.path))) return undefined;
  const lines = decls.map((d) => {
    const conds = conditional(d);
    return `- \`typedef ${d.type} ${d.name};\`${conds.length ? ` under \`#if ${conds.join(' && ')}\`` : ''} (\`${d.path}:${d.line + 1}\`)`;
  });
  return `The bindings show one arch and config; its C definitions:\n${lines.join('\n')}`;
}

/** Where the tree's C `char` sign comes from (the Makefile's `KBUILD_CFLAGS`, or what stands in for it). */
function cCharFact(model: TreeModel): string {
  if (model.unsignedChar) {
    return model.unsignedCharSource === 'Makefile'
      ? 'This tree builds its C with `-funsigned-char` (its Makefile\'s `KBUILD_CFLAGS`): C `char` is unsigned on every arch.'
      : 'C `char` is unsigned on every arch: the kernel mapping (`rust/ffi.rs`) exists only in trees built with `-funsigned-char`.';
  }
  const signed = model.arches.filter((a) => cCharSigned(model, a));
  const unsigned = model.arches.filter((a) => !cCharSigned(model, a));
  const sides = [signed.length ? `signed on ${signed.join(', ')}` : '', unsigned.length ? `unsigned on ${unsigned.join(', ')}` : ''];
  const why = model.unsignedCharSource === 'Makefile' ? 'its Makefile does not build C with `-funsigned-char`' : 'no Makefile says `-funsigned-char`';
  return `C \`char\` is ${sides.filter(Boolean).join(' and ')} in this tree: ${why}, so \`char\` follows each arch's C ABI.`;
}

/** The tree's C `char`, and whether the Rust type `name` (a `c_char`) has its sign on every arch. */
function cCharNote(t: RustType, name: string, mapping: Mapping, project: Project): string {
  const model = project.model;
  const view = archView(mapping, project);
  const rust = new Map(model.arches.map((a) => [a, typeToString(view.on(t, a))]));
  const differs = model.arches.filter((a) => (rust.get(a) === 'i8') !== cCharSigned(model, a));
  const kinds = [...new Set(rust.values())];
  let verdict: string;
  if (!differs.length) verdict = `\`${name}\`${kinds.length === 1 ? ` (\`${kinds[0]}\`)` : ''} matches it on every arch of this tree.`;
  else {
    verdict = `\`${name}\` does not: it is \`${rust.get(differs[0])}\` on ${differs.join(', ')}.`;
    if (model.mapping === 'kernel' && mapping === 'core') verdict += ' The kernel\'s `ffi::c_char` (`u8`) is unsigned everywhere.';
  }
  return `${cCharFact(model)} ${verdict}`;
}

function ctypeOf(t: RustType): CTypeName | undefined {
  if (t.kind !== 'path') return undefined;
  const last = t.segments[t.segments.length - 1];
  return isCTypeName(last) ? last : undefined;
}

function ctypeHover(sym: Extract<FfiSymbol, { kind: 'ctype' }>, project: Project): string {
  const parts = [`**\`${sym.path}\`**: C \`${C_SPELLING[sym.name]}\``, perArch(pathType(...sym.path.split('::')), sym.mapping, project)];
  if (sym.name === 'c_char') parts.push(cCharNote(pathType(...sym.path.split('::')), sym.path, sym.mapping, project));
  return parts.join('\n\n');
}

function aliasHover(name: string, project: Project): string {
  const bindings = project.index.bindings;
  const alias = bindings.aliases.get(name)!;
  const chain = bindings.aliasChain(name);
  const end = ctypeOf(chain[chain.length - 1]);
  const via = [name, ...chain.map(typeToString)].map((s) => `\`${s}\``).join(' → ');
  const parts = [
    `**\`bindings::${name}\`**: C \`${cNameOf(name)}\``,
    end ? `${via} (C \`${C_SPELLING[end]}\`)` : via,
    perArch(pathType(name), project.model.mapping, project),
  ];
  const definitions = typedefDefinitions(cNameOf(name), project);
  if (definitions) parts.push(definitions);
  if (end === 'c_char') parts.push(cCharNote(pathType(name), `bindings::${name}`, project.model.mapping, project));
  parts.push(origin(alias, project));
  return parts.join('\n\n');
}

/** Where a binding's Rust item comes from: the generated file, or the headers before the first build. */
function origin(item: Located, project: Project): string {
  const at = `\`${displayLocation(project.model, item.file, item.nameRange.start.line)}\``;
  return item.fromHeaders
    ? `From the headers (not built yet): derived from ${at} as bindgen will generate it once the tree is built with CONFIG_RUST=y.`
    : `Generated at ${at}.`;
}

// ---- bindings ------------------------------------------------------------------------------

export function rustSignature(fn: BindingFunction): string {
  const params = fn.params.map((p) => `${p.name}: ${typeToString(p.type)}`);
  if (fn.variadic) params.push('...');
  const ret = fn.returnType.kind === 'tuple' && fn.returnType.elements.length === 0 ? '' : ` -> ${typeToString(fn.returnType)}`;
  return `${fn.mustUse ? '#[must_use]\n' : ''}pub fn ${fn.name}(${params.join(', ')})${ret}`;
}

/** A helper's prototype as written, `__rust_helper` included. */
export function helperPrototype(h: Helper): string {
  const ret = h.returnType.endsWith('*') ? h.returnType : `${h.returnType} `;
  return `${h.hasRustHelper ? '__rust_helper ' : ''}${ret}${h.name}(${h.params.map((p) => p.text).join(', ') || 'void'})`;
}

function helperFacts(h: Helper, project: Project): string {
  const where = `\`${displayLocation(project.model, h.file, h.definitionRange.start.line)}\``;
  const marked = h.hasRustHelper
    ? 'marked `__rust_helper`, so it is inlined into Rust under `CONFIG_RUST_INLINE_HELPERS`'
    : project.model.rustHelperDefined
      ? 'without `__rust_helper`, so it is never inlined into Rust'
      : 'no `__rust_helper` (this tree does not define it)';
  return `C helper at ${where}, ${marked}.`;
}

function wrappedDeclaration(h: Helper, project: Project): string | undefined {
  const target = h.forwardsTo;
  const decl = target ? headerDeclaration(target, project) : undefined;
  if (!decl) return undefined;
  return `It wraps \`${target}\`, declared at \`${displayLocation(project.model, decl.file, decl.range.start.line)}\`:\n\n${code('c', decl.text)}`;
}

function kernelWrappers(name: string, project: Project): string | undefined {
  const uses = project.index.kernel.uses(name);
  if (!uses?.length) return undefined;
  const items = uses.map((u) => `- \`${u.function}\` in \`${u.module}\` (\`${displayLocation(project.model, u.file, u.range.start.line)}\`)`);
  return `Wrapped by the \`kernel\` crate:\n${items.join('\n')}`;
}

function rustItemText(name: string, project: Project): string | undefined {
  const b = project.index.bindings;
  const fn = b.functions.get(name);
  if (fn) return rustSignature(fn);
  const st = b.statics.get(name);
  if (st) return `pub static${st.mutable ? ' mut' : ''} ${name}: ${typeToString(st.type)}`;
  const c = b.consts.get(name);
  if (c) return `pub const ${name}: ${typeToString(c.type)} = ${c.value}`;
  const s = b.structs.get(name);
  if (s) {
    const fields = [...s.fields.values()].map((f) => `    pub ${f.name}: ${typeToString(f.type)},`);
    return `pub ${s.kind} ${name} {\n${fields.join('\n')}\n}`;
  }
  return undefined;
}

function bindingHover(name: string, project: Project): string | undefined {
  if (project.index.bindings.aliases.has(name)) return aliasHover(name, project);
  const item = bindingItem(name, project);
  const rust = rustItemText(name, project);
  if (!item || !rust) return undefined;
  const parts: string[] = [];
  const helper = linkedHelper(name, project);
  const shadowed = project.index.bindings.helperFunctions.has(name) && !helper ? project.index.helpers.byRustName.get(name) : undefined;
  if (helper) {
    parts.push(code('c', helperPrototype(helper)), helperFacts(helper, project));
    const wrapped = wrappedDeclaration(helper, project);
    if (wrapped) parts.push(wrapped);
  } else {
    const decl = bindingDeclaration(name, project);
    if (decl) parts.push(code('c', decl.text), `Declared at \`${displayLocation(project.model, decl.file, decl.range.start.line)}\`.`);
  }
  parts.push(code('rust', rust), origin(item, project));
  if (shadowed) {
    parts.push(
      `This configuration's bindings also bind \`${name}\` directly, and Rust uses that: the helper \`${shadowed.name}\` ` +
      `(\`${displayLocation(project.model, shadowed.file, shadowed.definitionRange.start.line)}\`) is unused here. ` +
      'Whether bindgen sees the real function depends on the config.',
    );
  }
  const wrappers = kernelWrappers(name, project);
  if (wrappers) parts.push(wrappers);
  return parts.join('\n\n');
}

function helperHover(sym: Extract<FfiSymbol, { kind: 'cFunction' }>, project: Project, sources: RustSources): string | undefined {
  const fn = rustItemOf(sym, project);
  if (!fn) return undefined;
  const parts = [code('rust', rustSignature(fn))];
  const at = `\`${displayLocation(project.model, fn.file, fn.nameRange.start.line)}\``;
  if (!linkedHelper(sym.binding, project)) {
    parts.push(`Rust would call it as \`bindings::${sym.binding}\` (${at}), but this configuration also binds \`${sym.binding}\` directly and Rust uses that: this helper is unused here.`);
    return parts.join('\n\n');
  }
  const n = bindingUses(sym.binding, sources, project).length;
  parts.push(`Rust calls it as \`bindings::${sym.binding}\` (${at}).`, `${n} Rust call site${n === 1 ? '' : 's'} in this tree.`);
  return parts.join('\n\n');
}

export function hover(sym: FfiSymbol, project: Project, sources: RustSources): Hover | undefined {
  let markdown: string | undefined;
  switch (sym.kind) {
    case 'ctype':
      markdown = ctypeHover(sym, project);
      break;
    case 'binding':
      markdown = bindingHover(sym.name, project);
      break;
    case 'cFunction':
      // A header's own function is clangd's to describe; only the helper's Rust side is ours.
      markdown = sym.name === sym.binding ? undefined : helperHover(sym, project, sources);
      break;
  }
  return markdown ? { markdown, range: sym.range } : undefined;
}
