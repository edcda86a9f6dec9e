import * as path from 'node:path';

export const ROOT = path.resolve(__dirname, '../..');
export const CORPUS = path.resolve(ROOT, '../shared/corpus/linux-6.12');
export const CORPUS_OBJ = path.join(ROOT, '.cache/corpus-obj');
export const FIXTURES = path.join(ROOT, 'test/fixtures');
export const CLI = path.join(ROOT, 'dist/rfl-ffi.js');

export function fixture(name: string): string {
  return path.join(FIXTURES, name);
}
