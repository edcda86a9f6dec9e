/**
 * The per-file parts of the index as plain JSON, for the host's persisted cache: each helper
 * file's part of the helper index (plain data already) and the kernel crate's binding uses.
 * (The outlines of the generated bindings are persisted as binary, `OutlineTable.toData`.)
 * Decoding checks the shape and throws on anything unexpected, so a damaged cache is rebuilt
 * rather than trusted.
 */
import type { Range } from '../model';
import type { HelperFile } from './helpers';
import type { BindingUse } from './kernelCrate';

/** Bumped whenever the shape of an entry or of what the indexers produce changes. */
export const PERSIST_FORMAT = 8;

type PackedRange = [number, number, number, number];

function packRange(r: Range): PackedRange {
  return [r.start.line, r.start.character, r.end.line, r.end.character];
}

function unpackRange(r: PackedRange): Range {
  return { start: { line: r[0], character: r[1] }, end: { line: r[2], character: r[3] } };
}

type PackedUse = Omit<BindingUse, 'file' | 'range' | 'useRange'> & { range: PackedRange; useRange: PackedRange };

export function packUses(uses: BindingUse[]): PackedUse[] {
  return uses.map(({ file: _file, range, useRange, ...rest }) => ({ ...rest, range: packRange(range), useRange: packRange(useRange) }));
}

export function unpackUses(file: string, packed: PackedUse[]): BindingUse[] {
  return packed.map(({ range, useRange, ...rest }) => {
    if (typeof rest.binding !== 'string') throw new Error('bad use');
    return { ...rest, file, range: unpackRange(range), useRange: unpackRange(useRange) };
  });
}

/** Throws on a part that is not a helper file's. */
export function unpackHelperFile(file: string, data: HelperFile): HelperFile {
  if (data?.file !== file || !Array.isArray(data.helpers) || !Array.isArray(data.headers) || !Array.isArray(data.headerIncludes)
    || !Array.isArray(data.unfinished) || typeof data.eol !== 'string' || typeof data.end?.line !== 'number') throw new Error('bad helper file');
  return data;
}

export type PackedPart =
  | { kind: 'helpers'; data: HelperFile }
  | { kind: 'kernel'; data: PackedUse[] };
