/**
 * Issue 17: a distribution kernel's bindings are many times the corpus's. One item in the
 * middle of a large synthetic bindings file (the demo's, 40 times over, each copy's names
 * suffixed) is changed on disk while the server runs: the next hover on it shows the new
 * declaration, and the server's outline of the file equals a fresh one.
 */
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { BindingsOutline } from '../server/src/core/index/bindingsScanner';
import { GENERATED_FILES } from '../server/src/core/tree';
import { LspClient, uri } from './support/lspClient';
import { ROOT } from './support/paths';
import { multipliedBindings } from './support/synthetic';
import { copyTree, tmpDir } from './support/tmpTree';

const COPIES = 40;
/** An item of copy 20 of 40: the middle of the file. */
const NAME = '__mutex_init_x20';

let client: LspClient | undefined;
afterEach(() => client?.shutdown());

function freshOutlineDigest(file: string): string {
  return createHash('sha1').update(BindingsOutline.scan(file, 'bindings', fs.readFileSync(file)).toData()).digest('hex');
}

it(`notices one item changed in the middle of a ${COPIES}× bindings file: the next hover shows it, and the outline equals a fresh one`, async () => {
  const tree = copyTree(path.join(ROOT, 'demo/linux'));
  const bindings = path.join(tree, GENERATED_FILES.bindings);
  const original = fs.readFileSync(bindings, 'utf8');
  fs.writeFileSync(bindings, multipliedBindings(original, COPIES));
  expect(fs.readFileSync(bindings, 'utf8').split('\n').length).toBeGreaterThan(COPIES * original.split('\n').length - COPIES);
  const driver = path.join(tree, 'drivers/misc/rust_large.rs');
  const text = [
    '// SPDX-License-Identifier: GPL-2.0',
    'use kernel::bindings;',
    '',
    'fn init(lock: *mut bindings::mutex, key: *mut bindings::lock_class_key) {',
    '    // SAFETY: test.',
    `    unsafe { bindings::${NAME}(lock, c"rfl".as_ptr(), key) };`,
    '}',
    '',
  ].join('\n');
  fs.writeFileSync(driver, text);
  const at = { textDocument: { uri: uri(driver) }, position: { line: 5, character: 25 } };
  const hoverOf = async () => ((await client!.request<{ contents: { value: string } } | null>('textDocument/hover', at))?.contents.value ?? '').split('\n\n');
  const debugOutline = async () => (await client!.request<{ outlines: Record<string, string> }>('rfl-ffi/debug', { outlines: true })).outlines[bindings];

  client = new LspClient([], { env: { RFL_FFI_DEBUG: '1', RFL_FFI_CACHE_DIR: tmpDir('rfl-ffi-cache-') } });
  await client.initialize(tree);
  client.open(driver, text);
  await client.diagnosticsFor(driver, 1);
  const line = fs.readFileSync(bindings, 'utf8').split('\n').findIndex((l) => l.includes(`pub fn ${NAME}(`));
  expect(line).toBeGreaterThan(0);
  expect(await hoverOf()).toContain(`\`\`\`rust\npub fn ${NAME}(lock: *mut mutex, name: *const ffi::c_char, key: *mut lock_class_key)\n\`\`\``);
  expect(await debugOutline()).toBe(freshOutlineDigest(bindings));

  // Regenerated with that one item changed: it now returns a value.
  fs.writeFileSync(bindings, fs.readFileSync(bindings, 'utf8').replace(
    `pub fn ${NAME}(lock: *mut mutex, name: *const ffi::c_char, key: *mut lock_class_key);`,
    `pub fn ${NAME}(lock: *mut mutex, name: *const ffi::c_char, key: *mut lock_class_key) -> ffi::c_int;`,
  ));
  client.notifyWatchedFiles([{ file: bindings, type: 2 }]);
  expect(await hoverOf()).toEqual(expect.arrayContaining([
    `\`\`\`rust\npub fn ${NAME}(lock: *mut mutex, name: *const ffi::c_char, key: *mut lock_class_key) -> ffi::c_int\n\`\`\``,
    `Generated at \`rust/bindings/bindings_generated.rs:${line + 1}\`.`,
  ]));
  expect(await debugOutline()).toBe(freshOutlineDigest(bindings));
});
