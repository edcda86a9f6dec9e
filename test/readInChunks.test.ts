import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readInChunks } from '../server/src/host/files';
import { loadProject } from '../server/src/host/kernelTree';
import { GENERATED_FILES } from '../server/src/core/tree';
import { copyTree, tmpDir } from './support/tmpTree';
import { freshIndexCacheEachTest } from './support/indexCacheDir';
import { ROOT } from './support/paths';

const DEMO = path.join(ROOT, 'demo/linux');

freshIndexCacheEachTest();

function stampOf(file: string) {
  const st = fs.statSync(file);
  return { size: st.size, mtimeMs: st.mtimeMs };
}

/** readInChunks with a consumer that takes up to the last line start of each chunk (all of the last), recording what it was given. */
function readLines(file: string, stamp = stampOf(file)) {
  const taken: Buffer[] = [];
  let length = -1;
  const read = readInChunks(file, stamp, (n) => {
    length = n;
    return (chunk, last) => {
      const took = last ? chunk.length : chunk.lastIndexOf(10) + 1;
      taken.push(Buffer.from(chunk.subarray(0, took)));
      return took;
    };
  });
  return { read, length, content: Buffer.concat(taken) };
}

function write(bytes: Buffer | string): string {
  const file = path.join(tmpDir(), 'bindings_generated.rs');
  fs.writeFileSync(file, bytes);
  return file;
}

describe('a generated file read a chunk at a time', () => {
  const demo = fs.readFileSync(path.join(DEMO, GENERATED_FILES.bindings));
  // Lines longer than one 256 KB chunk make the buffer grow.
  const large = Buffer.from(`${demo.toString()}// ${'x'.repeat(600 * 1024)}\n`.repeat(3));

  it('hands over all of the content once, in order, and hashes the bytes on disk', () => {
    for (const bytes of [demo, large]) {
      const file = write(bytes);
      const { read, length, content } = readLines(file);
      expect(read).toEqual({ skip: 0, hash: createHash('sha1').update(bytes).digest('hex') });
      expect(length).toBe(bytes.length);
      expect(content.equals(bytes)).toBe(true);
    }
  });

  it('skips a BOM, which the hash still covers', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), demo]);
    const { read, length, content } = readLines(write(bytes));
    expect(read).toEqual({ skip: 3, hash: createHash('sha1').update(bytes).digest('hex') });
    expect(length).toBe(demo.length);
    expect(content.equals(demo)).toBe(true);
  });

  it('gives up on content that is not UTF-8, is binary, changed since it was stamped, or that the consumer refuses', () => {
    const latin1 = Buffer.concat([demo, Buffer.from('// caf\xe9\n', 'latin1')]);
    expect(readLines(write(latin1)).read).toBeUndefined();
    expect(readLines(write(Buffer.concat([Buffer.from([0]), demo]))).read).toBeUndefined();
    const file = write(demo);
    expect(readLines(file, { ...stampOf(file), mtimeMs: 1 }).read).toBeUndefined();
    expect(readLines(file, { ...stampOf(file), size: demo.length + 1 }).read).toBeUndefined();
    expect(readInChunks(file, stampOf(file), () => () => -1)).toBeUndefined();
    expect(readLines(path.join(tmpDir(), 'gone.rs'), { size: 1, mtimeMs: 1 }).read).toBeUndefined();
  });

  it('leaves a file that is not UTF-8 to the whole read: the same warning, and the same items with U+FFFD', () => {
    const tree = copyTree(DEMO);
    const file = path.join(tree, GENERATED_FILES.bindings);
    const lines = (p: ReturnType<typeof loadProject>) =>
      [...p.index.bindings.functions.values()].filter((f) => f.file === file).map((f) => [f.name, f.nameRange.start.line]);
    // Read now: the outline reads its items from the file, which changes below.
    const good = lines(loadProject(tree));
    expect(good.length).toBeGreaterThan(0);
    fs.writeFileSync(file, Buffer.concat([Buffer.from('// caf\xe9\n', 'latin1'), demo]));
    const bad = loadProject(tree);
    expect(bad.notes.map((n) => n.message)).toContain(
      'rust/bindings/bindings_generated.rs is not valid UTF-8 (line 1); read with U+FFFD in place of the invalid bytes',
    );
    expect(lines(bad)).toEqual(good.map(([n, l]) => [n, (l as number) + 1]));
  });

  it('gives the index a whole read gives, and a BOM moves nothing', () => {
    const tree = copyTree(DEMO);
    const file = path.join(tree, GENERATED_FILES.bindings);
    const plain = loadProject(tree);
    // Read now: the outline reads its items from the file, which changes below.
    const functions = [...plain.index.bindings.functions.values()];
    expect(functions.length).toBeGreaterThan(0);
    fs.writeFileSync(file, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), demo]));
    const withBom = loadProject(tree);
    expect([...withBom.index.bindings.functions.values()]).toEqual(functions);
    expect(withBom.notes).toEqual(plain.notes);
  });
});
