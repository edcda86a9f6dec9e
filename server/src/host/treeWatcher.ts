/**
 * The server's own watch on the files of a loaded tree that change outside the editor: the
 * generated bindings (rewritten by `make`) and the C helpers. LSP clients watch files for a
 * server only when they support dynamic registration of `workspace/didChangeWatchedFiles`,
 * and then only inside their workspace folders; Emacs's and Vim's clients, or a root that is
 * a subfolder of the tree, leave these files unwatched.
 *
 * Folders, not files: bindgen replaces the file, and a watch on the old inode would go
 * quiet. Not recursive: Node's recursive watch on Linux walks and watches every subfolder,
 * too much for the kernel crate's ~100 folders; a reindex covers those.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { GENERATED_FILES, HELPERS_DIR, type TreeModel } from '../core/tree';
import { isDir } from './files';

/** How long the files must stay quiet before a change is reported: bindgen writes a file in many chunks. */
const SETTLE_MS = 150;

/**
 * The folders whose entries change the index outside the editor: srctree (rust-project.json),
 * its `rust/` (the single helpers.c layout, ffi.rs), the helpers, and objtree's generated
 * bindings. Those that exist.
 */
export function indexInputFolders(model: TreeModel): string[] {
  const folders = [
    model.srctree,
    path.join(model.srctree, 'rust'),
    path.join(model.srctree, HELPERS_DIR),
    ...Object.values(GENERATED_FILES).map((g) => path.dirname(path.join(model.objtree, g))),
  ];
  return [...new Set(folders)].filter(isDir);
}

export interface WatchResult {
  watched: string[];
  /** Folders that could not be watched, with the reason (e.g. the inotify limit). */
  failed: { folder: string; reason: string }[];
}

export class TreeWatcher {
  private watchers: fs.FSWatcher[] = [];
  private readonly changed = new Set<string>();
  private timer: NodeJS.Timeout | undefined;

  /** `onChange` gets the files changed in the watched folders, once they have settled. */
  constructor(private readonly onChange: (files: string[]) => void) {}

  /** Watches `folders`, replacing what was watched before. */
  watch(folders: string[]): WatchResult {
    this.close();
    const result: WatchResult = { watched: [], failed: [] };
    for (const folder of folders) {
      try {
        const w = fs.watch(folder, { persistent: false }, (_event, name) => name && this.note(path.join(folder, name.toString())));
        // A folder removed while watched (a tree deleted) ends its watch; the next load watches again.
        w.on('error', () => w.close());
        this.watchers.push(w);
        result.watched.push(folder);
      } catch (e) {
        result.failed.push({ folder, reason: (e as NodeJS.ErrnoException).code ?? String(e) });
      }
    }
    return result;
  }

  close(): void {
    for (const w of this.watchers) w.close();
    this.watchers = [];
    clearTimeout(this.timer);
    this.timer = undefined;
    this.changed.clear();
  }

  private note(file: string): void {
    this.changed.add(file);
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      const files = [...this.changed];
      this.changed.clear();
      this.onChange(files);
    }, SETTLE_MS);
  }
}
