import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildTreeModel, cCharSigned, parseUnsignedChar, relativeToTree, type TreeFacts, type TreeModel } from '../server/src/core/tree';
import { makefile } from './support/trees';

describe('-funsigned-char from the top-level Makefile', () => {
  it.each([
    ['6.12: `KBUILD_CFLAGS :=` then `+= -funsigned-char`', 'KBUILD_CFLAGS :=\nKBUILD_CFLAGS += -std=gnu11\nKBUILD_CFLAGS += -funsigned-char\n', true],
    ['6.1: a `:=` list without it', makefile([6, 1, 0], false), false],
    ['the flag on a continuation line', 'KBUILD_CFLAGS := -Wall \\\n\t\t-funsigned-char -fno-PIE\n', true],
    ['a later `:=` starts afresh', 'KBUILD_CFLAGS += -funsigned-char\nKBUILD_CFLAGS := -Wall\n', false],
    ['a later -fsigned-char wins', 'KBUILD_CFLAGS += -funsigned-char\nKBUILD_CFLAGS += -fsigned-char\n', false],
    ['only KBUILD_CFLAGS counts', 'KBUILD_RUSTFLAGS += -funsigned-char\nHOSTCFLAGS += -funsigned-char\n', false],
    ['a commented-out flag does not count', 'KBUILD_CFLAGS += -std=gnu11 # -funsigned-char later\n', false],
  ])('%s', (_name, text, expected) => {
    expect(parseUnsignedChar(text)).toBe(expected);
  });
});

describe('the tree model\'s C `char`', () => {
  const facts = (over: Partial<TreeFacts>): TreeFacts => ({
    srctree: '/t', objtree: '/t', objtreeSource: 'srctree', splitHelpers: true, ffiRsExists: false,
    rustHelperDefinitionTexts: [], generated: { bindings: true, helpers: true, uapi: true },
    generatedInputs: { bindings: true, helpers: true, uapi: true }, ...over,
  });

  it('takes the Makefile\'s word over rust/ffi.rs, which stands in only when there is no Makefile', () => {
    const pick = (m: ReturnType<typeof buildTreeModel>) => [m.unsignedChar, m.unsignedCharSource];
    expect(pick(buildTreeModel(facts({ makefileText: makefile([6, 1, 0], false) })))).toEqual([false, 'Makefile']);
    expect(pick(buildTreeModel(facts({ makefileText: makefile([6, 12, 0], true) })))).toEqual([true, 'Makefile']);
    expect(pick(buildTreeModel(facts({ ffiRsExists: true })))).toEqual([true, 'rust/ffi.rs']);
    expect(pick(buildTreeModel(facts({})))).toEqual([false, 'default']);
  });

  it('is signed only where the arch\'s C ABI says so, and nowhere under -funsigned-char', () => {
    const abi = buildTreeModel(facts({ makefileText: makefile([6, 1, 0], false) }));
    expect(abi.arches.filter((a) => cCharSigned(abi, a))).toEqual(['loongarch64', 'um', 'x86_64']);
    const unsigned = buildTreeModel(facts({ makefileText: makefile([6, 12, 0], true) }));
    expect(unsigned.arches.filter((a) => cCharSigned(unsigned, a))).toEqual([]);
  });
});

describe('paths relative to the tree', () => {
  const model = { srctree: '/src/linux' } as TreeModel;
  it.each([
    '/src/linux/rust/kernel/sync.rs', '/src/linux/rust/.hidden/a..b/x.rs', '/src/linux/a', '/src/linux', '/src/linux/',
    '/src/linux//rust/x.rs', '/src/linux/./rust/x.rs', '/src/linux/rust/../drivers/x.rs', '/src/linux/rust/.', '/src/linux/..',
    '/src/linux2/x.rs', '/src/other/x.rs', '/elsewhere', 'relative/x.rs',
  ])('%s: as path.relative says', (file) => {
    expect(relativeToTree(model, file)).toBe(path.relative(model.srctree, file));
  });
});
