/**
 * In-memory kernel trees for rule tables: the core is pure, so a test hands it texts and
 * facts directly, exactly as the host would after reading a disk tree.
 */
import * as path from 'node:path';
import { analyze, type Project } from '../../server/src/core/analyze';
import type { Arch } from '../../server/src/core/archTable';
import { buildIndex, type SourceText } from '../../server/src/core/index/index';
import type { Finding } from '../../server/src/core/model';
import { ARCH_SUPPORT_RST, GENERATED_FILES, HELPERS_C, LEGACY_HELPERS_C, buildTreeModel, generatedInput, type GeneratedKind } from '../../server/src/core/tree';
import { type HeaderFiles, IncludeClosureLookup } from '../../server/src/host/headerLookup';

export const VROOT = '/vtree';

export interface VirtualTree {
  /** Files by path relative to the tree. */
  files: Record<string, string>;
  /** Arches as a setting gives them; else those of `Documentation/rust/arch-support.rst` among the files. */
  arches?: Arch[];
}

export function virtualProject(tree: VirtualTree): Project {
  const has = (rel: string) => rel in tree.files;
  const abs = (rel: string) => path.join(VROOT, rel);
  const split = has(HELPERS_C);
  const generated = {} as Record<GeneratedKind, boolean>;
  const generatedInputs = {} as Record<GeneratedKind, boolean>;
  const generatedTexts: Partial<Record<GeneratedKind, SourceText>> = {};
  for (const kind of Object.keys(GENERATED_FILES) as GeneratedKind[]) {
    generated[kind] = has(GENERATED_FILES[kind]);
    generatedInputs[kind] = has(generatedInput(kind, split ? 'split' : 'single'));
    if (generated[kind]) generatedTexts[kind] = { file: abs(GENERATED_FILES[kind]), text: tree.files[GENERATED_FILES[kind]] };
  }
  const mainRel = split ? HELPERS_C : LEGACY_HELPERS_C;
  const model = buildTreeModel({
    srctree: VROOT,
    objtree: VROOT,
    objtreeSource: 'srctree',
    splitHelpers: split,
    ffiRsExists: has('rust/ffi.rs'),
    archSupportText: tree.files[ARCH_SUPPORT_RST],
    makefileText: tree.files.Makefile,
    rustHelperDefinitionTexts: has(mainRel) ? [tree.files[mainRel]] : [],
    generated,
    generatedInputs,
    overrides: { arches: tree.arches },
  });
  const helperRels = Object.keys(tree.files).filter((rel) =>
    split ? path.posix.dirname(rel) === 'rust/helpers' && rel.endsWith('.c') : rel === LEGACY_HELPERS_C,
  );
  helperRels.sort((a, b) => (a === mainRel ? -1 : b === mainRel ? 1 : a < b ? -1 : 1));
  const index = buildIndex({
    headers: new IncludeClosureLookup(model, helperRels.map(abs), memoryFiles(tree)),
    bindingsHelper: has('rust/bindings/bindings_helper.h')
      ? { file: abs('rust/bindings/bindings_helper.h'), text: tree.files['rust/bindings/bindings_helper.h'] }
      : undefined,
    model,
    helperMain: abs(mainRel),
    helperSources: helperRels.map((rel) => ({ file: abs(rel), text: tree.files[rel] })),
    generated: generatedTexts,
    bindingsLib: has('rust/bindings/lib.rs') ? { file: abs('rust/bindings/lib.rs'), text: tree.files['rust/bindings/lib.rs'] } : undefined,
    kernelFiles: Object.keys(tree.files).filter((rel) => rel.startsWith('rust/kernel/') && rel.endsWith('.rs'))
      .map((rel) => ({ file: abs(rel), text: tree.files[rel] })),
  });
  return { model, index };
}

/** The header lookup's view of an in-memory tree. */
function memoryFiles(tree: VirtualTree): HeaderFiles {
  const rel = (p: string) => path.relative(VROOT, p);
  return {
    read: (f) => tree.files[rel(f)],
    isDir: (d) => Object.keys(tree.files).some((k) => k.startsWith(rel(d) + '/')),
    list: (d) => Object.keys(tree.files).filter((k) => k.startsWith(rel(d) + '/') && k.endsWith('.h')).sort().map((k) => path.join(VROOT, k)),
  };
}

export function findingsFor(project: Project, rel: string, text: string, code?: string): Finding[] {
  return analyze(path.join(VROOT, rel), text, project).filter((f) => !code || f.code === code);
}

/** Applies one file's edits to its text (edits must not overlap): the core's own. */
export { applyEdits } from '../../server/src/core/text';

export function rel(file: string): string {
  return path.relative(VROOT, file);
}
