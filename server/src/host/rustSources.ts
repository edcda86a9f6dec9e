/**
 * The Rust files of a tree, for searches over Rust call sites (references, hover counts).
 * The file list is made once per loaded tree; texts are read at search time, the editor's
 * unsaved buffers winning over the disk.
 */
import * as path from 'node:path';
import type { SourceText } from '../core/index/index';
import type { RustSources } from '../core/features/references';
import { GENERATED_FILES, type TreeModel } from '../core/tree';
import { listFiles, readText } from './files';

export class TreeRustSources implements RustSources {
  private files: string[] | undefined;

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
      const r = readText(file);
      if (r.ok) yield { file, text: r.text };
    }
  }
}
