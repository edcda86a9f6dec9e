/**
 * The Rust files of a tree, for searches over Rust call sites (references, hover counts).
 * The file list is made once per loaded tree; texts are read at the first search and kept,
 * read again when a file's size or mtime has changed since, the editor's unsaved buffers
 * winning over the disk.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { SourceText } from '../core/index/index';
import type { RustSources } from '../core/features/references';
import { GENERATED_FILES, type TreeModel } from '../core/tree';
import { listFiles, readText } from './files';

export class TreeRustSources implements RustSources {
  private files: string[] | undefined;
  /** Texts read, with the size and mtime they were read at. */
  private readonly read = new Map<string, { size: number; mtimeMs: number; text: string }>();

  constructor(
    private readonly model: TreeModel,
    private readonly openText: (file: string) => string | undefined = () => undefined,
  ) {}

  /** Every `.rs` file of srctree except bindgen's output, which holds no uses. */
  list(): string[] {
    if (!this.files) {
      const generated = new Set(Object.values(GENERATED_FILES).map((g) => path.join(this.model.srctree, g)));
      this.files = listFiles(this.model.srctree, ['.rs']).filter((f) => !generated.has(f));
    }
    return this.files;
  }

  *texts(): Iterable<SourceText> {
    for (const file of this.list()) {
      const open = this.openText(file);
      if (open !== undefined) {
        yield { file, text: open };
        continue;
      }
      const text = this.textOnDisk(file);
      if (text !== undefined) yield { file, text };
    }
  }

  private textOnDisk(file: string): string | undefined {
    const st = fs.statSync(file, { throwIfNoEntry: false });
    const kept = this.read.get(file);
    if (kept && st && st.size === kept.size && st.mtimeMs === kept.mtimeMs) return kept.text;
    const r = readText(file);
    if (!r.ok) {
      this.read.delete(file);
      return undefined;
    }
    this.read.set(file, { size: r.stamp.size, mtimeMs: r.stamp.mtimeMs, text: r.text });
    return r.text;
  }
}
