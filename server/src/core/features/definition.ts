/**
 * Go to definition from `bindings::X`: the C declaration first (the helper for a
 * helper-backed binding, else the header's declaration), the generated Rust item second.
 * From `rust_helper_X` or a header's `X` in C: the generated Rust item.
 */
import type { Location } from '../model';
import type { Project } from '../analyze';
import type { BindingFunction, Located } from '../index/bindings';
import type { HeaderDecl } from '../index/headers';
import { HELPER_PREFIX, type Helper } from '../index/helpers';
import type { FfiSymbol } from './ffiSymbol';

/** The generated item `bindings::name` resolves to, of any kind. */
export function bindingItem(name: string, project: Project): Located | undefined {
  const b = project.index.bindings;
  return b.functions.get(name) ?? b.statics.get(name) ?? b.consts.get(name) ?? b.aliases.get(name) ?? b.structs.get(name);
}

/** The Rust item a C function is reached by: a helper's own binding even when a direct one shadows it. */
export function rustItemOf(symbol: Extract<FfiSymbol, { kind: 'cFunction' }>, project: Project): BindingFunction | undefined {
  const b = project.index.bindings;
  return symbol.name.startsWith(HELPER_PREFIX) ? b.helperFunctions.get(symbol.binding) : b.functions.get(symbol.binding);
}

/** The helper Rust links to for `bindings::name`: none when a direct binding shadows it. */
export function linkedHelper(name: string, project: Project): Helper | undefined {
  const fn = project.index.bindings.functions.get(name);
  return fn?.source === 'helpers' ? project.index.helpers.byRustName.get(name) : undefined;
}

/**
 * The header declaration of a C name: a real function's prototype before a macro or inline.
 * A request answers in full, even while the headers are still being read in the background.
 */
export function headerDeclaration(name: string, project: Project): HeaderDecl | undefined {
  const decls = project.index.headers.find(name, true);
  return decls.find((d) => d.kind === 'extern') ?? decls[0];
}

/**
 * The header declaration behind `bindings::name`: the headers declare functions and
 * function-like macros only, so a struct, constant, static or alias has none to look for.
 */
export function bindingDeclaration(name: string, project: Project): HeaderDecl | undefined {
  return project.index.bindings.functions.has(name) ? headerDeclaration(name, project) : undefined;
}

/** The C declaration behind `bindings::name`, when it can be found. */
export function cDeclaration(name: string, project: Project): Location | undefined {
  const helper = linkedHelper(name, project);
  if (helper) return { file: helper.file, range: helper.nameRange };
  const decl = bindingDeclaration(name, project);
  return decl ? { file: decl.file, range: decl.range } : undefined;
}

export function declarationLocations(name: string, project: Project): Location[] {
  const item = bindingItem(name, project);
  if (!item) return [];
  const c = cDeclaration(name, project);
  const rust: Location = { file: item.file, range: item.nameRange };
  // Derived from the headers, the Rust item's place is a C declaration, maybe the same one.
  const same = c && c.file === rust.file && c.range.start.line === rust.range.start.line && c.range.start.character === rust.range.start.character;
  return c && !same ? [c, rust] : [rust];
}

export function definition(symbol: FfiSymbol, project: Project): Location[] {
  switch (symbol.kind) {
    case 'binding':
      return declarationLocations(symbol.name, project);
    case 'cFunction': {
      const item = rustItemOf(symbol, project);
      return item ? [{ file: item.file, range: item.nameRange }] : [];
    }
    case 'ctype':
      return [];
  }
}
