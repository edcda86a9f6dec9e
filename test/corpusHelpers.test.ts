/**
 * Acceptance: helpers generated for 20 real `static inline` functions of the 6.12 corpus,
 * across subsystems, written into a copy of the corpus by the real CLI, compile with clang
 * and the corpus's own flags (../shared/corpus/regenerate.sh).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { expect, it } from 'vitest';
import { CLI, CORPUS } from './support/paths';
import { describeTier } from './support/tiers';
import { copyTree } from './support/tmpTree';

/** The `CF` array of ../shared/corpus/regenerate.sh, run from the tree's root. */
const CF = [
  '-nostdinc', '-I./arch/x86/include', '-I./arch/x86/include/generated', '-I./include',
  '-I./arch/x86/include/uapi', '-I./arch/x86/include/generated/uapi', '-I./include/uapi',
  '-I./include/generated/uapi', '-include', './include/linux/compiler-version.h',
  '-include', './include/linux/kconfig.h', '-include', './include/linux/compiler_types.h',
  '-D__KERNEL__', '-std=gnu11', '-fshort-wchar', '-funsigned-char', '-fno-common', '-fno-PIE',
  '-fno-strict-aliasing', '-mno-sse', '-mno-mmx', '-mno-sse2', '-mno-3dnow', '-mno-avx', '-m64',
  '-mno-red-zone', '-mcmodel=kernel', '-Wno-unused', '-fno-builtin', '-D__BINDGEN__', '-DMODULE',
  '-DKBUILD_MODNAME="rust"', '-DKBUILD_BASENAME="rust"',
];

/** [function, helper file it lands in]: new files, existing files, and arch or internal headers reached through their linux/ header. */
const FUNCTIONS: [string, string][] = [
  ['list_empty', 'list.c'], ['kmalloc_noprof', 'slab.c'], ['refcount_read', 'refcount.c'], ['IS_ERR_OR_NULL', 'err.c'],
  ['wq_has_sleeper', 'wait.c'], ['task_pid_nr', 'pid.c'], ['bdev_get_queue', 'blk.c'], ['phy_is_pseudo_fixed_link', 'phy.c'],
  ['ethtool_rxfh_indir_default', 'ethtool.c'], ['queue_work', 'workqueue.c'], ['folio_size', 'mm.c'],
  ['spin_lock_irq', 'spinlock.c'], ['hweight_long', 'bitops.c'], ['kref_get', 'kref.c'], ['ktime_to_ns', 'ktime.c'],
  ['mdio_phy_id_is_c45', 'mdio.c'], ['cpumask_first', 'cpumask.c'], ['atomic_read', 'atomic.c'],
  ['clear_user', 'uaccess.c'], ['jiffies_to_nsecs', 'jiffies.c'],
];

describeTier(['corpus', 'clang'], 'generated helpers compile against the real kernel headers', () => {
  it('writes 20 helpers into a copy of the corpus and clang -fsyntax-only accepts helpers.c', () => {
    const tree = copyTree(CORPUS);
    const names = FUNCTIONS.map(([n]) => n);
    const out = execFileSync(process.execPath, [CLI, 'generate-helper', ...names, '--tree', tree, '--write'], { cwd: tree, encoding: 'utf8' });
    expect(out).toBe(FUNCTIONS.map(([n, f]) => `${n}: rust_helper_${n} → rust/helpers/${f}\n`).join(''));
    const helpersDir = path.join(tree, 'rust/helpers');
    for (const [name, file] of FUNCTIONS) {
      expect(fs.readFileSync(path.join(helpersDir, file), 'utf8')).toMatch(new RegExp(`rust_helper_${name}\\(`));
    }
    const includes = fs.readFileSync(path.join(helpersDir, 'helpers.c'), 'utf8').match(/^#include "[^"]+"$/gm)!;
    expect(includes).toEqual([...includes].sort());
    expect(includes.length).toBe(fs.readdirSync(helpersDir).filter((f) => f !== 'helpers.c').length);
    const clang = spawnSync('clang', ['-fsyntax-only', ...CF, 'rust/helpers/helpers.c'], { cwd: tree, encoding: 'utf8' });
    // The kernel headers themselves warn under clang 14; nothing may come from a helper file.
    expect(clang.stderr.split('\n').filter((l) => /error:|^rust\/helpers\//.test(l))).toEqual([]);
    expect(clang.status).toBe(0);
    fs.rmSync(tree, { recursive: true, force: true });
  });
});
