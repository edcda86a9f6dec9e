/** `rfl-ffi bindings NAME…`: what the generated bindings hold, or what the headers say bindgen will generate. */
import { describe, expect, it } from 'vitest';
import { runCli } from './support/cli';
import * as path from 'node:path';
import { ROOT, fixture } from './support/paths';

const TREE = fixture('linux-6.12-style');
const NAMES = ['mutex_lock', 'GFP_KERNEL', 'mutex', 'u32_', 'jiffies', 'nothing_here'];

function json(args: string[]): unknown {
  const r = runCli(['bindings', ...args, '--format', 'json']);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout);
}

describe('rfl-ffi bindings', () => {
  it('prints what the generated files hold: kind, declaration as written (no attributes), file:line', () => {
    expect(json([...NAMES, '--tree', TREE])).toEqual({
      bindings: [
        { name: 'mutex_lock', kind: 'function', declaration: 'pub fn mutex_lock(lock: *mut mutex);', source: 'rust/bindings/bindings_helpers_generated.rs:17' },
        { name: 'GFP_KERNEL', kind: 'const', declaration: 'pub const GFP_KERNEL: gfp_t = 3264;', source: 'rust/bindings/bindings_generated.rs:113' },
        {
          name: 'mutex', kind: 'struct', declaration: 'pub struct mutex {\n    pub owner: atomic_long_t,\n    pub key: *mut lock_class_key,\n}',
          source: 'rust/bindings/bindings_generated.rs:64',
        },
        { name: 'u32_', kind: 'type', declaration: 'pub type u32_ = __u32;', source: 'rust/bindings/bindings_generated.rs:23' },
        { name: 'jiffies', kind: 'static', declaration: 'pub static mut jiffies: ffi::c_ulong;', source: 'rust/bindings/bindings_generated.rs:40' },
        { name: 'nothing_here', kind: 'unknown', declaration: null, source: null },
      ],
    });
  });

  it('--from-headers derives the same items from the C headers and says where each comes from', () => {
    expect(json([...NAMES, '--tree', TREE, '--from-headers'])).toEqual({
      bindings: [
        { name: 'mutex_lock', kind: 'function', declaration: 'pub fn mutex_lock(lock: *mut mutex);', source: 'rust/helpers/mutex.c:5' },
        { name: 'GFP_KERNEL', kind: 'const', declaration: 'pub const GFP_KERNEL: gfp_t = 3264;', source: 'rust/bindings/bindings_helper.h:18' },
        { name: 'mutex', kind: 'struct', declaration: 'pub struct mutex { pub owner: atomic_long_t, pub key: *mut lock_class_key, }', source: 'include/linux/mutex.h:11' },
        { name: 'u32_', kind: 'type', declaration: 'pub type u32_ = __u32;', source: 'include/linux/types.h:10' },
        { name: 'jiffies', kind: 'static', declaration: 'pub static mut jiffies: ffi::c_ulong;', source: 'include/linux/jiffies.h:9' },
        { name: 'nothing_here', kind: 'unknown', declaration: null, source: null },
      ],
    });
  });

  it('says in text why a name is unknown, and points at its C declaration', () => {
    const r = runCli(['bindings', 'shp_bits', 'shp_gfp', '--tree', fixture('header-shapes')]);
    expect(r).toEqual({
      code: 0,
      stderr: '',
      stdout: [
        'shp_bits: unknown (include/shapes/unknown.h:8)',
        '    unknown: struct: a bitfield (bindgen packs it into `_bitfield_N` units)',
        'shp_gfp: function (include/shapes/typedefs.h:25)',
        '    pub fn shp_gfp(flags: gfp_t) -> gfp_t;',
        '',
      ].join('\n'),
    });
  });

  it.each([
    [[], 'rfl-ffi: bindings needs at least one name (what Rust writes after `bindings::`)'],
    [['x', '--format', 'sarif'], 'rfl-ffi: --format is text or json'],
    [['x', '--from-header'], "rfl-ffi: Unknown option '--from-header'."],
  ])('refuses %j with exit status 2', (args, message) => {
    const r = runCli(['bindings', ...args, '--tree', TREE]);
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')[0].startsWith(message)).toBe(true);
  });
});

describe('check and info --from-headers', () => {
  const DEMO = path.join(ROOT, 'demo/linux');
  const findings = (...flags: string[]) => {
    const r = runCli(['check', DEMO, '--format', 'json', '--exit-zero', ...flags]);
    expect(r.code).toBe(0);
    return (JSON.parse(r.stdout) as { findings: Record<string, unknown>[] }).findings;
  };

  it('on the demo, the derived bindings give the generated ones\' findings but missing-binding (only bindgen proves a name absent)', () => {
    const generated = findings();
    expect(generated.filter((f) => f.code === 'missing-binding').map((f) => `${f.file}:${f.line}:${f.column}`)).toEqual(['drivers/misc/rust_demo.rs:59:24']);
    const derived = findings('--from-headers');
    // `bindings::kmalloc` (a static inline, no helper) cannot be derived: like every bindings:: path of an unbuilt
    // tree, it counts as a raw use in the driver, where bindgen's output would show it missing instead.
    const kmalloc = derived.filter((f) => f.file === 'drivers/misc/rust_demo.rs' && f.line === 59 && f.column === 14);
    expect(kmalloc.map((f) => f.code)).toEqual(['raw-binding-use']);
    expect(derived.filter((f) => !kmalloc.includes(f))).toEqual(generated.filter((f) => f.code !== 'missing-binding'));
  });

  it('info says where the bindings come from', () => {
    const info = (...flags: string[]) => JSON.parse(runCli(['info', DEMO, '--format', 'json', ...flags]).stdout);
    expect(info().bindings).toBe('generated');
    expect(info('--from-headers')).toMatchObject({ bindings: 'headers', counts: { bindingFunctions: null, bindingStructs: null } });
    expect(runCli(['info', DEMO, '--from-headers']).stdout).toContain('\nbindings: from headers (not built yet: derived from the C headers per name)\n');
  });
});
