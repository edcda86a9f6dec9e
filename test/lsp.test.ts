import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LspClient, uri } from './support/lspClient';
import { CACHE_DIR_ENV, IndexCache } from '../server/src/host/indexCache';
import { GENERATED_FILES } from '../server/src/core/tree';
import { applyEdits } from './support/virtualTree';
import { copyTree, tmpDir, writeTree } from './support/tmpTree';
import { fixture, ROOT } from './support/paths';
import { splitTree } from './support/trees';

const REFCOUNT = `// SPDX-License-Identifier: GPL-2.0

#include <linux/refcount.h>

void rust_helper_refcount_inc(refcount_t *r)
{
	refcount_inc(r);
}
`;

interface WorkspaceEdit {
  documentChanges?: { textDocument: { uri: string; version: number | null }; edits: { range: never; newText: string }[] }[];
}

let client: LspClient | undefined;

/** A split-helpers tree whose refcount.c helper is marked `__rust_helper`, with that file open in a new server (`client`). */
async function openMarkedRefcount(): Promise<{ marked: string; file: string; c: LspClient }> {
  const marked = REFCOUNT.replace('void rust_helper', '__rust_helper void rust_helper');
  const tree = writeTree(splitTree({ 'refcount.c': marked }, { defineRustHelper: true }).files);
  const file = path.join(tree, 'rust/helpers/refcount.c');
  const c = new LspClient();
  client = c;
  await c.initialize(tree);
  c.open(file);
  return { marked, file, c };
}
afterEach(async () => {
  await client?.shutdown();
  client = undefined;
});

