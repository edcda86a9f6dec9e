/**
 * tree-sitter setup: one parser per grammar, created on first use, and each grammar loaded
 * then (a warm start on a Rust file never needs the C one).
 */
import * as path from 'node:path';
import Parser from 'tree-sitter';
import type { Range } from './model';

export type SyntaxTree = Parser.Tree;
export type SyntaxNode = Parser.SyntaxNode;

let rustParser: Parser | undefined;
let cParser: Parser | undefined;

/** Parses done in this process, by grammar: tests check that work done ahead of a request leaves it none to do. */
export const parseCounts = { rust: 0, c: 0 };

/**
 * tree-sitter's `setLanguage` gives a grammar, on first use, a class per node type whose
 * prototype holds its `type` and a getter per field (`nameNode`…), each class compiled with
 * `new Function` and each type looked up in the grammar's node-types.json: 15–20 ms for Rust's
 * at every start on the project's machine. The classes are made here instead, with `type` and
 * without the field getters (nothing reads them; the typings have none), from the names the
 * runtime gives by id: well under 1 ms. `type` stays a value on the prototype, not a call
 * into the runtime as on the plain SyntaxNode, so every rule reads it as fast as before.
 * When the runtime is not the one expected (no `getNodeTypeNamesById`), `setLanguage` makes
 * its own.
 */
function nodeClasses(language: unknown): unknown[] | undefined {
  const SyntaxNode = (Parser as unknown as { SyntaxNode: new (...args: never[]) => object }).SyntaxNode;
  let names: unknown;
  try {
    // The runtime tree-sitter loaded itself (node-gyp-build picks the same build; require returns the loaded module).
    const runtime = nativeBinding('tree-sitter') as { getNodeTypeNamesById?: (language: unknown) => unknown };
    names = runtime.getNodeTypeNamesById?.(language);
  } catch {
    return undefined;
  }
  if (!Array.isArray(names) || typeof SyntaxNode !== 'function') return undefined;
  return names.map((name: unknown) => {
    if (typeof name !== 'string') return SyntaxNode;
    const NodeClass = class extends SyntaxNode {};
    Object.defineProperty(NodeClass.prototype, 'type', { value: name, enumerable: true });
    return NodeClass;
  });
}

/**
 * A package's native binding, found and loaded as the package's main finds and loads it
 * (node-gyp-build). For a grammar, without the node-types.json (~100 kB) that its main also
 * parses for `setLanguage`'s classes, which `nodeClasses` makes without it: ~2 ms of a start.
 */
function nativeBinding(pkg: 'tree-sitter' | 'tree-sitter-rust' | 'tree-sitter-c'): unknown {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require('node-gyp-build') as (dir: string) => unknown)(path.dirname(require.resolve(`${pkg}/package.json`)));
}

function makeParser(binding: unknown): Parser {
  const language = binding as Parser.Language & { nodeSubclasses?: unknown[] };
  language.nodeSubclasses ??= nodeClasses(language);
  const parser = new Parser();
  parser.setLanguage(language);
  return parser;
}

/**
 * tree-sitter starts a new row at `\n` only, while LSP (and every position we report) also
 * breaks lines at a lone `\r` (old Mac line ends). Made a `\n`, same length, it keeps every
 * offset and makes rows match lines.
 */
function lspLineBreaks(text: string): string {
  return text.includes('\r') ? text.replace(/\r(?!\n)/g, '\n') : text;
}

function rustGrammar(): Parser {
  return (rustParser ??= makeParser(nativeBinding('tree-sitter-rust')));
}

/** The Rust grammar, loaded ahead of its first use while a server waits for its client. */
export const loadRustGrammar: () => void = rustGrammar;

export function parseRust(text: string, oldTree?: SyntaxTree): SyntaxTree {
  parseCounts.rust++;
  return rustGrammar().parse(lspLineBreaks(text), oldTree);
}

/** The C grammar, loaded (a few ms) ahead of its first use when there is time. */
function cGrammar(): Parser {
  return (cParser ??= makeParser(nativeBinding('tree-sitter-c')));
}

export const loadCGrammar: () => void = cGrammar;

export function parseC(text: string, oldTree?: SyntaxTree): SyntaxTree {
  parseCounts.c++;
  return cGrammar().parse(lspLineBreaks(text), oldTree);
}

export function nodeRange(node: SyntaxNode): Range {
  return {
    start: { line: node.startPosition.row, character: node.startPosition.column },
    end: { line: node.endPosition.row, character: node.endPosition.column },
  };
}

/** Pre-order walk over named descendants; `visit` returns false to skip a subtree. */
export function walkNamed(node: SyntaxNode, visit: (n: SyntaxNode) => boolean | void): void {
  const cursor = node.walk();
  for (;;) {
    // Anonymous nodes (punctuation, keywords) are never handed out, so never materialised.
    const descend = !cursor.nodeIsNamed || visit(cursor.currentNode) !== false;
    if (descend && cursor.gotoFirstChild()) continue;
    while (!cursor.gotoNextSibling()) {
      if (!cursor.gotoParent()) return;
    }
  }
}

/**
 * The nodes of `types` among `nodes` (in document order) and their descendants, in document
 * order, leaving out the descendants of nodes of a `prune` type. tree-sitter finds them
 * natively in one call over the span of `nodes` (each call costs a lookup of the type
 * names), which is several times faster than visiting every node from JavaScript.
 */
export function descendantsOf(nodes: readonly SyntaxNode[], types: readonly string[], prune: readonly string[] = []): SyntaxNode[] {
  if (!nodes.length) return [];
  const wanted = new Set(types);
  const pruned = new Set(prune);
  const first = nodes[0].startPosition;
  const last = nodes[nodes.length - 1].endPosition;
  // One column wider on each side, so that an empty (missing) node on an edge is found too.
  const from = first.column ? { row: first.row, column: first.column - 1 } : first.row ? { row: first.row - 1, column: 0xffffffff } : first;
  const found = nodes[0].tree.rootNode.descendantsOfType([...new Set([...types, ...prune])], from, { row: last.row, column: last.column + 1 });
  const out: SyntaxNode[] = [];
  let i = 0;
  let prunedUntil = -1;
  for (const n of found) {
    while (i < nodes.length && nodes[i].endIndex < n.startIndex) i++;
    if (i === nodes.length) break;
    // The one of `nodes` that holds `n`, if any: `nodes[i]` or, when they touch, the next.
    let j = i;
    while (j < nodes.length && nodes[j].startIndex <= n.startIndex && nodes[j].endIndex < n.endIndex) j++;
    const holder = nodes[j];
    if (!holder || n.startIndex < holder.startIndex || n.startIndex < prunedUntil) continue;
    if (wanted.has(n.type)) out.push(n);
    if (pruned.has(n.type)) prunedUntil = n.endIndex;
  }
  return out;
}
