/**
 * `npm run bench`: performance on the corpus (issues 5, 14 and 17), one table per run, every
 * figure the median of several runs. Spawns the real server and CLI from dist/, so build first.
 *
 * Absolute times do not travel between machines, so every timing is printed beside its ratio
 * to the raw-parse floor (tree-sitter parsing the files the index reads) measured in the same
 * run, several times through it, and the targets are ratios.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseKernelC } from '../server/src/core/cSource';
import { parseRust } from '../server/src/core/parse';
import { GENERATED_FILES, generatedPath } from '../server/src/core/tree';
import { ITEM_KINDS } from '../server/src/core/index/bindings';
import type { ProjectIndex } from '../server/src/core/index/index';
import { helperFiles, kernelCrateFiles, loadIndex, loadModel } from '../server/src/host/kernelTree';
import { CACHE_DIR_ENV, IndexCache } from '../server/src/host/indexCache';
import { LspClient, type PublishedDiagnostics, uri } from '../test/support/lspClient';
import { CLI, CORPUS } from '../test/support/paths';
import { copyTree } from '../test/support/tmpTree';
import { multipliedBindings } from '../test/support/synthetic';
import { emptyResult, fuzzTree } from '../test/fuzz/lspFuzz';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const EDITS = 200;
const FUZZ_EDITS = 300;
const SMALL = 'drivers/block/rnull.rs';
const LARGEST = 'drivers/gpu/drm/drm_panic_qr.rs';
const MUTEX = 'rust/kernel/sync/lock/mutex.rs';
/**
 * When a person's first request comes after the file opens: VS Code asks for a hover 300 ms
 * after the mouse stops (`editor.hover.delay`), and a person needs longer than that to see
 * the file and point at something. One row shows a hover sent at once instead.
 */
const PERSON_MS = 300;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
}

function time(f: () => void): number {
  const t = performance.now();
  f();
  return performance.now() - t;
}

async function repeat(f: () => Promise<number> | number): Promise<number> {
  const ms: number[] = [];
  for (let i = 0; i < RUNS; i++) ms.push(await f());
  return median(ms);
}

function freshCacheDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'rfl-ffi-bench-'));
}

// ---- the floor ---------------------------------------------------------------------------

const floorSamples: number[] = [];

/** Raw tree-sitter parses of what the index reads (the generated files, bindings/lib.rs, the kernel crate, the helpers). */
function measureFloor(): void {
  const model = loadModel(CORPUS);
  const generated = (Object.keys(GENERATED_FILES) as (keyof typeof GENERATED_FILES)[]).map((k) => generatedPath(model, k));
  const rust = [...generated, path.join(CORPUS, 'rust/bindings/lib.rs'), ...kernelCrateFiles(model)].map((f) => fs.readFileSync(f, 'utf8'));
  const c = helperFiles(model).files.map((f) => fs.readFileSync(f, 'utf8'));
  samplePageCost();
  for (let i = 0; i < RUNS; i++) {
    floorSamples.push(time(() => {
      for (const t of rust) parseRust(t);
      for (const t of c) parseKernelC(t);
    }));
  }
}

function floor(): number {
  return median(floorSamples);
}

// ---- the machine's memory ------------------------------------------------------------------

const pageCostSamples: number[] = [];
const warmStartPages: number[] = [];

/**
 * What the first touch of a memory page costs here, in µs, sampled beside the floor's samples
 * and the warm starts: 8 MB of fresh memory (a WebAssembly memory is always mapped anew)
 * touched a page at a time. A process start touches thousands of pages and a parse in a warm
 * process few, so where this cost varies (a VM's does, from ~14 to ~26 µs on the project's
 * machine) the start rows vary against the floor. Printed, with the pages a warm start touches,
 * to read a run by; no target.
 */
function samplePageCost(): void {
  const before = process.resourceUsage().minorPageFault;
  const t = performance.now();
  const { WebAssembly: wasm } = globalThis as unknown as { WebAssembly: { Memory: new (d: { initial: number }) => { buffer: ArrayBuffer } } };
  const pages = new Uint8Array(new wasm.Memory({ initial: 128 }).buffer);
  for (let i = 0; i < pages.length; i += 4096) pages[i] = 1;
  const ms = performance.now() - t;
  const touched = process.resourceUsage().minorPageFault - before;
  if (touched >= 1024) pageCostSamples.push((ms * 1000) / touched);
}

