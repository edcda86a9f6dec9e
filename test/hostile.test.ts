/**
 * Hostile inputs, through the real CLI and the real language server: each gets a clear
 * message, loses nothing else, and the server keeps serving. Hostile patches under review
 * either work or end with a clear message and exit 2; none crashes or hangs the review.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MODES_BIND, runCli } from './support/cli';
import { LspClient, uri } from './support/lspClient';
import { fixture, ROOT } from './support/paths';
import { HAZARDS_RS, git, reviewedRepo } from './support/reviewRepo';
import { copyTree, writeTree } from './support/tmpTree';
import { applyEdits } from './support/virtualTree';

const DELETE_HOOK = path.join(ROOT, 'test/support/deleteAfterListing.cjs');
const MUTEX_C1 = { start: { line: 4, character: 5 }, end: { line: 4, character: 27 } };
const C1_MESSAGE = '`rust_helper_mutex_lock` lacks `__rust_helper`: this tree defines it, and without it the helper is not ' +
  'inlined into Rust callers under CONFIG_RUST_INLINE_HELPERS, so every `bindings::mutex_lock` call stays a real function call';

/** A writable copy of the 2026 fixture (one finding: C1, `mutex.c:5:6`). */
function tree2026(): string {
  return copyTree(fixture('linux-2026'));
}

function write(tree: string, rel: string, content: string | Buffer): string {
  const p = path.join(tree, rel);
  fs.mkdirSync(path.dirname(p), { recursive: true });
  fs.writeFileSync(p, content);
  return p;
}

function summary(files: number, warnings: number): string {
  return `rfl-ffi: 0 errors, ${warnings} warnings, 0 notes in ${files} files`;
}

/** The checkable files of a tree (what `check` counts), for the summary line. */
function checkedCount(tree: string): number {
  const r = runCli(['check', '.', '--exit-zero'], tree);
  return Number(/ in (\d+) files$/m.exec(r.stderr)![1]);
}

let client: LspClient | undefined;
afterEach(async () => {
  await client?.shutdown();
  client = undefined;
});

async function serve(tree: string, env?: NodeJS.ProcessEnv): Promise<LspClient> {
  client = new LspClient([], { env });
  await client.initialize(tree);
  return client;
}

function messageFrom(c: LspClient, text: string): Promise<{ type: number; message: string }> {
  return c.until(() => c.messages.find((m) => m.message === text), `the message "${text}"`);
}

/** The server still answers: a file with a known finding gets it. */
async function stillServes(c: LspClient, tree: string): Promise<void> {
  const mutex = path.join(tree, 'rust/helpers/mutex.c');
  c.open(mutex);
  expect((await c.diagnosticsFor(mutex, 1)).diagnostics.map((d) => [d.code, d.range])).toEqual([['missing-rust-helper', MUTEX_C1]]);
}

describe('a binary file named .rs', () => {
  it('CLI: is skipped with a warning; the rest is checked', () => {
    const tree = tree2026();
    const n = checkedCount(tree);
    write(tree, 'drivers/misc/blob.rs', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00]));
    const r = runCli(['check', '.'], tree);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(`rust/helpers/mutex.c:5:6: warning: ${C1_MESSAGE} [missing-rust-helper]\n`);
    expect(r.stderr).toBe(`rfl-ffi: warning: drivers/misc/blob.rs is binary (contains NUL bytes); skipped\n${summary(n + 1, 1)}\n`);
  });

  it('LSP: in the kernel crate it is left out of the index with a message; opened, it is not analysed', async () => {
    const tree = tree2026();
    write(tree, 'rust/kernel/blob.rs', Buffer.from('\0\0\0\0binary'));
    const c = await serve(tree);
    expect(await messageFrom(c, 'rfl-ffi: rust/kernel/blob.rs is binary (contains NUL bytes); skipped')).toEqual({
      type: 2, message: 'rfl-ffi: rust/kernel/blob.rs is binary (contains NUL bytes); skipped',
    });
    const blob = path.join(tree, 'drivers/misc/blob.rs');
    c.open(blob, 'fn f() {}\0\0\0\u0001\u0002');
    expect((await c.diagnosticsFor(blob, 1)).diagnostics).toEqual([]);
    await messageFrom(c, 'rfl-ffi: drivers/misc/blob.rs is binary (contains NUL bytes); not analysed');
    await stillServes(c, tree);
  });
});

describe('non-UTF-8 bytes', () => {
  const latin1 = (text: string) => Buffer.from(text.replace('\n\n#include', '\n/* caf\u00e9 */\n#include'), 'latin1');

  it('CLI: the file is read with U+FFFD for the bad byte, the warning names the line, and its finding is still reported', () => {
    const tree = tree2026();
    const mutex = path.join(tree, 'rust/helpers/mutex.c');
    fs.writeFileSync(mutex, latin1(fs.readFileSync(mutex, 'utf8')));
    const r = runCli(['check', '.'], tree);
    expect(r.stdout).toBe(`rust/helpers/mutex.c:5:6: warning: ${C1_MESSAGE} [missing-rust-helper]\n`);
    expect(r.stderr.split('\n')[0]).toBe(
      'rfl-ffi: warning: rust/helpers/mutex.c is not valid UTF-8 (line 2); read with U+FFFD in place of the invalid bytes',
    );
    expect(r.stderr.split('\n')[1]).toBe(summary(checkedCount(tree), 1));
  });

  it('LSP: the index says so once and keeps the helpers of that file', async () => {
    const tree = tree2026();
    const mutex = path.join(tree, 'rust/helpers/mutex.c');
    fs.writeFileSync(mutex, latin1(fs.readFileSync(mutex, 'utf8')));
    const c = await serve(tree);
    await messageFrom(c, 'rfl-ffi: rust/helpers/mutex.c is not valid UTF-8 (line 2); read with U+FFFD in place of the invalid bytes');
    await stillServes(c, tree);
  });
});

