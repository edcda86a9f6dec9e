/**
 * What the server does for clients that give it less than VS Code does: no root or a root
 * that is not the kernel tree (eglot's transient projects, ALE, lsp-mode's guessed roots),
 * settings only asked for (`workspace/configuration`) or only pushed, and no file watching
 * for the server (eglot on a subfolder, ALE, any client without dynamic registration).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LspClient, type PublishedDiagnostics, uri } from './support/lspClient';
import { applyEdits } from './support/virtualTree';
import { copyTree, tmpDir } from './support/tmpTree';
import { ROOT } from './support/paths';

const DRIVER = 'drivers/misc/rust_demo.rs';

/** The demo driver's findings as `line:code` (1-based lines), as `rfl-ffi check` prints them. */
const DEMO_FINDINGS = [
  '17:raw-binding-use', '18:raw-binding-use', '23:raw-binding-use', '23:raw-binding-use', '24:c-char-sign',
  '26:raw-binding-use', '30:raw-binding-use', '32:raw-binding-use', '35:raw-binding-use', '41:raw-binding-use',
  '41:unnecessary-cast', '46:arch-dependent-cast', '50:c-char-sign', '53:c-char-sign', '59:missing-binding',
  '59:raw-binding-use', '64:raw-binding-use', '65:raw-binding-use', '80:raw-binding-use',
];

function findings(d: PublishedDiagnostics): string[] {
  return d.diagnostics.map((x) => `${x.range.start.line + 1}:${x.code}`);
}

/** A copy of the demo tree as `<tmp>/src/linux`, so that `<tmp>/src` is a folder above it. */
function demoCopy(): { above: string; tree: string; driver: string } {
  const above = path.join(tmpDir('rfl-ffi-clients-'), 'src');
  const tree = copyTree(path.join(ROOT, 'demo/linux'), path.join(above, 'linux'));
  return { above, tree, driver: path.join(tree, DRIVER) };
}

/**
 * What ALE 3.3 declares: no `workspace.configuration`, no dynamic watcher registration, no
 * `documentChanges`, no `codeAction/resolve` (edits come inline).
 */
const BARE_WORKSPACE = {
  workspace: { applyEdit: false, configuration: false },
  textDocument: { codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: [] } } }, hover: { contentFormat: ['plaintext'] } },
};

let client: LspClient | undefined;
afterEach(async () => {
  await client?.shutdown();
  client = undefined;
});

describe('clients whose root is not the kernel tree', () => {
  it.each([
    ['no root at all (rootUri null, no workspace folders)', () => null],
    ['a root above the tree (a folder of checkouts)', (t: ReturnType<typeof demoCopy>) => t.above],
    ['a root inside the tree (eglot\'s transient project: the file\'s folder)', (t: ReturnType<typeof demoCopy>) => path.dirname(t.driver)],
  ])('%s: the tree is found from the opened file, and nothing is said about a missing tree', async (_what, rootOf) => {
    const t = demoCopy();
    client = new LspClient();
    await client.initialize(rootOf(t));
    client.open(t.driver);
    expect(findings(await client.diagnosticsFor(t.driver, 1))).toEqual(DEMO_FINDINGS);
    const status = await client.until(() => client!.treeStatuses.find(Boolean), 'the tree status') as { info: { srctree: string } };
    expect(status.info.srctree).toBe(t.tree);
    expect(client.messages).toEqual([]);
  });

  it('says that no tree was found when a file outside any tree is opened, in the file\'s folder, in the log (no notification)', async () => {
    const dir = tmpDir();
    fs.writeFileSync(path.join(dir, 'main.rs'), 'fn main() {}\n');
    client = new LspClient();
    await client.initialize(null);
    expect(await client.until(() => (client!.treeStatuses.length ? client!.treeStatuses : undefined), 'the tree status')).toEqual([null]);
    expect(client.messages).toEqual([]);
    client.open(path.join(dir, 'main.rs'));
    const log = await client.until(() => client!.logs.find((m) => m.message.includes('no Linux kernel tree')), 'logMessage');
    expect(log.message).toBe(`rfl-ffi: no Linux kernel tree with Rust support in ${dir} (a kernel tree has rust/helpers/helpers.c (6.12+) ` +
      'or rust/helpers.c (older) and rust/bindings/bindings_helper.h); nothing to check here. Set rflFfi.tree to point at one.');
    expect(client.messages).toEqual([]);
  });
});