/** The pages process `pid` has touched the first time so far (its minor faults), where /proc tells. */
function pagesTouched(pid: number | undefined): number | undefined {
  try {
    // After the command, which is in parentheses and may hold spaces: state is field 3, minflt field 10.
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[7]);
  } catch {
    return undefined;
  }
}

// ---- the server --------------------------------------------------------------------------

/** Spawn → first publishDiagnostics for `rel` of `tree`. */
async function startToDiagnostics(tree: string, rel: string, cacheDir: string, env: NodeJS.ProcessEnv = {}): Promise<{ ms: number; client: LspClient; diagnostics: PublishedDiagnostics; pages?: number }> {
  const file = path.join(tree, rel);
  const text = fs.readFileSync(file, 'utf8');
  const t = performance.now();
  const client = new LspClient([], { env: { [CACHE_DIR_ENV]: cacheDir, ...env } });
  await client.initialize(tree, {});
  client.open(file, text);
  const diagnostics = await client.diagnosticsFor(file, 1);
  const ms = performance.now() - t;
  return { ms, client, diagnostics, pages: pagesTouched(client.proc.pid) };
}

function peakRssMb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmHWM:\s+(\d+)/.exec(status)![1]) / 1024;
}

async function coldOnce(tree: string, rel: string): Promise<number> {
  const dir = freshCacheDir();
  const r = await startToDiagnostics(tree, rel, dir);
  await r.client.shutdown();
  fs.rmSync(dir, { recursive: true, force: true });
  return r.ms;
}

async function coldStart(tree: string, rel: string): Promise<number> {
  return repeat(() => coldOnce(tree, rel));
}

async function warmOnce(tree: string, rel: string, dir: string): Promise<number> {
  const r = await startToDiagnostics(tree, rel, dir);
  if (r.pages !== undefined && tree === CORPUS) warmStartPages.push(r.pages);
  await r.client.shutdown();
  return r.ms;
}

/**
 * The session before a warm start: a server that runs until its work after the first
 * diagnostics is done (the tree status is sent once the whole kernel crate is indexed) and has
 * saved the index, as an editor's last session on the tree did. A session shut down right after
 * its first diagnostics leaves the kernel crate's uses unsaved, and the next start reads the crate.
 */
async function primeOnce(tree: string, rel: string, dir: string): Promise<void> {
  const r = await startToDiagnostics(tree, rel, dir);
  await r.client.until(() => r.client.treeStatuses.length > 0 || undefined, 'the tree status', 60_000);
  await r.client.shutdown();
}

/**
 * Warm starts from the index a whole first session persisted, RUNS of them taken at points
 * spread through the bench (`take` at each of `points` calls), as the floor's samples are: on
 * this machine a start is now and then ~25% slower for a few seconds (Node's own start as much
 * as ours), and five starts in a row may all fall in such a spell. The first writes the code
 * cache and counts among them.
 */
async function warmStarts(tree: string, rel: string, points: number): Promise<{ take(): Promise<void>; median(): number }> {
  const dir = freshCacheDir();
  await primeOnce(tree, rel, dir);
  const samples: number[] = [];
  let point = 0;
  return {
    async take() {
      const n = Math.floor(((point + 1) * RUNS) / points) - Math.floor((point * RUNS) / points);
      point++;
      samplePageCost();
      for (let i = 0; i < n; i++) samples.push(await warmOnce(tree, rel, dir));
    },
    median: () => median(samples),
  };
}

/**
 * 1× against 8× (issue 17): the two measured in turn, RUNS pairs, so that a slow spell of a
 * shared machine, which lasts longer than one run, falls on both sides of a pair. The ratio is
 * the median of the pairs' ratios; the times are each side's median.
 */
async function paired(one: () => Promise<number> | number, eight: () => Promise<number> | number): Promise<{ one: number; eight: number; ratio: number }> {
  const pairs: [number, number][] = [];
  for (let i = 0; i < RUNS; i++) pairs.push([await one(), await eight()]);
  return { one: median(pairs.map((p) => p[0])), eight: median(pairs.map((p) => p[1])), ratio: median(pairs.map(([a, b]) => b / a)) };
}

