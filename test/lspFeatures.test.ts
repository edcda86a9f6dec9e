/**
 * Hover, go to definition and find references over real JSON-RPC, one case per kind of FFI
 * symbol, with the exact contents and locations.
 */
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_MUTEX_LOCK_HOVER } from './support/demoHover';
import { LspClient, uri } from './support/lspClient';
import { CORPUS, ROOT, fixture } from './support/paths';
import { tmpDir } from './support/tmpTree';
import { describeTier } from './support/tiers';

const DEMO = path.join(ROOT, 'demo/linux');
const DRIVER = path.join(DEMO, 'drivers/misc/rust_demo.rs');
const MUTEX_C = path.join(DEMO, 'rust/helpers/mutex.c');

interface Loc { uri: string; range: { start: { line: number; character: number }; end: { line: number; character: number } } }

function loc(file: string, line: number, start: number, end: number): Loc {
  return { uri: uri(file), range: { start: { line, character: start }, end: { line, character: end } } };
}

function markdown(value: string, file: string, line: number, start: number, end: number): unknown {
  return { contents: { kind: 'markdown', value }, range: loc(file, line, start, end).range };
}

async function openTree(root: string, files: string[], options: Record<string, unknown> = {}): Promise<LspClient> {
  const client = new LspClient();
  await client.initialize(root, {}, options);
  for (const f of files) client.open(f);
  for (const f of files) await client.diagnosticsFor(f);
  return client;
}

function at(client: LspClient, method: string, file: string, line: number, character: number, extra: Record<string, unknown> = {}): Promise<unknown> {
  return client.request(method, { textDocument: { uri: uri(file) }, position: { line, character }, ...extra });
}

