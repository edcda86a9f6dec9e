/**
 * The syntax tree of each open document, kept across edits: an edit is applied to the old
 * tree (`Tree.edit`) and the new text is parsed against it, so tree-sitter re-reads only
 * what changed instead of the whole file.
 */
import type { TextDocumentContentChangeEvent } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { languageOf, parseFor } from '../core/analyze';
import type { SyntaxTree } from '../core/parse';

interface Point {
  row: number;
  column: number;
}

/** Where `text`, inserted at `start`, ends. */
function endOf(start: Point, text: string): Point {
  const lines = text.split(/\r\n|\r|\n/);
  if (lines.length === 1) return { row: start.row, column: start.column + text.length };
  return { row: start.row + lines.length - 1, column: lines[lines.length - 1].length };
}

export class DocumentTrees {
  private readonly trees = new Map<string, { version: number; tree: SyntaxTree }>();

  /** Applies `changes` to `doc` (as TextDocuments does), editing the document's tree to match. */
  readonly update = (doc: TextDocument, changes: TextDocumentContentChangeEvent[], version: number): TextDocument => {
    const entry = this.trees.get(doc.uri);
    let cur = doc;
    for (const change of changes) {
      if (!entry || !('range' in change)) {
        this.trees.delete(doc.uri);
      } else {
        const startIndex = cur.offsetAt(change.range.start);
        const oldEndIndex = cur.offsetAt(change.range.end);
        const startPosition = cur.positionAt(startIndex);
        const start = { row: startPosition.line, column: startPosition.character };
        const oldEnd = cur.positionAt(oldEndIndex);
        entry.tree.edit({
          startIndex, oldEndIndex, newEndIndex: startIndex + change.text.length,
          startPosition: start, oldEndPosition: { row: oldEnd.line, column: oldEnd.character }, newEndPosition: endOf(start, change.text),
        });
      }
      cur = TextDocument.update(cur, [change], version);
    }
    return cur;
  };

  /** The tree of `doc` at its current version, parsed incrementally from the last one. */
  treeOf(file: string, doc: TextDocument): SyntaxTree | undefined {
    const language = languageOf(file);
    if (!language) return undefined;
    const old = this.trees.get(doc.uri);
    if (old?.version === doc.version) return old.tree;
    const tree = parseFor(language, doc.getText(), old?.tree);
    this.trees.set(doc.uri, { version: doc.version, tree });
    return tree;
  }

  forget(uri: string): void {
    this.trees.delete(uri);
  }
}