describe('a 50 MB file', () => {
  const huge = () => Buffer.alloc(50 * 1024 * 1024, '// a very long generated comment line\n');

  it('CLI: is skipped with a warning naming its size and the limit', () => {
    const tree = tree2026();
    const n = checkedCount(tree);
    write(tree, 'drivers/misc/huge.rs', huge());
    const r = runCli(['check', '.'], tree);
    expect(r.stderr).toBe(`rfl-ffi: warning: drivers/misc/huge.rs is 50 MB, over the 48 MB limit; skipped\n${summary(n + 1, 1)}\n`);
  });

  it('LSP: opened in the editor it is not analysed, with a message, and the server goes on', async () => {
    const tree = tree2026();
    const c = await serve(tree);
    const file = path.join(tree, 'drivers/misc/huge.rs');
    c.open(file, huge().toString('utf8'));
    expect((await c.diagnosticsFor(file, 1)).diagnostics).toEqual([]);
    await messageFrom(c, 'rfl-ffi: drivers/misc/huge.rs is 50 MB, over the 48 MB limit; not analysed');
    await stillServes(c, tree);
  });
});

describe('empty files', () => {
  it('CLI: an empty Rust file and an empty included helper file check clean', () => {
    const tree = tree2026();
    const n = checkedCount(tree);
    write(tree, 'drivers/misc/empty.rs', '');
    write(tree, 'rust/helpers/empty.c', '');
    const helpers = path.join(tree, 'rust/helpers/helpers.c');
    fs.writeFileSync(helpers, fs.readFileSync(helpers, 'utf8').replace('#include "err.c"', '#include "empty.c"\n#include "err.c"'));
    const r = runCli(['check', '.'], tree);
    expect(r.stderr).toBe(`${summary(n + 2, 1)}\n`);
  });

  it('CLI: an empty generated bindings file is a truncated one (bindgen always writes a header)', () => {
    const tree = tree2026();
    write(tree, 'rust/bindings/bindings_generated.rs', '');
    const r = runCli(['check', '.'], tree);
    expect([r.code, r.stdout, r.stderr]).toEqual([2, '',
      'rfl-ffi: error: rust/bindings/bindings_generated.rs is empty: truncated, probably while bindgen was writing it; ' +
      'rebuild it (make LLVM=1)\n']);
  });

  it('LSP: an empty document gets empty diagnostics, and so does a document emptied by an edit', async () => {
    const tree = tree2026();
    const c = await serve(tree);
    const empty = path.join(tree, 'drivers/misc/empty.rs');
    c.open(empty, '');
    expect((await c.diagnosticsFor(empty, 1)).diagnostics).toEqual([]);
    const mutex = path.join(tree, 'rust/helpers/mutex.c');
    const text = fs.readFileSync(mutex, 'utf8');
    c.open(mutex, text);
    expect((await c.diagnosticsFor(mutex, 1)).diagnostics).toHaveLength(1);
    const lines = text.split('\n');
    c.change(mutex, 2, [{ range: { start: { line: 0, character: 0 }, end: { line: lines.length - 1, character: 0 } }, text: '' }]);
    expect((await c.diagnosticsFor(mutex, 2)).diagnostics).toEqual([]);
  });
});

describe('a UTF-8 BOM', () => {
  it('CLI: positions on the first line do not count the BOM', () => {
    const tree = copyTree(path.join(ROOT, 'demo/linux'));
    const jiffies = path.join(tree, 'rust/helpers/jiffies.c');
    const text = fs.readFileSync(jiffies, 'utf8');
    fs.writeFileSync(jiffies, '\ufeff' + text);
    const r = runCli(['check', 'rust/helpers/jiffies.c', '--format', 'json'], tree);
    const first = text.split('\n')[0];
    expect(JSON.parse(r.stdout).findings.map((f: Record<string, unknown>) => [f.code, f.line, f.column, f.endLine, f.endColumn])).toEqual([
      ['helper-not-included', 1, 1, 1, first.length + 1],
    ]);
  });

  it('LSP: a fix computed from a helpers.c with a BOM lands on the right line', async () => {
    const tree = copyTree(path.join(ROOT, 'demo/linux'));
    const helpers = path.join(tree, 'rust/helpers/helpers.c');
    const before = fs.readFileSync(helpers, 'utf8');
    fs.writeFileSync(helpers, '\ufeff' + before);
    const c = await serve(tree);
    const jiffies = path.join(tree, 'rust/helpers/jiffies.c');
    c.open(jiffies);
    const d = await c.diagnosticsFor(jiffies, 1);
    const edit = await resolvedEdit(c, jiffies, d.diagnostics);
    expect(Object.keys(edit)).toEqual([uri(helpers)]);
    expect(applyEdits(before, edit[uri(helpers)])).toBe(before.replace('#include "mutex.c"', '#include "jiffies.c"\n#include "mutex.c"'));
  });
});

