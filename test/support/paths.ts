import * as fs from 'node:fs';
import * as path from 'node:path';

/** The checkout: the nearest folder up with a package.json (this file also runs bundled, from dist/). */
function findRoot(dir: string): string {
  return fs.existsSync(path.join(dir, 'package.json')) ? dir : findRoot(path.dirname(dir));
}

export const ROOT = findRoot(__dirname);

/**
 * Where the corpus tier looks for a built kernel tree, in order: `$RFL_FFI_CORPUS`, the shared
 * corpus beside the checkout, and the one `npm run test:setup` builds into .cache/.
 */
export const CORPUS_CANDIDATES: string[] = [
  ...(process.env.RFL_FFI_CORPUS ? [path.resolve(process.env.RFL_FFI_CORPUS)] : []),
  path.resolve(ROOT, '../shared/corpus/linux-6.12'),
  path.join(ROOT, '.cache/linux-6.12'),
];

/** The kernel tree of the corpus tier, built in place (objtree = srctree); the first candidate when none exists. */
export const CORPUS: string = CORPUS_CANDIDATES.find((d) => fs.existsSync(path.join(d, 'rust/bindings/bindings_helper.h')))
  ?? CORPUS_CANDIDATES[0];
export const FIXTURES = path.join(ROOT, 'test/fixtures');
export const CLI = path.join(ROOT, 'dist/rfl-ffi.js');

export function fixture(name: string): string {
  return path.join(FIXTURES, name);
}