/** Waits until the server's background work (what requests need, tree status, headers) has ended (RFL_FFI_DEBUG=1). */
async function backgroundFinished(client: LspClient): Promise<void> {
  for (;;) {
    const state = await client.request<{ backgroundFinished: boolean }>('rfl-ffi/debug', {});
    if (state.backgroundFinished) return;
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Peak RSS (MB) of a server started cold on `rel`, once its background work has ended. */
async function serverPeakRss(tree: string, rel: string): Promise<number> {
  const dir = freshCacheDir();
  const { client } = await startToDiagnostics(tree, rel, dir, { RFL_FFI_DEBUG: '1' });
  await backgroundFinished(client);
  const rss = peakRssMb(client.proc.pid!);
  await client.shutdown();
  fs.rmSync(dir, { recursive: true, force: true });
  return rss;
}

/** Edit → diagnostics in the largest driver: type a character at the end of a line, then delete it. */
async function editLatency(rel: string, dir: string): Promise<{ p50: number; p95: number; rss: number }> {
  const { client } = await startToDiagnostics(CORPUS, rel, dir);
  const file = path.join(CORPUS, rel);
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  const ms: number[] = [];
  for (let i = 0; i < EDITS; i++) {
    // Even edits append a space to a line; odd ones delete it again.
    const line = (Math.floor(i / 2) * 7) % lines.length;
    const end = { line, character: lines[line].length };
    const change = i % 2 === 0
      ? { range: { start: end, end }, text: ' ' }
      : { range: { start: end, end: { line, character: end.character + 1 } }, text: '' };
    const t = performance.now();
    client.change(file, i + 2, [change]);
    await client.diagnosticsFor(file, i + 2);
    ms.push(performance.now() - t);
  }
  // Then C headers: a function using a `static inline` C function and a name no header declares,
  // so the header lookup reads the include closure of bindings_helper.h and then every header.
  const last = { line: lines.length - 1, character: lines[lines.length - 1].length };
  client.change(file, EDITS + 2, [{
    range: { start: last, end: last },
    text: '\nfn rfl_bench_missing() {\n    unsafe { kernel::bindings::kmalloc(64, 0); kernel::bindings::rfl_bench_unknown() };\n}\n',
  }]);
  const missing = (await client.diagnosticsFor(file, EDITS + 2)).diagnostics.filter((d) => d.code === 'missing-binding');
  if (missing.length !== 2) throw new Error(`expected 2 missing-binding diagnostics, got ${missing.length}`);
  const rss = peakRssMb(client.proc.pid!);
  await client.shutdown();
  return { p50: percentile(ms, 50), p95: percentile(ms, 95), rss };
}

type FirstRequest = 'hover' | 'definition' | 'references' | 'code action';

/** Where each file's first request points: an FFI symbol (`kernel::ffi::c_char` in the driver, `bindings::mutex_lock` in the kernel crate). */
const POINT: Record<string, { line: number; character: number }> = {
  [LARGEST]: { line: 933, character: 33 },
  [MUTEX]: { line: 109, character: 28 },
};

/**
 * One request on a server started cold, `delayMs` after the first diagnostics of `rel`. A code
 * action is asked for the whole file with its diagnostics, as a light bulb is, and each action
 * it offers is resolved (its edit computed), as applying one does.
 */
async function firstRequest(rel: string, kind: FirstRequest, delayMs: number): Promise<number> {
  const dir = freshCacheDir();
  const { client, diagnostics } = await startToDiagnostics(CORPUS, rel, dir);
  await new Promise((r) => setTimeout(r, delayMs));
  const textDocument = { uri: uri(path.join(CORPUS, rel)) };
  const position = POINT[rel];
  const t = performance.now();
  switch (kind) {
    case 'hover':
      if (!(await client.request('textDocument/hover', { textDocument, position }))) throw new Error(`no hover in ${rel}`);
      break;
    case 'definition':
      await client.request('textDocument/definition', { textDocument, position });
      break;
    case 'references':
      await client.request('textDocument/references', { textDocument, position, context: { includeDeclaration: true } });
      break;
    case 'code action': {
      const actions = await client.request<unknown[]>('textDocument/codeAction', {
        textDocument,
        range: { start: { line: 0, character: 0 }, end: { line: 100_000, character: 0 } },
        context: { diagnostics: diagnostics.diagnostics },
      });
      for (const a of actions) await client.request('codeAction/resolve', a);
      break;
    }
  }
  const ms = performance.now() - t;
  await client.shutdown();
  fs.rmSync(dir, { recursive: true, force: true });
  return ms;
}

/** The slowest request or diagnostics round trip in `FUZZ_EDITS` fuzzed edits of one file (test/fuzz), one seed per run. */
async function slowestFuzzRequest(rel: string): Promise<{ ms: number; what: string }> {
  const results: { ms: number; what: string }[] = [];
  for (let seed = 1; seed <= RUNS; seed++) {
    const result = emptyResult();
    await fuzzTree({ tree: CORPUS }, [seed], FUZZ_EDITS, result, [path.join(CORPUS, rel)]);
    if (result.crashes.length || result.mismatches.length) throw new Error(`fuzz seed ${seed}: ${JSON.stringify([...result.crashes, ...result.mismatches])}`);
    results.push(result.slowest);
  }
  results.sort((a, b) => a.ms - b.ms);
  return results[(results.length - 1) >> 1];
}

// ---- the CLI and the index in-process ----------------------------------------------------

/**
 * A preload that writes the process's peak RSS (kB) to $RFL_FFI_BENCH_RSS when it exits: its
 * own VmHWM (getrusage's maxrss would count the bench's own memory, which a child keeps from
 * the fork across exec).
 */
function rssRecorder(): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'rfl-ffi-bench-rss-')), 'rss.cjs');
  fs.writeFileSync(file, "process.on('exit', () => { const fs = require('fs'); " +
    "fs.writeFileSync(process.env.RFL_FFI_BENCH_RSS, /VmHWM:\\s+(\\d+)/.exec(fs.readFileSync('/proc/self/status', 'utf8'))[1]); });\n");
  return file;
}

