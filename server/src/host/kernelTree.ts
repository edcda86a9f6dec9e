/**
 * Finding and loading a kernel tree from disk, then handing texts to the core.
 * The only place (with files.ts) where tree discovery touches the filesystem.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Arch, Mapping } from '../core/archTable';
import {
  ARCH_SUPPORT_RST, BINDINGS_HELPER_H, FFI_RS, GENERATED_FILES, HELPERS_C, HELPERS_DIR, LEGACY_HELPERS_C,
  type GeneratedKind, type TreeFacts, type TreeModel, buildTreeModel, crateOf, generatedInput, generatedPath,
} from '../core/tree';
import {
  GENERATED_SOURCE, type IndexParts, type KernelSource, type LazyBindingsFile, type ProjectIndex, type SourceText, indexBindingsHelper, indexGenerated,
  indexKernelSource, indexManualBindings, joinIndex,
} from '../core/index/index';
import { buildHelperIndex, indexHelperFile } from '../core/index/helpers';
import { type BindingSource, type BindingsItems, emptyBindingsFile, fileItems } from '../core/index/bindings';
import { BindingsOutline, type OutlineChunks, truncationProblemIn } from '../core/index/bindingsScanner';
import type { Project } from '../core/analyze';
import { DISK, type FileStamp, FileSlices, type SampledStamp, type TreeFiles, isDir, isFile, readGenerated, readInChunks, sampleOf, sampledStamp } from './files';
import { IncludeClosureLookup, headerFiles as headerFilesOf } from './headerLookup';
import { headerModel, sharedFiles } from './headerModel';
import { type ChunkedOutline, type GeneratedContent, IndexCache } from './indexCache';

export class TreeError extends Error {}

export interface TreeOptions {
  objtree?: string;
  arches?: Arch[];
  mapping?: Mapping;
  /** Derive the bindings from the C headers even when objtree has generated ones. */
  fromHeaders?: boolean;
}

/** A note for the user about the tree (missing generated files, unreadable files …), said once. */
export interface TreeNote {
  severity: 'info' | 'warning' | 'error';
  message: string;
}

export interface LoadedProject extends Project {
  notes: TreeNote[];
  /** Set when the persisted index served the whole load, nothing built: what every later load of the tree does too. */
  reusedIndex?: boolean;
}

export function isKernelTree(dir: string): boolean {
  return (isFile(path.join(dir, HELPERS_C)) || isFile(path.join(dir, LEGACY_HELPERS_C)))
    && isFile(path.join(dir, BINDINGS_HELPER_H));
}