interface Diagnostic {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  code?: string | number;
  message: string;
}
type Edits = Record<string, { range: Diagnostic['range']; newText: string }[]>;

/** The edits of the first code action offered for `diagnostics`, resolved, by URI. */
async function resolvedEdit(c: LspClient, file: string, diagnostics: Diagnostic[]): Promise<Edits> {
  const actions = await c.request<{ title: string }[]>('textDocument/codeAction', {
    textDocument: { uri: uri(file) }, range: diagnostics[0].range, context: { diagnostics },
  });
  const resolved = await c.request<{ edit: { documentChanges: { textDocument: { uri: string }; edits: Edits[string] }[] } }>(
    'codeAction/resolve', actions[0]);
  return Object.fromEntries(resolved.edit.documentChanges.map((d) => [d.textDocument.uri, d.edits]));
}

describe('CRLF line endings', () => {
  function crlfTree(): string {
    const tree = copyTree(path.join(ROOT, 'demo/linux'));
    for (const rel of ['rust/helpers/helpers.c', 'rust/helpers/jiffies.c', 'rust/helpers/slab.c']) {
      const p = path.join(tree, rel);
      fs.writeFileSync(p, fs.readFileSync(p, 'utf8').replace(/\n/g, '\r\n'));
    }
    return tree;
  }

  it('CLI: the same positions as with LF', () => {
    const lf = runCli(['check', '.', '--format', 'json'], path.join(ROOT, 'demo/linux'));
    const crlf = runCli(['check', '.', '--format', 'json'], crlfTree());
    expect(JSON.parse(crlf.stdout)).toEqual(JSON.parse(lf.stdout));
  });

  it('LSP: fixes insert CRLF lines into a CRLF file, and the result is what the user would type', async () => {
    const tree = crlfTree();
    const c = await serve(tree);
    const helpers = path.join(tree, 'rust/helpers/helpers.c');
    const jiffies = path.join(tree, 'rust/helpers/jiffies.c');
    c.open(jiffies);
    const edit = await resolvedEdit(c, jiffies, (await c.diagnosticsFor(jiffies, 1)).diagnostics);
    const before = fs.readFileSync(helpers, 'utf8');
    expect(applyEdits(before, edit[uri(helpers)])).toBe(before.replace('#include "mutex.c"', '#include "jiffies.c"\r\n#include "mutex.c"'));
    const slab = path.join(tree, 'rust/helpers/slab.c');
    const slabText = fs.readFileSync(slab, 'utf8');
    c.open(slab);
    const slabEdit = await resolvedEdit(c, slab, (await c.diagnosticsFor(slab, 1)).diagnostics);
    const fixed = applyEdits(slabText, slabEdit[uri(slab)]);
    expect(fixed).toBe(slabText.replace('void * __must_check\r\n', '__rust_helper void * __must_check\r\n'));
    c.change(slab, 2, [{ text: fixed }]);
    expect((await c.diagnosticsFor(slab, 2)).diagnostics).toEqual([]);
  });
});

describe('old Mac line ends (a lone CR)', () => {
  it('CLI and LSP: a lone CR ends a line, as LSP says, so positions match the editor\'s', async () => {
    const tree = tree2026();
    const mutex = path.join(tree, 'rust/helpers/mutex.c');
    const text = fs.readFileSync(mutex, 'utf8').replace(/\n/g, '\r');
    fs.writeFileSync(mutex, text);
    const r = runCli(['check', 'rust/helpers/mutex.c', '--format', 'json'], tree);
    expect(JSON.parse(r.stdout).findings.map((f: Record<string, unknown>) => [f.code, f.line, f.column, f.endLine, f.endColumn])).toEqual([
      ['missing-rust-helper', 5, 6, 5, 28],
    ]);
    const c = await serve(tree);
    c.open(mutex, text);
    expect((await c.diagnosticsFor(mutex, 1)).diagnostics.map((d) => d.range)).toEqual([MUTEX_C1]);
    c.change(mutex, 2, [{ range: { start: { line: 4, character: 0 }, end: { line: 4, character: 0 } }, text: '\r' }]);
    expect((await c.diagnosticsFor(mutex, 2)).diagnostics.map((d) => d.range.start)).toEqual([{ line: 5, character: 5 }]);
  });
});

