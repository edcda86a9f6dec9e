/**
 * V8's code cache of the bundle (server/src/loader.ts), through the real built entry: the
 * server and the CLI write it once a start has run from the persisted index, later starts
 * take it, and a cache V8 does not take (garbage here) changes nothing but the time.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vm from 'node:vm';
import { afterEach, expect, it } from 'vitest';
import { collectGarbage } from '../server/src/host/memory';
import type { DebugState } from '../server/src/lsp/server';
import { runCli } from './support/cli';
import { LspClient, type PublishedDiagnostics } from './support/lspClient';
import { ROOT } from './support/paths';
import { tmpDir } from './support/tmpTree';

const DEMO = path.join(ROOT, 'demo/linux');
const DRIVER = path.join(DEMO, 'drivers/misc/rust_demo.rs');
const KEY = new RegExp(`^code-(lsp|cli)-${process.version.replace(/\./g, '\\.')}-${process.arch}-\\d+-\\d+\\.bin$`);

let client: LspClient | undefined;
afterEach(async () => {
  await client?.shutdown();
  client = undefined;
});

function codeCaches(dir: string, kind: 'lsp' | 'cli'): string[] {
  return fs.readdirSync(dir).filter((n) => n.startsWith(`code-${kind}-`)).sort();
}

/** One server start on the demo tree to its first diagnostics; the code cache's state once they are out. */
async function serverStart(cacheDir: string, env: NodeJS.ProcessEnv = {}): Promise<{ diagnostics: PublishedDiagnostics; state: DebugState['codeCache']; builtins?: string[] }> {
  client = new LspClient([], { env: { RFL_FFI_DEBUG: '1', RFL_FFI_CACHE_DIR: cacheDir, ...env } });
  await client.initialize(DEMO);
  client.open(DRIVER);
  const diagnostics = await client.diagnosticsFor(DRIVER, 1);
  // Written in the turn after the diagnostics: asked after it.
  const { codeCache, builtinsAtFirstDiagnostics } = await client.request<DebugState>('rfl-ffi/debug', {});
  await client.shutdown();
  client = undefined;
  return { diagnostics, state: codeCache, builtins: builtinsAtFirstDiagnostics };
}

it('a warm start loads neither node:crypto nor node:child_process before its first diagnostics (4–10 ms and ~3 ms of a start)', async () => {
  const dir = tmpDir('rfl-ffi-cache-');
  await serverStart(dir);
  const { builtins } = await serverStart(dir);
  // What it does load: the pipe its client talks through, and zlib's CRC-32 for the sampled stamps.
  expect(builtins).toEqual(expect.arrayContaining(['fs', 'net', 'zlib']));
  expect(builtins?.filter((m) => ['crypto', 'child_process'].includes(m))).toEqual([]);
});

it('the server writes the cache after the first diagnostics of a start from the persisted index, and later starts use it', async () => {
  const dir = tmpDir('rfl-ffi-cache-');
  const cold = await serverStart(dir);
  // Nothing persisted yet: this start built the index, which is not what later starts run.
  expect(cold.state?.state).toBe('absent');
  expect(codeCaches(dir, 'lsp')).toEqual([]);

  const warm = await serverStart(dir);
  expect(warm.state?.state).toBe('saved');
  const [name] = codeCaches(dir, 'lsp');
  expect(name).toMatch(KEY);
  expect(warm.state?.file).toBe(path.join(dir, name));
  const written = fs.statSync(path.join(dir, name));
  expect(written.size).toBeGreaterThan(100_000);

  const used = await serverStart(dir);
  expect(used.state?.state).toBe('used');
  expect(used.diagnostics.diagnostics).toEqual(cold.diagnostics.diagnostics);
  expect(warm.diagnostics.diagnostics).toEqual(cold.diagnostics.diagnostics);
  // Taken, not written again.
  expect(fs.statSync(path.join(dir, name)).mtimeMs).toBe(written.mtimeMs);
  expect(codeCaches(dir, 'cli')).toEqual([]);
});

it('a cache V8 does not take is compiled around and written again; RFL_FFI_NO_CODE_CACHE=1 neither reads nor writes one', async () => {
  const dir = tmpDir('rfl-ffi-cache-');
  const first = await serverStart(dir);
  await serverStart(dir);
  const [name] = codeCaches(dir, 'lsp');
  const garbage = Buffer.alloc(4096, 0x5a);
  fs.writeFileSync(path.join(dir, name), garbage);

  const rejected = await serverStart(dir);
  expect(rejected.state?.state).toBe('saved');
  expect(rejected.diagnostics.diagnostics).toEqual(first.diagnostics.diagnostics);
  expect(fs.readFileSync(path.join(dir, name)).equals(garbage)).toBe(false);
  expect((await serverStart(dir)).state?.state).toBe('used');

  const offDir = tmpDir('rfl-ffi-cache-');
  const off = [await serverStart(offDir, { RFL_FFI_NO_CODE_CACHE: '1' }), await serverStart(offDir, { RFL_FFI_NO_CODE_CACHE: '1' })];
  expect(off.map((s) => s.state?.state)).toEqual(['off', 'off']);
  expect(off[1].diagnostics.diagnostics).toEqual(first.diagnostics.diagnostics);
  expect(codeCaches(offDir, 'lsp')).toEqual([]);
});

