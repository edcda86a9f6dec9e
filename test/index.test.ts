import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { kernelCrateFiles, loadModel, loadProject } from '../server/src/host/kernelTree';
import { type BindingUse, bindingUseAt, indexKernelFile, kernelModulePath, macroConsts } from '../server/src/core/index/kernelCrate';
import { parseRust, walkNamed } from '../server/src/core/parse';
import { typeToString, pathType } from '../server/src/core/types/rustType';
import { PerArchTypes } from '../server/src/core/types/perArch';
import type { Project } from '../server/src/core/analyze';
import { CORPUS, fixture, ROOT } from './support/paths';
import { describeTier } from './support/tiers';

function archTypes(p: Project): PerArchTypes {
  return new PerArchTypes(p.index.bindings, p.index.headers, p.model);
}

describe('bindings index', () => {
  const t2026 = loadProject(fixture('linux-2026'));
  const legacy = loadProject(fixture('linux-legacy'));

  it('reads `unsafe extern "C"` blocks: functions with full signatures, statics, must_use', () => {
    const b = t2026.index.bindings;
    const init = b.functions.get('__mutex_init')!;
    expect(init.params.map((p) => `${p.name}: ${typeToString(p.type)}`)).toEqual([
      'lock: *mut mutex', 'name: *const ffi::c_char', 'key: *mut lock_class_key',
    ]);
    expect([typeToString(init.returnType), init.unsafeExtern, init.source]).toEqual(['()', true, 'bindings']);
    expect(b.functions.get('mutex_trylock')!.mustUse).toBe(true);
    const jiffies = b.statics.get('jiffies')!;
    expect([typeToString(jiffies.type), jiffies.mutable]).toEqual(['ffi::c_ulong', true]);
    expect(t2026.index.problems).toEqual([]);
  });

  it('maps helper-backed functions to their C symbol through link_name', () => {
    const lock = t2026.index.bindings.functions.get('mutex_lock')!;
    expect([lock.linkName, lock.source, lock.unsafeExtern]).toEqual(['rust_helper_mutex_lock', 'helpers', true]);
    expect(t2026.index.bindings.helperFunctions.has('mutex_lock')).toBe(true);
  });

  it('reads consts with type and value, and groups C enums', () => {
    const b = t2026.index.bindings;
    const gfp = b.consts.get('GFP_KERNEL')!;
    expect([typeToString(gfp.type), gfp.value]).toEqual(['gfp_t', '3264']);
    expect(t2026.index.uapi.enums.get('rust_misc_state')).toEqual(['rust_misc_state_RUST_MISC_IDLE', 'rust_misc_state_RUST_MISC_BUSY']);
  });

  it('resolves alias chains per arch and mapping', () => {
    const b = t2026.index.bindings;
    expect(b.aliasChain('u32_').map(typeToString)).toEqual(['__u32', 'ffi::c_uint']);
    const view = archTypes(t2026);
    expect(typeToString(view.on(pathType('u32_'), 'arm'))).toBe('u32');
    const atomicLong = b.structs.get('atomic_long_t')!.fields.get('counter')!.type;
    expect((['arm', 'x86_64'] as const).map((a) => typeToString(view.on(atomicLong, a)))).toEqual(['isize', 'isize']);
    // The legacy tree spells C types `core::ffi::c_*`: they follow each arch's C ABI.
    const legacyView = archTypes(legacy);
    const msecs = legacy.index.bindings.functions.get('__msecs_to_jiffies')!.returnType;
    expect(typeToString(msecs)).toBe('core::ffi::c_ulong');
    expect((['arm', 'arm64', 'powerpc', 's390x', 'x86_64'] as const).map((a) => typeToString(legacyView.on(msecs, a)))).toEqual(['u32', 'u64', 'u32', 'u64', 'u64']);
    expect((['arm64', 'powerpc64', 'x86_64'] as const).map((a) => typeToString(legacyView.on(pathType('core', 'ffi', 'c_char'), a)))).toEqual(['u8', 'u8', 'i8']);
    // On an arch the table does not know, only what the mapping fixes is known.
    expect([typeToString(view.on(atomicLong, undefined)), typeToString(legacyView.on(msecs, undefined))]).toEqual(['isize', '?']);
  });

  it('knows the aliases rust/bindings/lib.rs defines by hand', () => {
    expect(typeToString(archTypes(t2026).on(pathType('__kernel_size_t'), 'arm'))).toBe('usize');
  });
});

