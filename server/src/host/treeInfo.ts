/** The tree model and index sizes, as `rfl-ffi info` and the server's tree-info command show them. */
import type { BindingsFrom } from '../core/index/index';
import { pointerBits } from '../core/archTable';
import type { LoadedProject } from './kernelTree';

export interface TreeInfo {
  srctree: string;
  objtree: string;
  objtreeSource: string;
  kernelVersion: string | null;
  helperLayout: 'single' | 'split';
  rustHelperDefined: boolean;
  mapping: 'kernel' | 'core';
  mappingSource: string;
  arches: string[];
  /** The word size of each arch, in bits. */
  wordSizes: Record<string, 32 | 64>;
  /** Arches arch-support.rst lists that rfl-ffi does not know. */
  unknownArches: string[];
  archesSource: string;
  /** C `char` is unsigned on every arch (`-funsigned-char`); else each arch's ABI decides. */
  unsignedChar: boolean;
  unsignedCharSource: string;
  generated: { bindings: boolean; helpers: boolean; uapi: boolean };
  /** Where the bindings come from: the generated files, or the C headers until the tree is built. */
  bindings: BindingsFrom;
  crates: string;
  counts: {
    helperFiles: number;
    helpers: number;
    /** The bindings' items; null when they come from the headers (derived per name, not counted). */
    bindingFunctions: number | null;
    bindingConsts: number | null;
    bindingTypes: number | null;
    bindingStructs: number | null;
    kernelFunctionsUsingBindings: number;
  };
  notes: string[];
}

export function treeInfo(project: LoadedProject): TreeInfo {
  const { model, index } = project;
  const helperFiles = [...index.helpers.files.keys()].filter((f) => model.helperLayout === 'single' || f !== index.helpers.mainFile);
  const kernelFns = new Set<string>();
  for (const uses of index.kernel.all().values()) for (const u of uses) if (u.item === 'fn') kernelFns.add(`${u.file}#${u.function}`);
  const counted = (n: () => number) => (index.bindingsFrom === 'headers' ? null : n());
  return {
    srctree: model.srctree,
    objtree: model.objtree,
    objtreeSource: model.objtreeSource,
    kernelVersion: model.kernelVersion ?? null,
    helperLayout: model.helperLayout,
    rustHelperDefined: model.rustHelperDefined,
    mapping: model.mapping,
    mappingSource: model.mappingSource,
    arches: model.arches,
    wordSizes: Object.fromEntries(model.arches.map((a) => [a, pointerBits(a)])),
    unknownArches: model.unknownArches,
    archesSource: model.archesSource,
    unsignedChar: model.unsignedChar,
    unsignedCharSource: model.unsignedCharSource,
    generated: { ...model.generated },
    bindings: index.bindingsFrom,
    crates: model.cratesSource,
    counts: {
      helperFiles: helperFiles.length,
      helpers: index.helpers.byName.size,
      bindingFunctions: counted(() => index.bindings.functions.size),
      bindingConsts: counted(() => index.bindings.consts.size),
      bindingTypes: counted(() => index.bindings.aliases.size),
      bindingStructs: counted(() => index.bindings.structs.size),
      kernelFunctionsUsingBindings: kernelFns.size,
    },
    notes: project.notes.map((n) => `${n.severity}: ${n.message}`),
  };
}

const BINDINGS_FROM: Record<BindingsFrom, string> = {
  generated: 'generated (objtree\'s bindgen output)',
  headers: 'from headers (not built yet: derived from the C headers per name)',
  none: 'none',
};

/** What C `char` is in the tree, and how rfl-ffi knows. */
function cCharText(info: TreeInfo): string {
  const what = info.unsignedChar ? 'unsigned on every arch' : 'as each arch\'s C ABI says';
  switch (info.unsignedCharSource) {
    case 'Makefile': return `${what}: ${info.unsignedChar ? '' : 'no '}-funsigned-char in the Makefile's KBUILD_CFLAGS`;
    case 'rust/ffi.rs': return `${what}: no Makefile, but rust/ffi.rs exists only in trees built with -funsigned-char`;
    default: return `${what}: no Makefile or rust/ffi.rs says otherwise`;
  }
}

export function formatInfoText(info: TreeInfo): string {
  const yes = (b: boolean) => (b ? 'yes' : 'no');
  return [
    `srctree          ${info.srctree}${info.kernelVersion ? ` (Linux ${info.kernelVersion})` : ''}`,
    `objtree          ${info.objtree === info.srctree ? '= srctree' : info.objtree} (${info.objtreeSource})`,
    `helpers          ${info.helperLayout === 'split' ? 'split (rust/helpers/*.c)' : 'single (rust/helpers.c)'}, __rust_helper ${info.rustHelperDefined ? 'defined' : 'not defined'}`,
    `C-type mapping   ${info.mapping === 'kernel' ? 'kernel (ffi crate)' : 'core::ffi'} (${info.mappingSource})`,
    `arches           ${[...info.arches.map((a) => `${a} (${info.wordSizes[a]}-bit)`), ...info.unknownArches.map((a) => `${a} (unknown to rfl-ffi)`)].join(', ')} (${info.archesSource})`,
    `C char           ${cCharText(info)}`,
    `generated        bindings ${yes(info.generated.bindings)}, helpers ${yes(info.generated.helpers)}, uapi ${yes(info.generated.uapi)}`,
    `bindings: ${BINDINGS_FROM[info.bindings]}`,
    `crates           from ${info.crates}`,
    `index            ${info.counts.helperFiles} helper files, ${info.counts.helpers} helpers; bindings: ${
      info.bindings === 'headers' ? 'derived per name when asked for'
        : `${info.counts.bindingFunctions} functions, ${info.counts.bindingConsts} consts, ${info.counts.bindingTypes} type aliases, ` +
          `${info.counts.bindingStructs} structs/unions`}; ` +
      `${info.counts.kernelFunctionsUsingBindings} kernel-crate functions call bindings`,
  ].join('\n');
}
