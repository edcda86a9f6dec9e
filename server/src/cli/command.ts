/** What every command shares: where output goes, the tree flags, and saying the tree's notes. */
import * as path from 'node:path';
import { ALL_ARCHES, type Arch, type Mapping, isArch } from '../core/archTable';
import { type LoadedProject, type TreeOptions, resolveSrctree } from '../host/kernelTree';
import { type CommandSpec, type OptionSpec, type ParsedCommand, UsageError, stringValue } from './args';

export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
  cwd: string;
}

/** A command: how it is parsed and described, and what it does. */
export interface Command {
  spec: CommandSpec;
  /** The exit status, or `serving` when the language server took over the process (`serve` starts it). */
  run(args: ParsedCommand, io: Io, serve: () => void): number | 'serving';
}

export const TREE: OptionSpec = { name: 'tree', value: 'DIR', help: 'the kernel source tree (default: found from the first PATH, walking up)' };
export const OBJTREE: OptionSpec = {
  name: 'objtree', value: 'DIR', help: 'the build directory holding the generated bindings (default: rust-project.json\'s, else srctree)',
};
const ARCH: OptionSpec = { name: 'arch', value: 'LIST', help: `arches a cast must be right on, of ${ALL_ARCHES.join(',')} (default: arch-support.rst)` };
const MAPPING: OptionSpec = { name: 'mapping', value: 'kernel|core', help: 'the C-type mapping (default: kernel where rust/ffi.rs exists, else core)' };
export const FROM_HEADERS: OptionSpec = {
  name: 'from-headers', help: 'derive the bindings from the C headers, as before the first build, even where bindgen\'s files exist',
};
/** The flags that shape the tree model, beside `--tree`. */
export const TREE_OPTIONS = [OBJTREE, ARCH, MAPPING, FROM_HEADERS];

export function treeOptions(args: ParsedCommand): TreeOptions {
  const arch = stringValue(args, 'arch');
  let arches: Arch[] | undefined;
  if (arch !== undefined) {
    arches = arch.split(',').map((a) => a.trim()).filter(Boolean).map((a) => {
      if (!isArch(a)) throw new UsageError(`unknown arch "${a}" (known: ${ALL_ARCHES.join(', ')})`);
      return a;
    });
  }
  const mapping = stringValue(args, 'mapping');
  if (mapping !== undefined && mapping !== 'kernel' && mapping !== 'core') throw new UsageError('--mapping is kernel or core');
  return { objtree: stringValue(args, 'objtree'), arches, mapping: mapping as Mapping | undefined, fromHeaders: args.values['from-headers'] === true };
}

/** Where a command's kernel tree is: `--tree`, else the first PATH, else the working directory. */
export function srctreeOf(args: ParsedCommand, paths: string[], io: Io): string {
  const treeArg = stringValue(args, 'tree');
  return resolveSrctree(treeArg ? path.resolve(io.cwd, treeArg) : paths[0] ?? io.cwd);
}

/** Says the tree's notes; true when one makes the tree unusable. */
export function reportNotes(project: LoadedProject, io: Io): boolean {
  let fatal = false;
  for (const n of project.notes) {
    io.err(`rfl-ffi: ${n.severity === 'info' ? 'note' : n.severity}: ${n.message}`);
    if (n.severity === 'error') fatal = true;
  }
  return fatal;
}
