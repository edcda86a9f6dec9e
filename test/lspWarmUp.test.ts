/**
 * Issue 14: after the first diagnostics the server prepares, in the pauses of typing, what
 * the first hover, definition and code action on an open file need. Checked by the order of
 * events over real JSON-RPC, not by wall time: the server counts its parses and file reads
 * (`RFL_FFI_DEBUG=1` enables the `rfl-ffi/debug` request that reports them and can hold the
 * background work).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { LspClient, type PublishedDiagnostics, uri } from './support/lspClient';
import { DEMO_MUTEX_LOCK_HOVER } from './support/demoHover';
import { ROOT } from './support/paths';
import { tmpDir } from './support/tmpTree';

const DEMO = path.join(ROOT, 'demo/linux');
const DRIVER = path.join(DEMO, 'drivers/misc/rust_demo.rs');

interface DebugState {
  parses: { rust: number; c: number };
  filesRead: number;
  documentsPrepared: boolean;
  backgroundFinished: boolean;
}

let client: LspClient | undefined;
afterEach(() => client?.shutdown());

function debug(c: LspClient, params: { background?: 'hold' | 'documents' | 'run' } = {}): Promise<DebugState> {
  return c.request<DebugState>('rfl-ffi/debug', params);
}

async function debugUntil(c: LspClient, done: (s: DebugState) => boolean): Promise<DebugState> {
  for (;;) {
    const state = await debug(c);
    if (done(state)) return state;
    await new Promise((r) => setTimeout(r, 20));
  }
}

function at(c: LspClient, method: string, line: number, character: number): Promise<unknown> {
  return c.request(method, { textDocument: { uri: uri(DRIVER) }, position: { line, character } });
}

/** The name of every `bindings::X` path in the driver, as [line, character]. */
function bindingPaths(text: string): [number, number][] {
  const out: [number, number][] = [];
  text.split('\n').forEach((line, i) => {
    for (const m of line.matchAll(/\bbindings::(\w+)/g)) out.push([i, m.index + 'bindings::'.length]);
  });
  return out;
}


it('answers a first hover in full before the work ahead of it; after that work, hovers, definitions and code actions read no file and parse nothing', async () => {
  client = new LspClient([], { env: { RFL_FFI_DEBUG: '1', RFL_FFI_CACHE_DIR: tmpDir('rfl-ffi-cache-') } });
  const c = client;
  await c.initialize(DEMO);
  // Held from before the file opens, so the first hover certainly comes first.
  expect((await debug(c, { background: 'hold' })).backgroundFinished).toBe(true);
  const text = fs.readFileSync(DRIVER, 'utf8');
  c.open(DRIVER, text);
  const diagnostics: PublishedDiagnostics = await c.diagnosticsFor(DRIVER, 1);

  const before = await debug(c);
  expect(before.documentsPrepared).toBe(false);
  expect(await at(c, 'textDocument/hover', 31, 25)).toEqual({
    contents: { kind: 'markdown', value: DEMO_MUTEX_LOCK_HOVER },
    range: { start: { line: 31, character: 23 }, end: { line: 31, character: 33 } },
  });
  const afterFirst = await debug(c);
  // The hover did the work itself: it parsed C (the helper and the header declaring mutex_lock).
  expect(afterFirst.parses.c).toBeGreaterThan(before.parses.c);
  expect(afterFirst.documentsPrepared).toBe(false);

  // Only the work for the open file runs: not the tree status, nor the reading of every header.
  await debug(c, { background: 'documents' });
  const state = await debugUntil(c, (s) => s.documentsPrepared);
  expect(state.backgroundFinished).toBe(false);

  // Every FFI request on the file now finds what it needs ready.
  const paths = bindingPaths(text);
  expect(paths.length).toBe(14);
  const answers: unknown[] = [];
  for (const [line, character] of paths) {
    answers.push(await at(c, 'textDocument/hover', line, character));
    answers.push(await at(c, 'textDocument/definition', line, character));
  }
  const actions = await c.request<{ title: string; data?: unknown }[]>('textDocument/codeAction', {
    textDocument: { uri: uri(DRIVER) },
    range: { start: { line: 0, character: 0 }, end: { line: text.split('\n').length, character: 0 } },
    context: { diagnostics: diagnostics.diagnostics },
  });
  expect(actions.length).toBeGreaterThan(0);
  for (const a of actions) expect((await c.request<{ edit?: unknown }>('codeAction/resolve', a)).edit).toBeDefined();
  // Not vacuous: most paths have a hover and a definition.
  expect(answers.filter((a) => a !== null && !(Array.isArray(a) && !a.length)).length).toBeGreaterThan(paths.length);
  const after = await debug(c);
  expect({ parses: after.parses, filesRead: after.filesRead }).toEqual({ parses: state.parses, filesRead: state.filesRead });
  // The rest of the background work still ends.
  await debug(c, { background: 'run' });
  expect((await debugUntil(c, (s) => s.backgroundFinished)).documentsPrepared).toBe(true);
});
