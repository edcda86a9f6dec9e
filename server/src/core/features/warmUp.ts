/**
 * Work done ahead of the first requests on an open file, in small steps (the server takes one
 * in each pause of typing): what hover, definition and code actions on the file's FFI symbols
 * need that its diagnostics did not already read. That is the C grammar, the bindings items
 * of its `bindings::` paths (or, in a helper file, of its `rust_helper_X`), the helper index,
 * the kernel crate's uses of those items and the header declarations behind them. A request
 * that comes before the last step does what is left itself, so it is never slower for it.
 */
import type { Project } from '../analyze';
import type { Finding } from '../model';
import { loadCGrammar, type SyntaxTree } from '../parse';
import { HELPER_PREFIX } from '../index/helpers';
import type { Language } from '../rules/rule';
import { bindingItem } from './definition';
import { rustResolver, rustSymbolOf } from './ffiSymbol';

/** The bindings items a Rust file names through `bindings::` paths (as its imports resolve them). */
function rustBindingNames(file: string, tree: SyntaxTree, project: Project): Set<string> {
  const resolver = rustResolver(file, tree, project);
  const names = new Set<string>();
  for (const path of tree.rootNode.descendantsOfType(['scoped_identifier', 'scoped_type_identifier'])) {
    const name = path.childForFieldName('name');
    const sym = name && rustSymbolOf(name, resolver, project.model.mapping);
    if (sym?.kind === 'binding') names.add(sym.name);
  }
  return names;
}

/** The bindings a helper file's `rust_helper_X` functions give Rust. */
function helperBindingNames(text: string, project: Project): Set<string> {
  const names = new Set<string>();
  for (const m of text.matchAll(/\brust_helper_(\w+)/g)) if (project.index.helpers.byName.has(HELPER_PREFIX + m[1])) names.add(m[1]);
  return names;
}

/** The steps; the first reads the file's names from `tree`, which must be the tree of `text` until then. */
export function* warmUpSteps(file: string, language: Language, text: string, tree: SyntaxTree, project: Project): Generator<void> {
  const names = language === 'rust' ? rustBindingNames(file, tree, project) : helperBindingNames(text, project);
  yield;
  loadCGrammar();
  yield;
  for (const name of names) bindingItem(name, project);
  yield;
  const helpers = project.index.helpers;
  yield;
  // The C names behind the functions: hover and definition show their header declarations.
  const cNames: string[] = [];
  for (const name of names) {
    if (!project.index.bindings.functions.has(name)) continue;
    project.index.kernel.uses(name);
    project.index.bindings.helperFunctions.get(name);
    cNames.push(name);
    const forwarded = helpers.byRustName.get(name)?.forwardsTo;
    if (forwarded) cNames.push(forwarded);
    yield;
  }
  yield* project.index.headers.prepare(cNames);
}

/** The edits of every fix offered on `findings`, computed ahead of the code action that applies one. */
export function* fixSteps(findings: readonly Finding[]): Generator<void> {
  for (const f of findings) {
    for (const fix of f.fixes) {
      void fix.edits;
      yield;
    }
  }
}
