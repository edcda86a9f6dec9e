/**
 * The project index: helpers, generated bindings, the kernel crate's use of bindings,
 * and lazy header lookups, built from texts the host hands in.
 */
import * as path from 'node:path';
import { parseRust } from '../parse';
import { type TreeModel, type GeneratedKind, relativeToTree } from '../tree';
import { type BindingSource, type BindingsFile, type BindingsItems, BindingsIndex, fileItems, indexBindingsFile } from './bindings';
import { BindingsOutline, truncationProblemOf } from './bindingsScanner';
import { type HelperIndex, type HelperSource, buildHelperIndex } from './helpers';
import { KernelCrateIndex, indexKernelFile, type BindingUse } from './kernelCrate';
import { type HeaderLookup, NO_HEADERS } from './headers';
import { KernelPaths } from './kernelPaths';
import { type IncludeLine, parseIncludes } from './headerScan';
import { eolOf } from '../text';

export interface SourceText {
  file: string;
  text: string;
}

/**
 * A kernel crate file. `usesKnown`: its binding uses are at hand without its text (the host
 * has them from an index it keeps), so a lookup asks for them rather than searching the text,
 * and `text` may be read only when a module of the file is parsed (a getter).
 */
export interface KernelSource extends SourceText {
  usesKnown?: boolean;
}

/** A file's content as UTF-8 bytes (the generated bindings, decoded an item at a time). */
export interface SourceBytes {
  file: string;
  bytes: Uint8Array;
}

export interface IndexInput {
  model: TreeModel;
  /** helpers.c (or legacy rust/helpers.c) first, then every other `rust/helpers/*.c`. */
  helperMain: string;
  helperSources: HelperSource[];
  generated: Partial<Record<GeneratedKind, SourceText>>;
  /** `rust/bindings/lib.rs`, for the aliases it defines by hand (`__kernel_size_t`). */
  bindingsLib?: SourceText;
  kernelFiles: SourceText[];
  headers?: HeaderLookup;
  /** `rust/bindings/bindings_helper.h`, for the headers bindgen reads. */
  bindingsHelper?: SourceText;
}

/** The `#include <…>` list of `rust/bindings/bindings_helper.h`. */
export interface BindingsHelperIncludes {
  file: string;
  includes: IncludeLine[];
  eol: string;
}

export interface IndexProblem {
  file: string;
  line: number;
  message: string;
}

/**
 * Where the bindings come from: objtree's generated files, the C headers (headers-only model:
 * not built yet, or asked for), or nowhere (neither).
 */
export type BindingsFrom = 'generated' | 'headers' | 'none';

export interface ProjectIndex {
  helpers: HelperIndex;
  bindings: BindingsIndex;
  bindingsFrom: BindingsFrom;
  uapi: BindingsIndex;
  kernel: KernelCrateIndex;
  /** Public paths into the kernel crate (aliases and re-exports), read on demand. */
  kernelPaths: KernelPaths;
  headers: HeaderLookup;
  bindingsHelper?: BindingsHelperIncludes;
  problems: IndexProblem[];
}

/**
 * Whether the tree's generated bindings are there to ask (an unbuilt checkout, or a patch
 * reviewed on a plain clone, has none): without them every `bindings::X` would look missing,
 * and the bindings derived from the headers in their place cannot tell a name absent either.
 */
export function bindingsGenerated(model: TreeModel, index: ProjectIndex): boolean {
  return index.bindingsFrom === 'generated' && model.generated.bindings && model.generated.helpers && index.bindings.files.length > 0;
}

export const GENERATED_SOURCE: Record<GeneratedKind, BindingSource> = { bindings: 'bindings', helpers: 'helpers', uapi: 'uapi' };

/** A generated file's outline: its items are read when first asked for. */
export function indexGenerated(kind: GeneratedKind, src: SourceBytes): BindingsOutline {
  return BindingsOutline.scan(src.file, GENERATED_SOURCE[kind], src.bytes);
}

/** The aliases `rust/bindings/lib.rs` defines by hand (`__kernel_size_t`). */
export function indexManualBindings(src: SourceText): BindingsFile {
  return indexBindingsFile(src.file, 'manual', src.text, parseRust(src.text));
}

export function indexKernelSource(model: TreeModel, src: SourceText): BindingUse[] {
  const rel = relativeToTree(model, src.file);
  return indexKernelFile(src.file, path.posix.relative('rust/kernel', rel), src.text, parseRust);
}