/** The srctree containing `start` (a folder or any file inside the tree), walking up. */
export function findSrctree(start: string): string | undefined {
  let dir = path.resolve(start);
  if (!isDir(dir)) dir = path.dirname(dir);
  for (;;) {
    if (isKernelTree(dir)) return dir;
    const up = path.dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
}

export const NOT_A_TREE_HINT =
  'a kernel tree has rust/helpers/helpers.c (6.12+) or rust/helpers.c (older) and rust/bindings/bindings_helper.h';

/**
 * A folder at or above `start` that has rust/bindings/bindings_helper.h but no helpers, said
 * as a reason: most likely the tree meant, and exactly what it lacks.
 */
export function incompleteTree(start: string): string | undefined {
  let dir = path.resolve(start);
  if (!isDir(dir)) dir = path.dirname(dir);
  for (;;) {
    if (isFile(path.join(dir, BINDINGS_HELPER_H))) {
      return `${dir} has ${BINDINGS_HELPER_H} but neither ${HELPERS_C} nor ${LEGACY_HELPERS_C}, so it is not a complete kernel tree with Rust support`;
    }
    const up = path.dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
}

/** Resolves the tree for `start`, or throws a TreeError that says exactly what is wrong. */
export function resolveSrctree(start: string): string {
  const abs = path.resolve(start);
  if (!fs.existsSync(abs)) throw new TreeError(`${start}: no such file or directory`);
  const tree = findSrctree(abs);
  if (!tree) throw new TreeError(incompleteTree(abs) ?? `${start}: not inside a Linux kernel tree with Rust support (${NOT_A_TREE_HINT})`);
  return tree;
}

function readOptional(file: string, files: TreeFiles): string | undefined {
  const r = files.read(file);
  return r.ok ? r.text : undefined;
}

/** The rust-project.json that `make rust-analyzer` wrote: in srctree or a direct subfolder (`make O=build`). */
function findRustProject(srctree: string): string | undefined {
  const direct = path.join(srctree, 'rust-project.json');
  if (isFile(direct)) return direct;
  let entries: fs.Dirent[] = [];
  try {
    entries = fs.readdirSync(srctree, { withFileTypes: true });
  } catch {
    return undefined;
  }
  for (const e of entries) {
    if (!e.isDirectory() || e.name.startsWith('.')) continue;
    const p = path.join(srctree, e.name, 'rust-project.json');
    if (isFile(p)) return p;
  }
  return undefined;
}

/** OBJTREE as rust-project.json records it in a crate's env, else the file's folder. */
function objtreeFromRustProject(file: string, text: string | undefined): string {
  if (text) {
    try {
      const crates = (JSON.parse(text) as { crates?: { env?: Record<string, string> }[] }).crates ?? [];
      const obj = crates.map((c) => c.env?.OBJTREE).find((o): o is string => typeof o === 'string');
      if (obj) return path.resolve(path.dirname(file), obj);
    } catch {
      // A malformed rust-project.json only loses us the crate map.
    }
  }
  return fs.realpathSync(path.dirname(file));
}

export function gatherFacts(srctree: string, options: TreeOptions = {}, files: TreeFiles = DISK): TreeFacts {
  const rustProjectFile = findRustProject(srctree);
  const rustProjectJson = rustProjectFile ? readOptional(rustProjectFile, files) : undefined;
  let objtree = srctree;
  let objtreeSource: TreeFacts['objtreeSource'] = 'srctree';
  if (options.objtree) {
    objtree = path.resolve(options.objtree);
    objtreeSource = 'setting';
    if (!isDir(objtree)) throw new TreeError(`objtree ${options.objtree}: no such directory`);
  } else if (rustProjectFile) {
    objtree = objtreeFromRustProject(rustProjectFile, rustProjectJson);
    objtreeSource = 'rust-project.json';
  }
  const splitHelpers = files.isFile(path.join(srctree, HELPERS_C));
  const definitionTexts = [
    readOptional(path.join(srctree, splitHelpers ? HELPERS_C : LEGACY_HELPERS_C), files),
    readOptional(path.join(srctree, 'include/linux/compiler_types.h'), files),
  ].filter((t): t is string => t !== undefined);
  const generated = {} as Record<GeneratedKind, boolean>;
  const generatedInputs = {} as Record<GeneratedKind, boolean>;
  for (const kind of Object.keys(GENERATED_FILES) as GeneratedKind[]) {
    generated[kind] = files.isFile(path.join(objtree, GENERATED_FILES[kind]));
    generatedInputs[kind] = files.isFile(path.join(srctree, generatedInput(kind, splitHelpers ? 'split' : 'single')));
  }
  return {
    srctree,
    objtree,
    objtreeSource,
    splitHelpers,
    ffiRsExists: files.isFile(path.join(srctree, FFI_RS)),
    archSupportText: readOptional(path.join(srctree, ARCH_SUPPORT_RST), files),
    rustProjectJson,
    rustHelperDefinitionTexts: definitionTexts,
    generated,
    generatedInputs,
    makefileText: readOptional(path.join(srctree, 'Makefile'), files),
    overrides: { arches: options.arches, mapping: options.mapping },
  };
}

/** Reports a folder that could not be listed (unreadable, vanished): its files are missing from the index. */
export type ListingError = (dir: string, reason: string) => void;

export function helperFiles(model: TreeModel, onError?: ListingError, tree: TreeFiles = DISK): { main: string; files: string[] } {
  if (model.helperLayout === 'single') {
    const main = path.join(model.srctree, LEGACY_HELPERS_C);
    return { main, files: [main] };
  }
  const main = path.join(model.srctree, HELPERS_C);
  const dir = path.join(model.srctree, HELPERS_DIR);
  const files = tree.list(dir, ['.c'], onError).filter((f) => path.dirname(f) === dir);
  return { main, files: [main, ...files.filter((f) => f !== main)] };
}

export function kernelCrateFiles(model: TreeModel, onError?: ListingError, tree: TreeFiles = DISK): string[] {
  return tree.list(path.join(model.srctree, 'rust/kernel'), ['.rs'], onError).filter((f) => crateOf(model, f).kind === 'kernel');
}

function listingNotes(notes: TreeNote[], model: TreeModel): ListingError {
  return (dir, reason) => notes.push({ severity: 'warning', message: `${path.relative(model.srctree, dir)} ${reason}; skipped` });
}

function readSources(files: string[], notes: TreeNote[], model: TreeModel, tree: TreeFiles): (SourceText & { stamp: FileStamp })[] {
  const out: (SourceText & { stamp: FileStamp })[] = [];
  for (const file of files) {
    const r = tree.read(file);
    if (!r.ok) {
      notes.push({ severity: 'warning', message: `${path.relative(model.srctree, file)} ${r.reason}; skipped` });
      continue;
    }
    if (r.warning) notes.push({ severity: 'warning', message: `${path.relative(model.srctree, file)} ${r.warning}` });
    // A repaired text is not what the file holds: its stamp says so, and the file is read again next time.
    out.push({ file, text: r.text, stamp: r.warning ? { size: r.stamp.size, mtimeMs: r.stamp.mtimeMs, hash: r.stamp.hash, repaired: true } : r.stamp });
  }
  return out;
}

/**
 * The kernel crate's files, in order. One whose binding uses `cache` keeps for its size and
 * mtime on disk is not read now: its uses come from the cache (its content is checked after
 * the first diagnostics, `IndexCache.verifySteps`), and its text is read when a module of it
 * is parsed. The others are read now, their uses indexed when a lookup needs them.
 */
function kernelSources(files: string[], notes: TreeNote[], model: TreeModel, tree: TreeFiles, cache: IndexCache): (KernelSource & { stamp: FileStamp })[] {
  const out: (KernelSource & { stamp: FileStamp })[] = [];
  for (const file of files) {
    const disk = tree.stat(file);
    const stamp = disk && cache.trusted(file, disk);
    if (stamp) out.push(unreadSource(file, stamp, tree));
    else out.push(...readSources([file], notes, model, tree));
  }
  return out;
}

/** A kernel crate file whose uses are known: read on first use of its text (empty if it has gone meanwhile; the reload that follows says so). */
function unreadSource(file: string, stamp: FileStamp, tree: TreeFiles): KernelSource & { stamp: FileStamp } {
  let text: string | undefined;
  return {
    file,
    stamp,
    usesKnown: true,
    get text() {
      if (text === undefined) {
        const r = tree.read(file);
        text = r.ok ? r.text : '';
      }
      return text;
    },
  };
}

/** A generated file read whole, to be outlined; a problem reading it is noted. */
function readWhole(file: string, notes: TreeNote[], model: TreeModel): GeneratedContent | undefined {
  const r = readGenerated(file);
  const rel = path.relative(model.srctree, file);
  if (!r.ok) {
    notes.push({ severity: 'warning', message: `${rel} ${r.reason}; skipped` });
    return undefined;
  }
  if (r.warning) notes.push({ severity: 'warning', message: `${rel} ${r.warning}` });
  return {
    file, bytes: r.bytes, raw: r.raw, repaired: r.warning !== undefined,
    stamp: { size: r.stamp.size, mtimeMs: r.stamp.mtimeMs, sample: sampleOf(r.raw) },
  };
}

/** A generated file outlined as it is read (`readInChunks`); undefined when it is to be read whole. */
function outlineInChunks(file: string, source: BindingSource, stamp: SampledStamp): ChunkedOutline | undefined {
  let chunks: OutlineChunks | undefined;
  const read = readInChunks(file, stamp, (length) => {
    chunks = BindingsOutline.chunks(file, source, length);
    return chunks.push;
  });
  return read && chunks && { outline: chunks.finish(new FileSlices(file, stamp, read.skip)), ...read };
}

/**
 * uapi_generated.rs, as large as the bindings and needed only by files that name `uapi::`: at
 * load only its end is read, to know whether it was cut short (and all of it when it was, to
 * say where); it is outlined on first use.
 */
function lazyGeneratedFile(file: string, stamp: SampledStamp, outline: () => BindingsItems | undefined): LazyBindingsFile {
  let items: BindingsItems | undefined;
  return {
    file,
    truncated: truncationProblemIn(new FileSlices(file, stamp, 0)),
    // A file that vanished since is an empty one (a reload follows its change).
    index: () => (items ??= outline() ?? fileItems(emptyBindingsFile(file, 'uapi'))),
  };
}

/** The generated files missing of those this version has (a 6.1 tree is never told about uapi_generated.rs). */
export function missingGeneratedNote(model: TreeModel): TreeNote | undefined {
  const missing = (Object.keys(GENERATED_FILES) as GeneratedKind[]).filter((k) => model.generatedInputs[k] && !model.generated[k]);
  if (!missing.length) return undefined;
  const names = missing.map((k) => GENERATED_FILES[k]).join(', ');
  const meanwhile = usesHeaders(model)
    ? 'Until then the bindings are derived from the C headers (what cannot be derived for certain is left unchecked).'
    : 'Checks that need the bindings are skipped until then.';
  return {
    severity: 'info',
    message:
      `${names} not found in objtree ${model.objtree}: the tree has not been built with CONFIG_RUST=y yet ` +
      `(they appear after \`make LLVM=1\`; pass --objtree / set rflFfi.objtree for an out-of-tree build). ${meanwhile}`,
  };
}

/** Whether the bindings are derived from the headers: objtree has no generated bindings (or `fromHeaders`). */
function usesHeaders(model: TreeModel, options: TreeOptions = {}): boolean {
  return options.fromHeaders === true || !model.generated.bindings;
}

/** One note per arch arch-support.rst lists that the arch table does not know. */
function unknownArchNotes(model: TreeModel): TreeNote[] {
  return model.unknownArches.map((name) => ({
    severity: 'info',
    message:
      `${ARCH_SUPPORT_RST} lists ${name}, an arch rfl-ffi does not know (its C ABI, the sign of its char, core::ffi's mapping for it): ` +
      'a cast is called unnecessary only where it converts nothing on any arch, and no finding relies on what it is there',
  }));
}

export function loadModel(srctree: string, options: TreeOptions = {}, files: TreeFiles = DISK): TreeModel {
  return buildTreeModel(gatherFacts(srctree, options, files));
}

/**
 * Reads and indexes the tree. The generated bindings and kernel crate files come from
 * `cache` when their content is unchanged, so a warm start or a reindex after one file
 * changed redoes only what changed. The caller saves the cache when it has time.
 */
export function loadIndex(
  model: TreeModel, notes: TreeNote[], cache: IndexCache, fromHeaders = usesHeaders(model), tree: TreeFiles = DISK,
): ProjectIndex {
  const listingError = listingNotes(notes, model);
  const { main, files } = helperFiles(model, listingError, tree);
  const helperSources = readSources(files, notes, model, tree);
  // A helper file read with the size and mtime its part was built from is taken to hold that
  // content: no hash before the first diagnostics. Taken now, with the load, so that the check
  // after them (`verifySteps`) covers it, however late the helper index is first asked for.
  const helperStamps = new Map(helperSources.map((src) => [src.file, cache.trusted(src.file, src.stamp) ?? src.stamp]));
  const helpers = () => buildHelperIndex(main, helperSources, (src) => cache.helperFile(src.file, helperStamps.get(src.file)!, () => indexHelperFile(src.file, src.text)));
  const indexed = new Set(helperSources.map((src) => src.file));
  const generated = new Set<string>();
  const bindingsFiles: IndexParts['bindingsFiles'] = {};
  let uapi: LazyBindingsFile | undefined;
  // Before the first build the header lookup and the derived bindings read the same headers: once.
  const treeHeaders = headerFilesOf(tree);
  const headerFiles = fromHeaders ? sharedFiles(treeHeaders) : treeHeaders;
  if (fromHeaders) {
    const derived = headerModel(model, { main, files }, headerFiles, true);
    bindingsFiles.bindings = derived.bindings;
    bindingsFiles.helpers = derived.helpers;
    if (model.generatedInputs.uapi) uapi = { file: derived.uapi.file, index: () => derived.uapi };
  }
  for (const kind of Object.keys(GENERATED_FILES) as GeneratedKind[]) {
    if (fromHeaders || !model.generated[kind]) continue;
    // The generated files are build output, never in an overlay (a fix or a patch): read from disk.
    const file = generatedPath(model, kind);
    const stamped = sampledStamp(file);
    if (!stamped.ok) {
      notes.push({ severity: 'warning', message: `${path.relative(model.srctree, file)} ${stamped.reason}; skipped` });
      continue;
    }
    generated.add(file);
    const outline = () => cache.bindings(
      file, GENERATED_SOURCE[kind], stamped.stamp, () => readWhole(file, notes, model), (c) => indexGenerated(kind, c),
      () => outlineInChunks(file, GENERATED_SOURCE[kind], stamped.stamp),
    );
    if (kind === 'uapi') {
      uapi = lazyGeneratedFile(file, stamped.stamp, outline);
      continue;
    }
    const items = outline();
    if (items) bindingsFiles[kind] = items;
  }
  const [bindingsLib] = readSources([path.join(model.srctree, 'rust/bindings/lib.rs')].filter(tree.isFile), notes, model, tree);
  const [bindingsHelperSrc] = readSources([path.join(model.srctree, BINDINGS_HELPER_H)], notes, model, tree);
  const kernelFiles = kernelSources(kernelCrateFiles(model, listingError, tree), notes, model, tree, cache);
  for (const src of kernelFiles) indexed.add(src.file);
  const stamps = new Map(kernelFiles.map((src) => [src.file, src.stamp]));
  const kernelUses = (src: SourceText) => cache.kernelUses(src.file, stamps.get(src.file)!, () => indexKernelSource(model, src));
  cache.retain(indexed, generated);
  const index = joinIndex(model, helpers, {
    bindingsFiles,
    fromHeaders,
    uapi,
    manual: bindingsLib && indexManualBindings(bindingsLib),
    kernelUses,
    kernelSources: kernelFiles,
    bindingsHelper: bindingsHelperSrc && indexBindingsHelper(bindingsHelperSrc),
  }, new IncludeClosureLookup(model, files, headerFiles));
  for (const p of index.problems) {
    notes.push({ severity: 'error', message: `${path.relative(model.srctree, p.file)} ${p.message}; rebuild it (make LLVM=1)` });
  }
  return index;
}

/** The project with its helper index re-read from disk (after helpers were written). */
export function reloadHelpers(project: LoadedProject): LoadedProject {
  const { main, files } = helperFiles(project.model);
  const helpers = buildHelperIndex(main, readSources(files, project.notes, project.model, DISK));
  return { ...project, index: { ...project.index, helpers } };
}

/**
 * `cacheFor` lets a long-lived caller keep one cache across reloads of the same tree (and
 * save it when idle); by default the persisted cache is read and saved right away. `files`
 * is what the tree is read through (the disk, or the disk with texts changed in memory).
 */
export function loadProject(
  srctree: string, options: TreeOptions = {}, cacheFor?: (model: TreeModel) => IndexCache, files: TreeFiles = DISK,
): LoadedProject {
  const model = loadModel(srctree, options, files);
  const notes: TreeNote[] = [];
  const missing = missingGeneratedNote(model);
  if (missing) notes.push(missing);
  notes.push(...unknownArchNotes(model));
  const cache = cacheFor?.(model) ?? new IndexCache(model.srctree, model.objtree);
  let index = loadIndex(model, notes, cache, usesHeaders(model, options), files);
  let reusedIndex = cache.unchanged;
  if (!cacheFor) {
    // A process that ends after this one use checks at once what a sampled stamp let through.
    const verify = cache.verifySteps();
    let r = verify.next();
    while (!r.done) r = verify.next();
    if (r.value.length) {
      notes.length = missing ? 1 : 0;
      index = loadIndex(model, notes, cache, usesHeaders(model, options), files);
      reusedIndex = false;
    }
    cache.save();
  }
  return { model, index, notes, reusedIndex };
}