describe('settings', () => {
  it('asks a client that can answer (workspace/configuration) once before the first load, and again when told the settings changed', async () => {
    const t = demoCopy();
    client = new LspClient();
    client.configuration = { rflFfi: { severity: { 'raw-binding-use': 'off' } } };
    // Initialization options lose to what the client answers, key by key.
    await client.initialize(t.tree, { workspace: { configuration: true } }, { severity: { 'c-char-sign': 'off' }, arches: ['x86_64'] });
    client.open(t.driver);
    const first = await client.diagnosticsFor(t.driver, 1);
    expect(client.configurationRequests).toEqual([{ items: [{ section: 'rflFfi' }] }]);
    // x86_64 alone: `pages as u64` (c_ulong is u64 there) is unnecessary, and `first as i32` (c_char is i8) does what C does.
    expect(findings(first)).toEqual(['24:c-char-sign', '41:unnecessary-cast', '46:unnecessary-cast', '50:c-char-sign', '59:missing-binding']);

    // The pull model's signal (VS Code sends `settings: null`): ask again, and apply the answer.
    client.configuration = { rflFfi: { severity: { 'unnecessary-cast': 'error' } } };
    const published = client.publishCount.get(first.uri)!;
    void client.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const again = await client.diagnosticsAfter(t.driver, published);
    expect(client.configurationRequests).toHaveLength(2);
    expect(again.diagnostics.filter((d) => d.code === 'unnecessary-cast').map((d) => [d.range.start.line + 1, d.severity])).toEqual([[41, 1], [46, 1]]);
    // The initialization options' arches still hold; their severity gave way to the client's.
    expect(findings(again)).toEqual(DEMO_FINDINGS.filter((f) => f !== '53:c-char-sign')
      .map((f) => (f === '46:arch-dependent-cast' ? '46:unnecessary-cast' : f)));
  });

  it('never asks a client that cannot answer (ALE): the initialization options and pushed settings apply', async () => {
    const t = demoCopy();
    client = new LspClient();
    await client.initialize(t.tree, BARE_WORKSPACE, { severity: { 'raw-binding-use': 'off' } });
    client.open(t.driver);
    const first = await client.diagnosticsFor(t.driver, 1);
    expect(findings(first)).toEqual(DEMO_FINDINGS.filter((f) => !f.endsWith(':raw-binding-use')));
    // ALE pushes its `lsp_config` as the settings; a key given replaces that of the initialization options.
    const published = client.publishCount.get(first.uri)!;
    void client.conn.sendNotification('workspace/didChangeConfiguration', { settings: { rflFfi: { severity: { 'c-char-sign': 'off' } } } });
    const pushed = await client.diagnosticsAfter(t.driver, published);
    expect(findings(pushed)).toEqual(DEMO_FINDINGS.filter((f) => !f.endsWith(':c-char-sign')));
    expect(client.configurationRequests).toEqual([]);
  });
});

