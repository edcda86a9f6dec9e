/** missing-binding over LSP: diagnostic → code action (no edit yet) → resolve → a WorkspaceEdit that creates the helper file and includes it. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LspClient, uri } from './support/lspClient';
import { applyEdits } from './support/virtualTree';
import { fixture } from './support/paths';
import { copyTree } from './support/tmpTree';

const TIME_RS = `// SPDX-License-Identifier: GPL-2.0

//! Raw jiffies, for the LSP test.

/// Milliseconds to jiffies.
pub fn ms(m: u32) -> usize {
    // SAFETY: pure arithmetic on the C side.
    unsafe { bindings::msecs_to_jiffies(m) }
}
`;

type Change =
  | { kind: 'create'; uri: string; options?: unknown }
  | { textDocument: { uri: string; version: number | null }; edits: { range: never; newText: string }[] };

let client: LspClient | undefined;
afterEach(async () => {
  await client?.shutdown();
  client = undefined;
});

describe('generate a C helper from the Rust diagnostic', () => {
  it('offers the helper cheaply and resolves it into exactly a new rust/helpers/jiffies.c and its include', async () => {
    const tree = copyTree(fixture('linux-6.12-style'));
    const file = path.join(tree, 'rust/kernel/jiffies_raw.rs');
    fs.writeFileSync(file, TIME_RS);
    client = new LspClient();
    await client.initialize(tree);
    client.open(file);
    const published = await client.diagnosticsFor(file, 1);
    expect(published.diagnostics.map((d) => [d.code, d.severity, d.range, d.message])).toEqual([[
      'missing-binding', 1, { start: { line: 7, character: 23 }, end: { line: 7, character: 39 } },
      "`bindings::msecs_to_jiffies` is not in this build's bindings: `msecs_to_jiffies` is a `static inline` function " +
      '(include/linux/jiffies.h:14), which has no symbol for Rust to link to; it needs a C helper `rust_helper_msecs_to_jiffies` in rust/helpers/',
    ]]);
    const actions = await client.request<{ title: string; data?: unknown; edit?: unknown }[]>('textDocument/codeAction', {
      textDocument: { uri: uri(file) },
      range: published.diagnostics[0].range,
      context: { diagnostics: published.diagnostics },
    });
    expect(actions.map((a) => a.title)).toEqual(['Generate C helper `rust_helper_msecs_to_jiffies` in rust/helpers/jiffies.c']);
    expect(actions[0].edit).toBeUndefined();
    const resolved = await client.request<{ edit: { documentChanges: Change[] } }>('codeAction/resolve', actions[0]);
    const helper = path.join(tree, 'rust/helpers/jiffies.c');
    const helpersC = path.join(tree, 'rust/helpers/helpers.c');
    const changes = resolved.edit.documentChanges;
    expect(changes.map((c) => ('kind' in c ? ['create', c.uri] : ['edit', c.textDocument.uri, c.textDocument.version]))).toEqual([
      ['create', uri(helper)], ['edit', uri(helper), null], ['edit', uri(helpersC), null],
    ]);
    const [, created, include] = changes as Extract<Change, { textDocument: unknown }>[];
    expect(applyEdits('', created.edits)).toBe(`// SPDX-License-Identifier: GPL-2.0

#include <linux/jiffies.h>

unsigned long rust_helper_msecs_to_jiffies(const unsigned int m)
{
	return msecs_to_jiffies(m);
}
`);
    const helpersText = fs.readFileSync(helpersC, 'utf8');
    expect(applyEdits(helpersText, include.edits)).toBe(helpersText.replace('#include "mutex.c"', '#include "jiffies.c"\n#include "mutex.c"'));
    fs.rmSync(tree, { recursive: true, force: true });
  });
});
