/**
 * "Generate C helper" away from a diagnostic, over LSP: the refactoring on a definition in a
 * header (offered without edits, resolved into them; disabled with the reason when a helper,
 * finished or not, exists), and the `rfl-ffi.generateHelper` command (applyEdit, or an error).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LspClient, uri } from './support/lspClient';
import { fixture } from './support/paths';
import { copyTree } from './support/tmpTree';

const UNFINISHED = `
#error "rust_helper_IS_ERR_VALUE: replace each /* TODO: type */ with the C type, then remove this line"
/* TODO: type */ rust_helper_IS_ERR_VALUE(/* TODO: type */ x)
{
	return IS_ERR_VALUE(x);
}
`;

let tree: string;
let client: LspClient;
let capabilities: Record<string, unknown>;

beforeAll(async () => {
  tree = copyTree(fixture('linux-6.12-style'));
  fs.appendFileSync(path.join(tree, 'rust/helpers/err.c'), UNFINISHED);
  const jiffies = path.join(tree, 'include/linux/jiffies.h');
  fs.writeFileSync(jiffies, fs.readFileSync(jiffies, 'utf8')
    .replace('#endif', '#define jiffies_trace(...)\t__jiffies_trace(0, __VA_ARGS__)\n\n#endif'));
  client = new LspClient();
  capabilities = (await client.initialize(tree)).capabilities;
});

afterAll(async () => {
  await client.shutdown();
  fs.rmSync(tree, { recursive: true, force: true });
});

const header = (rel: string) => path.join(tree, 'include/linux', rel);
const at = (line: number, character: number) => ({ start: { line, character }, end: { line, character } });

async function actionsAt(file: string, line: number, character: number): Promise<Record<string, unknown>[]> {
  return client.request('textDocument/codeAction', { textDocument: { uri: uri(file) }, range: at(line, character), context: { diagnostics: [] } });
}

/** The WorkspaceEdit that creates rust/helpers/jiffies.c with the helper and includes it from helpers.c. */
function jiffiesEdit(): unknown {
  const helper = path.join(tree, 'rust/helpers/jiffies.c');
  return {
    documentChanges: [
      { kind: 'create', uri: uri(helper), options: { ignoreIfExists: true } },
      {
        textDocument: { uri: uri(helper), version: null },
        edits: [{ range: at(0, 0), newText: `// SPDX-License-Identifier: GPL-2.0

#include <linux/jiffies.h>

unsigned long rust_helper_msecs_to_jiffies(const unsigned int m)
{
	return msecs_to_jiffies(m);
}
` }],
      },
      // helpers.c includes err.c, mutex.c, refcount.c, slab.c: jiffies.c goes before mutex.c.
      { textDocument: { uri: uri(path.join(tree, 'rust/helpers/helpers.c')), version: null }, edits: [{ range: at(10, 0), newText: '#include "jiffies.c"\n' }] },
    ],
  };
}

describe('Generate C helper from a header', () => {
  it('declares the command', () => {
    expect(capabilities.executeCommandProvider).toEqual({ commands: ['rfl-ffi.reindex', 'rfl-ffi.treeInfo', 'rfl-ffi.generateHelper'] });
  });

  it('offers the refactoring on a static inline definition without edits, and resolves it into exactly the helper', async () => {
    const file = header('jiffies.h');
    client.open(file);
    await client.diagnosticsFor(file, 1);
    const actions = await actionsAt(file, 13, 30);
    expect(actions).toEqual([{
      title: 'Generate C helper `rust_helper_msecs_to_jiffies` in rust/helpers/jiffies.c',
      kind: 'refactor',
      data: { generateHelper: 'msecs_to_jiffies', uri: uri(file) },
    }]);
    const resolved = await client.request<Record<string, unknown>>('codeAction/resolve', actions[0]);
    expect(resolved.edit).toEqual(jiffiesEdit());
  });

  it('offers nothing on an extern prototype or an object-like macro', async () => {
    const file = header('jiffies.h');
    expect(await actionsAt(file, 10, 20)).toEqual([]);
    expect(await actionsAt(file, 6, 9)).toEqual([]);
  });

  it('disables it, saying why, where a helper or an unfinished one exists', async () => {
    const file = header('err.h');
    client.open(file);
    await client.diagnosticsFor(file, 1);
    expect(await actionsAt(file, 21, 36)).toEqual([{
      title: 'Generate C helper', kind: 'refactor', disabled: { reason: '`rust_helper_IS_ERR` already exists in rust/helpers/err.c' },
    }]);
    expect(await actionsAt(file, 9, 10)).toEqual([{
      title: 'Generate C helper', kind: 'refactor',
      disabled: {
        reason: 'an unfinished `rust_helper_IS_ERR_VALUE` exists at rust/helpers/err.c:20: replace each /* TODO: type */ there ' +
          'with the C type and remove its #error line',
      },
    }]);
  });
});

describe('the rfl-ffi.generateHelper command', () => {
  it('applies the edit through workspace/applyEdit and says what it generated', async () => {
    const result = await client.request('workspace/executeCommand', { command: 'rfl-ffi.generateHelper', arguments: ['msecs_to_jiffies'] });
    expect(result).toEqual({
      helper: 'rust_helper_msecs_to_jiffies', file: 'rust/helpers/jiffies.c', message: 'Generated `rust_helper_msecs_to_jiffies` in rust/helpers/jiffies.c',
    });
    expect(client.appliedEdits).toEqual([{ label: 'Generate C helper `rust_helper_msecs_to_jiffies` in rust/helpers/jiffies.c', edit: jiffiesEdit() }]);
  });

  it.each([
    ['no_such_function', 'rfl-ffi: no_such_function: no `static inline` function or function-like macro named `no_such_function` in the headers'],
    ['jiffies_trace', 'rfl-ffi: jiffies_trace: `jiffies_trace` is a variadic macro, so its parameters are not known'],
    ['IS_ERR', 'rfl-ffi: IS_ERR: `rust_helper_IS_ERR` already exists in rust/helpers/err.c'],
  ])('refuses %s with a clear message and applies nothing', async (name, message) => {
    const before = client.appliedEdits.length;
    await expect(client.request('workspace/executeCommand', { command: 'rfl-ffi.generateHelper', arguments: [name] }))
      .rejects.toMatchObject({ code: -32803, message });
    expect(client.appliedEdits.length).toBe(before);
  });
});
