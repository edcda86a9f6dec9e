/**
 * The C fixes reproduce mainline's layout byte for byte (issue 12's round trip, through the
 * core's fixes): `__rust_helper` deleted from a 2026-style helper comes back where the file
 * puts it, and a shuffled or incomplete include list of helpers.c comes back sorted as it was.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture } from './support/paths';
import { applyEdits, findingsFor, rel, virtualProject, type VirtualTree } from './support/virtualTree';

function readTree(dir: string): VirtualTree {
  const files: Record<string, string> = {};
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else files[path.relative(dir, p)] = fs.readFileSync(p, 'utf8');
    }
  };
  walk(dir);
  return { files };
}

const T2026 = readTree(fixture('linux-2026'));
const HELPERS_C = 'rust/helpers/helpers.c';
const helperFiles = Object.keys(T2026.files).filter((f) => /^rust\/helpers\/[^/]+\.c$/.test(f) && f !== HELPERS_C).sort();

/** The helper names a rule reports in `file` of `tree`. */
function reported(tree: VirtualTree, file: string, code: string): Map<string, ReturnType<typeof findingsFor>[number]> {
  const text = tree.files[file];
  const found = findingsFor(virtualProject(tree), file, text, code);
  const lines = text.split('\n');
  return new Map(found.map((f) => [lines[f.range.start.line].slice(f.range.start.character, f.range.end.character), f]));
}

/** Applies the first fix of each finding (their edits do not overlap) to the files of `tree`. */
function applyFixes(tree: VirtualTree, findings: ReturnType<typeof findingsFor>): VirtualTree {
  const files = { ...tree.files };
  for (const f of findings) for (const fe of f.fixes[0].edits) files[rel(fe.file)] = applyEdits(files[rel(fe.file)], fe.edits);
  return { ...tree, files };
}

/** Each `__rust_helper` that marks a helper: on the signature line (with its space) or alone on its line (with the line end). */
function marks(text: string): { at: number; length: number }[] {
  return [...text.matchAll(/^__rust_helper(?: |\n)/gm)].map((m) => ({ at: m.index!, length: m[0].length }));
}

describe('missing-rust-helper reproduces the placement of the 2026-style fixture', () => {
  const marked = helperFiles.filter((f) => marks(T2026.files[f]).length);

  it('has helpers marked in both placements, and parameters aligned after the mark', () => {
    const all = marked.flatMap((f) => marks(T2026.files[f]).map((m) => T2026.files[f].slice(m.at, m.at + m.length)));
    expect(new Set(all)).toEqual(new Set(['__rust_helper ', '__rust_helper\n']));
    expect(T2026.files['rust/helpers/slab.c']).toContain('__rust_helper void *rust_helper_kmalloc_array(size_t n, size_t size,\n\t\t\t\t\t      gfp_t flags)');
    expect(marked).toEqual(['rust/helpers/bitops.c', 'rust/helpers/err.c', 'rust/helpers/mutex.c', 'rust/helpers/refcount.c', 'rust/helpers/slab.c']);
  });

  for (const file of marked) {
    it(`${file}: each mark deleted alone comes back byte for byte`, () => {
      const original = T2026.files[file];
      const before = reported(T2026, file, 'missing-rust-helper');
      for (const m of marks(original)) {
        const stripped = { ...T2026, files: { ...T2026.files, [file]: original.slice(0, m.at) + original.slice(m.at + m.length) } };
        const added = [...reported(stripped, file, 'missing-rust-helper')].filter(([name]) => !before.has(name)).map(([, f]) => f);
        expect(added).toHaveLength(1);
        expect(applyFixes(stripped, added).files[file]).toBe(original);
      }
    });
  }

  it('every `__rust_helper ` of a file deleted at once (as sed would) comes back byte for byte', () => {
    let changed = 0;
    for (const file of marked) {
      const original = T2026.files[file];
      const before = reported(T2026, file, 'missing-rust-helper');
      const stripped = { ...T2026, files: { ...T2026.files, [file]: original.replace(/^__rust_helper /gm, '') } };
      if (stripped.files[file] === original) continue;
      changed++;
      const added = [...reported(stripped, file, 'missing-rust-helper')].filter(([name]) => !before.has(name)).map(([, f]) => f);
      expect(applyFixes(stripped, added).files[file], file).toBe(original);
    }
    expect(changed).toBe(4);
  });
});

describe('the include fixes reproduce the sorted helpers.c of the 2026-style fixture', () => {
  const original = T2026.files[HELPERS_C];
  const lines = original.split('\n');
  const includeLines = lines.map((l, i) => [l, i] as const).filter(([l]) => l.startsWith('#include "')).map(([, i]) => i);
  const codes = new Set(['helper-includes-unsorted', 'helper-not-included']);

  /** helpers.c with its include block replaced by `block`. */
  const withBlock = (block: string[]) =>
    [...lines.slice(0, includeLines[0]), ...block, ...lines.slice(includeLines[includeLines.length - 1] + 1)].join('\n');

  /** Applies the first fix of the two include rules, one finding at a time, until none is left. */
  function fixIncludes(tree: VirtualTree): string {
    for (let round = 0; round < 10; round++) {
      const project = virtualProject(tree);
      const finding = [HELPERS_C, ...helperFiles]
        .flatMap((f) => findingsFor(project, f, tree.files[f]))
        .find((f) => codes.has(String(f.code)) && f.fixes.length);
      if (!finding) return tree.files[HELPERS_C];
      tree = applyFixes(tree, [finding]);
    }
    throw new Error('the include fixes did not settle');
  }

  function permutations<T>(xs: T[]): T[][] {
    if (xs.length <= 1) return [xs];
    return xs.flatMap((x, i) => permutations([...xs.slice(0, i), ...xs.slice(i + 1)]).map((p) => [x, ...p]));
  }

  it('every order of its includes is sorted back, with one fix', () => {
    const block = includeLines.map((i) => lines[i]);
    expect(block).toHaveLength(5);
    const orders = permutations(block);
    expect(orders).toHaveLength(120);
    // The rule reads only the text of helpers.c: one project serves every order.
    const project = virtualProject(T2026);
    for (const order of orders) {
      let text = withBlock(order);
      const [finding] = findingsFor(project, HELPERS_C, text, 'helper-includes-unsorted');
      if (finding) text = applyEdits(text, finding.fixes[0].edits[0].edits);
      expect(text, order.join(' ')).toBe(original);
    }
  });

  it('an include deleted from a shuffled list is put back, and the list sorted', () => {
    const block = includeLines.map((i) => lines[i]);
    // A fixed set of orders: reversed, rotated, and interleaved.
    const orders = [block.slice().reverse(), [...block.slice(2), ...block.slice(0, 2)], [block[1], block[3], block[0], block[4], block[2]]];
    for (const order of orders) {
      for (const dropped of block) {
        const tree = { ...T2026, files: { ...T2026.files, [HELPERS_C]: withBlock(order.filter((l) => l !== dropped)) } };
        expect(fixIncludes(tree), `${dropped} dropped from ${order.join(' ')}`).toBe(original);
      }
    }
  });
});