describeTier('corpus', 'helper index of the corpus', () => {
  const corpus = loadProject(CORPUS);
  const helpers = corpus.index.helpers;

  it('reads every corpus helper with its forwarding call, kernel annotations included', () => {
    const krealloc = helpers.byName.get('rust_helper_krealloc')!;
    expect({ ret: krealloc.returnType, params: krealloc.params.map((p) => p.text), to: krealloc.forwardsTo, mark: krealloc.hasRustHelper }).toEqual({
      ret: 'void *', params: ['const void *objp', 'size_t new_size', 'gfp_t flags'], to: 'krealloc', mark: false,
    });
    const copy = helpers.byName.get('rust_helper_copy_from_user')!;
    expect(copy.params.map((p) => p.text)).toEqual(['void *to', 'const void __user *from', 'unsigned long n']);
    expect(helpers.byName.get('rust_helper_ERR_PTR')!.returnType).toBe('void *');
    expect(helpers.byName.get('rust_helper_get_current')!.forwardsTo).toBeUndefined();
    expect(helpers.byName.get('rust_helper___spin_lock_init')!.forwardsTo).toBeUndefined();
    expect([...helpers.byName.values()].filter((h) => h.forwardsTo && h.forwardsTo !== h.rustName)).toEqual([]);
  });

  it('knows which helper files helpers.c includes, in order', () => {
    expect(helpers.includes.map((i) => i.name)).toEqual(fs.readdirSync(path.join(CORPUS, 'rust/helpers')).filter((f) => f !== 'helpers.c').sort());
  });

  it('sees helpers whose function bindgen also binds directly (a config fact, not a warning)', () => {
    const both = [...corpus.index.bindings.helperFunctions.keys()].filter((n) => corpus.index.bindings.functions.get(n)!.source === 'bindings');
    expect(both.sort()).toEqual(['__mutex_init', 'errname', 'mutex_lock']);
  });
});

/** Visits only where the text says `bindings::` (and macro definitions), and compares with a walk of every node: [files, uses]. */
function visitedAsWalked(trees: string[]): [number, number] {
  let files = 0;
  let uses = 0;
  for (const tree of trees) {
    const model = loadModel(tree);
    for (const file of kernelCrateFiles(model)) {
      const text = fs.readFileSync(file, 'utf8');
      const rel = path.relative(path.join(tree, 'rust/kernel'), file);
      const module = kernelModulePath(rel);
      const walked: BindingUse[] = [];
      walkNamed(parseRust(text).rootNode, (n) => {
        const use = n.type === 'identifier' || n.type === 'type_identifier' ? bindingUseAt(n, file, module) : undefined;
        if (use) walked.push(use);
      });
      // Consts a macro of the file defines from bindings are found by reading its definitions and invocations.
      const root = parseRust(text).rootNode;
      expect(indexKernelFile(file, rel, text, parseRust), rel).toEqual(text.includes('bindings') ? [...walked, ...macroConsts(root, file, module)] : walked);
      files++;
      uses += walked.length;
    }
  }
  return [files, uses];
}

describe('kernel crate index', () => {
  it('visiting only where the text says `bindings::` finds what a walk of every node finds (fixtures, demo)', () => {
    const trees = [...['linux-6.12-style', 'linux-2026', 'linux-legacy', 'linux-core-ffi'].map(fixture), path.join(ROOT, 'demo/linux')];
    // Not vacuous: every kernel crate file of these trees, and every binding call, const defined from one and type wrapping one in them.
    expect(visitedAsWalked(trees)).toEqual([49, 92]);
  });
});

describeTier('corpus', 'kernel crate index of the corpus', () => {
  it('visiting only where the text says `bindings::` finds what a walk of every node finds', () => {
    expect(visitedAsWalked([CORPUS])).toEqual([51, 167]);
  });

  it('maps bindings to the kernel functions that call them', () => {
    const corpus = loadProject(CORPUS);
    const uses = corpus.index.kernel.uses('mutex_lock')!;
    expect(uses.map((u) => ({ fn: u.function, trait: u.implTrait, module: u.module, file: path.relative(CORPUS, u.file), line: u.range.start.line + 1 }))).toEqual([
      { fn: 'MutexBackend::lock', trait: 'Backend', module: 'kernel::sync::lock::mutex', file: 'rust/kernel/sync/lock/mutex.rs', line: 107 },
    ]);
  });
});