describe('demo tree (kernel mapping, six arches)', () => {
  let client: LspClient;
  const files = [DRIVER, MUTEX_C, path.join(DEMO, 'include/linux/mutex.h'), path.join(DEMO, 'include/linux/refcount.h'),
    path.join(DEMO, 'rust/kernel/alloc.rs'), path.join(DEMO, 'rust/kernel/error.rs')];
  beforeAll(async () => {
    client = await openTree(DEMO, files);
  });
  afterAll(() => client.shutdown());

  it('hovers a helper-backed `bindings::mutex_lock`: helper prototype and place, the wrapped macro, Rust signature, kernel-crate wrapper', async () => {
    expect(await at(client, 'textDocument/hover', DRIVER, 31, 25)).toEqual(markdown(DEMO_MUTEX_LOCK_HOVER, DRIVER, 31, 23, 33));
  });

  it('hovers a direct binding `bindings::__mutex_init` with its header prototype, and a constant `bindings::GFP_KERNEL`', async () => {
    expect(await at(client, 'textDocument/hover', DRIVER, 25, 23)).toEqual(markdown([
      '```c\nvoid __mutex_init(struct mutex *lock, const char *name, struct lock_class_key *key);\n```',
      'Declared at `include/linux/mutex.h:16`.',
      '```rust\npub fn __mutex_init(lock: *mut mutex, name: *const ffi::c_char, key: *mut lock_class_key)\n```',
      'Generated at `rust/bindings/bindings_generated.rs:78`.',
      'Wrapped by the `kernel` crate:\n- `MutexBackend::init` in `kernel::sync::lock::mutex` (`rust/kernel/sync/lock/mutex.rs:18`)',
    ].join('\n\n'), DRIVER, 25, 23, 35));
    expect(await at(client, 'textDocument/hover', DRIVER, 58, 50)).toEqual(markdown(
      '```rust\npub const GFP_KERNEL: gfp_t = 3264\n```\n\nGenerated at `rust/bindings/bindings_generated.rs:113`.\n\n' +
      'Wrapped by the `kernel` crate:\n- `GFP_KERNEL` in `kernel::alloc::flags` (`rust/kernel/alloc.rs:25`)',
      DRIVER, 58, 45, 55,
    ));
  });

  it('hovers `core::ffi::c_ulong` with a per-arch table (u32 on arm) and `core::ffi::c_char` with the tree\'s -funsigned-char', async () => {
    expect(await at(client, 'textDocument/hover', DRIVER, 44, 36)).toEqual(markdown([
      '**`core::ffi::c_ulong`**: C `unsigned long`',
      'Under the `core::ffi` mapping (each target\'s C ABI), it differs by arch:',
      '| arch | Rust | size | sign |\n|---|---|---|---|\n| arm | `u32` | 4 bytes | unsigned |\n| arm64, loongarch64, riscv64, um, x86_64 | `u64` | 8 bytes | unsigned |',
    ].join('\n\n'), DRIVER, 44, 36, 43));
    expect(await at(client, 'textDocument/hover', DRIVER, 49, 40)).toEqual(markdown([
      '**`core::ffi::c_char`**: C `char`',
      'Under the `core::ffi` mapping (each target\'s C ABI), it differs by arch:',
      '| arch | Rust | size | sign |\n|---|---|---|---|\n| arm, arm64, riscv64 | `u8` | 1 byte | unsigned |\n| loongarch64, um, x86_64 | `i8` | 1 byte | signed |',
      'This tree builds its C with `-funsigned-char` (its Makefile\'s `KBUILD_CFLAGS`): C `char` is unsigned on every arch. ' +
        '`core::ffi::c_char` does not: it is `i8` on loongarch64, um, x86_64. The kernel\'s `ffi::c_char` (`u8`) is unsigned everywhere.',
    ].join('\n\n'), DRIVER, 49, 37, 43));
  });

  it('hovers a binding type alias `bindings::gfp_t` with its alias chain, and an imported `c_int` under the kernel mapping', async () => {
    const alloc = path.join(DEMO, 'rust/kernel/alloc.rs');
    expect(await at(client, 'textDocument/hover', alloc, 10, 27)).toEqual(markdown([
      '**`bindings::gfp_t`**: C `gfp_t`',
      '`gfp_t` → `ffi::c_uint` (C `unsigned int`)',
      'Under the kernel mapping (`rust/ffi.rs`): `u32`, 4 bytes, unsigned, on every arch of this tree (arm, arm64, loongarch64, riscv64, um, x86_64).',
      'Generated at `rust/bindings/bindings_generated.rs:38`.',
    ].join('\n\n'), alloc, 10, 27, 32));
    const error = path.join(DEMO, 'rust/kernel/error.rs');
    expect(await at(client, 'textDocument/hover', error, 22, 30)).toEqual(markdown([ // `c_int` after `use crate::ffi::c_int;`
      '**`ffi::c_int`**: C `int`',
      'Under the kernel mapping (`rust/ffi.rs`): `i32`, 4 bytes, signed, on every arch of this tree (arm, arm64, loongarch64, riscv64, um, x86_64).',
    ].join('\n\n'), error, 22, 29, 34));
  });

  it('leaves plain Rust and plain C to rust-analyzer and clangd: no hover', async () => {
    expect(await at(client, 'textDocument/hover', DRIVER, 31, 14)).toBeNull(); // `bindings` in `bindings::mutex_lock`
    expect(await at(client, 'textDocument/hover', DRIVER, 32, 5)).toBeNull(); // `hits`
    expect(await at(client, 'textDocument/hover', DRIVER, 38, 18)).toBeNull(); // `u32`
    expect(await at(client, 'textDocument/hover', DRIVER, 58, 24)).toBeNull(); // `bindings::kmalloc`: not bound
    expect(await at(client, 'textDocument/hover', path.join(DEMO, 'include/linux/mutex.h'), 24, 20)).toBeNull(); // `mutex_is_locked`
  });

  it('hovers `rust_helper_mutex_lock` in C: the Rust side and the number of Rust call sites', async () => {
    expect(await at(client, 'textDocument/hover', MUTEX_C, 4, 25)).toEqual(markdown([
      '```rust\npub fn mutex_lock(lock: *mut mutex)\n```',
      'Rust calls it as `bindings::mutex_lock` (`rust/bindings/bindings_helpers_generated.rs:17`).',
      '2 Rust call sites in this tree.',
    ].join('\n\n'), MUTEX_C, 4, 19, 41));
  });

  it('goes from `bindings::X` to the C helper or the header, then the generated Rust item; from the helper to the Rust item', async () => {
    const generated = path.join(DEMO, 'rust/bindings/bindings_helpers_generated.rs');
    expect(await at(client, 'textDocument/definition', DRIVER, 31, 23)).toEqual([loc(MUTEX_C, 4, 19, 41), loc(generated, 16, 11, 21)]);
    expect(await at(client, 'textDocument/definition', MUTEX_C, 4, 19)).toEqual([loc(generated, 16, 11, 21)]);
    expect(await at(client, 'textDocument/definition', DRIVER, 25, 23))
      .toEqual([loc(path.join(DEMO, 'include/linux/mutex.h'), 15, 5, 17), loc(path.join(DEMO, 'rust/bindings/bindings_generated.rs'), 77, 11, 23)]);
    expect(await at(client, 'textDocument/definition', DRIVER, 32, 5)).toBeNull();
  });

  it('finds the Rust call sites of `rust_helper_mutex_lock` and of a header\'s `static inline refcount_inc`', async () => {
    const callSites = [loc(DRIVER, 31, 23, 33), loc(path.join(DEMO, 'rust/kernel/sync/lock/mutex.rs'), 29, 27, 37)];
    expect(await at(client, 'textDocument/references', MUTEX_C, 4, 25, { context: { includeDeclaration: false } })).toEqual(callSites);
    expect(await at(client, 'textDocument/references', DRIVER, 31, 23, { context: { includeDeclaration: true } })).toEqual([
      loc(MUTEX_C, 4, 19, 41), loc(path.join(DEMO, 'rust/bindings/bindings_helpers_generated.rs'), 16, 11, 21), ...callSites,
    ]);
    expect(await at(client, 'textDocument/references', path.join(DEMO, 'include/linux/refcount.h'), 15, 20, { context: { includeDeclaration: false } }))
      .toEqual([loc(path.join(DEMO, 'rust/kernel/sync/refcount.rs'), 25, 27, 39)]);
  });
});

