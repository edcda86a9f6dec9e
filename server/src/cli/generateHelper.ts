/** `rfl-ffi generate-helper NAME… [--write]`: C helpers for static inline functions and macros. */
import * as path from 'node:path';
import { generateHelperFor } from '../core/features/generateHelper';
import type { FileEdit } from '../core/model';
import { writeFileEdits } from '../host/files';
import { type LoadedProject, reloadHelpers } from '../host/kernelTree';
import type { Io } from './command';

function describeEdit(fe: FileEdit, srctree: string): string {
  const rel = path.relative(srctree, fe.file);
  if (fe.create) return `--- ${rel} (new file)\n${fe.edits[0].newText}`;
  return fe.edits.map((e) => `--- ${rel}:${e.range.start.line + 1} (insert)\n${e.newText}`).join('');
}

/** Generates (and with `write`, writes one after the other) the helpers; returns the exit status. */
export function generateHelpers(start: LoadedProject, names: string[], write: boolean, io: Io): number {
  let project = start;
  let failed = 0;
  for (const name of names) {
    const result = generateHelperFor(project.model, project.index, name);
    if (!result.ok) {
      io.err(`rfl-ffi: error: ${name}: ${result.reason}`);
      failed++;
      continue;
    }
    if (!write) {
      io.out(result.fix.edits.map((fe) => describeEdit(fe, project.model.srctree)).join(''));
      continue;
    }
    writeFileEdits(result.fix.edits);
    io.out(`${name}: rust_helper_${name} → ${path.relative(io.cwd, result.file)}`);
    project = reloadHelpers(project);
  }
  return failed ? 1 : 0;
}
