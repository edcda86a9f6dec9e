/**
 * The header lookup in a long-lived process: after `startBackground`, a name the include closure
 * does not declare is answered from the closure alone (and missing-binding says the other
 * headers are still being read) until the background read ends; then from every header.
 * Typedefs wait for the whole read, the headers of every arch of the tree included.
 */
import { expect, it } from 'vitest';
import { IncludeClosureLookup } from '../server/src/host/headerLookup';
import { headerTree } from './support/headerTrees';
import { MAINLINE_ARCH_ROWS, widthTree } from './support/trees';
import { findingsFor, virtualProject } from './support/virtualTree';

const FILE = 'rust/kernel/f.rs';

/** Takes every step of background work at once (the server takes one per pause of typing). */
function drain<T>(steps: Generator<void, T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}
const RS = `// SPDX-License-Identifier: GPL-2.0

use crate::bindings;

pub fn f() -> usize {
    // SAFETY: test.
    unsafe { bindings::__msecs_to_jiffies(10) }
}
`;

it('answers from the closure while the other headers are read, then from all of them', () => {
  const tree = headerTree({ [FILE]: RS });
  const project = virtualProject(tree);
  const lookup = project.index.headers as IncludeClosureLookup;
  lookup.startBackground();
  const read = lookup.readSteps();
  expect(lookup.complete).toBe(false);
  // jiffies.h is outside the closure of bindings_helper.h; mutex.h inside it.
  expect(lookup.find('__msecs_to_jiffies')).toEqual([]);
  expect(lookup.find('mutex_is_locked').map((d) => d.include)).toEqual(['linux/mutex.h']);
  expect(findingsFor(project, FILE, RS, 'missing-binding').map((f) => f.message)).toEqual([
    "`bindings::__msecs_to_jiffies` is not in this build's bindings, and no C header that rust/bindings/bindings_helper.h or " +
    'the helpers include declares `__msecs_to_jiffies` as a function or macro (the other headers are still being read)',
  ]);
  // A miss was answered from the closure alone: the caller must look again.
  expect(drain(read)).toBe(true);
  expect(lookup.complete).toBe(true);
  expect(lookup.find('__msecs_to_jiffies').map((d) => [d.include, d.reachable])).toEqual([['linux/jiffies.h', false]]);
  expect(findingsFor(project, FILE, RS, 'missing-binding').map((f) => f.message)).toEqual([
    "`bindings::__msecs_to_jiffies` is not in this build's bindings: `__msecs_to_jiffies` is declared in include/linux/jiffies.h:5, " +
    'a header that rust/bindings/bindings_helper.h does not include, so bindgen never sees it',
  ]);
});

it('answers typedefs once the headers (every arch\'s too) are read, and says an earlier answer may change', () => {
  const rs = `// SPDX-License-Identifier: GPL-2.0

use crate::bindings;

pub fn cycles(c: bindings::cycles_t) -> u64 {
    c as u64
}
`;
  const tree = widthTree(MAINLINE_ARCH_ROWS, { [FILE]: rs });
  const project = virtualProject(tree);
  const lookup = project.index.headers as IncludeClosureLookup;
  lookup.startBackground();
  const read = lookup.readSteps();
  // Typedefs wait for the background read: the cast gets no verdict meanwhile.
  expect([lookup.typedefs('phys_addr_t'), lookup.typedefs('cycles_t')]).toEqual([undefined, undefined]);
  expect(findingsFor(project, FILE, rs, 'arch-dependent-cast')).toEqual([]);
  // An explicit request (hover) reads what it needs at once.
  expect(lookup.typedefs('phys_addr_t', true)?.map((d) => d.type)).toEqual(['u64', 'u32']);
  expect(drain(read)).toBe(true);
  expect(lookup.typedefs('phys_addr_t')?.map((d) => d.type)).toEqual(['u64', 'u32']);
  expect(lookup.typedefs('cycles_t')?.map((d) => d.path)).toEqual(['arch/x86/include/asm/tsc.h', 'arch/arm/include/asm/timex.h']);
  expect(findingsFor(project, FILE, rs, 'arch-dependent-cast').map((f) => f.message)).toEqual([
    '`as u64` is a no-op on x86_64; converts on arm (`bindings::cycles_t` is `usize` there, as arch/arm/include/asm/timex.h defines it); ' +
    'not known on arm64, powerpc, powerpc64, riscv64, s390x, um: keep it, although clippy::unnecessary_cast on a host of the first kind calls it unnecessary',
  ]);
});

it('once every header is indexed, answers each lookup as a lookup of the headers themselves does, parsing only the declaring headers', () => {
  const tree = headerTree({ [FILE]: RS });
  const indexed = virtualProject(tree).index.headers as IncludeClosureLookup;
  const reference = virtualProject(tree).index.headers as IncludeClosureLookup;
  indexed.startBackground();
  drain(indexed.readSteps());
  drain(indexed.indexSteps());
  // In the closure, outside it, mentioned but not declared, declared nowhere.
  const names = ['mutex_is_locked', 'kmalloc', '__msecs_to_jiffies', 'gfp_t', 'size_t', 'rfl_no_such_function', 'mutex'];
  expect(names.map((n) => indexed.find(n))).toEqual(names.map((n) => reference.find(n)));
  expect(indexed.find('__msecs_to_jiffies').map((d) => d.include)).toEqual(['linux/jiffies.h']);
  expect(indexed.complete).toBe(true);
});