/** `rfl-ffi check` of a whole tree: wall time, and peak RSS in MB. */
function checkOnce(tree: string, dir: string, recorder: string): { ms: number; rss: number } {
  const rssFile = path.join(dir, 'rss');
  const env = { ...process.env, [CACHE_DIR_ENV]: dir, RFL_FFI_BENCH_RSS: rssFile };
  const t = performance.now();
  const r = spawnSync(process.execPath, ['--require', recorder, CLI, 'check', tree, '--exit-zero'], { env, encoding: 'utf8' });
  const ms = performance.now() - t;
  if (r.status !== 0) throw new Error(`rfl-ffi check failed: ${r.stderr}`);
  return { ms, rss: Number(fs.readFileSync(rssFile, 'utf8')) / 1024 };
}

/** `check` with the persisted index (after one run that persists it): median time, and the peak RSS over every run including the first. */
function checkTree(tree: string, recorder: string): { ms: number; rss: number } {
  const dir = freshCacheDir();
  const first = checkOnce(tree, dir, recorder);
  const runs = Array.from({ length: RUNS }, () => checkOnce(tree, dir, recorder));
  fs.rmSync(dir, { recursive: true, force: true });
  return { ms: median(runs.map((r) => r.ms)), rss: Math.max(first.rss, ...runs.map((r) => r.rss)) };
}

function indexInProcess(): { index: number; everyItem: number } {
  const model = loadModel(CORPUS);
  const index: number[] = [];
  const everyItem: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    let full: ProjectIndex | undefined;
    index.push(time(() => {
      full = loadIndex(model, [], IndexCache.inMemory(model.srctree, model.objtree));
      // The parts a server indexes on first use, built here so that this is the whole index.
      void full.helpers;
      void full.uapi;
      full.kernel.all();
    }));
    // Bindings items are read on lookup; this reads every one of them, as no analysis does.
    everyItem.push(index[i] + time(() => {
      for (const crate of [full!.bindings, full!.uapi]) for (const kind of ITEM_KINDS) for (const _ of crate[kind].values());
    }));
  }
  return { index: median(index), everyItem: median(everyItem) };
}

/** Cold starts on a copy of the corpus without its generated files: the bindings derived from the headers (h6). */
async function unbuiltColdStart(rel: string): Promise<number> {
  const copy = copyTree(CORPUS);
  for (const f of Object.values(GENERATED_FILES)) fs.rmSync(path.join(copy, f));
  const ms = await coldStart(copy, rel);
  fs.rmSync(copy, { recursive: true, force: true });
  return ms;
}

/** A writable copy of the corpus whose bindings_generated.rs is the corpus file plus 7 renamed copies. */
function corpusWith8xBindings(): string {
  const tree = copyTree(CORPUS);
  const file = path.join(tree, GENERATED_FILES.bindings);
  fs.writeFileSync(file, multipliedBindings(fs.readFileSync(file, 'utf8'), 8));
  return tree;
}

// ---- the table -----------------------------------------------------------------------------

/** Row 8 (issue 13): the same cold start in a copy of the corpus without its generated bindings (derived from the headers). */

/**
 * What NODE_EXTRA_CA_CERTS, when the environment sets it, costs each Node start: Node reads and
 * parses that certificate bundle before running anything (median of `RUNS` pairs of `node -e ''`).
 * Undefined when it is not set.
 */
