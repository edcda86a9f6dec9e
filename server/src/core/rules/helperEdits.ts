/** Edits to helpers.c shared by the rules and helper generation. */
import type { FileEdit } from '../model';
import type { HelperIndex } from '../index/helpers';

/**
 * Inserts `#include "name"` into helpers.c before the first include that sorts after it
 * (or after the last include), keeping the file's "Sorted alphabetically" order.
 */
export function insertHelperInclude(index: HelperIndex, name: string, eol: string): FileEdit | undefined {
  const incs = index.includes;
  if (!incs.length) return undefined;
  const after = incs.find((inc) => inc.name > name);
  const line = after ? after.line : incs[incs.length - 1].line + 1;
  return {
    file: index.mainFile,
    edits: [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: `#include "${name}"${eol}` }],
  };
}
