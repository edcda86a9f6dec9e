/**
 * `// rfl-ffi: allow(<code>[, <code>…])` silences a finding when written on the finding's
 * line, or in the comments directly above that line or above any item enclosing it
 * (a function, an impl, a struct …). `/* rfl-ffi: allow(...) *\/` works in C.
 */
import type { Position } from './model';
import type { SyntaxNode, SyntaxTree } from './parse';

const ALLOW_RE = /rfl-ffi:\s*allow\(([^)]*)\)/g;

function allowedOn(line: string): string[] {
  const out: string[] = [];
  for (const m of line.matchAll(ALLOW_RE)) out.push(...m[1].split(',').map((s) => s.trim()).filter(Boolean));
  return out;
}

function isCommentOrAttribute(line: string): boolean {
  return /^\s*(\/\/|\/\*|\*|#\[|#!\[)/.test(line);
}

function isItem(n: SyntaxNode): boolean {
  return n.type.endsWith('_item') || n.type === 'function_definition' || n.type === 'declaration'
    || n.type === 'let_declaration' || n.type === 'expression_statement' || n.type === 'field_declaration';
}

export class Suppressions {
  private readonly lines: string[];

  constructor(text: string, private readonly tree: SyntaxTree) {
    this.lines = text.split(/\r\n|\r|\n/);
  }

  private allowedAbove(row: number, code: string): boolean {
    if (this.allows(row, code)) return true;
    for (let r = row - 1; r >= 0 && isCommentOrAttribute(this.lines[r]); r--) {
      if (this.allows(r, code)) return true;
    }
    return false;
  }

  private allows(row: number, code: string): boolean {
    const line = this.lines[row];
    if (!line || !line.includes('rfl-ffi')) return false;
    return allowedOn(line).includes(code);
  }

  isSuppressed(code: string, at: Position): boolean {
    if (this.allowedAbove(at.line, code)) return true;
    let node: SyntaxNode | null = this.tree.rootNode.descendantForPosition({ row: at.line, column: at.character });
    for (; node; node = node.parent) {
      if (isItem(node) && node.startPosition.row !== at.line && this.allowedAbove(node.startPosition.row, code)) return true;
    }
    return false;
  }
}