it('`check` writes the CLI\'s cache when it ran from the persisted index, takes it after, and keeps three per kind', () => {
  const dir = tmpDir('rfl-ffi-cache-');
  const env = { RFL_FFI_CACHE_DIR: dir };
  // Caches of other builds: the two newest CLI ones stay, the oldest goes; the server's are not the CLI's to remove.
  const others = ['code-cli-v0.0.1-x64-1-1.bin', 'code-cli-v0.0.2-x64-2-2.bin', 'code-cli-v0.0.3-x64-3-3.bin', 'code-lsp-v0.0.1-x64-1-1.bin'];
  for (const [i, n] of others.entries()) {
    fs.writeFileSync(path.join(dir, n), 'old');
    fs.utimesSync(path.join(dir, n), 1_000_000 + i, 1_000_000 + i);
  }
  const cold = runCli(['check', DEMO, '--format', 'json', '--exit-zero'], ROOT, { env });
  expect(cold.code).toBe(0);
  expect(codeCaches(dir, 'cli')).toEqual(others.slice(0, 3));

  const warm = runCli(['check', DEMO, '--format', 'json', '--exit-zero'], ROOT, { env });
  expect(warm.stdout).toBe(cold.stdout);
  const ours = codeCaches(dir, 'cli').filter((n) => KEY.test(n));
  expect(ours).toHaveLength(1);
  expect(codeCaches(dir, 'cli')).toEqual([...others.slice(1, 3), ...ours].sort());
  expect(codeCaches(dir, 'lsp')).toEqual(['code-lsp-v0.0.1-x64-1-1.bin']);

  const written = fs.statSync(path.join(dir, ours[0])).mtimeMs;
  const used = runCli(['check', DEMO, '--format', 'json', '--exit-zero'], ROOT, { env });
  expect(used.stdout).toBe(cold.stdout);
  expect(fs.statSync(path.join(dir, ours[0])).mtimeMs).toBe(written);

  fs.writeFileSync(path.join(dir, ours[0]), 'not bytecode');
  const rejected = runCli(['check', DEMO, '--format', 'json', '--exit-zero'], ROOT, { env });
  expect(rejected.stdout).toBe(cold.stdout);
  expect(fs.statSync(path.join(dir, ours[0])).size).toBeGreaterThan(100_000);
});

it('collecting garbage leaves V8\'s flags as they were: a code cache made after it is taken by a fresh process', () => {
  collectGarbage();
  const source = `(function () { return ${JSON.stringify(`rfl-ffi ${process.pid}`)}; })`;
  const script = new vm.Script(source, { filename: 'flags.js' });
  const file = path.join(tmpDir('rfl-ffi-flags-'), 'cache.bin');
  fs.writeFileSync(file, script.createCachedData());
  const child = spawnSync(process.execPath, ['-e', `const vm = require('vm');
    const s = new vm.Script(${JSON.stringify(source)}, { filename: 'flags.js', cachedData: require('fs').readFileSync(${JSON.stringify(file)}) });
    process.stdout.write(String(s.cachedDataRejected));`], { encoding: 'utf8' });
  expect(child.stdout).toBe('false');
});

it('a cache is bytecode V8 runs: one in a folder others can write is neither read nor written, and one others can write is replaced by one only the user can', async () => {
  const dir = tmpDir('rfl-ffi-cache-');
  const first = await serverStart(dir);
  await serverStart(dir);
  const [name] = codeCaches(dir, 'lsp');
  expect(fs.statSync(path.join(dir, name)).mode & 0o777).toBe(0o600);

  fs.chmodSync(path.join(dir, name), 0o666);
  const groupWritable = await serverStart(dir);
  expect(groupWritable.state?.state).toBe('saved');
  expect(groupWritable.diagnostics.diagnostics).toEqual(first.diagnostics.diagnostics);
  expect(fs.statSync(path.join(dir, name)).mode & 0o777).toBe(0o600);
  expect((await serverStart(dir)).state?.state).toBe('used');

  fs.chmodSync(dir, 0o777);
  const shared = [await serverStart(dir), await serverStart(dir)];
  expect(shared.map((s) => s.state?.state)).toEqual(['untrusted', 'untrusted']);
  expect(shared[1].diagnostics.diagnostics).toEqual(first.diagnostics.diagnostics);
  fs.rmSync(path.join(dir, name));
  await serverStart(dir);
  expect(codeCaches(dir, 'lsp')).toEqual([]);
});
