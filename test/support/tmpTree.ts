/** Writes trees to a temporary directory for tests that need a real disk (CLI, LSP). */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export function tmpDir(prefix = 'rfl-ffi-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export function writeTree(files: Record<string, string>, dir = tmpDir()): string {
  for (const [rel, text] of Object.entries(files)) {
    const p = path.join(dir, rel);
    fs.mkdirSync(path.dirname(p), { recursive: true });
    fs.writeFileSync(p, text);
  }
  return dir;
}

/** A writable copy of a fixture or corpus tree. */
export function copyTree(src: string, dir = tmpDir()): string {
  fs.cpSync(src, dir, { recursive: true });
  // The shared corpus is read-only; copies must be writable for fixes to apply.
  const chmod = (d: string) => {
    fs.chmodSync(d, 0o755);
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) chmod(p);
      else if (e.isFile()) fs.chmodSync(p, 0o644);
    }
  };
  chmod(dir);
  return dir;
}
