/**
 * The headers-only bindings of a tree on disk (core/index/headerBindings.ts): the three
 * translation units bindgen reads (`bindings_helper.h`, `helpers.c`, `uapi_helper.h`, each
 * after the kernel's forced `-include`s), through the include paths of a kernel compile,
 * with the tree's `rust/bindgen_parameters` and `--ctypes-prefix`. Nothing is read until a
 * name is asked for; then each header once, shared by the three units.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { maybeCompilerMacro, predefinedMacros, surelyUndefined } from '../core/c/compilerMacros';
import type { HeaderOutline, HeaderStructure } from '../core/c/headerStructure';
import { CProgram } from '../core/c/program';
import { type IncludeSource, TranslationUnit } from '../core/c/translationUnit';
import type { BindingsItems } from '../core/index/bindings';
import { type DerivedItems, HeaderBindings, HelperBindings, NO_PARAMETERS, ctypesPrefix, parseBindgenParameters } from '../core/index/headerBindings';
import { BINDINGS_HELPER_H, type TreeModel } from '../core/tree';
import { DISK_FILES, FORCED_INCLUDES, type HeaderFiles, buildArch, includeDirs } from './headerLookup';

export const UAPI_HELPER_H = 'rust/uapi/uapi_helper.h';
const COMPILER_VERSION_H = 'include/linux/compiler-version.h';
const AUTOCONF_H = 'generated/autoconf.h';

/**
 * Reads files once and resolves `#include`s on the kernel's include paths. Before the first
 * build, `asm/X.h` that the arch takes from asm-generic (Kbuild's `generic-y`, or
 * asm-generic's `mandatory-y` when the arch has no X.h) resolves to `asm-generic/X.h`, as
 * the wrapper Kbuild generates into `arch/<arch>/include/generated/` would.
 */
class IncludePaths implements IncludeSource {
  readonly #texts = new Map<string, string | undefined>();
  readonly #entries = new Map<string, Set<string> | null>();
  readonly #resolved = new Map<string, string | undefined>();
  readonly #generic = new Map<string, Set<string>>();
  /** Header structures, outlines and word filters, shared by every translation unit over these files. */
  readonly structures = new Map<string, HeaderStructure>();
  readonly outlines = new Map<string, HeaderOutline>();
  readonly wordFilters = new Map<string, Uint32Array>();

  constructor(
    readonly dirs: string[],
    private readonly files: HeaderFiles,
    private readonly onDisk: boolean,
    private readonly kbuild?: { srctree: string; arch: string },
  ) {}

  text(file: string): string | undefined {
    if (!this.#texts.has(file)) this.#texts.set(file, this.exists(file) ? this.files.read(file) : undefined);
    return this.#texts.get(file);
  }

  resolve(name: string, system: boolean, from: string): string | undefined {
    const key = `${system ? '<' : '"'}${system ? '' : path.dirname(from)}\u0000${name}`;
    if (this.#resolved.has(key)) return this.#resolved.get(key);
    const bases = system ? this.dirs : [path.dirname(from), ...this.dirs];
    const found = bases.map((d) => path.join(d, name)).find((f) => this.exists(f)) ?? this.#asmGeneric(name);
    this.#resolved.set(key, found);
    return found;
  }

  #asmGeneric(name: string): string | undefined {
    const m = /^(uapi\/)?asm\/([\w.-]+\.h)$/.exec(name);
    if (!m || !this.kbuild) return undefined;
    const { srctree, arch } = this.kbuild;
    const uapi = m[1] ? 'uapi/' : '';
    const generic = path.join(srctree, `include/${uapi}asm-generic`, m[2]);
    if (!this.exists(generic)) return undefined;
    const wanted = this.#kbuildList(path.join(srctree, `arch/${arch}/include/${uapi}asm/Kbuild`), 'generic-y').has(m[2])
      || this.#kbuildList(path.join(srctree, `include/${uapi}asm-generic/Kbuild`), 'mandatory-y').has(m[2]);
    return wanted ? generic : undefined;
  }

  /** The headers a Kbuild file lists as `variable += X.h`. */
  #kbuildList(file: string, variable: string): Set<string> {
    const key = `${file}\u0000${variable}`;
    let list = this.#generic.get(key);
    if (!list) {
      const text = this.exists(file) ? this.files.read(file) ?? '' : '';
      list = new Set([...text.matchAll(new RegExp(`^${variable}\\s*\\+=\\s*([\\w.-]+\\.h)`, 'gm'))].map((x) => x[1]));
      this.#generic.set(key, list);
    }
    return list;
  }

