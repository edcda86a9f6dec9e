import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CACHE_DIR_ENV, IndexCache } from '../server/src/host/indexCache';
import { loadProject } from '../server/src/host/kernelTree';
import { GENERATED_FILES } from '../server/src/core/tree';
import { copyTree, tmpDir } from './support/tmpTree';
import { fixture } from './support/paths';

let saved: string | undefined;
beforeEach(() => {
  saved = process.env[CACHE_DIR_ENV];
  process.env[CACHE_DIR_ENV] = tmpDir('rfl-ffi-cache-');
});
afterEach(() => {
  process.env[CACHE_DIR_ENV] = saved;
});

function cacheFileOf(tree: string): string {
  return new IndexCache(tree, tree).file;
}

describe('persisted index', () => {
  it('is written on first load and gives the same index when read back', () => {
    const tree = copyTree(fixture('linux-2026'));
    const cold = loadProject(tree);
    expect(fs.existsSync(cacheFileOf(tree))).toBe(true);
    const warm = loadProject(tree);
    expect(warm.index.bindings.functions).toEqual(cold.index.bindings.functions);
    expect(warm.index.bindings.structs).toEqual(cold.index.bindings.structs);
    expect(warm.index.kernel).toEqual(cold.index.kernel);
  });

  it('is not trusted when a file changed since: a regenerated bindings file is reindexed', () => {
    const tree = copyTree(fixture('linux-2026'));
    loadProject(tree);
    const bindings = path.join(tree, GENERATED_FILES.bindings);
    fs.appendFileSync(bindings, 'extern "C" {\n    pub fn rfl_new_function(x: ffi::c_int) -> ffi::c_long;\n}\n');
    const after = loadProject(tree);
    expect(after.index.bindings.functions.get('rfl_new_function')?.params.map((p) => p.name)).toEqual(['x']);
  });

  it('is rebuilt when damaged or of another format, never trusted', () => {
    const tree = copyTree(fixture('linux-2026'));
    const good = loadProject(tree);
    const file = cacheFileOf(tree);
    for (const damage of ['{"format":1,"entr', '{"format":0,"entries":{}}', 'not json at all', '{"format":1,"srctree":"x","objtree":"y","entries":{}}']) {
      fs.writeFileSync(file, damage);
      const again = loadProject(tree);
      expect(again.index.bindings.functions).toEqual(good.index.bindings.functions);
      expect(again.notes).toEqual(good.notes);
      expect(JSON.parse(fs.readFileSync(file, 'utf8')).format).toBe(1);
    }
    // A well-formed cache whose entry lies about a file's content is not used either.
    const c = JSON.parse(fs.readFileSync(file, 'utf8'));
    const entry = c.entries[path.join(tree, GENERATED_FILES.bindings)];
    entry.part.data.functions = [];
    entry.hash = 'stale';
    fs.writeFileSync(file, JSON.stringify(c));
    expect(loadProject(tree).index.bindings.functions).toEqual(good.index.bindings.functions);
  });
});
