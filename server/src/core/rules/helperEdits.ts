/** Edits to include lists shared by the rules and helper generation. */
import type { FileEdit } from '../model';
import type { HelperIndex } from '../index/helpers';
import { insertionIndex } from '../includeOrder';

/**
 * Inserts `#include "name"` (or `<name>`) into `file` where the order of its `includes` puts
 * it (core/includeOrder.ts: as maintainers sort, `"dma.c"` before `"dma-resv.c"`), keeping a
 * "Sorted alphabetically" list sorted. Undefined when the file has no include to place it by.
 */
export function insertSortedInclude(
  file: string, includes: readonly { name: string; line: number }[], name: string, system: boolean, eol: string,
): FileEdit | undefined {
  if (!includes.length) return undefined;
  const at = insertionIndex(includes.map((inc) => inc.name), name);
  const line = at < includes.length ? includes[at].line : includes[includes.length - 1].line + 1;
  const spelled = system ? `<${name}>` : `"${name}"`;
  return { file, edits: [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: `#include ${spelled}${eol}` }] };
}

/** Inserts `#include "name"` into helpers.c in sorted position. */
export function insertHelperInclude(index: HelperIndex, name: string, eol: string): FileEdit | undefined {
  return insertSortedInclude(index.mainFile, index.includes, name, false, eol);
}