function extraCaCertsCost(): number | undefined {
  const bundle = process.env.NODE_EXTRA_CA_CERTS;
  if (!bundle) return undefined;
  const start = (value: string) => time(() => spawnSync(process.execPath, ['-e', ''], { env: { ...process.env, NODE_EXTRA_CA_CERTS: value } }));
  const pairs: number[] = [];
  for (let i = 0; i < RUNS; i++) pairs.push(start(bundle) - start(''));
  return median(pairs);
}

async function main(): Promise<void> {
  // Nothing here reads or writes the user's own index cache (the fuzz's servers inherit this).
  process.env[CACHE_DIR_ENV] = freshCacheDir();
  // The server and the CLI make no TLS connection. The VS Code extension starts the server
  // without NODE_EXTRA_CA_CERTS; so does the bench, the CLI too. What it would cost them is
  // measured and printed.
  const caCost = extraCaCertsCost();
  process.env.NODE_EXTRA_CA_CERTS = '';
  const recorder = rssRecorder();
  measureFloor();
  const cold = { small: await coldStart(CORPUS, SMALL), largest: await coldStart(CORPUS, LARGEST) };
  const unbuilt = await unbuiltColdStart(LARGEST);
  const warmPoints = await warmStarts(CORPUS, SMALL, 5);
  await warmPoints.take();
  const dir = freshCacheDir();
  await primeOnce(CORPUS, SMALL, dir);
  const edits = await editLatency(LARGEST, dir);
  fs.rmSync(dir, { recursive: true, force: true });
  await warmPoints.take();
  const check = checkTree(CORPUS, recorder);
  const ip = indexInProcess();
  measureFloor();
  await warmPoints.take();

  const kinds: FirstRequest[] = ['hover', 'definition', 'references', 'code action'];
  const first: { rel: string; kind: FirstRequest; ms: number }[] = [];
  for (const rel of [LARGEST, MUTEX]) for (const kind of kinds) first.push({ rel, kind, ms: await repeat(() => firstRequest(rel, kind, PERSON_MS)) });
  const atOnce = { largest: await repeat(() => firstRequest(LARGEST, 'hover', 0)), mutex: await repeat(() => firstRequest(MUTEX, 'hover', 0)) };
  await warmPoints.take();
  const fuzz = await slowestFuzzRequest(LARGEST);
  measureFloor();
  await warmPoints.take();
  const warm = warmPoints.median();

  const big = corpusWith8xBindings();
  const bigDir = freshCacheDir();
  const oneDir = freshCacheDir();
  const [oneCheckDir, bigCheckDir] = [freshCacheDir(), freshCacheDir()];
  await primeOnce(CORPUS, SMALL, oneDir);
  await primeOnce(big, SMALL, bigDir);
  const bigCheck = [checkOnce(CORPUS, oneCheckDir, recorder), checkOnce(big, bigCheckDir, recorder)];
  const big8 = {
    cold: await paired(() => coldOnce(CORPUS, LARGEST), () => coldOnce(big, LARGEST)),
    warm: await paired(() => warmOnce(CORPUS, SMALL, oneDir), () => warmOnce(big, SMALL, bigDir)),
    check: await paired(() => checkOnce(CORPUS, oneCheckDir, recorder).ms, () => {
      const r = checkOnce(big, bigCheckDir, recorder);
      bigCheck.push(r);
      return r.ms;
    }),
    checkRss: 0,
    serverRss: await serverPeakRss(big, LARGEST),
  };
  big8.checkRss = Math.max(...bigCheck.slice(1).map((r) => r.rss));
  for (const d of [big, bigDir, oneDir, oneCheckDir, bigCheckDir, process.env[CACHE_DIR_ENV]!]) fs.rmSync(d, { recursive: true, force: true });
  measureFloor();

  const f = floor();
  const s = (ms: number) => `${(ms / 1000).toFixed(3)} s`;
  const x = (ms: number, digits = 2) => `${(ms / f).toFixed(digits)}×`;
  const rows: [string, string, string, string][] = [
    ['floor: raw tree-sitter parse of the files the index reads (generated bindings, bindings/lib.rs, kernel crate, helpers)', s(f), '1.00×', ''],
    [`1. cold start → first diagnostics, ${SMALL}`, s(cold.small), x(cold.small), '≤ 0.45×'],
    [`1. cold start → first diagnostics, ${LARGEST} (largest driver)`, s(cold.largest), x(cold.largest), '≤ 0.45×'],
    ['2. full index (helpers + generated bindings + kernel crate)', s(ip.index), x(ip.index), '≤ 0.5×'],
    ['2. the same index with every bindings item read too (no analysis reads them all)', s(ip.everyItem), x(ip.everyItem), ''],
    [`3. warm start (persisted index) → first diagnostics, ${SMALL}`, s(warm), x(warm), '≤ 0.20×'],
    [`4. edit → diagnostics p50 / p95 (${EDITS} edits, ${LARGEST})`, `${edits.p50.toFixed(1)} / ${edits.p95.toFixed(1)} ms`,
      `${x(edits.p50, 4)} / ${x(edits.p95, 4)}`, 'p95 ≤ 0.011×'],
    ['5. `rfl-ffi check` whole corpus, wall (persisted index)', s(check.ms), x(check.ms), '≤ 0.9×'],
    ['6. peak RSS of the server (index loaded, after the edits and two header lookups)', `${edits.rss.toFixed(0)} MB`, '', '≤ 250 MB'],
    ...first.map((r): [string, string, string, string] => [
      `7. first ${r.kind} after open, ${r.rel} (cold start, sent ${PERSON_MS} ms after the first diagnostics)`, s(r.ms), x(r.ms), '≤ 0.11×',
    ]),
    [`7. first hover sent at once after the first diagnostics, ${LARGEST} (before the work ahead of it)`, s(atOnce.largest), x(atOnce.largest), ''],
    [`7. first hover sent at once after the first diagnostics, ${MUTEX} (before the work ahead of it)`, s(atOnce.mutex), x(atOnce.mutex), ''],
    [`8. slowest request in a ${FUZZ_EDITS}-edit fuzz of ${LARGEST} (median over seeds 1–${RUNS}): ${fuzz.what}`, s(fuzz.ms), x(fuzz.ms), '≤ 0.25×'],
    [`9. cold start → first diagnostics, ${LARGEST}, 1× / 8× bindings (in turn)`, `${s(big8.cold.one)} / ${s(big8.cold.eight)}`, `8×/1× ${big8.cold.ratio.toFixed(2)}`, '8×/1× ≤ 1.6'],
    [`9. warm start → first diagnostics, ${SMALL}, 1× / 8× bindings (in turn)`, `${s(big8.warm.one)} / ${s(big8.warm.eight)}`, `8×/1× ${big8.warm.ratio.toFixed(2)}`, '8×/1× ≤ 1.3'],
    ['9. `rfl-ffi check` whole tree (persisted index), 1× / 8× bindings (in turn)', `${s(big8.check.one)} / ${s(big8.check.eight)}`, `8×/1× ${big8.check.ratio.toFixed(2)}`, '8×/1× ≤ 1.6'],
    ['9. peak RSS at 8× bindings: server (cold start, background work ended) / `rfl-ffi check` (cold and persisted)',
      `${big8.serverRss.toFixed(0)} / ${big8.checkRss.toFixed(0)} MB`, '', '≤ 200 MB each'],
    [`10. cold start → first diagnostics, ${LARGEST}, unbuilt copy (bindings from the headers)`,
      `${s(unbuilt)} (${(unbuilt / cold.largest).toFixed(2)}× row 1)`, x(unbuilt), '≤ 2× row 1'],
  ];
  const load = os.loadavg().map((l) => l.toFixed(2)).join(' ');
  console.log(`rfl-ffi bench: ${os.cpus()[0].model}, ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GB, ` +
    `node ${process.version}, load average ${load}; medians of ${RUNS} runs; floor ${s(f)} (median of ${floorSamples.length} samples taken through the run)` +
    (pageCostSamples.length ? `; a memory page touched the first time costs ${median(pageCostSamples).toFixed(1)} µs here (${Math.min(...pageCostSamples).toFixed(1)}–${Math.max(...pageCostSamples).toFixed(1)} µs through the run)` +
      (warmStartPages.length ? `, and a warm start of the server touches ${Math.round(median(warmStartPages))} pages` : '') : '') +
    (caCost === undefined ? '' : `; NODE_EXTRA_CA_CERTS is set here, and would add ${s(caCost)} to each start of the server and the CLI (the bench starts them without it, as the VS Code extension starts the server)`) +
    '\n');
  console.log('| measure | result | × floor | target |\n|---|---|---|---|');
  for (const r of rows) console.log(`| ${r.join(' | ')} |`);
}

void main().then(() => process.exit(0), (e: unknown) => {
  console.error(e);
  process.exit(1);
});
