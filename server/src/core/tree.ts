/**
 * The kernel-tree model: what kind of tree this is, decided from a few files the host
 * reads for us (ffi-domain §2–§4). Pure: every input is text or a yes/no fact.
 */
import * as path from 'node:path';
import { type Arch, type Mapping, DEFAULT_ARCHES, abiCharSigned, archesOfKernelName, isArch, pointerBits } from './archTable';

export type HelperLayout = 'single' | 'split';

export type CrateKind = 'bindings' | 'uapi' | 'ffi' | 'kernel' | 'support' | 'driver' | 'sample' | 'test' | 'host';

export interface CrateInfo {
  name: string;
  kind: CrateKind;
}

/** Relative paths of the generated files, under objtree. */
export const GENERATED_FILES = {
  bindings: 'rust/bindings/bindings_generated.rs',
  helpers: 'rust/bindings/bindings_helpers_generated.rs',
  uapi: 'rust/uapi/uapi_generated.rs',
} as const;

export type GeneratedKind = keyof typeof GENERATED_FILES;

/**
 * The srctree file bindgen makes a generated file from. A version without it never has the
 * generated file either: 6.1 has no `rust/uapi/`, so no uapi_generated.rs.
 */
export function generatedInput(kind: GeneratedKind, layout: HelperLayout): string {
  if (kind === 'bindings') return BINDINGS_HELPER_H;
  if (kind === 'uapi') return UAPI_HELPER_H;
  return layout === 'split' ? HELPERS_C : LEGACY_HELPERS_C;
}

export const HELPERS_DIR = 'rust/helpers';
export const HELPERS_C = 'rust/helpers/helpers.c';
export const LEGACY_HELPERS_C = 'rust/helpers.c';
export const BINDINGS_HELPER_H = 'rust/bindings/bindings_helper.h';
export const UAPI_HELPER_H = 'rust/uapi/uapi_helper.h';
export const ARCH_SUPPORT_RST = 'Documentation/rust/arch-support.rst';
export const FFI_RS = 'rust/ffi.rs';

/** Facts the host gathers from disk; everything optional is simply absent on disk. */
export interface TreeFacts {
  srctree: string;
  objtree: string;
  objtreeSource: 'setting' | 'rust-project.json' | 'srctree';
  /** `rust/helpers/helpers.c` exists (else the legacy `rust/helpers.c`). */
  splitHelpers: boolean;
  ffiRsExists: boolean;
  archSupportText?: string;
  rustProjectJson?: string;
  /** Texts that may `#define __rust_helper` (helper files, compiler_types.h). */
  rustHelperDefinitionTexts: string[];
  generated: Record<GeneratedKind, boolean>;
  /** srctree holds each generated file's input (`generatedInput`): this version has that file. */
  generatedInputs: Record<GeneratedKind, boolean>;
  makefileText?: string;
  overrides?: { arches?: Arch[]; mapping?: Mapping };
}

interface CrateRoot {
  name: string;
  kind: CrateKind;
  /** Directory (with trailing slash) whose files belong to the crate, or the root file itself. */
  prefix: string;
  rootModule: string;
}

export interface TreeModel {
  srctree: string;
  objtree: string;
  objtreeSource: TreeFacts['objtreeSource'];
  kernelVersion?: string;
  helperLayout: HelperLayout;
  rustHelperDefined: boolean;
  mapping: Mapping;
  mappingSource: 'rust/ffi.rs' | 'no rust/ffi.rs' | 'setting';
  arches: Arch[];
  /**
   * What arch-support.rst lists that the arch table does not know (`sparc`, or `x86 (32-bit)`):
   * the cast rules make no claim about every arch that could be wrong on these.
   */
  unknownArches: string[];
  archesSource: 'Documentation/rust/arch-support.rst' | 'default' | 'setting';
  /**
   * C `char` is unsigned on every arch: the tree builds its C with `-funsigned-char` (6.2 and
   * later). Otherwise `char` follows each arch's C ABI (`cCharSigned`).
   */
  unsignedChar: boolean;
  /**
   * `Makefile`: read from the top-level Makefile's `KBUILD_CFLAGS`; `rust/ffi.rs`: no Makefile,
   * but the kernel mapping exists only in trees built with the flag; `default`: neither.
   */
  unsignedCharSource: 'Makefile' | 'rust/ffi.rs' | 'default';
  generated: Record<GeneratedKind, boolean>;
  /** Which generated files this version of the kernel has at all (their input is in srctree). */
  generatedInputs: Record<GeneratedKind, boolean>;
  cratesSource: 'rust-project.json' | 'paths';
  crateRoots: CrateRoot[];
}