/**
 * `uapi_generated.rs`, indexed on first use: it is as large as the bindings, and only files
 * that name `uapi::` need it. Whether it was cut short (a build writing it) is known at once.
 */
export interface LazyBindingsFile {
  file: string;
  truncated?: BindingsFile['problem'];
  index(): BindingsItems;
}

function lazyGenerated(kind: GeneratedKind, src: SourceBytes): LazyBindingsFile {
  let built: BindingsItems | undefined;
  return { file: src.file, truncated: truncationProblemOf(src.bytes), index: () => (built ??= indexGenerated(kind, src)) };
}

export interface IndexParts {
  bindingsFiles: Partial<Record<Exclude<GeneratedKind, 'uapi'>, BindingsItems>>;
  uapi?: LazyBindingsFile;
  manual?: BindingsFile;
  /** The binding uses of one kernel crate file, asked for when a lookup needs that file (see `KernelCrateIndex`). */
  kernelUses: (src: SourceText) => BindingUse[];
  /** The kernel crate's files, for `KernelCrateIndex` and for `KernelPaths` to parse the few modules it is asked about. */
  kernelSources: KernelSource[];
  bindingsHelper?: BindingsHelperIncludes;
  /** Set when the bindings parts are the headers-only model's. */
  fromHeaders?: boolean;
}

export function indexBindingsHelper(src: SourceText): BindingsHelperIncludes {
  return { file: src.file, includes: parseIncludes(src.text).filter((inc) => inc.system), eol: eolOf(src.text) };
}

/**
 * Joins separately built parts, so a host can rebuild one part when one file changes.
 * `helpers` is called on first use: a Rust file's rules ask for the helpers only about a
 * function the bindings lack, so most drivers' first diagnostics never parse the C helpers.
 */
export function joinIndex(model: TreeModel, helpers: () => HelperIndex, parts: IndexParts, headers: HeaderLookup = NO_HEADERS): ProjectIndex {
  const problems: IndexProblem[] = [];
  const bindingFiles: BindingsItems[] = [];
  for (const [, f] of Object.entries(parts.bindingsFiles)) {
    if (!f) continue;
    if (f.problem) problems.push({ file: f.file, line: f.problem.line, message: f.problem.message });
    bindingFiles.push(f);
  }
  if (parts.manual) bindingFiles.push(fileItems(parts.manual));
  const { uapi } = parts;
  if (uapi?.truncated) problems.push({ file: uapi.file, line: uapi.truncated.line, message: uapi.truncated.message });
  let helperIndex: HelperIndex | undefined;
  let uapiIndex: BindingsIndex | undefined;
  return {
    get helpers() {
      return (helperIndex ??= helpers());
    },
    bindings: new BindingsIndex(bindingFiles),
    bindingsFrom: parts.fromHeaders ? 'headers' : parts.bindingsFiles.bindings ? 'generated' : 'none',
    get uapi() {
      return (uapiIndex ??= new BindingsIndex(uapi ? [uapi.index()] : []));
    },
    kernel: new KernelCrateIndex(parts.kernelSources, (i) => parts.kernelUses(parts.kernelSources[i])),
    kernelPaths: new KernelPaths(parts.kernelSources.map((src) => ({
      relFromKernelDir: path.posix.relative('rust/kernel', relativeToTree(model, src.file)), source: src,
    }))),
    headers,
    bindingsHelper: parts.bindingsHelper,
    problems,
  };
}

export function buildIndex(input: IndexInput): ProjectIndex {
  const helpers = () => buildHelperIndex(input.helperMain, input.helperSources);
  const bindingsFiles: IndexParts['bindingsFiles'] = {};
  const bytesOf = (src: SourceText): SourceBytes => ({ file: src.file, bytes: new TextEncoder().encode(src.text) });
  for (const kind of ['bindings', 'helpers'] as const) {
    const src = input.generated[kind];
    if (src) bindingsFiles[kind] = indexGenerated(kind, bytesOf(src));
  }
  const uapi = input.generated.uapi && lazyGenerated('uapi', bytesOf(input.generated.uapi));
  const manual = input.bindingsLib ? indexManualBindings(input.bindingsLib) : undefined;
  const kernelUses = (src: SourceText) => indexKernelSource(input.model, src);
  const bindingsHelper = input.bindingsHelper ? indexBindingsHelper(input.bindingsHelper) : undefined;
  return joinIndex(input.model, helpers, { bindingsFiles, uapi, manual, kernelUses, kernelSources: input.kernelFiles, bindingsHelper }, input.headers);
}
