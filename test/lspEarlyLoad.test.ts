/**
 * A tree whose index is persisted loads as soon as `initialize` is answered, from the settings
 * it carried (RflFfiServer.loadEarly); nothing is published before the client's own settings
 * (`workspace/configuration`) are in, and settings that differ load the tree again.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterEach, expect, it } from 'vitest';
import type { DebugState } from '../server/src/lsp/server';
import { LspClient, type PublishedDiagnostics } from './support/lspClient';
import { ROOT } from './support/paths';
import { copyTree, tmpDir } from './support/tmpTree';

const DRIVER = 'drivers/misc/rust_demo.rs';

let client: LspClient | undefined;
afterEach(async () => {
  await client?.shutdown();
  client = undefined;
});

function findings(d: PublishedDiagnostics): string[] {
  return d.diagnostics.map((x) => `${x.range.start.line + 1}:${x.code}:${x.severity}`);
}

/** A start to the driver's first diagnostics: the client's initialization options and its `workspace/configuration` answer. */
async function start(tree: string, cacheDir: string, initOptions: unknown, configuration?: unknown): Promise<{ first: PublishedDiagnostics; publishes: number; asked: number; early: boolean }> {
  client = new LspClient([], { env: { RFL_FFI_CACHE_DIR: cacheDir, RFL_FFI_DEBUG: '1' } });
  if (configuration !== undefined) client.configuration = { rflFfi: configuration };
  await client.initialize(tree, { workspace: { configuration: configuration !== undefined } }, initOptions);
  const driver = path.join(tree, DRIVER);
  client.open(driver);
  const first = await client.diagnosticsFor(driver, 1);
  // Anything published after the first would be here by the end of a shutdown round trip.
  await client.request('rfl-ffi/treeInfo', {}).catch(() => undefined);
  const c = client;
  const { loadedEarly } = await c.request<DebugState>('rfl-ffi/debug', {});
  const result = { first, publishes: c.publishCount.get(first.uri) ?? 0, asked: c.configurationRequests.length, early: loadedEarly };
  await c.shutdown();
  client = undefined;
  return result;
}

it('a warm start publishes once, with the settings the client answers, not those it gave with initialize', async () => {
  const tree = copyTree(path.join(ROOT, 'demo/linux'));
  const cacheDir = tmpDir('rfl-ffi-cache-');
  const cold = await start(tree, cacheDir, {});
  // Nothing persisted yet: the tree loads after `initialized`, with progress.
  expect(cold.early).toBe(false);
  expect(fs.readdirSync(cacheDir).some((n) => /^index-.*\.json$/.test(n))).toBe(true);
  expect(findings(cold.first)).toContain('41:unnecessary-cast:2');
  expect(findings(cold.first)).toContain('24:c-char-sign:2');

  // Loaded early with `unnecessary-cast` an error; the client's answer turns it off instead.
  const answered = await start(tree, cacheDir, { severity: { 'unnecessary-cast': 'error' } }, { severity: { 'unnecessary-cast': 'off' } });
  expect(answered.early).toBe(true);
  expect(answered.asked).toBe(1);
  expect(answered.publishes).toBe(1);
  expect(findings(answered.first)).toEqual(findings(cold.first).filter((f) => !f.includes('unnecessary-cast')));

  // The same settings both ways: the early load stands.
  const same = await start(tree, cacheDir, { severity: { 'c-char-sign': 'error' } }, { severity: { 'c-char-sign': 'error' } });
  expect(same.early).toBe(true);
  expect(same.publishes).toBe(1);
  expect(findings(same.first)).toEqual(findings(cold.first).map((f) => f.replace(/c-char-sign:2$/, 'c-char-sign:1')));
});

it('a warm start whose answered settings change what is loaded (the mapping) loads again before it publishes', async () => {
  const tree = copyTree(path.join(ROOT, 'demo/linux'));
  const cacheDir = tmpDir('rfl-ffi-cache-');
  await start(tree, cacheDir, {});
  // What a start given the mapping from the outset publishes, and what one told it only by the client's answer does.
  const given = await start(tree, tmpDir('rfl-ffi-cache-'), { mapping: 'core' });
  const answered = await start(tree, cacheDir, {}, { mapping: 'core' });
  expect(answered.early).toBe(true);
  expect(answered.publishes).toBe(1);
  expect(findings(answered.first)).toEqual(findings(given.first));
  const warmDefault = await start(tree, cacheDir, {});
  expect(findings(answered.first)).not.toEqual(findings(warmDefault.first));
});