describe('capabilities, tree status and commands', () => {
  it('declares hover, definition and references; announces the tree; answers reindex and treeInfo with it', async () => {
    const tree = fixture('linux-core-ffi');
    const client = new LspClient();
    try {
      const init = await client.initialize(tree);
      expect([init.capabilities.hoverProvider, init.capabilities.definitionProvider, init.capabilities.referencesProvider]).toEqual([true, true, true]);
      const status = await client.until(() => client.treeStatuses[0] as { info: Record<string, unknown>; text: string } | undefined, 'rfl-ffi/treeStatus');
      expect([status.info.srctree, status.info.kernelVersion, status.info.mapping, status.info.arches])
        .toEqual([tree, '6.10.0', 'core', ['arm', 'arm64', 'x86_64']]);
      expect(status.text.split('\n')[3]).toBe('C-type mapping   core::ffi (no rust/ffi.rs)');
      expect(await client.request('workspace/executeCommand', { command: 'rfl-ffi.treeInfo' })).toEqual(status);
      expect(await client.request('workspace/executeCommand', { command: 'rfl-ffi.reindex' })).toEqual(status);
    } finally {
      await client.shutdown();
    }
  });

  it('says there is no tree, with a `null` status, outside a kernel tree', async () => {
    const client = new LspClient();
    try {
      await client.initialize(tmpDir());
      expect(await client.until(() => (client.treeStatuses.length ? client.treeStatuses : undefined), 'rfl-ffi/treeStatus')).toEqual([null]);
      expect(await client.request('workspace/executeCommand', { command: 'rfl-ffi.treeInfo' })).toBeNull();
    } finally {
      await client.shutdown();
    }
  });
});

