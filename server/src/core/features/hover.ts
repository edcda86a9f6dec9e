/**
 * Hover for FFI things only (see ffiSymbol.ts): `c_*` types and binding aliases with what
 * they are per arch (from archTable via BindingsIndex.canonical, the data the cast rules
 * use), `bindings::X` with its C declaration, helper and kernel-crate wrappers, and
 * `rust_helper_X` in C with its Rust side. Contents are markdown.
 */
import * as path from 'node:path';
import { type Arch, C_SPELLING, type CTypeName, type Mapping, isCTypeName, isSigned, PRIMITIVES, type Primitive, primitiveSize } from '../archTable';
import type { Range } from '../model';
import type { Project } from '../analyze';
import type { TreeModel } from '../tree';
import type { BindingFunction, BindingsIndex } from '../index/bindings';
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
  arches: Arch[];
  rust: string;
  primitive?: Primitive;
}

function describeMapping(mapping: Mapping, model: TreeModel): string {
  if (mapping === 'core') return 'the `core::ffi` mapping (each target\'s C ABI)';
  return model.mappingSource === 'setting' ? 'the kernel mapping (set in the settings)' : 'the kernel mapping (`rust/ffi.rs`)';
}

function sizeText(p: Primitive, arch: Arch): string {
  const n = primitiveSize(p, arch);
  return `${n} byte${n === 1 ? '' : 's'}`;
}

/** Arches grouped by what the type is on them (Rust type and size). */
function archRows(t: RustType, bindings: BindingsIndex, mapping: Mapping, arches: Arch[]): ArchRow[] {
  const rows: ArchRow[] = [];
  for (const arch of arches) {
    const rust = typeToString(bindings.canonical(t, arch, mapping));
    const primitive = PRIMITIVES.has(rust) ? (rust as Primitive) : undefined;
    const size = primitive ? primitiveSize(primitive, arch) : undefined;
    const row = rows.find((r) => r.rust === rust && (r.primitive ? primitiveSize(r.primitive, r.arches[0]) : undefined) === size);
    if (row) row.arches.push(arch);
    else rows.push({ arches: [arch], rust, primitive });
  }
  return rows;
}

function rowFacts(row: ArchRow): string {
  return row.primitive ? `, ${sizeText(row.primitive, row.arches[0])}, ${isSigned(row.primitive) ? 'signed' : 'unsigned'}` : '';
}

function perArch(t: RustType, mapping: Mapping, project: Project): string {
  const rows = archRows(t, project.index.bindings, mapping, project.model.arches);
  const under = `Under ${describeMapping(mapping, project.model)}`;
  if (rows.length === 1) return `${under}: \`${rows[0].rust}\`${rowFacts(rows[0])}, on every arch of this tree (${rows[0].arches.join(', ')}).`;
  const table = ['| arch | Rust | size | sign |', '|---|---|---|---|'];
  for (const r of rows) {
    const size = r.primitive ? sizeText(r.primitive, r.arches[0]) : '';
    const sign = r.primitive ? (isSigned(r.primitive) ? 'signed' : 'unsigned') : '';
    table.push(`| ${r.arches.join(', ')} | \`${r.rust}\` | ${size} | ${sign} |`);
  }
  return `${under}, it differs by arch:\n\n${table.join('\n')}`;
}

const UNSIGNED_CHAR_NOTE =
  'The kernel builds its C with `-funsigned-char`: C `char` is unsigned on every arch. ' +
  '`ffi::c_char` (`u8`) matches it; `core::ffi::c_char` is `i8` where the target\'s C ABI makes `char` signed.';

function ctypeOf(t: RustType): CTypeName | undefined {
  if (t.kind !== 'path') return undefined;
  const last = t.segments[t.segments.length - 1];
  return isCTypeName(last) ? last : undefined;
}

function ctypeHover(sym: Extract<FfiSymbol, { kind: 'ctype' }>, project: Project): string {
  const parts = [`**\`${sym.path}\`**: C \`${C_SPELLING[sym.name]}\``, perArch(pathType(...sym.path.split('::')), sym.mapping, project)];
  if (sym.name === 'c_char') parts.push(UNSIGNED_CHAR_NOTE);
  return parts.join('\n\n');
}

/** bindgen appends `_` to C names that are Rust primitives (`u32_`, `bool_`). */
function cNameOfAlias(name: string): string {
  const bare = name.replace(/_$/, '');
  return PRIMITIVES.has(bare) ? bare : name;
}

function aliasHover(name: string, project: Project): string {
  const bindings = project.index.bindings;
  const alias = bindings.aliases.get(name)!;
  const chain = bindings.aliasChain(name);
  const end = ctypeOf(chain[chain.length - 1]);
  const via = [name, ...chain.map(typeToString)].map((s) => `\`${s}\``).join(' → ');
  const parts = [
    `**\`bindings::${name}\`**: C \`${cNameOfAlias(name)}\``,
    end ? `${via} (C \`${C_SPELLING[end]}\`)` : via,
    perArch(pathType(name), project.model.mapping, project),
  ];
  if (end === 'c_char') parts.push(UNSIGNED_CHAR_NOTE);
  parts.push(`Generated at \`${displayLocation(project.model, alias.file, alias.nameRange.start.line)}\`.`);
  return parts.join('\n\n');
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
  parts.push(code('rust', rust), `Generated at \`${displayLocation(project.model, item.file, item.nameRange.start.line)}\`.`);
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
