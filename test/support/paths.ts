import * as fs from 'node:fs';
import * as path from 'node:path';

/** The checkout: the nearest folder up with a package.json (this file also runs bundled, from dist/). */
function findRoot(dir: string): string {
  return fs.existsSync(path.join(dir, 'package.json')) ? dir : findRoot(path.dirname(dir));
}

export const ROOT = findRoot(__dirname);
export const CORPUS = path.resolve(ROOT, '../shared/corpus/linux-6.12');
export const CORPUS_OBJ = path.join(ROOT, '.cache/corpus-obj');
export const FIXTURES = path.join(ROOT, 'test/fixtures');
export const CLI = path.join(ROOT, 'dist/rfl-ffi.js');

export function fixture(name: string): string {
  return path.join(FIXTURES, name);
}
