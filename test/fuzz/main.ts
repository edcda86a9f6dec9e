/**
 * `npm run fuzz -- [--edits N] [--seed S]`: the long fuzz run over the corpus, the demo tree
 * and every fixture tree. Prints the figures the README quotes; exits 1 on any crash, any
 * mismatch, or a request slower than a second.
 */
import { formatResult, runFuzz, SLOWEST_ALLOWED_MS } from './lspFuzz';

function flag(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  if (i < 0) return fallback;
  const v = Number(process.argv[i + 1]);
  if (!Number.isInteger(v) || v < 0) throw new Error(`--${name} takes a whole number`);
  return v;
}

async function main(): Promise<void> {
  const seeds = [flag('seed', 1)];
  const edits = flag('edits', 10_000);
  const result = await runFuzz(seeds, edits, { corpus: true, small: true });
  for (const c of result.crashes) console.log(`crash: ${c}`);
  for (const w of result.slow) console.log(`slow: ${w}`);
  for (const m of result.mismatches) console.log(`mismatch: ${m.file} batch ${m.batch} (seed ${m.seed}): ${m.what}`);
  console.log(formatResult(result, seeds));
  process.exitCode = result.crashes.length || result.mismatches.length || result.slowest.ms >= SLOWEST_ALLOWED_MS ? 1 : 0;
}

void main();