describe('positions after emoji and CJK text', () => {
  const line = '/* 🦀 中文 */ void rust_helper_mutex_lock(struct mutex *lock)';
  // '/* ' 3, '🦀' 2 (a surrogate pair), ' ' 1, '中文' 2, ' */ ' 4, 'void ' 5: the name starts at UTF-16 column 17.
  const nameAt = 17;

  function emojiTree(): { tree: string; mutex: string; text: string } {
    const tree = tree2026();
    const mutex = path.join(tree, 'rust/helpers/mutex.c');
    const text = fs.readFileSync(mutex, 'utf8').replace('void rust_helper_mutex_lock(struct mutex *lock)', line);
    fs.writeFileSync(mutex, text);
    return { tree, mutex, text };
  }

  it('CLI: JSON columns count UTF-16 code units', () => {
    const { tree } = emojiTree();
    const r = runCli(['check', '.', '--format', 'json'], tree);
    expect(JSON.parse(r.stdout).findings.map((f: Record<string, unknown>) => [f.line, f.column, f.endColumn])).toEqual([
      [5, nameAt + 1, nameAt + 1 + 'rust_helper_mutex_lock'.length],
    ]);
  });

  it('LSP: diagnostics, incremental edits and fixes all use UTF-16 columns', async () => {
    const { tree, mutex, text } = emojiTree();
    const c = await serve(tree);
    c.open(mutex, text);
    const d = await c.diagnosticsFor(mutex, 1);
    expect(d.diagnostics.map((x) => x.range)).toEqual([{ start: { line: 4, character: nameAt }, end: { line: 4, character: nameAt + 22 } }]);
    const edit = await resolvedEdit(c, mutex, d.diagnostics);
    expect(applyEdits(text, edit[uri(mutex)])).toBe(text.replace('*/ void rust_helper_mutex_lock', '*/ __rust_helper void rust_helper_mutex_lock'));
    // Type a space after the crab: everything after it on the line moves by one.
    c.change(mutex, 2, [{ range: { start: { line: 4, character: 5 }, end: { line: 4, character: 5 } }, text: ' ' }]);
    expect((await c.diagnosticsFor(mutex, 2)).diagnostics.map((x) => x.range.start)).toEqual([{ line: 4, character: nameAt + 1 }]);
  });
});

describe('bindings_generated.rs truncated mid-write', () => {
  it('LSP: keeps the last good index and says so; a complete file is picked up again; a second truncation is said again', async () => {
    const tree = copyTree(path.join(ROOT, 'demo/linux'));
    const gen = path.join(tree, 'rust/bindings/bindings_generated.rs');
    const good = fs.readFileSync(gen, 'utf8');
    const helpers = path.join(tree, 'rust/helpers/helpers.c');
    const jiffies = path.join(tree, 'rust/helpers/jiffies.c');
    const c = await serve(tree);
    c.open(jiffies);
    expect((await c.diagnosticsFor(jiffies, 1)).diagnostics.map((d) => d.code)).toEqual(['helper-not-included']);

    // While bindgen rewrites the bindings, helpers.c gains the include: the kept index does not see it yet.
    const cut = good.slice(0, good.indexOf('pub fn __mutex_init') + 'pub fn __mutex_init(lock: *mut'.length);
    const line = cut.split('\n').length;
    const truncated = `rfl-ffi: rust/bindings/bindings_generated.rs ends in the middle of an item (line ${line}): truncated, ` +
      'probably while bindgen was writing it; rebuild it (make LLVM=1); keeping the last good index';
    fs.writeFileSync(gen, cut);
    fs.writeFileSync(helpers, fs.readFileSync(helpers, 'utf8').replace('#include "mutex.c"', '#include "jiffies.c"\n#include "mutex.c"'));
    let seen = c.publishCount.get(uri(jiffies)) ?? 0;
    c.notifyWatchedFiles([{ file: gen, type: 2 }, { file: helpers, type: 2 }]);
    expect(await messageFrom(c, truncated)).toEqual({ type: 1, message: truncated });
    expect((await c.diagnosticsAfter(jiffies, seen)).diagnostics.map((d) => d.code)).toEqual(['helper-not-included']);

    seen = c.publishCount.get(uri(jiffies))!;
    fs.writeFileSync(gen, good);
    c.notifyWatchedFiles([{ file: gen, type: 2 }]);
    expect((await c.diagnosticsAfter(jiffies, seen)).diagnostics).toEqual([]);

    fs.writeFileSync(gen, cut);
    c.notifyWatchedFiles([{ file: gen, type: 2 }]);
    await c.until(() => (c.messages.filter((m) => m.message === truncated).length === 2 ? true : undefined), 'the second truncation message');
  });
});

describe('a file deleted between listing and reading', () => {
  it('CLI: the file is reported as gone and skipped; everything else is checked', () => {
    const tree = tree2026();
    const n = checkedCount(tree);
    const gone = write(tree, 'drivers/misc/gone.rs', 'fn gone() {}\n');
    const r = runCli(['check', '.'], tree, { env: { NODE_OPTIONS: `--require ${DELETE_HOOK}`, RFL_FFI_TEST_DELETE: gone } });
    expect(fs.existsSync(gone)).toBe(false);
    expect(r.stdout).toBe(`rust/helpers/mutex.c:5:6: warning: ${C1_MESSAGE} [missing-rust-helper]\n`);
    expect(r.stderr).toBe(`rfl-ffi: warning: drivers/misc/gone.rs does not exist; skipped\n${summary(n + 1, 1)}\n`);
  });

  it('LSP: a kernel crate file that vanishes while the index is built is reported and skipped', async () => {
    const tree = tree2026();
    const gone = write(tree, 'rust/kernel/gone.rs', 'pub fn gone() {}\n');
    const c = await serve(tree, { NODE_OPTIONS: `--require ${DELETE_HOOK}`, RFL_FFI_TEST_DELETE: gone });
    await messageFrom(c, 'rfl-ffi: rust/kernel/gone.rs does not exist; skipped');
    await stillServes(c, tree);
  });
});