export interface ArchSupport {
  arches: Arch[];
  /** Lines (or word sizes of a line) naming an arch the table does not know. */
  unknown: string[];
}

/** The arches one line of arch-support.rst means, from its name and its constraints column. */
function archesOfLine(name: string, constraints: string): ArchSupport {
  const known = archesOfKernelName(name);
  if (!known.length) return isArch(name) ? { arches: [name], unknown: [] } : { arches: [], unknown: [name] };
  // "``riscv64`` and LLVM/Clang only.", "``x86_64`` only."
  const named = [...constraints.matchAll(/``([a-z0-9_]+)``/g)].map((m) => m[1]).filter((n): n is Arch => known.includes(n as Arch));
  if (named.length) return { arches: named, unknown: [] };
  // "64-bit Little Endian. 32-bit Big Endian."
  const sizes = [...new Set([...constraints.matchAll(/\b(32|64)-bit\b/g)].map((m) => Number(m[1])))];
  if (!sizes.length) return { arches: known, unknown: [] };
  return {
    arches: known.filter((a) => sizes.includes(pointerBits(a))),
    unknown: sizes.filter((b) => !known.some((a) => pointerBits(a) === b)).map((b) => `${name} (${b}-bit)`),
  };
}

/**
 * Reads the architecture table of Documentation/rust/arch-support.rst: the name of each line
 * and, from its constraints column, which word sizes it means.
 */
export function parseArchSupport(text: string): ArchSupport {
  const arches = new Set<Arch>();
  const unknown = new Set<string>();
  let constraintsColumn: number | undefined;
  const rows: { name: string; constraints: string }[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (/^=+(\s+=+){2,}\s*$/.test(line)) {
      constraintsColumn = [...line.matchAll(/=+/g)][2].index;
      continue;
    }
    const m = /^``([a-z0-9_]+)``\s/.exec(line);
    if (m) rows.push({ name: m[1], constraints: constraintsColumn === undefined ? '' : line.slice(constraintsColumn).trim() });
    // A cell continued on the next line (the first column blank).
    else if (rows.length && constraintsColumn !== undefined && /^\s+\S/.test(line) && !line.slice(0, constraintsColumn).trim()) {
      rows[rows.length - 1].constraints += ` ${line.trim()}`;
    }
  }
  for (const row of rows) {
    const { arches: a, unknown: u } = archesOfLine(row.name, row.constraints);
    a.forEach((x) => arches.add(x));
    u.forEach((x) => unknown.add(x));
  }
  return { arches: [...arches].sort(), unknown: [...unknown] };
}

export function parseKernelVersion(makefile: string): string | undefined {
  const get = (k: string) => new RegExp(`^${k}\\s*=\\s*(\\S*)`, 'm').exec(makefile)?.[1];
  const v = get('VERSION');
  const p = get('PATCHLEVEL');
  if (!v || !p) return undefined;
  const s = get('SUBLEVEL');
  return s ? `${v}.${p}.${s}` : `${v}.${p}`;
}

/**
 * Whether the top-level Makefile builds C with `-funsigned-char`: the char-sign flags of its
 * `KBUILD_CFLAGS` lines, in order, the last one winning (`:=` and `=` start afresh). Lines under
 * an `ifdef` count as taken: the flag has only ever been added unconditionally.
 */
