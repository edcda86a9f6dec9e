import { describe, expect, it } from 'vitest';
import { findingsFor, virtualProject } from './support/virtualTree';
import { splitTree } from './support/trees';

const helper = (prefix: string, sameLine = '') => `// SPDX-License-Identifier: GPL-2.0

#include <linux/refcount.h>

${prefix}void rust_helper_refcount_inc(refcount_t *r)${sameLine}
{
	refcount_inc(r);
}
`;

function codesIn(text: string): string[] {
  const tree = splitTree({ 'refcount.c': text }, { defineRustHelper: true });
  return findingsFor(virtualProject(tree), 'rust/helpers/refcount.c', text).map((f) => f.code);
}

describe('suppression comments', () => {
  it.each([
    ['on the line', helper('', ' /* rfl-ffi: allow(missing-rust-helper) */')],
    ['on the line above', helper('// rfl-ffi: allow(missing-rust-helper)\n')],
    ['in a comment block above, with other codes', helper('/*\n * Not inlined on purpose: see commit abc.\n * rfl-ffi: allow(helper-misnamed, missing-rust-helper)\n */\n')],
  ])('silences a finding %s', (_name, text) => {
    expect(codesIn(text)).toEqual([]);
  });

  it.each([
    ['for another code', helper('// rfl-ffi: allow(helper-misnamed)\n')],
    ['when a blank line separates it', helper('// rfl-ffi: allow(missing-rust-helper)\n\n')],
    ['when misspelt', helper('// rfl-ffi: allow(missing_rust_helper)\n')],
  ])('does not silence %s', (_name, text) => {
    expect(codesIn(text)).toEqual(['missing-rust-helper']);
  });
});
