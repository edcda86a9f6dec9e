/** Line-oriented helpers over document text. */
import type { Position, TextEdit } from './model';

/** Splits on \n, \r\n and \r, like LSP does. */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    } else if (c === 10) {
      starts.push(i + 1);
    }
  }
  return starts;
}

export function offsetAt(starts: number[], text: string, pos: Position): number {
  if (pos.line >= starts.length) return text.length;
  const lineStart = starts[pos.line];
  const next = pos.line + 1 < starts.length ? starts[pos.line + 1] : text.length;
  return Math.min(lineStart + pos.character, next);
}

export function positionAt(starts: number[], offset: number): Position {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo, character: offset - starts[lo] };
}

/** The end-of-line sequence a file uses, so inserted lines match it. */
export function eolOf(text: string): string {
  const m = /\r\n|\n|\r/.exec(text);
  return m ? m[0] : '\n';
}

function isIdentChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

/** Whether `text` spells the identifier `name` as a whole word: the cheap filter before a parse. */
export function mentions(text: string, name: string): boolean {
  let i = text.indexOf(name);
  while (i >= 0) {
    const before = text.charCodeAt(i - 1);
    const after = text.charCodeAt(i + name.length);
    if (!isIdentChar(before) && !isIdentChar(after)) return true;
    i = text.indexOf(name, i + 1);
  }
  return false;
}

/** Width of a tab in kernel C. */
export const TAB_WIDTH = 8;

/** The display width of `s` with kernel tabs. */
export function displayColumns(s: string): number {
  let col = 0;
  for (const c of s) col = c === '\t' ? col + TAB_WIDTH - (col % TAB_WIDTH) : col + 1;
  return col;
}

/** Leading whitespace reaching display column `col` the kernel's way: tabs, then spaces. */
export function kernelIndent(col: number): string {
  return '\t'.repeat(Math.floor(col / TAB_WIDTH)) + ' '.repeat(col % TAB_WIDTH);
}

/**
 * `text` with `edits` applied, as LSP says: ranges refer to the original text and do not
 * overlap, and inserts at one position land in the order given.
 */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const starts = lineStarts(text);
  const spans = edits
    .map((e, i) => ({ from: offsetAt(starts, text, e.range.start), to: offsetAt(starts, text, e.range.end), text: e.newText, i }))
    .sort((a, b) => a.from - b.from || a.i - b.i);
  let out = '';
  let at = 0;
  for (const sp of spans) {
    out += text.slice(at, sp.from) + sp.text;
    at = Math.max(at, sp.to);
  }
  return out + text.slice(at);
}
