/** The tree model and index sizes, as `rfl-ffi info` and the server's tree-info command show them. */
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
  archesSource: string;
  generated: { bindings: boolean; helpers: boolean; uapi: boolean };
  crates: string;
  counts: {
    helperFiles: number;
    helpers: number;
    bindingFunctions: number;
    bindingConsts: number;
    bindingTypes: number;
    bindingStructs: number;
    kernelFunctionsUsingBindings: number;
  };
  notes: string[];
}

export function treeInfo(project: LoadedProject): TreeInfo {
  const { model, index } = project;
  const helperFiles = [...index.helpers.files.keys()].filter((f) => model.helperLayout === 'single' || f !== index.helpers.mainFile);
  const kernelFns = new Set<string>();
  for (const uses of index.kernel.all().values()) for (const u of uses) kernelFns.add(`${u.file}#${u.function}`);
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
    archesSource: model.archesSource,
    generated: { ...model.generated },
    crates: model.cratesSource,
    counts: {
      helperFiles: helperFiles.length,
      helpers: index.helpers.byName.size,
      bindingFunctions: index.bindings.functions.size,
      bindingConsts: index.bindings.consts.size,
      bindingTypes: index.bindings.aliases.size,
      bindingStructs: index.bindings.structs.size,
      kernelFunctionsUsingBindings: kernelFns.size,
    },
    notes: project.notes.map((n) => `${n.severity}: ${n.message}`),
  };
}

export function formatInfoText(info: TreeInfo): string {
  const yes = (b: boolean) => (b ? 'yes' : 'no');
  return [
    `srctree          ${info.srctree}${info.kernelVersion ? ` (Linux ${info.kernelVersion})` : ''}`,
    `objtree          ${info.objtree === info.srctree ? '= srctree' : info.objtree} (${info.objtreeSource})`,
    `helpers          ${info.helperLayout === 'split' ? 'split (rust/helpers/*.c)' : 'single (rust/helpers.c)'}, __rust_helper ${info.rustHelperDefined ? 'defined' : 'not defined'}`,
    `C-type mapping   ${info.mapping === 'kernel' ? 'kernel (ffi crate)' : 'core::ffi'} (${info.mappingSource})`,
    `arches           ${info.arches.join(', ')} (${info.archesSource})`,
    `generated        bindings ${yes(info.generated.bindings)}, helpers ${yes(info.generated.helpers)}, uapi ${yes(info.generated.uapi)}`,
    `crates           from ${info.crates}`,
    `index            ${info.counts.helperFiles} helper files, ${info.counts.helpers} helpers; bindings: ${info.counts.bindingFunctions} functions, ` +
      `${info.counts.bindingConsts} consts, ${info.counts.bindingTypes} type aliases, ${info.counts.bindingStructs} structs/unions; ` +
      `${info.counts.kernelFunctionsUsingBindings} kernel-crate functions call bindings`,
  ].join('\n');
}
