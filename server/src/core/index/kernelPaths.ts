/**
 * Public paths into the `kernel` crate, for messages that tell a driver author what to use:
 * the `pub type` aliases that name an implementing type (`pub type Mutex<T> =
 * super::Lock<T, MutexBackend>;` in `kernel::sync::lock::mutex`) and the `pub use` re-exports
 * of ancestor modules (`pub use lock::mutex::{new_mutex, Mutex};` in `kernel::sync`) turn
 * `MutexBackend` into `kernel::sync::Mutex`. A module file is parsed only when first asked about.
 */
import * as path from 'node:path';
import { parseRust, type SyntaxNode, type SyntaxTree } from '../parse';
import { kernelModulePath } from './kernelCrate';

/** What one module file makes public, as far as paths go. */
interface ModuleItems {
  /** `pub type Name<…> = Target;` with the type names the target mentions. */
  aliases: { name: string; mentions: Set<string> }[];
  /** `pub use a::b::{C, D as E};` as resolved module paths: `kernel::…::a::b::C` → `C`, `kernel::…::a::b::D` → `E`. */
  reexports: Map<string, string>;
  /** `pub mod x;` (or `pub mod x { … }`). */
  pubMods: Set<string>;
  /** Names of `pub` structs, enums, unions, traits, type aliases and functions. */
  pubItems: Set<string>;
}

const EMPTY: ModuleItems = { aliases: [], reexports: new Map(), pubMods: new Set(), pubItems: new Set() };

function parent(module: string): string | undefined {
  const i = module.lastIndexOf('::');
  return i < 0 ? undefined : module.slice(0, i);
}

function isPub(item: SyntaxNode): boolean {
  return item.namedChildren.some((c) => c.type === 'visibility_modifier' && c.text === 'pub');
}

/** `self::a`, `super::a`, `crate::a` or `a` in module `module` → the absolute path. */
function resolveUsePath(module: string, segments: string[]): string | undefined {
  let base = module;
  let i = 0;
  if (segments[0] === 'crate' || segments[0] === 'kernel') {
    base = 'kernel';
    i = 1;
  } else if (segments[0] === 'self') {
    i = 1;
  }
  for (; segments[i] === 'super'; i++) {
    const up = parent(base);
    if (!up) return undefined;
    base = up;
  }
  return [base, ...segments.slice(i)].join('::');
}

/** The (path, exported name) pairs of one use tree; wildcards and `self` entries are not followed. */
function useEntries(node: SyntaxNode, prefix: string[], out: { segments: string[]; as: string }[]): void {
  const segs = (n: SyntaxNode) => n.text.replace(/\s+/g, '').split('::');
  switch (node.type) {
    case 'identifier':
    case 'scoped_identifier': {
      const s = [...prefix, ...segs(node)];
      out.push({ segments: s, as: s[s.length - 1] });
      break;
    }
    case 'use_as_clause': {
      const p = node.childForFieldName('path');
      const alias = node.childForFieldName('alias');
      if (p && alias) out.push({ segments: [...prefix, ...segs(p)], as: alias.text });
      break;
    }
    case 'scoped_use_list': {
      const p = node.childForFieldName('path');
      const list = node.childForFieldName('list');
      if (list) useEntries(list, [...prefix, ...(p ? segs(p) : [])], out);
      break;
    }
    case 'use_list':
      for (const c of node.namedChildren) useEntries(c, prefix, out);
      break;
    default:
      break;
  }
}

function typeNames(node: SyntaxNode, out: Set<string>): Set<string> {
  if (node.type === 'type_identifier') out.add(node.text);
  for (const c of node.namedChildren) typeNames(c, out);
  return out;
}

/** What a module's items make public, and the same for each inline `mod` among them (into `out`). */
function readModule(module: string, nodes: SyntaxNode[], out: Map<string, ModuleItems>): void {
  const items: ModuleItems = { aliases: [], reexports: new Map(), pubMods: new Set(), pubItems: new Set() };
  out.set(module, items);
  for (const item of nodes) {
    const name = item.childForFieldName('name')?.text;
    const body = item.type === 'mod_item' ? item.childForFieldName('body') : null;
    if (body && name) readModule(`${module}::${name}`, body.namedChildren, out);
    if (!isPub(item)) continue;
    if (item.type === 'mod_item' && name) items.pubMods.add(name);
    else if (item.type === 'use_declaration') {
      const arg = item.childForFieldName('argument');
      const entries: { segments: string[]; as: string }[] = [];
      if (arg) useEntries(arg, [], entries);
      for (const e of entries) {
        const target = resolveUsePath(module, e.segments);
        if (target) items.reexports.set(target, e.as);
      }
    } else if (name) {
      items.pubItems.add(name);
      const target = item.type === 'type_item' ? item.childForFieldName('type') : null;
      if (target) items.aliases.push({ name, mentions: typeNames(target, new Set()) });
    }
  }
}

