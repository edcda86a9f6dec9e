/**
 * The kernel-tree model: what kind of tree this is, decided from a few files the host
 * reads for us (ffi-domain §2–§4). Pure: every input is text or a yes/no fact.
 */
import * as path from 'node:path';
import { type Arch, type Mapping, DEFAULT_ARCHES, isArch } from './archTable';

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
  archesSource: 'Documentation/rust/arch-support.rst' | 'default' | 'setting';
  generated: Record<GeneratedKind, boolean>;
  /** Which generated files this version of the kernel has at all (their input is in srctree). */
  generatedInputs: Record<GeneratedKind, boolean>;
  cratesSource: 'rust-project.json' | 'paths';
  crateRoots: CrateRoot[];
}

const ARCH_DOC_NAMES: Record<string, Arch> = {
  arm: 'arm',
  arm64: 'arm64',
  loongarch: 'loongarch64',
  loongarch64: 'loongarch64',
  riscv: 'riscv64',
  riscv64: 'riscv64',
  um: 'um',
  x86: 'x86_64',
  x86_64: 'x86_64',
};

/** Reads the architecture table of Documentation/rust/arch-support.rst. */
export function parseArchSupport(text: string): Arch[] {
  const arches = new Set<Arch>();
  for (const line of text.split(/\r?\n/)) {
    const m = /^``([a-z0-9_]+)``\s/.exec(line);
    const arch = m ? ARCH_DOC_NAMES[m[1]] : undefined;
    if (arch) arches.add(arch);
  }
  return [...arches].sort();
}

export function parseKernelVersion(makefile: string): string | undefined {
  const get = (k: string) => new RegExp(`^${k}\\s*=\\s*(\\S*)`, 'm').exec(makefile)?.[1];
  const v = get('VERSION');
  const p = get('PATCHLEVEL');
  if (!v || !p) return undefined;
  const s = get('SUBLEVEL');
  return s ? `${v}.${p}.${s}` : `${v}.${p}`;
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
  const docArches = facts.archSupportText ? parseArchSupport(facts.archSupportText) : [];
  const [arches, archesSource]: [Arch[], TreeModel['archesSource']] = facts.overrides?.arches?.length
    ? [[...facts.overrides.arches].sort(), 'setting']
    : docArches.length
      ? [docArches, 'Documentation/rust/arch-support.rst']
      : [[...DEFAULT_ARCHES], 'default'];
  const [mapping, mappingSource]: [Mapping, TreeModel['mappingSource']] = facts.overrides?.mapping
    ? [facts.overrides.mapping, 'setting']
    : facts.ffiRsExists
      ? ['kernel', 'rust/ffi.rs']
      : ['core', 'no rust/ffi.rs'];
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
    archesSource,
    generated: { ...facts.generated },
    generatedInputs: { ...facts.generatedInputs },
    cratesSource: crateRoots?.length ? 'rust-project.json' : 'paths',
    crateRoots: crateRoots ?? [],
  };
}

export function relativeToTree(model: TreeModel, file: string): string {
  return path.relative(model.srctree, file).split(path.sep).join('/');
}

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
