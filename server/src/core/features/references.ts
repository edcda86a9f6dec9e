/**
 * Find references: from `rust_helper_X`, a header's `X`, or `bindings::X` itself, to every
 * Rust use of `bindings::X` in the tree.
 */
import type { Location } from '../model';
import type { FfiSymbol } from './ffiSymbol';
import { rustResolver, rustSymbolOf } from './ffiSymbol';
import type { Project } from '../analyze';
import type { SourceText } from '../index/index';
import { parseRust, walkNamed } from '../parse';
import { declarationLocations } from './definition';

/** The Rust files a search may look through; the host lists them (it owns the disk). */
export interface RustSources {
  texts(): Iterable<SourceText>;
}

/** Every place a Rust file names `bindings::<binding>` (path, import or imported name), in file order. */
export function bindingUses(binding: string, sources: RustSources, project: Project): Location[] {
  const out: Location[] = [];
  for (const src of sources.texts()) {
    // Cheap prefilter: a file that never spells the name cannot use it.
    if (!src.text.includes(binding)) continue;
    const tree = parseRust(src.text);
    const resolver = rustResolver(src.file, tree, project);
    walkNamed(tree.rootNode, (n) => {
      if (n.type === 'use_declaration') return false;
      if (n.type !== 'identifier' && n.type !== 'type_identifier') return true;
      if (n.text !== binding) return false;
      const sym = rustSymbolOf(n, resolver, project.model.mapping);
      if (sym?.kind === 'binding' && sym.name === binding) out.push({ file: src.file, range: sym.range });
      return false;
    });
  }
  return out;
}

export function bindingOf(symbol: FfiSymbol): string | undefined {
  return symbol.kind === 'binding' ? symbol.name : symbol.kind === 'cFunction' ? symbol.binding : undefined;
}

export function references(symbol: FfiSymbol, project: Project, sources: RustSources, includeDeclaration: boolean): Location[] {
  const binding = bindingOf(symbol);
  if (!binding) return [];
  const uses = bindingUses(binding, sources, project);
  return includeDeclaration ? [...declarationLocations(binding, project), ...uses] : uses;
}
