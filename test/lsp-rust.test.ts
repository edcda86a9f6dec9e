import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { LspClient, uri } from './support/lspClient';
import { applyEdits } from './support/virtualTree';
import { writeTree } from './support/tmpTree';
import { ROOT } from './support/paths';
import { driver, rustTree } from './support/trees';

const DRIVER = driver(`fn timeout(ms: u32) -> usize {
    // SAFETY: Only arithmetic.
    unsafe { bindings::__msecs_to_jiffies(ms) as usize }
}

fn missing(s: *const core::ffi::c_char) -> bool {
    // Only the pointer is looked at.
    s.is_null()
}

fn bytes(pages: core::ffi::c_ulong) -> u64 {
    pages as u64
}
`);

type Diagnostic = { range: { start: { line: number; character: number }; end: { line: number; character: number } }; code?: string | number; severity?: number; message: string };
interface Action { title: string; data?: unknown; edit?: { documentChanges?: { edits: { range: never; newText: string }[] }[] } }

let client: LspClient | undefined;
afterEach(async () => {
  await client?.shutdown();
  client = undefined;
});

it('a driver over JSON-RPC: exact Rust diagnostics, and every fix applies and clears its diagnostic', async () => {
  const tree = writeTree(rustTree({ mapping: 'kernel', files: { 'drivers/misc/rust_x.rs': DRIVER } }).files);
  const file = path.join(tree, 'drivers/misc/rust_x.rs');
  client = new LspClient();
  await client.initialize(tree);
  client.open(file);
  const published = await client.diagnosticsFor(file, 1);
  const r = (l: number, c: number, el: number, ec: number) => ({ start: { line: l, character: c }, end: { line: el, character: ec } });
  expect(published.diagnostics.map((d) => ({ range: d.range, severity: d.severity, code: d.code, message: d.message }))).toEqual([
    {
      range: r(8, 13, 8, 41), severity: 2, code: 'raw-binding-use',
      message: '`bindings::__msecs_to_jiffies` is the raw C API, which drivers should not use directly, and the `kernel` crate has no ' +
        'safe abstraction for it yet: rust/bindings/lib.rs asks that a C API be wrapped in `rust/kernel/` first',
    },
    {
      range: r(8, 13, 8, 54), severity: 2, code: 'unnecessary-cast',
      message: '`bindings::__msecs_to_jiffies(ms)` is already `usize` on every arch of this tree (arm, arm64, loongarch64, powerpc, ' +
        'powerpc64, riscv64, s390x, um, x86_64) under the kernel mapping (rust/ffi.rs), so `as usize` converts nothing',
    },
    {
      range: r(11, 21, 11, 38), severity: 2, code: 'c-char-sign',
      message: '`core::ffi::c_char` is `i8` on loongarch64, um, x86_64 and `u8` on arm, arm64, powerpc, powerpc64, riscv64, s390x, but kernel C is built with ' +
        '-funsigned-char, so its `char` is `u8` on every arch: use the kernel\'s `c_char`',
    },
    {
      range: r(17, 4, 17, 16), severity: 3, code: 'arch-dependent-cast',
      message: '`as u64` is a no-op on arm64, loongarch64, powerpc64, riscv64, s390x, um, x86_64; converts on arm, powerpc ' +
        '(`core::ffi::c_ulong` is `u32` there): ' +
        'keep it, although clippy::unnecessary_cast on a host of the first kind calls it unnecessary',
    },
  ]);
  let version = 1;
  const titles: string[] = [];
  for (const d of published.diagnostics as Diagnostic[]) {
    const actions = await client.request<Action[]>('textDocument/codeAction', {
      textDocument: { uri: uri(file) }, range: d.range, context: { diagnostics: [d] },
    });
    for (const action of actions) {
      titles.push(action.title);
      const resolved = await client.request<Action>('codeAction/resolve', action);
      const fixed = applyEdits(DRIVER, resolved.edit!.documentChanges![0].edits);
      client.change(file, ++version, [{ text: fixed }]);
      const after = (await client.diagnosticsFor(file, version)).diagnostics;
      expect(after.filter((x) => x.code === d.code && x.range.start.line === d.range.start.line)).toEqual([]);
      // The other findings stay (the extracted wrapper, still in the driver, is itself raw use).
      expect(after.filter((x) => x.code !== d.code).length).toBe(published.diagnostics.filter((x) => x.code !== d.code).length);
      client.change(file, ++version, [{ text: DRIVER }]);
      expect((await client.diagnosticsFor(file, version)).diagnostics.length).toBe(published.diagnostics.length);
    }
  }
  expect(titles).toEqual(['Extract `__msecs_to_jiffies` into a safe wrapper', 'Remove the cast `as usize`', 'Use `kernel::ffi::c_char`']);
});

it('the demo tree: the `__msecs_to_jiffies` finding\'s first code action is the kernel\'s own wrapper, preferred; applied, the unsafe block and its SAFETY comment are gone', async () => {
  const tree = path.join(ROOT, 'demo/linux');
  const file = path.join(tree, 'drivers/misc/rust_demo.rs');
  const text = fs.readFileSync(file, 'utf8');
  client = new LspClient();
  await client.initialize(tree);
  client.open(file);
  const published = await client.diagnosticsFor(file, 1);
  const raw = (published.diagnostics as Diagnostic[]).find((d) => d.code === 'raw-binding-use' && d.message.startsWith('`bindings::__msecs_to_jiffies`'))!;
  expect(raw.range).toEqual({ start: { line: 40, character: 13 }, end: { line: 40, character: 41 } });
  const actions = await client.request<(Action & { isPreferred?: boolean })[]>('textDocument/codeAction', {
    textDocument: { uri: uri(file) }, range: raw.range, context: { diagnostics: [raw] },
  });
  expect(actions.map((a) => [a.title, a.isPreferred])).toEqual([['Use `kernel::time::msecs_to_jiffies`', true]]);
  const resolved = await client.request<Action>('codeAction/resolve', actions[0]);
  const fixed = applyEdits(text, resolved.edit!.documentChanges![0].edits);
  expect(fixed.split('\n').slice(37, 42)).toEqual([
    '/// A timeout of `ms` milliseconds, in jiffies.',
    'fn timeout(ms: u32) -> usize {',
    '    kernel::time::msecs_to_jiffies(ms) as usize',
    '}',
    '',
  ]);
  expect(fixed).toBe(text.replace('    // SAFETY: `__msecs_to_jiffies` only does arithmetic.\n    unsafe { bindings::__msecs_to_jiffies(ms) as usize }\n',
    '    kernel::time::msecs_to_jiffies(ms) as usize\n'));
  client.change(file, 2, [{ text: fixed }]);
  const after = (await client.diagnosticsFor(file, 2)).diagnostics as Diagnostic[];
  // The raw use is gone; the cast is still needless, now on the kernel function's `Jiffies` (`c_ulong`, `usize`).
  expect(after.filter((d) => d.range.start.line === 39).map((d) => [d.code, d.message])).toEqual([[
    'unnecessary-cast',
    '`kernel::time::msecs_to_jiffies(ms)` is already `usize` on every arch of this tree (arm, arm64, loongarch64, riscv64, um, x86_64) ' +
      'under the kernel mapping (rust/ffi.rs), so `as usize` converts nothing',
  ]]);
});