describe('core::ffi tree with arm, arm64, x86_64', () => {
  it('hovers `core::ffi::c_ulong` with the tree\'s own arches', async () => {
    const tree = fixture('linux-core-ffi');
    const time = path.join(tree, 'rust/kernel/time.rs');
    const client = await openTree(tree, [time]);
    try {
      expect(await at(client, 'textDocument/hover', time, 5, 31)).toEqual(markdown([
        '**`core::ffi::c_ulong`**: C `unsigned long`',
        'Under the `core::ffi` mapping (each target\'s C ABI), it differs by arch:',
        '| arch | Rust | size | sign |\n|---|---|---|---|\n| arm | `u32` | 4 bytes | unsigned |\n| arm64, x86_64 | `u64` | 8 bytes | unsigned |',
      ].join('\n\n'), time, 5, 30, 37));
    } finally {
      await client.shutdown();
    }
  });
});

describe('linux-arches: typedefs whose width the config or an arch header decides', () => {
  const tree = fixture('linux-arches');
  const io = path.join(tree, 'rust/kernel/io.rs');
  const time = path.join(tree, 'rust/kernel/time.rs');
  let client: LspClient;
  beforeAll(async () => {
    client = await openTree(tree, [io, time]);
  });
  afterAll(() => client.shutdown());

  it('publishes the casts of config-decided typedefs once the headers are read in the background', async () => {
    const casts = await client.until(() => {
      const found = client.diagnostics.get(uri(io))?.diagnostics.filter((d) => d.code === 'arch-dependent-cast');
      return found?.length ? found : undefined;
    }, 'the arch-dependent casts of io.rs');
    expect(casts.map((d) => d.range.start.line + 1)).toEqual([12, 17, 28, 35]);
  });

  it('hovers `bindings::phys_addr_t` with its per-arch, per-config table and its C definitions', async () => {
    expect(await at(client, 'textDocument/hover', io, 10, 40)).toEqual(markdown([
      '**`bindings::phys_addr_t`**: C `phys_addr_t`',
      '`phys_addr_t` → `u64_` → `__u64` → `ffi::c_ulonglong` (C `unsigned long long`)',
      'Under the kernel mapping (`rust/ffi.rs`), it differs by arch:',
      '| arch | Rust | size | sign |\n|---|---|---|---|\n' +
        '| arm with CONFIG_ARM_LPAE, arm64, powerpc with CONFIG_PHYS_64BIT, powerpc64, riscv64, s390x, um, x86_64 | `u64` | 8 bytes | unsigned |\n' +
        '| arm without CONFIG_ARM_LPAE, powerpc without CONFIG_PHYS_64BIT | `u32` | 4 bytes | unsigned |',
      'The bindings show one arch and config; its C definitions:\n' +
        '- `typedef u64 phys_addr_t;` under `#if defined(CONFIG_PHYS_ADDR_T_64BIT)` (`include/linux/types.h:29`)\n' +
        '- `typedef u32 phys_addr_t;` under `#if !(defined(CONFIG_PHYS_ADDR_T_64BIT))` (`include/linux/types.h:31`)',
      'Generated at `rust/bindings/bindings_generated.rs:28`.',
    ].join('\n\n'), io, 10, 35, 46));
  });

  it('hovers `bindings::cycles_t`: known only where the tree holds the arch\'s header', async () => {
    expect(await at(client, 'textDocument/hover', time, 10, 40)).toEqual(markdown([
      '**`bindings::cycles_t`**: C `cycles_t`',
      '`cycles_t` → `ffi::c_ulonglong` (C `unsigned long long`)',
      'Under the kernel mapping (`rust/ffi.rs`), it differs by arch:',
      '| arch | Rust | size | sign |\n|---|---|---|---|\n' +
        '| arm | `usize` | 4 bytes | unsigned |\n' +
        "| arm64, powerpc, powerpc64, s390x, um | unknown: `cycles_t` is each arch's own type, and the tree has no header defining it there | | |\n" +
        '| riscv64 | `usize` | 8 bytes | unsigned |\n' +
        '| x86_64 | `u64` | 8 bytes | unsigned |',
      'The bindings show one arch and config; its C definitions:\n' +
        '- `typedef unsigned long long cycles_t;` (`arch/x86/include/asm/tsc.h:6`)\n' +
        '- `typedef unsigned long cycles_t;` (`arch/arm/include/asm/timex.h:5`)\n' +
        '- `typedef unsigned long cycles_t;` (`arch/riscv/include/asm/timex.h:5`)',
      'Generated at `rust/bindings/bindings_generated.rs:68`.',
    ].join('\n\n'), time, 10, 39, 47));
  });
});

