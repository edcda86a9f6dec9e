/**
 * `check --diff [REV]` and `check --patch FILE|-`: the review of a change. The findings are
 * those of the tree as the change leaves it, on the lines the change adds: for --diff the
 * working tree against `git diff REV`; for --patch the tree with the patch applied in memory.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { addedInHunks, addedLines } from '../core/review/addedLines';
import { applyPatches, parsePatches } from '../core/review/patch';
import { DISK } from '../host/files';
import { gitDiff } from '../host/git';
import { TreeError } from '../host/kernelTree';
import type { Io } from './command';

/** Added lines (0-based) per absolute file path. */
export type AddedLines = Map<string, Set<number>>;

/** The lines `git diff REV` adds in the working tree. */
export function addedSince(srctree: string, rev: string): AddedLines {
  const diff = gitDiff(srctree, rev);
  const added: AddedLines = new Map();
  if (!diff.trim()) return added;
  for (const patch of parsePatches(diff)) {
    for (const fp of patch.files) if (fp.newPath !== null) added.set(path.join(srctree, fp.newPath), addedInHunks(fp.hunks));
  }
  return added;
}

/** A patch's size past which the review does not read it (a string that large is near Node's limit). */
const MAX_PATCH_BYTES = 256 * 1024 * 1024;

/** The patch text of `--patch FILE` (`-`: standard input). */
export function readPatch(arg: string, io: Io): string {
  let bytes: Buffer;
  try {
    bytes = arg === '-' ? fs.readFileSync(0) : fs.readFileSync(path.resolve(io.cwd, arg));
  } catch (e) {
    throw new TreeError(`--patch ${arg}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message}`);
  }
  if (bytes.length > MAX_PATCH_BYTES) throw new TreeError(`--patch ${arg} is ${Math.round(bytes.length / 1048576)} MB, over the ${MAX_PATCH_BYTES / 1048576} MB a review reads`);
  return new TextDecoder('utf-8').decode(bytes);
}

export interface PatchedTree {
  /** The texts the patch leaves, by absolute path; null for a file it deletes. */
  texts: Map<string, string | null>;
  added: AddedLines;
}

/** Applies the patch (or series) in memory to the tree's files on disk. */
export function applyToTree(patchText: string, srctree: string, io: Io): PatchedTree {
  const original = (rel: string) => {
    const r = DISK.read(path.join(srctree, rel));
    if (r.ok) return r.text;
    if (r.reason === 'does not exist') return undefined;
    throw new TreeError(`the patch changes ${rel}, which ${r.reason}`);
  };
  const applied = applyPatches(parsePatches(patchText), original);
  for (const n of applied.notes) io.err(`rfl-ffi: note: ${n.path} ${n.message}`);
  const texts = new Map<string, string | null>();
  const added: AddedLines = new Map();
  for (const [rel, text] of applied.texts) {
    const file = path.join(srctree, rel);
    texts.set(file, text);
    const origin = applied.origins.get(rel);
    if (text !== null) added.set(file, addedLines(origin ? original(origin) ?? '' : '', text));
  }
  return { texts, added };
}
