import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { IndexCache } from '../server/src/host/indexCache';
import { DISK, type TreeFiles, readCounts, sampledStamp } from '../server/src/host/files';
import { kernelCrateFiles, loadProject } from '../server/src/host/kernelTree';
import { GENERATED_FILES } from '../server/src/core/tree';
import { PERSIST_FORMAT } from '../server/src/core/index/persist';
import { copyTree } from './support/tmpTree';
import { freshIndexCacheEachTest } from './support/indexCacheDir';
import { fixture } from './support/paths';

freshIndexCacheEachTest();

function drain<T>(steps: Generator<void, T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

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
    expect(warm.index.kernel.all()).toEqual(cold.index.kernel.all());
    expect(warm.index.helpers).toEqual(cold.index.helpers);
    // The outlines are read back, not built again (nor read whole), and their content checks out afterwards.
    const cache = new IndexCache(tree, tree);
    for (const g of [GENERATED_FILES.bindings, GENERATED_FILES.helpers]) {
      const file = path.join(tree, g);
      const stamp = sampledStamp(file);
      if (!stamp.ok) throw new Error(stamp.reason);
      const never = (): never => {
        throw new Error(`${g}: read or built again`);
      };
      const outline = cache.bindings(file, 'bindings', stamp.stamp, never, never)!;
      expect([...outline.names('functions')]).toEqual([...cold.index.bindings.files.find((f) => f.file === file)!.names('functions')]);
    }
    expect(drain(cache.verifySteps())).toEqual([]);
  });

  it('is not trusted when a file changed since: a regenerated bindings file is reindexed', () => {
    const tree = copyTree(fixture('linux-2026'));
    loadProject(tree);
    const bindings = path.join(tree, GENERATED_FILES.bindings);
    fs.appendFileSync(bindings, 'extern "C" {\n    pub fn rfl_new_function(x: ffi::c_int) -> ffi::c_long;\n}\n');
    const after = loadProject(tree);
    expect(after.index.bindings.functions.get('rfl_new_function')?.params.map((p) => p.name)).toEqual(['x']);
  });

  it('is keyed by content: one item renamed in place, size and mtime kept, is noticed (by the check of the whole content that follows a warm start)', () => {
    const tree = copyTree(fixture('linux-2026'));
    const bindings = path.join(tree, GENERATED_FILES.bindings);
    // A whole second, which the file system keeps exactly.
    const mtime = new Date(2025, 0, 1);
    fs.utimesSync(bindings, mtime, mtime);
    const before = loadProject(tree);
    expect(before.index.bindings.functions.has('mutex_unlock')).toBe(true);
    const { size } = fs.statSync(bindings);
    fs.writeFileSync(bindings, fs.readFileSync(bindings, 'utf8').replace('pub fn mutex_unlock(', 'pub fn mutex_unlack('));
    fs.utimesSync(bindings, mtime, mtime);
    expect([fs.statSync(bindings).size, fs.statSync(bindings).mtimeMs]).toEqual([size, mtime.getTime()]);
    // A long-lived process trusts the sampled stamp (the file is small enough to be sampled whole,
    // so the sample itself tells here), and the check of the whole content tells it otherwise.
    const after = loadProject(tree);
    expect([after.index.bindings.functions.has('mutex_unlock'), after.index.bindings.functions.has('mutex_unlack')]).toEqual([false, true]);
  });

  it('checks the whole content after trusting a sampled stamp: an item changed where no sample looks is noticed then', () => {
    const tree = copyTree(fixture('linux-2026'));
    const bindings = path.join(tree, GENERATED_FILES.bindings);
    // Large enough to be sampled in parts: filler comments after the items, the change among them.
    const text = fs.readFileSync(bindings, 'utf8');
    const filler = Array.from({ length: 20_000 }, (_, i) => `// filler ${String(i).padStart(5, '0')}`).join('\n');
    fs.writeFileSync(bindings, `${text}\n${filler}\nextern "C" {\n    pub fn rfl_in_the_middle(x: ffi::c_int);\n}\n${filler}\n`);
    const mtime = new Date(2025, 0, 1);
    fs.utimesSync(bindings, mtime, mtime);
    loadProject(tree);
    fs.writeFileSync(bindings, fs.readFileSync(bindings, 'utf8').replace('rfl_in_the_middle(x', 'rfl_in_the_middlf(x'));
    fs.utimesSync(bindings, mtime, mtime);
    const cache = new IndexCache(tree, tree);
    const stamp = sampledStamp(bindings);
    if (!stamp.ok) throw new Error(stamp.reason);
    const never = (): never => {
      throw new Error('read or built again');
    };
    // Trusted on its sample: the old names.
    expect(cache.bindings(bindings, 'bindings', stamp.stamp, never, never)!.has('functions', 'rfl_in_the_middle')).toBe(true);
    // The check of the whole content fails it; the next use builds it again.
    expect(drain(cache.verifySteps())).toEqual([bindings]);
    expect(loadProject(tree, {}, () => cache).index.bindings.functions.has('rfl_in_the_middlf')).toBe(true);
  });

  it('reads back only the pages of an outline that lookups need, and all of it for the check that follows', () => {
    const tree = copyTree(fixture('linux-2026'));
    const bindings = path.join(tree, GENERATED_FILES.bindings);
    const consts = Array.from({ length: 20_000 }, (_, i) => `pub const RFL_C${i}: u32 = ${i};`).join('\n');
    fs.appendFileSync(bindings, `${consts}\n`);
    const cold = loadProject(tree);
    const outlineSize = fs.statSync(new IndexCache(tree, tree).outlineFile(bindings)).size;
    expect(outlineSize).toBeGreaterThan(500_000);
    const before = readCounts.outlineBytes;
    const cache = new IndexCache(tree, tree);
    const warm = loadProject(tree, {}, () => cache);
    const lookups = ['mutex_lock', 'mutex_unlock', 'rfl_no_such_function'].map((f) => warm.index.bindings.functions.has(f));
    expect([...lookups, warm.index.bindings.consts.get('RFL_C12345')?.value]).toEqual([true, true, false, '12345']);
    const helpersOutline = fs.statSync(cache.outlineFile(path.join(tree, GENERATED_FILES.helpers))).size;
    expect(readCounts.outlineBytes - before).toBeLessThan(outlineSize / 10 + helpersOutline);
    expect(drain(cache.verifySteps())).toEqual([]);
    // All of both, and their first pages twice (their header lines are read on their own first).
    expect(readCounts.outlineBytes - before - outlineSize - helpersOutline).toBeGreaterThanOrEqual(0);
    expect(readCounts.outlineBytes - before - outlineSize - helpersOutline).toBeLessThanOrEqual(2 * 4096);
    expect(warm.index.bindings.functions).toEqual(cold.index.bindings.functions);
  });

  it('saves a part indexed on first use (helpers, uapi, the kernel crate) once it is built, after the first save', async () => {
    const tree = copyTree(fixture('linux-2026'));
    const project = loadProject(tree);
    const cache = new IndexCache(tree, tree);
    // The JSON file's entries, and the generated files whose outline is saved beside it.
    const saved = () => [
      ...Object.keys(JSON.parse(fs.readFileSync(cacheFileOf(tree), 'utf8')).entries),
      ...Object.values(GENERATED_FILES).map((g) => path.join(tree, g)).filter((g) => fs.existsSync(cache.outlineFile(g))),
    ].map((f) => path.relative(tree, f)).sort();
    expect(saved()).toEqual([GENERATED_FILES.bindings, GENERATED_FILES.helpers]);
    const helperFiles = [...project.index.helpers.files.keys()].map((f) => path.relative(tree, f));
    expect(helperFiles.length).toBeGreaterThan(1);
    expect(project.index.uapi.enums.get('rust_misc_state')).toEqual(['rust_misc_state_RUST_MISC_IDLE', 'rust_misc_state_RUST_MISC_BUSY']);
    expect(project.index.kernel.uses('mutex_lock')?.map((u) => u.function)).toEqual(['MutexBackend::lock']);
    await new Promise((r) => setImmediate(r));
    // One binding's uses index only the kernel crate files that name it.
    const kernelFiles = kernelCrateFiles(project.model).map((f) => path.relative(tree, f));
    const naming = kernelFiles.filter((f) => /\bmutex_lock\b/.test(fs.readFileSync(path.join(tree, f), 'utf8')));
    expect(naming.length).toBeLessThan(kernelFiles.length);
    expect(saved()).toEqual([GENERATED_FILES.bindings, GENERATED_FILES.helpers, ...helperFiles, ...naming, GENERATED_FILES.uapi].sort());
    project.index.kernel.all();
    await new Promise((r) => setImmediate(r));
    expect(saved()).toEqual([GENERATED_FILES.bindings, GENERATED_FILES.helpers, ...helperFiles, ...kernelFiles, GENERATED_FILES.uapi].sort());
    // And a warm start reads them back instead of indexing again.
    const warm = loadProject(tree);
    expect(warm.index.uapi.enums).toEqual(project.index.uapi.enums);
    expect(warm.index.kernel.all()).toEqual(project.index.kernel.all());
    expect(warm.index.helpers).toEqual(project.index.helpers);
  });

  it('takes a kernel crate file on its size and mtime: its uses from the cache, its text read only when parsed; a change in place is noticed by the check that follows', async () => {
    const tree = copyTree(fixture('linux-2026'));
    const mutexRs = path.join(tree, 'rust/kernel/sync/lock/mutex.rs');
    const mtime = new Date(2025, 0, 1);
    fs.utimesSync(mutexRs, mtime, mtime);
    // A first session indexes the whole crate in the background and saves it.
    loadProject(tree).index.kernel.all();
    await new Promise((r) => setImmediate(r));
    const read: string[] = [];
    const recorded: TreeFiles = { ...DISK, read: (f) => (read.push(path.relative(tree, f)), DISK.read(f)) };
    const kernelRead = () => read.filter((f) => f.startsWith('rust/kernel/'));

    // A long-lived process (the server): nothing of the crate read to load it or to look its uses up.
    const cache = new IndexCache(tree, tree);
    const warm = loadProject(tree, {}, () => cache, recorded);
    expect(warm.index.kernel.uses('mutex_lock')?.map((u) => u.function)).toEqual(['MutexBackend::lock']);
    expect(kernelRead()).toEqual([]);
    // A module's file is read when it is parsed, and only it.
    expect(warm.index.kernelPaths.hasPublic('kernel::sync::lock::mutex', 'Mutex')).toBe(true);
    expect(kernelRead()).toEqual(['rust/kernel/sync/lock/mutex.rs']);
    expect(drain(cache.verifySteps())).toEqual([]);

    // The call renamed in place, size and mtime kept: trusted at load, told otherwise by the check.
    fs.writeFileSync(mutexRs, fs.readFileSync(mutexRs, 'utf8').replace('bindings::mutex_lock(', 'bindings::mutex_lokc('));
    fs.utimesSync(mutexRs, mtime, mtime);
    const again = new IndexCache(tree, tree);
    expect(loadProject(tree, {}, () => again).index.kernel.uses('mutex_lock')?.map((u) => u.function)).toEqual(['MutexBackend::lock']);
    expect(drain(again.verifySteps())).toEqual([mutexRs]);
    const reloaded = loadProject(tree, {}, () => again);
    expect([reloaded.index.kernel.uses('mutex_lock'), reloaded.index.kernel.uses('mutex_lokc')?.map((u) => u.function)]).toEqual([undefined, ['MutexBackend::lock']]);
    // A process that ends after one use (the CLI) checks at once: the new name from the start.
    fs.writeFileSync(mutexRs, fs.readFileSync(mutexRs, 'utf8').replace('bindings::mutex_lokc(', 'bindings::mutex_lock('));
    fs.utimesSync(mutexRs, mtime, mtime);
    loadProject(tree);
    fs.writeFileSync(mutexRs, fs.readFileSync(mutexRs, 'utf8').replace('bindings::mutex_lock(', 'bindings::mutex_lokc('));
    fs.utimesSync(mutexRs, mtime, mtime);
    expect(loadProject(tree).index.kernel.uses('mutex_lokc')?.map((u) => u.function)).toEqual(['MutexBackend::lock']);
  });

  it('takes a helper file read with its size and mtime as the part built from it, and checks it after, however late the helper index is asked for', async () => {
    const tree = copyTree(fixture('linux-2026'));
    const mutexC = path.join(tree, 'rust/helpers/mutex.c');
    const mtime = new Date(2025, 0, 1);
    fs.utimesSync(mutexC, mtime, mtime);
    expect(loadProject(tree).index.helpers.byName.has('rust_helper_mutex_lock')).toBe(true);
    // Its parts are saved once built.
    await new Promise((r) => setImmediate(r));
    fs.writeFileSync(mutexC, fs.readFileSync(mutexC, 'utf8').replace('rust_helper_mutex_lock(', 'rust_helper_mutex_lokc('));
    fs.utimesSync(mutexC, mtime, mtime);
    const cache = new IndexCache(tree, tree);
    const warm = loadProject(tree, {}, () => cache);
    // The check runs before anything asks for the helper index, and covers the file all the same;
    // the part it drops is then built from the text read.
    expect(drain(cache.verifySteps())).toEqual([mutexC]);
    expect([warm.index.helpers.byName.has('rust_helper_mutex_lock'), warm.index.helpers.byName.has('rust_helper_mutex_lokc')]).toEqual([false, true]);
    const reloaded = loadProject(tree, {}, () => cache);
    expect([reloaded.index.helpers.byName.has('rust_helper_mutex_lock'), reloaded.index.helpers.byName.has('rust_helper_mutex_lokc')]).toEqual([false, true]);
  });

  it('reads again a kernel crate file whose text had to be repaired (not what the file holds), and says so each time', async () => {
    const tree = copyTree(fixture('linux-2026'));
    const timeRs = path.join(tree, 'rust/kernel/time.rs');
    fs.writeFileSync(timeRs, Buffer.concat([fs.readFileSync(timeRs), Buffer.from('// caf\xe9\n', 'latin1')]));
    const cold = loadProject(tree);
    cold.index.kernel.all();
    await new Promise((r) => setImmediate(r));
    const warning = (p: typeof cold) => p.notes.filter((n) => n.message.startsWith('rust/kernel/time.rs')).map((n) => n.message);
    expect(warning(cold)).toEqual([expect.stringMatching(/^rust\/kernel\/time\.rs is not valid UTF-8 \(line \d+\)/)]);
    const read: string[] = [];
    const recorded: TreeFiles = { ...DISK, read: (f) => (read.push(path.relative(tree, f)), DISK.read(f)) };
    const warm = loadProject(tree, {}, () => new IndexCache(tree, tree), recorded);
    expect(warning(warm)).toEqual(warning(cold));
    expect(read.filter((f) => f.startsWith('rust/kernel/'))).toEqual(['rust/kernel/time.rs']);
  });

  it('is rebuilt when damaged or of another format, never trusted', () => {
    const tree = copyTree(fixture('linux-2026'));
    const good = loadProject(tree);
    const file = cacheFileOf(tree);
    const f = PERSIST_FORMAT;
    for (const damage of [`{"format":${f},"entr`, '{"format":0,"entries":{}}', 'not json at all', `{"format":${f},"srctree":"x","objtree":"y","entries":{}}`]) {
      fs.writeFileSync(file, damage);
      const again = loadProject(tree);
      expect(again.index.bindings.functions).toEqual(good.index.bindings.functions);
      expect(again.notes).toEqual(good.notes);
      expect(JSON.parse(fs.readFileSync(file, 'utf8')).format).toBe(PERSIST_FORMAT);
    }
    // An outline whose stamp lies about the file's content is not used, nor one cut short, nor one
    // of another format, nor one with a byte damaged: each is built again (and saved again, whole
    // and with the true stamp).
    const outline = new IndexCache(tree, tree).outlineFile(path.join(tree, GENERATED_FILES.bindings));
    const saved = fs.readFileSync(outline);
    const nl = saved.indexOf(10);
    const header = JSON.parse(saved.subarray(0, nl).toString());
    const body = saved.subarray(nl + 1);
    const flipped = Buffer.from(body);
    flipped[body.length >> 1] ^= 1;
    for (const [lie, damaged] of [[{ hash: 'stale' }, body], [{}, body.subarray(0, body.length - 4)], [{ format: 0 }, body], [{}, flipped]] as const) {
      fs.writeFileSync(outline, Buffer.concat([Buffer.from(`${JSON.stringify({ ...header, ...lie })}\n`), damaged]));
      expect(loadProject(tree).index.bindings.functions).toEqual(good.index.bindings.functions);
      expect(fs.readFileSync(outline).equals(saved)).toBe(true);
    }
  });
});