describe('quick fixes for clients that send no diagnostics with the request', () => {
  it('ALE (:ALECodeAction sends the word under the cursor, no diagnostics): the fixes of the findings the range touches, edits inline', async () => {
    const t = demoCopy();
    client = new LspClient();
    await client.initialize(t.tree, BARE_WORKSPACE);
    client.open(t.driver);
    await client.diagnosticsFor(t.driver, 1);
    const actionsAt = (start: number, end: number) => client!.request<{ title: string; diagnostics: { code: string }[]; edit?: unknown }[]>('textDocument/codeAction', {
      textDocument: { uri: uri(t.driver) }, range: { start: { line: 40, character: start }, end: { line: 40, character: end } }, context: { diagnostics: [] },
    });
    // Line 41: `    unsafe { bindings::__msecs_to_jiffies(ms) as usize }`; `usize` is the cast's alone.
    const onUsize = await actionsAt(49, 54);
    expect(onUsize.map((a) => [a.title, a.diagnostics.map((d) => d.code)])).toEqual([['Remove the cast `as usize`', ['unnecessary-cast']]]);
    const fixed = applyEdits(fs.readFileSync(t.driver, 'utf8'), (onUsize[0].edit as { changes: Record<string, never[]> }).changes[uri(t.driver)]);
    expect(fixed.split('\n')[40]).toBe('    unsafe { bindings::__msecs_to_jiffies(ms) }');
    // On `bindings`, both findings that start there: the raw use and the cast.
    expect((await actionsAt(13, 21)).map((a) => a.diagnostics[0].code)).toEqual(['raw-binding-use', 'unnecessary-cast']);
    // Outside every finding: nothing.
    expect(await actionsAt(0, 3)).toEqual([]);
  });
});

describe('clients that do not watch files for the server', () => {
  /** Rewrites the demo bindings as a build whose `__msecs_to_jiffies` returns `c_uint`, so `as usize` converts. */
  function regenerate(tree: string): void {
    const generated = path.join(tree, 'rust/bindings/bindings_generated.rs');
    const text = fs.readFileSync(generated, 'utf8');
    const next = text.replace('pub fn __msecs_to_jiffies(m: ffi::c_uint) -> ffi::c_ulong;', 'pub fn __msecs_to_jiffies(m: ffi::c_uint) -> ffi::c_uint;');
    expect(next).not.toBe(text);
    fs.writeFileSync(generated, next);
  }

  it.each([
    ['no dynamic registration (ALE, or eglot on a remote file)', BARE_WORKSPACE, (t: ReturnType<typeof demoCopy>) => t.tree, false],
    ['registration, but the root is a subfolder of the tree', {}, (t: ReturnType<typeof demoCopy>) => path.dirname(t.driver), true],
  ])('%s: the server watches the generated bindings itself and says once how to reindex', async (_what, caps, rootOf, registers) => {
    const t = demoCopy();
    client = new LspClient();
    await client.initialize(rootOf(t), caps);
    client.open(t.driver);
    const first = await client.diagnosticsFor(t.driver, 1);
    expect(findings(first)).toContain('41:unnecessary-cast');
    const note = await client.until(() => client!.logs.find((l) => l.message.includes('does not report')), 'the reindex note');
    const watched = [t.tree, path.join(t.tree, 'rust'), path.join(t.tree, 'rust/helpers'), path.join(t.tree, 'rust/bindings'), path.join(t.tree, 'rust/uapi')];
    expect(note).toEqual({
      type: 3,
      message: 'rfl-ffi: this editor does not report all files changed on disk to the server; the server watches ' +
        `${watched.join(', ')} itself (generated bindings, helpers). After other changes on disk (${path.join(t.tree, 'rust/kernel')}, ` +
        'a git checkout) run the command rfl-ffi.reindex or restart the server.',
    });
    expect(client.registrations.length).toBe(registers ? 1 : 0);

    const published = client.publishCount.get(first.uri)!;
    regenerate(t.tree); // on disk, and nobody tells the server
    const after = await client.diagnosticsAfter(t.driver, published);
    expect(findings(after)).toEqual(DEMO_FINDINGS.filter((f) => f !== '41:unnecessary-cast'));
    expect(client.logs.filter((l) => l.message.includes('does not report'))).toHaveLength(1);
  });

  it('leaves the watching to a client that registers watchers on a root holding the tree', async () => {
    const t = demoCopy();
    client = new LspClient();
    await client.initialize(t.tree);
    client.open(t.driver);
    await client.diagnosticsFor(t.driver, 1);
    await client.until(() => client!.registrations[0], 'the watcher registration');
    await client.until(() => client!.treeStatuses[0], 'the tree status');
    expect(client.logs.filter((l) => l.message.includes('does not report'))).toEqual([]);
  });
});
