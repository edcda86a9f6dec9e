/**
 * The order of a sorted `#include` list as kernel maintainers keep it by hand, not byte order
 * (ffi-domain §4): the stem sorts before its extension, so `"dma.c"` comes before
 * `"dma-resv.c"`, and `_` and `-` sort the way the list's other lines show.
 */

/**
 * How a list treats `_`, `-` (and `/`, `.` inside a name): as breaks between words, which sort
 * before any letter (`blk-mq.h`, `blk_types.h`, `blkdev.h`, as bindings_helper.h has them), or
 * as if absent, as `sort` in a UTF-8 locale orders them (`blkdev.h`, `blk-mq.h`, `blk_types.h`).
 */
type Separators = 'break' | 'ignored';

export interface IncludeOrder {
  compare(a: string, b: string): number;
}

const SEPARATOR = /[-_/.]+/;
const SEPARATORS = /[-_/.]+/g;

function stem(name: string): string {
  return name.toLowerCase().replace(/\.[a-z0-9]+$/, '');
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function compareWords(a: string, b: string): number {
  const wa = stem(a).split(SEPARATOR);
  const wb = stem(b).split(SEPARATOR);
  for (let k = 0; k < Math.min(wa.length, wb.length); k++) {
    if (wa[k] !== wb[k]) return compareStrings(wa[k], wb[k]);
  }
  return wa.length - wb.length;
}

function compareLetters(a: string, b: string): number {
  return compareStrings(stem(a).replace(SEPARATORS, ''), stem(b).replace(SEPARATORS, ''));
}

function orderOf(separators: Separators): IncludeOrder {
  const primary = separators === 'break' ? compareWords : compareLetters;
  // Names equal to a person (`blk-mq` and `blk_mq`) still get one fixed order.
  return { compare: (a, b) => primary(a, b) || compareStrings(a, b) };
}

/**
 * The lines that stay where they are when the list is sorted with the fewest moves: a longest
 * non-decreasing subsequence. Among equally long ones, the lines that stay are those nearest
 * their sorted place, then the earlier ones, so the lines reported as moved are the slips.
 */
export function linesInPlace(names: readonly string[], order: IncludeOrder): boolean[] {
  const n = names.length;
  const rank = new Array<number>(n);
  sortedIndices(names, order).forEach((i, r) => { rank[i] = r; });
  const length = new Array<number>(n);
  const cost = new Array<number>(n);
  const prev = new Array<number>(n).fill(-1);
  let best = -1;
  for (let i = 0; i < n; i++) {
    length[i] = 1;
    cost[i] = 0;
    for (let j = 0; j < i; j++) {
      if (order.compare(names[j], names[i]) > 0) continue;
      if (length[j] + 1 > length[i] || (length[j] + 1 === length[i] && cost[j] < cost[i])) {
        length[i] = length[j] + 1;
        cost[i] = cost[j];
        prev[i] = j;
      }
    }
    cost[i] += Math.abs(i - rank[i]);
    if (best < 0 || length[i] > length[best] || (length[i] === length[best] && cost[i] < cost[best])) best = i;
  }
  const kept = new Array<boolean>(n).fill(false);
  for (let i = best; i >= 0; i = prev[i]) kept[i] = true;
  return kept;
}

/** The order of the list's own lines: separators as word breaks unless ignoring them leaves more lines in place. */
export function includeOrderOf(names: readonly string[]): IncludeOrder {
  const inPlace = (o: IncludeOrder) => linesInPlace(names, o).filter(Boolean).length;
  const words = orderOf('break');
  const letters = orderOf('ignored');
  return inPlace(letters) > inPlace(words) ? letters : words;
}

/** Indices of `names` in sorted order (stable). */
export function sortedIndices(names: readonly string[], order: IncludeOrder): number[] {
  return names.map((_, i) => i).sort((a, b) => order.compare(names[a], names[b]) || a - b);
}

/**
 * Where `name` goes in the list: the index of the line it goes before, the first line that
 * stays in place and sorts after it; `names.length` when none does (after the last line).
 */
export function insertionIndex(names: readonly string[], name: string): number {
  const order = includeOrderOf(names);
  const kept = linesInPlace(names, order);
  const i = names.findIndex((n, k) => kept[k] && order.compare(n, name) > 0);
  return i < 0 ? names.length : i;
}
