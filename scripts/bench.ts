/**
 * `npm run bench`: performance on the corpus (issue 5), one table per run, every figure the
 * median of several runs. Spawns the real server and CLI from dist/, so build first.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseKernelC } from '../server/src/core/cSource';
import { parseRust } from '../server/src/core/parse';
import { scanBindingsFile } from '../server/src/core/index/bindingsScanner';
import { GENERATED_FILES, generatedPath } from '../server/src/core/tree';
import { ITEM_KINDS } from '../server/src/core/index/bindings';
import type { ProjectIndex } from '../server/src/core/index/index';
import { helperFiles, kernelCrateFiles, loadIndex, loadModel } from '../server/src/host/kernelTree';
import { CACHE_DIR_ENV, IndexCache } from '../server/src/host/indexCache';
import { LspClient } from '../test/support/lspClient';
import { CLI, CORPUS } from '../test/support/paths';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const EDITS = 200;
const SMALL = 'drivers/block/rnull.rs';

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

function largestDriver(): string {
  const out = spawnSync('find', [path.join(CORPUS, 'drivers'), '-name', '*.rs'], { encoding: 'utf8' }).stdout.trim().split('\n');
  return path.relative(CORPUS, out.reduce((a, b) => (fs.statSync(a).size >= fs.statSync(b).size ? a : b)));
}

function freshCacheDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'rfl-ffi-bench-'));
}

/** Spawn → first publishDiagnostics for `rel`, and the server's peak RSS (kB) at that point. */
async function startToDiagnostics(rel: string, cacheDir: string): Promise<{ ms: number; client: LspClient }> {
  process.env[CACHE_DIR_ENV] = cacheDir;
  const file = path.join(CORPUS, rel);
  const text = fs.readFileSync(file, 'utf8');
  const t = performance.now();
  const client = new LspClient();
  await client.initialize(CORPUS, {});
  client.open(file, text);
  await client.diagnosticsFor(file, 1);
  return { ms: performance.now() - t, client };
}

function peakRssMb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmHWM:\s+(\d+)/.exec(status)![1]) / 1024;
}

async function coldStart(rel: string): Promise<number> {
  const ms: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const dir = freshCacheDir();
    const r = await startToDiagnostics(rel, dir);
    ms.push(r.ms);
    await r.client.shutdown();
    fs.rmSync(dir, { recursive: true, force: true });
  }
  return median(ms);
}

async function warmStart(rel: string, dir: string): Promise<number> {
  const first = await startToDiagnostics(rel, dir);
  await first.client.shutdown();
  const ms: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const r = await startToDiagnostics(rel, dir);
    ms.push(r.ms);
    await r.client.shutdown();
  }
  return median(ms);
}

/** Edit → diagnostics in the largest driver: type a character at the end of a line, then delete it. */
async function editLatency(rel: string, dir: string): Promise<{ p50: number; p95: number; rss: number }> {
  const { client } = await startToDiagnostics(rel, dir);
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

function indexVersusParse(): { index: number; everyItem: number; parse: number } {
  const model = loadModel(CORPUS);
  const generated = (Object.keys(GENERATED_FILES) as (keyof typeof GENERATED_FILES)[]).map((k) => generatedPath(model, k));
  const rust = [...generated, path.join(CORPUS, 'rust/bindings/lib.rs'), ...kernelCrateFiles(model)].map((f) => fs.readFileSync(f, 'utf8'));
  const c = helperFiles(model).files.map((f) => fs.readFileSync(f, 'utf8'));
  const index: number[] = [];
  const everyItem: number[] = [];
  const parse: number[] = [];
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
    parse.push(time(() => {
      for (const t of rust) parseRust(t);
      for (const t of c) parseKernelC(t);
    }));
  }
  return { index: median(index), everyItem: median(everyItem), parse: median(parse) };
}

