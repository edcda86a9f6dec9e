/** tree-sitter setup: one parser per grammar, created on first use. */
import Parser from 'tree-sitter';
import RustGrammar from 'tree-sitter-rust';
import CGrammar from 'tree-sitter-c';
import type { Range } from './model';

export type SyntaxTree = Parser.Tree;
export type SyntaxNode = Parser.SyntaxNode;

let rustParser: Parser | undefined;
let cParser: Parser | undefined;

function makeParser(grammar: unknown): Parser {
  const parser = new Parser();
  parser.setLanguage(grammar as Parser.Language);
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

export function parseRust(text: string, oldTree?: SyntaxTree): SyntaxTree {
  rustParser ??= makeParser(RustGrammar);
  return rustParser.parse(lspLineBreaks(text), oldTree);
}

export function parseC(text: string, oldTree?: SyntaxTree): SyntaxTree {
  cParser ??= makeParser(CGrammar);
  return cParser.parse(lspLineBreaks(text), oldTree);
}

export function nodeRange(node: SyntaxNode): Range {
  return {
    start: { line: node.startPosition.row, character: node.startPosition.column },
    end: { line: node.endPosition.row, character: node.endPosition.column },
  };
}

/**
 * Pre-order walk over named descendants; `visit` returns false to skip a subtree. It also gets
 * the node's parent within the walk: tree-sitter's `n.parent` searches down from the root,
 * which on deeply nested code makes a walk that asks it quadratic.
 */
export function walkNamed(node: SyntaxNode, visit: (n: SyntaxNode, parent: SyntaxNode | undefined) => boolean | void): void {
  const cursor = node.walk();
  const ancestors: SyntaxNode[] = [];
  for (;;) {
    const n = cursor.currentNode;
    const descend = !n.isNamed || visit(n, ancestors[ancestors.length - 1]) !== false;
    if (descend && cursor.gotoFirstChild()) {
      ancestors.push(n);
      continue;
    }
    while (!cursor.gotoNextSibling()) {
      if (!cursor.gotoParent()) return;
      ancestors.pop();
    }
  }
}

/** The first error or missing node, for telling a user where a file stops making sense. */
export function firstSyntaxError(root: SyntaxNode): SyntaxNode | undefined {
  if (!root.hasError) return undefined;
  let found: SyntaxNode | undefined;
  walkNamed(root, (n) => {
    if (found) return false;
    if (n.type === 'ERROR' || n.isMissing) {
      found = n;
      return false;
    }
    return n.hasError;
  });
  return found ?? root;
}