describe('language server over stdio', () => {
  it('fixes the 2026-style fixture helper that lacks __rust_helper, on disk through the WorkspaceEdit', async () => {
    const tree = copyTree(fixture('linux-2026'));
    const file = path.join(tree, 'rust/helpers/mutex.c');
    const original = fs.readFileSync(file, 'utf8');
    client = new LspClient();
    await client.initialize(tree);
    client.open(file);
    const published = await client.diagnosticsFor(file, 1);
    expect(published.diagnostics.map((d) => [d.code, d.range, d.severity])).toEqual([
      ['missing-rust-helper', { start: { line: 4, character: 5 }, end: { line: 4, character: 27 } }, 2],
    ]);
    const [action] = await client.request<{ title: string; data?: unknown }[]>('textDocument/codeAction', {
      textDocument: { uri: uri(file) }, range: published.diagnostics[0].range, context: { diagnostics: published.diagnostics },
    });
    const resolved = await client.request<{ edit: WorkspaceEdit }>('codeAction/resolve', action);
    const fixed = applyEdits(original, resolved.edit.documentChanges![0].edits);
    fs.writeFileSync(file, fixed);
    expect(fixed).toBe(original.replace('void rust_helper_mutex_lock', '__rust_helper void rust_helper_mutex_lock'));
    client.change(file, 2, [{ text: fixed }]);
    expect((await client.diagnosticsFor(file, 2)).diagnostics).toEqual([]);
  });

  it('reports a helper missing __rust_helper, fixes it through codeAction/resolve, and the diagnostic goes away', async () => {
    const tree = writeTree(splitTree({ 'refcount.c': REFCOUNT }, { defineRustHelper: true }).files);
    const file = path.join(tree, 'rust/helpers/refcount.c');
    client = new LspClient();
    const init = await client.initialize(tree);
    expect(init.capabilities.textDocumentSync).toEqual({ openClose: true, change: 2 });
    expect(init.capabilities.codeActionProvider).toEqual({ codeActionKinds: ['quickfix', 'refactor'], resolveProvider: true });
    client.open(file);
    const published = await client.diagnosticsFor(file, 1);
    expect(published.diagnostics).toEqual([{
      range: { start: { line: 4, character: 5 }, end: { line: 4, character: 29 } },
      severity: 2,
      code: 'missing-rust-helper',
      codeDescription: { href: 'https://github.com/rfl-ffi/rfl-ffi/blob/main/docs/rules.md#missing-rust-helper' },
      source: 'rfl-ffi',
      message: '`rust_helper_refcount_inc` lacks `__rust_helper`: this tree defines it, and without it the helper is not ' +
        'inlined into Rust callers under CONFIG_RUST_INLINE_HELPERS, so every `bindings::refcount_inc` call stays a real function call',
    }]);
    const actions = await client.request<{ title: string; data?: unknown; edit?: unknown }[]>('textDocument/codeAction', {
      textDocument: { uri: uri(file) },
      range: published.diagnostics[0].range,
      context: { diagnostics: published.diagnostics },
    });
    expect(actions.map((a) => a.title)).toEqual(['Add `__rust_helper` to `rust_helper_refcount_inc`']);
    expect(actions[0].edit).toBeUndefined();
    const resolved = await client.request<{ edit: WorkspaceEdit }>('codeAction/resolve', actions[0]);
    const changes = resolved.edit.documentChanges!;
    expect(changes.map((c) => [c.textDocument.uri, c.textDocument.version])).toEqual([[uri(file), 1]]);
    const fixed = applyEdits(REFCOUNT, changes[0].edits);
    expect(fixed).toBe(REFCOUNT.replace('void rust_helper', '__rust_helper void rust_helper'));
    client.change(file, 2, [{ text: fixed }]);
    expect((await client.diagnosticsFor(file, 2)).diagnostics).toEqual([]);
  });

  it('applies incremental changes: a new unmarked helper typed into the buffer is reported where it is', async () => {
    const { marked, file, c } = await openMarkedRefcount();
    expect((await c.diagnosticsFor(file, 1)).diagnostics).toEqual([]);
    const end = marked.split('\n').length - 1;
    c.change(file, 2, [{
      range: { start: { line: end, character: 0 }, end: { line: end, character: 0 } },
      text: '\nvoid rust_helper_refcount_dec(refcount_t *r)\n{\n\trefcount_dec(r);\n}\n',
    }]);
    const d = await c.diagnosticsFor(file, 2);
    expect(d.diagnostics.map((x) => [x.code, x.range])).toEqual([
      ['missing-rust-helper', { start: { line: end + 1, character: 5 }, end: { line: end + 1, character: 29 } }],
    ]);
  });

  it('analyses changes that come together once, at their last version, and a code action sent right behind them sees that version', async () => {
    const { marked, file, c } = await openMarkedRefcount();
    await c.diagnosticsFor(file, 1);
    const published = c.publishCount.get(uri(file))!;
    // Twenty keystrokes sent at once, as an editor sends them while the server is busy: the
    // server reads them together, and analyses far fewer versions than it was sent.
    const end = marked.split('\n').length - 1;
    const typed = '\nvoid rust_helper_refcount_dec(refcount_t *r)\n{\n\trefcount_dec(r);\n}\n';
    let at = { line: end, character: 0 };
    for (let i = 0; i < 20; i++) {
      const text = i < 19 ? typed.slice(i, i + 1) : typed.slice(19);
      c.change(file, 2 + i, [{ range: { start: at, end: at }, text }]);
      at = text === '\n' ? { line: at.line + 1, character: 0 } : { line: at.line, character: at.character + text.length };
    }
    const actions = c.request<{ title: string }[]>('textDocument/codeAction', {
      textDocument: { uri: uri(file) },
      range: { start: { line: 0, character: 0 }, end: { line: end + 6, character: 0 } },
      context: { diagnostics: [] },
    });
    const d = await c.diagnosticsFor(file, 21);
    expect(d.diagnostics.map((x) => [x.code, x.range.start])).toEqual([['missing-rust-helper', { line: end + 1, character: 5 }]]);
    expect(c.publishCount.get(uri(file))! - published).toBeLessThan(20);
    expect((await actions).map((a) => a.title)).toEqual([expect.stringContaining('__rust_helper')]);
  });
  it('outside a kernel tree says so once in the log, never as a notification, and keeps serving', async () => {
    const dir = tmpDir();
    fs.writeFileSync(path.join(dir, 'main.rs'), 'fn main() {}\n');
    client = new LspClient();
    await client.initialize(dir);
    // Not before a file is opened: the tree may be found from it (test/lspClients.test.ts).
    client.open(path.join(dir, 'main.rs'));
    await client.until(() => client!.logs[0], 'logMessage');
    // A request answered after the file was opened: whatever the server had to say about it has arrived.
    const actions = await client.request('textDocument/codeAction', {
      textDocument: { uri: uri(path.join(dir, 'main.rs')) },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [] },
    });
    expect(actions).toEqual([]);
    expect(client.messages).toEqual([]);
    expect(client.logs).toEqual([{
      type: 3,
      message: `rfl-ffi: no Linux kernel tree with Rust support in ${dir} (a kernel tree has rust/helpers/helpers.c (6.12+) ` +
        'or rust/helpers.c (older) and rust/bindings/bindings_helper.h); nothing to check here. Set rflFfi.tree to point at one.',
    }]);
    expect(new Set(client.treeStatuses)).toEqual(new Set([null]));
  });

  it('warns once, naming the setting, when rflFfi.tree names a folder that does not exist', async () => {
    const dir = tmpDir();
    fs.writeFileSync(path.join(dir, 'main.rs'), 'fn main() {}\n');
    client = new LspClient();
    await client.initialize(dir, {}, { tree: 'linux' });
    client.open(path.join(dir, 'main.rs'));
    await client.until(() => client!.messages[0], 'showMessage');
    await client.request('textDocument/codeAction', {
      textDocument: { uri: uri(path.join(dir, 'main.rs')) },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [] },
    });
    expect(client.messages).toEqual([{
      type: 2,
      message: `rfl-ffi: the rflFfi.tree setting (linux) names no usable kernel tree: ${path.join(dir, 'linux')}: no such file or directory`,
    }]);
    expect(client.logs).toEqual([]);
    expect(client.treeStatuses).toEqual([null]);
  });

  it('loads the tree rflFfi.tree names, from a folder inside it, wherever the workspace is', async () => {
    const tree = copyTree(fixture('linux-2026'));
    const elsewhere = tmpDir();
    client = new LspClient();
    await client.initialize(elsewhere, {}, { tree: path.join(tree, 'drivers') });
    const status = await client.until(() => client!.treeStatuses[0], 'tree status');
    expect((status as { info: { srctree: string } }).info.srctree).toBe(tree);
    expect(client.messages).toEqual([]);
  });

  it('reports a truncated bindings file with showMessage and keeps running', async () => {
    const files = splitTree({ 'refcount.c': REFCOUNT }, { defineRustHelper: true }).files;
    files['rust/bindings/bindings_generated.rs'] = '/* automatically generated by rust-bindgen 0.60.1 */\n\nextern "C" {\n    pub fn mutex_lock(lock: *mut mut';
    const tree = writeTree(files);
    client = new LspClient();
    await client.initialize(tree);
    const msg = await client.until(() => client!.messages.find((m) => m.type === 1), 'an error message');
    expect(msg.message).toBe(
      'rfl-ffi: rust/bindings/bindings_generated.rs ends in the middle of an item (line 4): truncated, probably while ' +
      'bindgen was writing it; rebuild it (make LLVM=1)',
    );
    const file = path.join(tree, 'rust/helpers/refcount.c');
    client.open(file);
    expect((await client.diagnosticsFor(file, 1)).diagnostics.map((d) => d.code)).toEqual(['missing-rust-helper']);
  });

  it('honours per-code severity settings', async () => {
    const tree = writeTree(splitTree({ 'refcount.c': REFCOUNT }, { defineRustHelper: true }).files);
    const file = path.join(tree, 'rust/helpers/refcount.c');
    client = new LspClient();
    await client.initialize(tree, {}, { severity: { 'missing-rust-helper': 'error' } });
    client.open(file);
    expect((await client.diagnosticsFor(file, 1)).diagnostics.map((d) => [d.code, d.severity])).toEqual([['missing-rust-helper', 1]]);
    await client.shutdown();
    client = new LspClient();
    await client.initialize(tree, {}, { severity: { 'missing-rust-helper': 'off' } });
    client.open(file);
    expect((await client.diagnosticsFor(file, 1)).diagnostics).toEqual([]);
  });

  it('reindexes when helpers.c changes on disk (didChangeWatchedFiles) and updates open files', async () => {
    const files = splitTree({ 'blk.c': '// SPDX-License-Identifier: GPL-2.0\n', 'wait.c': '// SPDX-License-Identifier: GPL-2.0\n' },
      { defineRustHelper: false, includes: ['blk.c'] }).files;
    const tree = writeTree(files);
    const file = path.join(tree, 'rust/helpers/wait.c');
    client = new LspClient();
    await client.initialize(tree);
    client.open(file);
    expect((await client.diagnosticsFor(file, 1)).diagnostics.map((d) => d.code)).toEqual(['helper-not-included']);
    const helpersC = path.join(tree, 'rust/helpers/helpers.c');
    fs.writeFileSync(helpersC, files['rust/helpers/helpers.c'].replace('#include "blk.c"', '#include "blk.c"\n#include "wait.c"'));
    client.diagnostics.delete(uri(file));
    void client.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uri(helpersC), type: 2 }] });
    expect((await client.diagnosticsFor(file, 1)).diagnostics).toEqual([]);
  });

  it('persists the index when shut down right after the first diagnostics', async () => {
    const tree = copyTree(fixture('linux-2026'));
    const file = path.join(tree, 'drivers/misc/rust_counter.rs');
    const saved = process.env[CACHE_DIR_ENV];
    process.env[CACHE_DIR_ENV] = tmpDir('rfl-ffi-cache-');
    try {
      const cache = new IndexCache(tree, tree);
      client = new LspClient();
      await client.initialize(tree);
      client.open(file);
      await client.diagnosticsFor(file, 1);
      await client.shutdown();
      client = undefined;
      expect(fs.existsSync(cache.file)).toBe(true);
      expect(fs.existsSync(cache.outlineFile(path.join(tree, GENERATED_FILES.bindings)))).toBe(true);
    } finally {
      process.env[CACHE_DIR_ENV] = saved;
    }
  });

  it('updates the Rust diagnostics of open files when bindings_generated.rs is regenerated on disk', async () => {
    const tree = copyTree(path.join(ROOT, 'demo/linux'));
    const file = path.join(tree, 'drivers/misc/rust_demo.rs');
    const generated = path.join(tree, 'rust/bindings/bindings_generated.rs');
    const byLine = (a: string, b: string) => parseInt(a, 10) - parseInt(b, 10);
    const codesAt = (ds: { code?: string | number; range: { start: { line: number } } }[]) => ds.map((d) => `${d.range.start.line + 1}:${d.code}`);
    client = new LspClient();
    await client.initialize(tree);
    client.open(file);
    const before = codesAt((await client.diagnosticsFor(file, 1)).diagnostics);
    expect(before.filter((c) => /unnecessary-cast|missing-binding/.test(c))).toEqual(['41:unnecessary-cast', '59:missing-binding']);
    // A build whose bindings return `c_uint` from __msecs_to_jiffies (so `as usize` converts) and bind kmalloc.
    const text = fs.readFileSync(generated, 'utf8');
    const regenerated = text.replace('pub fn __msecs_to_jiffies(m: ffi::c_uint) -> ffi::c_ulong;', 'pub fn __msecs_to_jiffies(m: ffi::c_uint) -> ffi::c_uint;')
      + 'extern "C" {\n    pub fn kmalloc(size: usize, flags: gfp_t) -> *mut ffi::c_void;\n}\n';
    expect(regenerated).not.toBe(text);
    fs.writeFileSync(generated, regenerated);
    client.diagnostics.delete(uri(file));
    void client.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uri(generated), type: 2 }] });
    const after = codesAt((await client.diagnosticsFor(file, 1)).diagnostics);
    // The cast converts now, and `bindings::kmalloc` exists: it is a raw use like any other.
    expect(after).toEqual(before.filter((c) => c !== '41:unnecessary-cast' && c !== '59:missing-binding').concat('59:raw-binding-use').sort(byLine));
  });
});