describe('6.1-style tree (core::ffi, x86_64 only, no -funsigned-char)', () => {
  it('hovers `c_char` from `core::ffi`: C `char` is signed on x86_64 in this tree, because its Makefile has no -funsigned-char', async () => {
    const tree = fixture('linux-6.1-style');
    const print = path.join(tree, 'rust/kernel/print.rs');
    const client = await openTree(tree, [print]);
    try {
      expect(await at(client, 'textDocument/hover', print, 39, 51)).toEqual(markdown([
        '**`core::ffi::c_char`**: C `char`',
        'Under the `core::ffi` mapping (each target\'s C ABI): `i8`, 1 byte, signed, on every arch of this tree (x86_64).',
        'C `char` is signed on x86_64 in this tree: its Makefile does not build C with `-funsigned-char`, so `char` follows ' +
          'each arch\'s C ABI. `core::ffi::c_char` (`i8`) matches it on every arch of this tree.',
      ].join('\n\n'), print, 39, 49, 55));
    } finally {
      await client.shutdown();
    }
  });
});

describeTier('corpus', 'the 6.12 corpus, where this config binds `mutex_lock` directly as well', () => {
  it('says the helper is unused here, in the hover of `bindings::mutex_lock` and of `rust_helper_mutex_lock`; definition goes to the header and the direct binding', async () => {
    const mutexRs = path.join(CORPUS, 'rust/kernel/sync/lock/mutex.rs');
    const mutexC = path.join(CORPUS, 'rust/helpers/mutex.c');
    const client = await openTree(CORPUS, [mutexRs, mutexC]);
    try {
      expect(await at(client, 'textDocument/hover', mutexRs, 109, 28)).toEqual(markdown([
        '```c\nextern void mutex_lock(struct mutex *lock);\n```',
        'Declared at `include/linux/mutex.h:178`.',
        '```rust\npub fn mutex_lock(lock: *mut mutex)\n```',
        'Generated at `rust/bindings/bindings_generated.rs:20607`.',
        'This configuration\'s bindings also bind `mutex_lock` directly, and Rust uses that: the helper `rust_helper_mutex_lock` ' +
          '(`rust/helpers/mutex.c:6`) is unused here. Whether bindgen sees the real function depends on the config.',
        'Wrapped by the `kernel` crate:\n- `MutexBackend::lock` in `kernel::sync::lock::mutex` (`rust/kernel/sync/lock/mutex.rs:107`)',
      ].join('\n\n'), mutexRs, 109, 27, 37));
      expect(await at(client, 'textDocument/hover', mutexC, 5, 10)).toEqual(markdown([
        '```rust\npub fn mutex_lock(lock: *mut mutex)\n```',
        'Rust would call it as `bindings::mutex_lock` (`rust/bindings/bindings_helpers_generated.rs:37`), but this configuration ' +
          'also binds `mutex_lock` directly and Rust uses that: this helper is unused here.',
      ].join('\n\n'), mutexC, 5, 5, 27));
      expect(await at(client, 'textDocument/definition', mutexRs, 109, 28)).toEqual([
        loc(path.join(CORPUS, 'include/linux/mutex.h'), 177, 12, 22),
        loc(path.join(CORPUS, 'rust/bindings/bindings_generated.rs'), 20606, 11, 21),
      ]);
    } finally {
      await client.shutdown();
    }
  });
});
