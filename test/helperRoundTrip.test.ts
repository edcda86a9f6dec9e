/**
 * Round trip on a fixture: `bindings::kmalloc` is missing (kmalloc is `static inline`);
 * generate the helper with the CLI, regenerate the bindings with Debian's bindgen the way
 * rust/Makefile does (scripts/fixtures-bindgen.sh: ffi-domain §2 flags, then the `sed` that
 * turns `rust_helper_kmalloc` into `#[link_name] pub fn kmalloc`), and the binding resolves.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { expect, it } from 'vitest';
import { fixture, ROOT } from './support/paths';
import { copyTree } from './support/tmpTree';
import { describeTier } from './support/tiers';
import { runCli } from './support/cli';

const RAW_RS = `// SPDX-License-Identifier: GPL-2.0

//! Raw allocation, for the round-trip test.

/// Allocates \`size\` bytes.
pub fn alloc_raw(size: usize) -> *mut ffi::c_void {
    // SAFETY: \`kmalloc\` accepts any size and flags.
    unsafe { bindings::kmalloc(size, bindings::GFP_KERNEL) }
}
`;

interface JsonFinding { file: string; line: number; column: number; code: string; message: string }

function findings(tree: string): JsonFinding[] {
  const r = runCli(['check', tree, '--format', 'json', '--exit-zero']);
  expect(r.code).toBe(0);
  return (JSON.parse(r.stdout) as { findings: JsonFinding[] }).findings;
}

describeTier('bindgen', 'missing binding → generated helper → bindgen → resolved', () => {
  it('on the 6.12-style fixture', () => {
    const tree = copyTree(fixture('linux-6.12-style'));
    fs.writeFileSync(path.join(tree, 'rust/kernel/raw.rs'), RAW_RS);
    expect(findings(tree).map((f) => [f.file, f.line, f.column, f.code])).toEqual([['rust/kernel/raw.rs', 8, 24, 'missing-binding']]);

    const gen = runCli(['generate-helper', 'kmalloc', '--tree', tree, '--write'], tree);
    expect([gen.code, gen.stdout, gen.stderr]).toEqual([0, 'kmalloc: rust_helper_kmalloc → rust/helpers/slab.c\n', '']);
    expect(fs.readFileSync(path.join(tree, 'rust/helpers/slab.c'), 'utf8')).toMatch(
      /\nvoid \*rust_helper_kmalloc\(size_t size, gfp_t flags\)\n\{\n\treturn kmalloc\(size, flags\);\n\}\n$/);
    // The helper exists, the generated bindings do not know it yet.
    expect(findings(tree).map((f) => f.message)).toEqual([
      "`bindings::kmalloc` is not in this build's bindings: `rust_helper_kmalloc` in rust/helpers/slab.c wraps it, but the " +
      'generated rust/bindings/bindings_helpers_generated.rs predates it; rebuild (make LLVM=1) to regenerate the bindings',
    ]);

    const generated = path.join(tree, 'rust/bindings/bindings_generated.rs');
    const before = fs.readFileSync(generated, 'utf8');
    execFileSync('bash', [path.join(ROOT, 'scripts/fixtures-bindgen.sh'), '--prefix', 'ffi', tree], { stdio: 'pipe' });
    expect(fs.readFileSync(generated, 'utf8')).toBe(before);
    expect(fs.readFileSync(path.join(tree, 'rust/bindings/bindings_helpers_generated.rs'), 'utf8')).toContain(
      'extern "C" {\n    #[link_name="rust_helper_kmalloc"]\n    pub fn kmalloc(size: usize, flags: gfp_t) -> *mut ffi::c_void;\n}\n');
    expect(findings(tree)).toEqual([]);
    fs.rmSync(tree, { recursive: true, force: true });
  });
});