  /** From the folder's listing on disk (read once per folder): a miss costs no failed read. */
  private exists(file: string): boolean {
    if (!this.onDisk) return this.#texts.has(file) ? this.#texts.get(file) !== undefined : this.files.read(file) !== undefined;
    const dir = path.dirname(file);
    let names = this.#entries.get(dir);
    if (names === undefined) {
      try {
        names = new Set(fs.readdirSync(dir));
      } catch {
        names = null;
      }
      this.#entries.set(dir, names);
    }
    return names?.has(path.basename(file)) ?? false;
  }
}

/** Builds the translation units of the headers-only bindings before a name is asked for (the server does it when idle). */
export function warmUpDerivedBindings(parts: readonly BindingsItems[]): void {
  for (const p of parts) if ('warmUp' in p) (p as DerivedItems).warmUp();
}

interface HeaderModel {
  bindings: HeaderBindings;
  helpers: HelperBindings;
  uapi: HeaderBindings;
}

/** Files (the disk by default) read once, for the C header lookup and the headers-only model to share. */
export function sharedFiles(base: HeaderFiles = DISK_FILES): HeaderFiles {
  const texts = new Map<string, string | undefined>();
  const dirs = new Map<string, boolean>();
  return {
    read: (f) => {
      if (!texts.has(f)) texts.set(f, base.read(f));
      return texts.get(f);
    },
    isDir: (d) => {
      if (!dirs.has(d)) dirs.set(d, base.isDir(d));
      return dirs.get(d)!;
    },
    list: (d) => base.list(d),
  };
}

/**
 * The headers-only model of a tree; `helpers` are helpers.c (or rust/helpers.c) and the other
 * helper files; `onDisk`: `files` reads the disk, so a missing file is known from its folder's listing.
 */
export function headerModel(model: TreeModel, helpers: { main: string; files: string[] }, files: HeaderFiles = DISK_FILES, onDisk = files === DISK_FILES): HeaderModel {
  const arch = buildArch(model, files);
  const source = new IncludePaths(includeDirs(model, files).filter((d) => files.isDir(d)), files, onDisk,
    arch ? { srctree: model.srctree, arch } : undefined);
  const prefix = ctypesPrefix(files.read(path.join(model.srctree, 'rust/Makefile')), model.mapping);
  const paramsText = files.read(path.join(model.srctree, 'rust/bindgen_parameters'));
  const parameters = paramsText === undefined ? NO_PARAMETERS : parseBindgenParameters(paramsText);
  const forced = [COMPILER_VERSION_H, ...FORCED_INCLUDES].map((f) => path.join(model.srctree, f));
  const predefined = predefinedMacros(arch, model.unsignedChar);
  const program = (root: string) => {
    let p: CProgram | undefined;
    return () => {
      if (!p) {
        const roots = [...forced, root].filter((f) => source.text(f) !== undefined);
        const configHeader = source.resolve(AUTOCONF_H, true, root) ?? AUTOCONF_H;
        p = new CProgram(new TranslationUnit(source, {
          roots, predefined, configHeader, maybeCompilerMacro: maybeCompilerMacro(arch),
          surelyUndefined: surelyUndefined(arch, model.unsignedChar),
          structures: source.structures, outlines: source.outlines, wordFilters: source.wordFilters,
        }));
      }
      return p;
    };
  };
  const bindingsRoot = path.join(model.srctree, BINDINGS_HELPER_H);
  const uapiRoot = path.join(model.srctree, UAPI_HELPER_H);
  return {
    bindings: new HeaderBindings(bindingsRoot, 'bindings', program(bindingsRoot), prefix, parameters),
    helpers: new HelperBindings(helpers.main, program(helpers.main), prefix, new Set(helpers.files), (f) => source.text(f)),
    uapi: new HeaderBindings(uapiRoot, 'uapi', program(uapiRoot), prefix, parameters),
  };
}