/** The corpus bindings, and the same made 4× longer (each copy's names suffixed so they stay distinct). */
function scale(): { one: number; four: number } {
  const text = fs.readFileSync(path.join(CORPUS, GENERATED_FILES.bindings), 'utf8');
  const copies = [text];
  for (let k = 1; k < 4; k++) copies.push(text.replace(/(pub (?:const|type|struct|union|fn|static(?: mut)?) [A-Za-z_][A-Za-z0-9_]*)/g, `$1_x${k}`));
  const big = copies.join('\n');
  const one: number[] = [];
  const four: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    one.push(time(() => scanBindingsFile('bindings_generated.rs', 'bindings', text)));
    four.push(time(() => scanBindingsFile('bindings_generated.rs', 'bindings', big)));
  }
  return { one: median(one), four: median(four) };
}

function checkCorpus(dir: string): number {
  const ms: number[] = [];
  const env = { ...process.env, [CACHE_DIR_ENV]: dir };
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    const r = spawnSync(process.execPath, [CLI, 'check', CORPUS, '--exit-zero'], { env, encoding: 'utf8' });
    ms.push(performance.now() - t);
    if (r.status !== 0) throw new Error(`rfl-ffi check failed: ${r.stderr}`);
  }
  return median(ms);
}

async function main(): Promise<void> {
  const big = largestDriver();
  const cold = { small: await coldStart(SMALL), big: await coldStart(big) };
  const dir = freshCacheDir();
  const warm = await warmStart(SMALL, dir);
  const edits = await editLatency(big, dir);
  const check = checkCorpus(dir);
  fs.rmSync(dir, { recursive: true, force: true });
  const ip = indexVersusParse();
  const sc = scale();
  const s = (ms: number) => `${(ms / 1000).toFixed(3)} s`;
  const rows: [string, string, string][] = [
    [`1. cold start → first diagnostics, ${SMALL}`, s(cold.small), '≤ 0.4 s'],
    [`1. cold start → first diagnostics, ${big} (largest driver)`, s(cold.big), '≤ 0.4 s'],
    ['2. full index (helpers + generated bindings + kernel crate)', s(ip.index), ''],
    ['2. raw tree-sitter parse of the same files (floor)', s(ip.parse), ''],
    ['2. ratio index / raw parse', `${(ip.index / ip.parse).toFixed(2)}×`, '≤ 0.5×'],
    ['2. the same index with every bindings item read too (no analysis reads them all)', `${s(ip.everyItem)} (${(ip.everyItem / ip.parse).toFixed(2)}×)`, ''],
    ['3. warm start (persisted index) → first diagnostics', s(warm), '≤ 0.15 s'],
    [`4. edit → diagnostics p50 / p95 (${EDITS} edits, ${big})`, `${edits.p50.toFixed(1)} / ${edits.p95.toFixed(1)} ms`, 'p95 ≤ 10 ms'],
    ['5. `rfl-ffi check` whole corpus, wall (persisted index)', s(check), '≤ 2 s'],
    ['6. peak RSS of the server (index loaded, after the edits and two header lookups)', `${edits.rss.toFixed(0)} MB`, '≤ 250 MB'],
    ['7. bindings index 1× / 4× synthetic', `${s(sc.one)} / ${s(sc.four)}`, ''],
    ['7. ratio 4× / 1×', `${(sc.four / sc.one).toFixed(2)}`, '≤ 4.4'],
  ];
  const load = os.loadavg().map((l) => l.toFixed(2)).join(' ');
  console.log(`rfl-ffi bench: ${os.cpus()[0].model}, ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(0)} GB, ` +
    `node ${process.version}, load average ${load}; medians of ${RUNS} runs\n`);
  console.log('| measure | result | target |\n|---|---|---|');
  for (const r of rows) console.log(`| ${r.join(' | ')} |`);
}

void main().then(() => process.exit(0), (e: unknown) => {
  console.error(e);
  process.exit(1);
});
