/**
 * The language server on a tree that has not been built: the bindings come from the headers
 * (hover and status say so), and when bindgen's files appear, `didChangeWatchedFiles`
 * switches the server to them without a restart.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LspClient, uri } from './support/lspClient';
import { ROOT } from './support/paths';
import { copyTree, tmpDir } from './support/tmpTree';

const GENERATED = ['rust/bindings/bindings_generated.rs', 'rust/bindings/bindings_helpers_generated.rs', 'rust/uapi/uapi_generated.rs'];

describe('language server before the first build', () => {
  let client: LspClient | undefined;
  afterEach(() => client?.shutdown());

  it('derives the bindings from the headers, then switches to the generated files when they appear', async () => {
    const tree = copyTree(path.join(ROOT, 'demo/linux'));
    const saved = tmpDir();
    for (const f of GENERATED) fs.renameSync(path.join(tree, f), path.join(saved, path.basename(f)));
    const driver = path.join(tree, 'drivers/misc/rust_demo.rs');
    const codesAt = (ds: { code?: string | number; range: { start: { line: number } } }[]) => ds.map((d) => `${d.range.start.line + 1}:${d.code}`);
    const hoverMutexLock = () => client!.request<{ contents: { value: string } }>('textDocument/hover', { textDocument: { uri: uri(driver) }, position: { line: 31, character: 25 } });
    client = new LspClient();
    await client.initialize(tree);
    client.open(driver);

    const before = codesAt((await client.diagnosticsFor(driver, 1)).diagnostics);
    // `__msecs_to_jiffies` returns `c_ulong` by its prototype: the `as usize` is found unnecessary before any build;
    // missing-binding waits for bindgen's output (only that proves `kmalloc` absent).
    expect(before).toContain('41:unnecessary-cast');
    expect(before.filter((c) => c.endsWith('missing-binding'))).toEqual([]);
    const status = await client.until(() => client!.treeStatuses.at(-1) as { info: { bindings: string }; text: string } | undefined, 'tree status');
    expect(status.info.bindings).toBe('headers');
    expect(status.text).toContain('bindings: from headers');
    expect((await hoverMutexLock()).contents.value).toBe([
      '```c\n__rust_helper void rust_helper_mutex_lock(struct mutex *lock)\n```',
      'C helper at `rust/helpers/mutex.c:5`, marked `__rust_helper`, so it is inlined into Rust under `CONFIG_RUST_INLINE_HELPERS`.',
      'It wraps `mutex_lock`, declared at `include/linux/mutex.h:23`:',
      '```c\n#define mutex_lock(lock)\n```',
      '```rust\npub fn mutex_lock(lock: *mut mutex)\n```',
      'From the headers (not built yet): derived from `rust/helpers/mutex.c:5` as bindgen will generate it once the tree is built with CONFIG_RUST=y.',
      'Wrapped by the `kernel` crate:\n- `MutexBackend::lock` in `kernel::sync::lock::mutex` (`rust/kernel/sync/lock/mutex.rs:28`)',
    ].join('\n\n'));

    // Go to definition: the header's prototype, which is also where the Rust item comes from (once).
    expect(await client.request('textDocument/definition', { textDocument: { uri: uri(driver) }, position: { line: 25, character: 23 } })).toEqual([
      { uri: uri(path.join(tree, 'include/linux/mutex.h')), range: { start: { line: 15, character: 5 }, end: { line: 15, character: 17 } } },
    ]);

    // The build writes the three files.
    for (const f of GENERATED) fs.renameSync(path.join(saved, path.basename(f)), path.join(tree, f));
    client.diagnostics.delete(uri(driver));
    client.notifyWatchedFiles(GENERATED.map((f) => ({ file: path.join(tree, f), type: 1 as const })));
    const after = codesAt((await client.diagnosticsFor(driver, 1)).diagnostics);
    expect(after).toContain('41:unnecessary-cast');
    expect(after).toContain('59:missing-binding');
    const generated = await client.until(() => {
      const s = client!.treeStatuses.at(-1) as { info: { bindings: string } } | undefined;
      return s?.info.bindings === 'generated' ? s : undefined;
    }, 'the status after the switch');
    expect(generated.info.bindings).toBe('generated');
    expect((await hoverMutexLock()).contents.value).toContain('Generated at `rust/bindings/bindings_helpers_generated.rs:17`.');
    expect(await client.request('textDocument/definition', { textDocument: { uri: uri(driver) }, position: { line: 25, character: 23 } })).toEqual([
      { uri: uri(path.join(tree, 'include/linux/mutex.h')), range: { start: { line: 15, character: 5 }, end: { line: 15, character: 17 } } },
      { uri: uri(path.join(tree, 'rust/bindings/bindings_generated.rs')), range: { start: { line: 77, character: 11 }, end: { line: 77, character: 23 } } },
    ]);
  });
});
