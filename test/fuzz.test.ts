/**
 * The short fuzz seed set (`npm run fuzz -- --edits 10000` is the long one): random
 * incremental edits through the real language server over every fixture tree and the demo
 * (core tier), and over the corpus (corpus tier); after each batch its diagnostics and code
 * actions equal a fresh document's, and nothing crashes. How long requests take is measured,
 * not asserted here (a loaded machine is no defect): `npm run fuzz` fails on a request over a
 * second, and `npm run bench` reports the slowest request of a fuzz run.
 */
import { describe, expect, it } from 'vitest';
import { formatResult, runFuzz } from './fuzz/lspFuzz';
import { describeTier } from './support/tiers';

const SEEDS = [1, 2, 3];
const EDITS_PER_SEED = 75;

function fuzzes(trees: { corpus: boolean; small: boolean }): void {
  it(`seeds ${SEEDS.join(', ')}: ${EDITS_PER_SEED} edits each, no crash, no mismatch`, async () => {
    const result = await runFuzz(SEEDS, EDITS_PER_SEED, trees);
    console.log(formatResult(result, SEEDS));
    expect(result.crashes).toEqual([]);
    expect(result.mismatches).toEqual([]);
    expect(result.edits).toBe(SEEDS.length * EDITS_PER_SEED);
  });
}

describe('fuzzed editing through the language server: the demo and fixture trees', () => {
  fuzzes({ corpus: false, small: true });
});

describeTier('corpus', 'fuzzed editing through the language server: the corpus', () => {
  fuzzes({ corpus: true, small: false });
});