describe('a symlink loop in the tree', () => {
  it('CLI: a looping file link is reported, a looping folder link is not followed, and the check ends', () => {
    const tree = tree2026();
    const n = checkedCount(tree);
    fs.symlinkSync('loop.rs', path.join(tree, 'drivers/misc/loop.rs'));
    fs.symlinkSync('..', path.join(tree, 'drivers/misc/up'));
    const r = runCli(['check', '.'], tree);
    expect(r.stdout).toBe(`rust/helpers/mutex.c:5:6: warning: ${C1_MESSAGE} [missing-rust-helper]\n`);
    expect(r.stderr).toBe(`rfl-ffi: warning: drivers/misc/loop.rs is a symlink loop; skipped\n${summary(n + 1, 1)}\n`);
  });

  it('LSP: a looping link in the kernel crate is reported and skipped', async () => {
    const tree = tree2026();
    fs.symlinkSync('loop.rs', path.join(tree, 'rust/kernel/loop.rs'));
    fs.symlinkSync('..', path.join(tree, 'rust/kernel/sync/up'));
    const c = await serve(tree);
    await messageFrom(c, 'rfl-ffi: rust/kernel/loop.rs is a symlink loop; skipped');
    await stillServes(c, tree);
  });
});

describe('an unreadable directory', () => {
  it('CLI: a driver folder and a kernel crate folder that cannot be read are each named and skipped', () => {
    const tree = tree2026();
    const n = checkedCount(tree);
    write(tree, 'drivers/secret/hidden.rs', 'fn hidden() {}\n');
    for (const dir of ['drivers/secret', 'rust/kernel/sync']) fs.chmodSync(path.join(tree, dir), 0o000);
    try {
      const r = runCli(['check', '.'], tree, { runAs: MODES_BIND });
      expect(r.stdout).toBe(`rust/helpers/mutex.c:5:6: warning: ${C1_MESSAGE} [missing-rust-helper]\n`);
      // Said once, by the index; sync/lock.rs, sync/lock/mutex.rs and sync/refcount.rs are behind the closed door.
      expect(r.stderr).toBe([
        'rfl-ffi: warning: rust/kernel/sync cannot be read (permission denied); skipped',
        'rfl-ffi: warning: drivers/secret cannot be read (permission denied); skipped',
        summary(n - 3, 1),
        '',
      ].join('\n'));
    } finally {
      for (const dir of ['drivers/secret', 'rust/kernel/sync']) fs.chmodSync(path.join(tree, dir), 0o755);
    }
  });
});

describe('10,000 nested brackets', () => {
  const deep = (open: string, inner: string, close: string) => open.repeat(10_000) + inner + close.repeat(10_000);
  const rust = `fn f() {\n    let x = ${deep('(', '1', ')')};\n    let y = ${deep('[', '1', ']')};\n    ${deep('{', '', '}')}\n}\n` +
    `fn g(a: ${deep('Option<', 'u8', '>')}, b: ${deep('*mut ', 'u8', '')}) {}\n`;
  const c = `__rust_helper int rust_helper_deep(int a)\n{\n\treturn ${deep('(', 'a', ')')};\n}\n${deep('{', '', '')}\n`;
  const bindings = `extern "C" {\n    pub fn deep(a: ${deep('*mut ', 'ffi::c_int', '')}, b: ${deep('[', 'u8', '; 1]')});\n}\n`;

  function deepTree(): string {
    const tree = tree2026();
    write(tree, 'drivers/misc/deep.rs', rust);
    write(tree, 'rust/kernel/deep.rs', rust);
    write(tree, 'rust/helpers/deep.c', c);
    const gen = path.join(tree, 'rust/bindings/bindings_generated.rs');
    fs.appendFileSync(gen, bindings);
    return tree;
  }

  it('CLI: index and check get through them', () => {
    const tree = deepTree();
    const r = runCli(['check', '.', '--format', 'json'], tree);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout).findings.map((f: Record<string, unknown>) => [f.file, f.code])).toEqual([
      ['rust/helpers/deep.c', 'helper-not-included'],
      ['rust/helpers/mutex.c', 'missing-rust-helper'],
    ]);
  });

  it('LSP: documents full of them are analysed, edited and answered', async () => {
    const tree = deepTree();
    const cl = await serve(tree);
    const file = path.join(tree, 'drivers/misc/deep.rs');
    cl.open(file, rust);
    expect((await cl.diagnosticsFor(file, 1)).diagnostics).toEqual([]);
    cl.change(file, 2, [{ range: { start: { line: 1, character: 12 }, end: { line: 1, character: 12 } }, text: ' as usize' }]);
    expect((await cl.diagnosticsFor(file, 2)).diagnostics).toEqual([]);
    const helper = path.join(tree, 'rust/helpers/deep.c');
    cl.open(helper, c);
    expect((await cl.diagnosticsFor(helper, 1)).diagnostics.map((d) => d.code)).toEqual(['helper-not-included']);
    await stillServes(cl, tree);
  });
});