export class KernelPaths {
  /** The file of each module that has one; its `text` is read when the file is first parsed. */
  private readonly files = new Map<string, { text: string }>();
  private readonly trees = new Map<string, SyntaxTree>();
  private readonly modules = new Map<string, ModuleItems>();

  /** `sources`: the kernel crate's files, with their paths relative to `rust/kernel/`. */
  constructor(sources: { relFromKernelDir: string; source: { text: string } }[]) {
    for (const s of sources) this.files.set(kernelModulePath(s.relFromKernelDir.split(path.sep).join('/')), s.source);
  }

  /** The syntax tree of a module's file (`kernel::time` → rust/kernel/time.rs), parsed once. */
  fileTree(fileModule: string): SyntaxTree | undefined {
    let tree = this.trees.get(fileModule);
    const file = this.files.get(fileModule);
    if (!tree && file) {
      tree = parseRust(file.text);
      this.trees.set(fileModule, tree);
    }
    return tree;
  }

  /** The module of the file that `module` is written in (itself, or an ancestor with inline `mod`s). */
  fileModuleOf(module: string): string | undefined {
    for (let m: string | undefined = module; m; m = parent(m)) if (this.files.has(m)) return m;
    return undefined;
  }

  private items(module: string): ModuleItems {
    let items = this.modules.get(module);
    if (!items) {
      const file = this.fileModuleOf(module);
      const tree = file && !this.modules.has(file) ? this.fileTree(file) : undefined;
      if (file && tree) readModule(file, tree.rootNode.namedChildren, this.modules);
      items = this.modules.get(module) ?? EMPTY;
      this.modules.set(module, items);
    }
    return items;
  }

  /** Whether `module` defines a `pub` item `name` (a function, type, trait …). */
  hasPublic(module: string, name: string): boolean {
    return this.items(module).pubItems.has(name);
  }

  /** Whether `module` defines a `pub` item `name` that drivers can reach by that module's path. */
  isPublicItem(module: string, name: string): boolean {
    return this.items(module).pubItems.has(name) && this.reachable(module);
  }

  /** Whether every module from `kernel` down to `module` is `pub mod` in its parent. */
  private reachable(module: string): boolean {
    for (let m = module, up = parent(m); up; m = up, up = parent(m)) {
      if (!this.items(up).pubMods.has(m.slice(up.length + 2))) return false;
    }
    return true;
  }

  /**
   * The public path through which drivers use the implementing type `implType` of module
   * `module`: through the one alias there that names it (`MutexBackend` → `Mutex`; among
   * several, the one whose name `implType` starts with), then the highest ancestor that
   * re-exports it. Undefined unless it differs from `module::implType` and is certain.
   */
  publicPathOf(module: string, implType: string): string | undefined {
    const { aliases, pubItems } = this.items(module);
    const naming = aliases.filter((a) => a.name !== implType && a.mentions.has(implType));
    const chosen = naming.length === 1 ? naming : naming.filter((a) => implType.startsWith(a.name));
    let name: string;
    if (chosen.length === 1) name = chosen[0].name;
    else if (!naming.length && pubItems.has(implType)) name = implType;
    else return undefined;
    const exported = this.exported(module, name);
    return exported === `${module}::${implType}` ? undefined : exported;
  }

  /**
   * The path a driver names the `pub` item `name` of `module` by (a function, const or type):
   * through the highest ancestor that re-exports it, when every module on the way is public.
   * `isPub`: the caller knows it is `pub` (a const a macro of the module defines).
   */
  publicItemPath(module: string, name: string, isPub = false): string | undefined {
    return isPub || this.items(module).pubItems.has(name) ? this.exported(module, name) : undefined;
  }

  private exported(module: string, name: string): string | undefined {
    let cur = { module, name };
    for (let a = parent(cur.module); a; a = parent(a)) {
      const as = this.items(a).reexports.get(`${cur.module}::${cur.name}`);
      if (as) cur = { module: a, name: as };
    }
    return this.reachable(cur.module) ? `${cur.module}::${cur.name}` : undefined;
  }
}