export function parseUnsignedChar(makefile: string): boolean {
  let unsigned = false;
  // The assignments alone, found in the whole text (a kernel Makefile has ~2000 lines, a handful of them these).
  for (const m of makefile.replace(/\\\r?\n/g, ' ').matchAll(/^[ \t\r\f\v]*KBUILD_CFLAGS[ \t\r\f\v]*(\+|::?|\?)?=([^#\n]*)/gm)) {
    if (m[1] !== '+' && m[1] !== '?') unsigned = false;
    for (const flag of m[2].split(/\s+/)) {
      if (flag === '-funsigned-char' || flag === '-fno-signed-char') unsigned = true;
      else if (flag === '-fsigned-char' || flag === '-fno-unsigned-char') unsigned = false;
    }
  }
  return unsigned;
}

/** Whether C `char` is signed on `arch` in this tree. */
export function cCharSigned(model: TreeModel, arch: Arch): boolean {
  return !model.unsignedChar && abiCharSigned(arch);
}

const SUPPORT_CRATES = new Set([
  'macros', 'pin_init', 'pin_init_internal', 'build_error', 'compiler_builtins', 'core', 'alloc', 'std', 'proc_macro',
]);

function kindFromName(name: string): CrateKind | undefined {
  if (name === 'bindings' || name === 'uapi' || name === 'ffi' || name === 'kernel') return name;
  if (SUPPORT_CRATES.has(name)) return 'support';
  return undefined;
}

/** Leaf crates (drivers, samples, tests) by where they live. */
export function leafKindFromPath(rel: string): CrateKind {
  if (rel.startsWith('samples/rust/hostprogs/')) return 'host';
  if (rel.startsWith('samples/')) return 'sample';
  if (/(^|\/)(tests?|kunit)\//.test(rel) || /(^|_)test(_rust)?\.rs$|(^|\/)test_[^/]*\.rs$|_kunit\.rs$/.test(rel)) return 'test';
  return 'driver';
}

/** The crate of a file when no rust-project.json says so, from the kernel's source layout. */
export function crateFromPath(rel: string): CrateInfo {
  const stem = path.posix.basename(rel, '.rs');
  if (rel.startsWith('rust/bindings/')) return { name: 'bindings', kind: 'bindings' };
  if (rel.startsWith('rust/uapi/')) return { name: 'uapi', kind: 'uapi' };
  if (rel === 'rust/ffi.rs') return { name: 'ffi', kind: 'ffi' };
  if (rel.startsWith('rust/kernel/')) return { name: 'kernel', kind: 'kernel' };
  if (rel.startsWith('rust/')) {
    const top = rel.split('/')[1].replace(/\.rs$/, '').replace(/-/g, '_');
    return { name: top, kind: 'support' };
  }
  return { name: stem, kind: leafKindFromPath(rel) };
}

interface RustProjectCrate {
  display_name?: string;
  root_module?: string;
  source?: { include_dirs?: string[] };
}

function crateRootsFromRustProject(json: string, srctree: string): CrateRoot[] | undefined {
  let parsed: { crates?: RustProjectCrate[] };
  try {
    parsed = JSON.parse(json) as { crates?: RustProjectCrate[] };
  } catch {
    return undefined;
  }
  if (!Array.isArray(parsed.crates)) return undefined;
  const roots: CrateRoot[] = [];
  for (const c of parsed.crates) {
    if (!c.root_module || !c.display_name) continue;
    const rootModule = path.resolve(srctree, c.root_module);
    const rel = path.relative(srctree, rootModule).split(path.sep).join('/');
    if (rel.startsWith('..')) continue; // the sysroot's core/alloc
    const kind = kindFromName(c.display_name) ?? leafKindFromPath(rel);
    const dirs = c.source?.include_dirs?.length ? c.source.include_dirs : [path.dirname(rootModule)];
    for (const d of dirs) {
      roots.push({ name: c.display_name, kind, prefix: path.resolve(srctree, d) + path.sep, rootModule });
    }
  }
  return roots;
}

export function buildTreeModel(facts: TreeFacts): TreeModel {
  const doc = facts.archSupportText ? parseArchSupport(facts.archSupportText) : { arches: [], unknown: [] };
  const [arches, unknownArches, archesSource]: [Arch[], string[], TreeModel['archesSource']] = facts.overrides?.arches?.length
    ? [[...facts.overrides.arches].sort(), [], 'setting']
    : doc.arches.length || doc.unknown.length
      ? [doc.arches, doc.unknown, 'Documentation/rust/arch-support.rst']
      : [[...DEFAULT_ARCHES], [], 'default'];
  const [mapping, mappingSource]: [Mapping, TreeModel['mappingSource']] = facts.overrides?.mapping
    ? [facts.overrides.mapping, 'setting']
    : facts.ffiRsExists
      ? ['kernel', 'rust/ffi.rs']
      : ['core', 'no rust/ffi.rs'];
  const [unsignedChar, unsignedCharSource]: [boolean, TreeModel['unsignedCharSource']] = facts.makefileText !== undefined
    ? [parseUnsignedChar(facts.makefileText), 'Makefile']
    : facts.ffiRsExists
      ? [true, 'rust/ffi.rs']
      : [false, 'default'];
  const crateRoots = facts.rustProjectJson ? crateRootsFromRustProject(facts.rustProjectJson, facts.srctree) : undefined;
  return {
    srctree: facts.srctree,
    objtree: facts.objtree,
    objtreeSource: facts.objtreeSource,
    kernelVersion: facts.makefileText ? parseKernelVersion(facts.makefileText) : undefined,
    helperLayout: facts.splitHelpers ? 'split' : 'single',
    rustHelperDefined: facts.rustHelperDefinitionTexts.some((t) => /^\s*#\s*define\s+__rust_helper\b/m.test(t)),
    mapping,
    mappingSource,
    arches,
    unknownArches,
    archesSource,
    unsignedChar,
    unsignedCharSource,
    generated: { ...facts.generated },
    generatedInputs: { ...facts.generatedInputs },
    cratesSource: crateRoots?.length ? 'rust-project.json' : 'paths',
    crateRoots: crateRoots ?? [],
  };
}

/** Every arch of the tree as its messages name them: the known ones, then those the table does not know. */
export function treeArchNames(model: TreeModel): string[] {
  return [...model.arches, ...model.unknownArches];
}

export function relativeToTree(model: TreeModel, file: string): string {
  const rel = NORMAL_INSIDE.test(file) && file.startsWith(model.srctree + path.sep)
    // The usual case, an absolute path already normal inside the tree: its tail, without
    // path.relative resolving both paths (a load asks for some hundreds).
    ? file.slice(model.srctree.length + 1)
    : path.relative(model.srctree, file);
  return path.sep === '/' ? rel : rel.split(path.sep).join('/');
}

/** An absolute path with no empty, `.` or `..` segment, nor a trailing separator (`path.normalize` would leave it as it is). */
const NORMAL_INSIDE = path.sep === '/' ? /^\/(?!.*\/(?:\.\.?)?(?:\/|$))/ : /^(?![\s\S])/;

export function generatedPath(model: TreeModel, kind: GeneratedKind): string {
  return path.join(model.objtree, GENERATED_FILES[kind]);
}

/** Whether a file is one of the generated bindings (in objtree). */
export function generatedKindOf(model: TreeModel, file: string): GeneratedKind | undefined {
  for (const kind of Object.keys(GENERATED_FILES) as GeneratedKind[]) {
    if (path.resolve(file) === path.resolve(generatedPath(model, kind))) return kind;
  }
  return undefined;
}

/**
 * A file the build writes: `*_generated.rs` anywhere (srctree's copies of an in-tree build
 * included, whatever objtree is) or one of objtree's generated bindings. Index input only,
 * never checked: its casts and raw uses are bindgen's, not a person's.
 */
export function isGeneratedFile(model: TreeModel, file: string): boolean {
  return file.endsWith('_generated.rs') || generatedKindOf(model, file) !== undefined;
}

export function crateOf(model: TreeModel, file: string): CrateInfo {
  const abs = path.resolve(file);
  let best: CrateRoot | undefined;
  for (const root of model.crateRoots) {
    if (abs === root.rootModule) return { name: root.name, kind: root.kind };
    if (abs.startsWith(root.prefix) && (!best || root.prefix.length > best.prefix.length)) best = root;
  }
  if (best) return { name: best.name, kind: best.kind };
  return crateFromPath(relativeToTree(model, abs));
}

/** Driver, sample and test crates: the leaf code that should not reach into `bindings`. */
export function isLeafCrate(kind: CrateKind): boolean {
  return kind === 'driver' || kind === 'sample' || kind === 'test';
}

/** Whether a C file is a helper source: `rust/helpers/*.c` or the legacy `rust/helpers.c`. */
export function isHelperFile(model: TreeModel, file: string): boolean {
  const rel = relativeToTree(model, file);
  if (model.helperLayout === 'single') return rel === LEGACY_HELPERS_C;
  return path.posix.dirname(rel) === HELPERS_DIR && rel.endsWith('.c');
}