describe('hostile headers before the first build (headers-only bindings)', () => {
  const chain = Array.from({ length: 40 }, (_, i) => `#define SHP_X${i + 1}\tSHP_X${i} + SHP_X${i}`).join('\n');
  const HOSTILE: Record<string, string> = {
    // Macros that name themselves, each other, or double at every step (2^40 tokens).
    'include/shapes/recursive.h': '/* SPDX-License-Identifier: GPL-2.0 */\n#ifndef _SHAPES_RECURSIVE_H\n#define _SHAPES_RECURSIVE_H\n\n' +
      '#define SHP_SELF\t(SHP_SELF + 1)\n#define SHP_PING\tSHP_PONG\n#define SHP_PONG\tSHP_PING\n#define SHP_X0\t1\n' + chain + '\n\n' +
      'struct shp_selfish {\n\tint slots[SHP_SELF];\n};\n\nvoid shp_pingpong(int x[SHP_PING]);\n\n' +
      'struct shp_bomb {\n\tint slots[SHP_X40];\n};\n\n#endif /* _SHAPES_RECURSIVE_H */\n',
    // Two headers that include each other, without include guards.
    'include/shapes/cycle_a.h': '/* SPDX-License-Identifier: GPL-2.0 */\n#include <shapes/cycle_b.h>\n\nint shp_cycle_a(void);\n',
    'include/shapes/cycle_b.h': '/* SPDX-License-Identifier: GPL-2.0 */\n#include <shapes/cycle_a.h>\n\nint shp_cycle_b(void);\n',
    // A comment opened and never closed: the rest of the header, its `#endif` too, is comment.
    'include/shapes/unterminated.h': '/* SPDX-License-Identifier: GPL-2.0 */\n#ifndef _SHAPES_UNTERMINATED_H\n#define _SHAPES_UNTERMINATED_H\n\n' +
      'int shp_before_comment(void);\n\n/* never closed\nint shp_in_comment(void);\n\n#endif /* _SHAPES_UNTERMINATED_H */\n',
    // A header of 10 MB: one struct of 800,000 members, then one function.
    'include/shapes/huge.h': '/* SPDX-License-Identifier: GPL-2.0 */\n#ifndef _SHAPES_HUGE_H\n#define _SHAPES_HUGE_H\n\nstruct shp_huge {\n' +
      Array.from({ length: 800_000 }, (_, i) => `\tint f${i};\n`).join('') + '};\n\nint shp_after_huge(void);\n\n#endif /* _SHAPES_HUGE_H */\n',
  };

  function hostileTree(): string {
    const tree = copyTree(fixture('header-shapes'));
    for (const [rel, text] of Object.entries(HOSTILE)) write(tree, rel, text);
    const helper = path.join(tree, 'rust/bindings/bindings_helper.h');
    const includes = Object.keys(HOSTILE).filter((f) => !f.endsWith('cycle_b.h')).map((f) => `#include <${f.slice('include/'.length)}>`);
    fs.writeFileSync(helper, fs.readFileSync(helper, 'utf8').replace('#include <shapes/aggregates.h>', `${includes.join('\n')}\n#include <shapes/aggregates.h>`));
    return tree;
  }

  const UNKNOWN = ['shp_selfish', 'shp_pingpong', 'shp_bomb', 'shp_cycle_a', 'shp_cycle_b', 'shp_before_comment', 'shp_in_comment', 'shp_huge'];

  it('CLI: no hang and no crash; the names they touch are unknown, the others derived as before', () => {
    const tree = hostileTree();
    expect(Buffer.byteLength(HOSTILE['include/shapes/huge.h'])).toBeGreaterThan(10_000_000);
    const r = runCli(['bindings', ...UNKNOWN, 'shp_after_huge', 'shp_gfp', 'SHP_SELF', '--tree', tree, '--format', 'json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const entries = JSON.parse(r.stdout).bindings as { name: string; kind: string; declaration: string | null }[];
    expect(entries.filter((e) => e.kind === 'unknown').map((e) => e.name)).toEqual([...UNKNOWN, 'SHP_SELF']);
    expect(entries.filter((e) => e.kind !== 'unknown').map((e) => e.declaration)).toEqual([
      'pub fn shp_after_huge() -> ffi::c_int;',
      'pub fn shp_gfp(flags: gfp_t) -> gfp_t;',
    ]);
    const check = runCli(['check', tree, '--format', 'json'], tree);
    expect(check.code).toBe(0);
  });

  it('LSP: hovers on them get no answer, and the server goes on answering', async () => {
    const tree = hostileTree();
    const rust = 'pub fn f() {\n    // SAFETY: test only.\n    unsafe { bindings::shp_pingpong(core::ptr::null_mut()) };\n' +
      '    // SAFETY: test only.\n    unsafe { bindings::shp_after_huge() };\n}\n';
    const file = write(tree, 'rust/kernel/hostile.rs', rust);
    const cl = await serve(tree);
    cl.open(file, rust);
    expect((await cl.diagnosticsFor(file, 1)).diagnostics).toEqual([]);
    const hover = (line: number) => cl.request<{ contents: { value: string } } | null>('textDocument/hover', { textDocument: { uri: uri(file) }, position: { line, character: 25 } });
    expect(await hover(2)).toBeNull();
    expect((await hover(4))?.contents.value).toContain('```rust\npub fn shp_after_huge() -> ffi::c_int\n```');
    expect(cl.logs.filter((l) => /internal error/.test(l.message))).toEqual([]);
  });
});

describe('a tree without rust/helpers', () => {
  function noHelpers(): string {
    const tree = tree2026();
    fs.rmSync(path.join(tree, 'rust/helpers'), { recursive: true });
    return tree;
  }

  it('CLI: says which folder looked like the tree and what it lacks', () => {
    const tree = noHelpers();
    const r = runCli(['check', 'drivers/misc'], tree);
    expect([r.code, r.stdout, r.stderr]).toEqual([2, '',
      `rfl-ffi: error: ${tree} has rust/bindings/bindings_helper.h but neither rust/helpers/helpers.c nor ` +
      'rust/helpers.c, so it is not a complete kernel tree with Rust support\n']);
  });

  it('LSP: says the same, and answers requests', async () => {
    const tree = noHelpers();
    const c = await serve(tree);
    const text = `rfl-ffi: ${tree} has rust/bindings/bindings_helper.h but neither rust/helpers/helpers.c nor rust/helpers.c, ` +
      'so it is not a complete kernel tree with Rust support; set rflFfi.tree to point at one.';
    expect(await messageFrom(c, text)).toEqual({ type: 2, message: text });
    const driver = path.join(tree, 'drivers/misc/rust_counter.rs');
    c.open(driver);
    const actions = await c.request('textDocument/codeAction', {
      textDocument: { uri: uri(driver) }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [] },
    });
    expect(actions).toEqual([]);
  });
});

describe('the server keeps serving', () => {
  it('a document outside every tree, a non-file URI and a position past the end get plain answers', async () => {
    const tree = tree2026();
    const c = await serve(tree);
    const outside = writeTree({ 'x.rs': 'fn x() {}\n' });
    c.open(path.join(outside, 'x.rs'));
    void c.conn.sendNotification('textDocument/didOpen', { textDocument: { uri: 'untitled:Untitled-1', languageId: 'rust', version: 1, text: 'fn f() {}' } });
    const mutex = path.join(tree, 'rust/helpers/mutex.c');
    c.open(mutex);
    await c.diagnosticsFor(mutex, 1);
    expect(await c.request('textDocument/codeAction', {
      textDocument: { uri: uri(mutex) }, range: { start: { line: 999, character: 999 }, end: { line: 1000, character: 0 } }, context: { diagnostics: [] },
    })).toEqual([]);
    expect(await c.request('codeAction/resolve', { title: 'stale', data: { uri: uri(mutex), version: 42, finding: 0, fix: 0 } }))
      .toEqual({ title: 'stale', data: { uri: uri(mutex), version: 42, finding: 0, fix: 0 } });
    await stillServes(c, tree);
  });
});

describe('hostile patches under review (check --patch)', () => {
  const THREE = ['unnecessary-cast', 'raw-binding-use', 'missing-rust-helper'];
  const codes = (r: { stdout: string }) => (JSON.parse(r.stdout) as { findings: { code: string }[] }).findings.map((f) => f.code);
  const subject = '[PATCH] rust: counter: pages and jiffies';

  /** Reviews `patch` (given on stdin) against a fresh copy of the tree before the change. */
  function review(patch: string | Buffer): { code: number | null; stdout: string; stderr: string; tree: string } {
    const tree = tree2026();
    return { ...runCli(['check', '--patch', '-', '--format', 'json'], tree, { input: patch }), tree };
  }

  it('a binary patch: the binary file is named and passed over, the rest is reviewed', () => {
    const repo = reviewedRepo();
    git(repo, 'reset', '-q', '--soft', 'HEAD~1');
    write(repo, 'firmware/counter.bin', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 1, 2, 0xff, 0]));
    git(repo, 'add', '-A');
    git(repo, 'commit', '-qm', 'rust: counter: pages and jiffies');
    const mail = git(repo, 'format-patch', '-1', '--stdout');
    expect(mail).toContain('GIT binary patch');
    const r = review(mail);
    expect([r.code, r.stderr, codes(r)]).toEqual([1, `rfl-ffi: note: firmware/counter.bin is changed in binary (in "${subject}"); not reviewed\n`, THREE]);
  });

  it('a truncated hunk: exit 2, naming the hunk that is cut short', () => {
    const mail = git(reviewedRepo(), 'format-patch', '-1', '--stdout');
    const lines = mail.split('\n');
    const hunk = lines.findIndex((l) => l.startsWith('@@ '));
    const r = review(lines.slice(0, hunk + 5).join('\n'));
    expect([r.code, r.stdout, r.stderr]).toEqual([2, '',
      `rfl-ffi: error: the patch is cut short or damaged (in "${subject}"): added line count did not match for hunk at line ${hunk + 1}\n`]);
  });

  it('a rename and a delete: findings only on the added lines, at the new path; the deleted file is gone from the review', () => {
    const repo = reviewedRepo();
    git(repo, 'reset', '-q', '--hard', 'HEAD~1');
    git(repo, 'mv', 'drivers/misc/rust_counter.rs', 'drivers/misc/rust_count.rs');
    fs.appendFileSync(path.join(repo, 'drivers/misc/rust_count.rs'), HAZARDS_RS);
    git(repo, 'rm', '-q', 'rust/helpers/mutex.c');
    const helpersC = path.join(repo, 'rust/helpers/helpers.c');
    fs.writeFileSync(helpersC, fs.readFileSync(helpersC, 'utf8').replace('#include "mutex.c"\n', ''));
    git(repo, 'commit', '-qam', 'rust: count: renamed, and no mutex helpers');
    const mail = git(repo, 'format-patch', '-1', '-M', '--stdout');
    expect(mail).toMatch(/rename from drivers\/misc\/rust_counter\.rs\nrename to drivers\/misc\/rust_count\.rs/);
    expect(mail).toContain('deleted file mode');
    const r = review(mail);
    expect([r.code, r.stderr]).toEqual([1, '']);
    expect((JSON.parse(r.stdout) as { findings: { file: string; code: string }[] }).findings.map((f) => [f.file, f.code])).toEqual([
      ['drivers/misc/rust_count.rs', 'unnecessary-cast'], ['drivers/misc/rust_count.rs', 'raw-binding-use'],
    ]);
  });

  it('CRLF line ends throughout (a mail saved on Windows): the same review', () => {
    const mail = git(reviewedRepo(), 'format-patch', '-1', '--stdout');
    const r = review(mail.replace(/\n/g, '\r\n'));
    expect([r.code, r.stderr, codes(r)]).toEqual([1, '', THREE]);
  });

  it('an mbox with a cover letter: the letter, which has no diff, is passed over', () => {
    const mbox = git(reviewedRepo(), 'format-patch', '--cover-letter', '-1', '--stdout');
    expect(mbox).toContain('Subject: [PATCH 0/1] *** SUBJECT HERE ***');
    const r = review(mbox);
    expect([r.code, r.stderr, codes(r)]).toEqual([1, '', THREE]);
  });

  it('a 50 MB patch: read and applied; the 50 MB file it adds is skipped as any file over the limit, the rest reviewed', () => {
    const mail = git(reviewedRepo(), 'format-patch', '-1', '--stdout');
    const line = '+    let _x: u64 = 0; // ' + 'x'.repeat(40) + '\n';
    const count = Math.ceil((50 * 1048576) / (line.length - 1));
    const huge = `diff --git a/drivers/misc/huge.rs b/drivers/misc/huge.rs\nnew file mode 100644\n--- /dev/null\n+++ b/drivers/misc/huge.rs\n` +
      `@@ -0,0 +1,${count} @@\n${line.repeat(count)}`;
    const patch = mail.replace(/\n-- \n/, `\n${huge}-- \n`);
    expect(patch.length).toBeGreaterThan(50 * 1048576);
    const r = review(patch);
    expect([r.code, r.stderr, codes(r)]).toEqual([1, 'rfl-ffi: warning: drivers/misc/huge.rs is 50 MB, over the 48 MB limit; skipped\n', THREE]);
  });

  it('no patch at all, or binary data: exit 2 with what the input is', () => {
    expect(review('Hello,\n\nthis is a mail without a diff.\n')).toMatchObject({ code: 2, stdout: '',
      stderr: 'rfl-ffi: error: the input holds no diff (no `diff --git`, `---`/`+++` or `@@` lines)\n' });
    expect(review(Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0]))).toMatchObject({ code: 2, stdout: '',
      stderr: 'rfl-ffi: error: the input is binary data, not a patch\n' });
  });
});

describe('files rfl-ffi fix cannot write', () => {
  it('are named, their fixes not applied, the others written, and what remains is what the disk holds (exit 2)', () => {
    const tree = copyTree(path.join(ROOT, 'demo/linux'));
    // Of the three files with fixes, two are read-only; slab.c stays writable.
    for (const file of ['drivers/misc/rust_demo.rs', 'rust/helpers/helpers.c']) fs.chmodSync(path.join(tree, file), 0o444);
    const before = fs.readFileSync(path.join(tree, 'drivers/misc/rust_demo.rs'), 'utf8');
    const r = runCli(['fix', '.'], tree, { runAs: MODES_BIND });
    expect(r.code).toBe(2);
    const lines = r.stderr.split('\n').filter(Boolean);
    expect(lines.filter((l) => l.includes('cannot be written'))).toEqual([
      'rfl-ffi: error: drivers/misc/rust_demo.rs cannot be written (EACCES); its fixes are not applied',
      'rfl-ffi: error: rust/helpers/helpers.c cannot be written (EACCES); its fixes are not applied',
    ]);
    expect(lines.find((l) => l.startsWith('rfl-ffi: fixed '))).toBe('rfl-ffi: fixed 1 findings in 1 files');
    expect(fs.readFileSync(path.join(tree, 'drivers/misc/rust_demo.rs'), 'utf8')).toBe(before);
    expect(fs.readFileSync(path.join(tree, 'rust/helpers/slab.c'), 'utf8')).toContain('__rust_helper void * __must_check');
    expect(r.stdout).toContain('[unnecessary-cast]');
    expect(r.stdout).not.toContain('[missing-rust-helper]');
  });
});
