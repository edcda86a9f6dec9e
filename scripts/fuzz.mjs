// `npm run fuzz -- --edits 10000 [--seed S]`: bundles the fuzz driver (test/fuzz/main.ts)
// and runs it against the built server (dist/rfl-ffi.js, built first by the npm script).
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';

// Two folders deep, like test/support/, so its paths resolve the same.
const outfile = '.cache/fuzz/main.js';
await build({
  entryPoints: ['test/fuzz/main.ts'],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  logLevel: 'warning',
  external: ['tree-sitter', 'tree-sitter-rust', 'tree-sitter-c'],
});
const run = spawnSync(process.execPath, [outfile, ...process.argv.slice(2)], { stdio: 'inherit' });
process.exitCode = run.status ?? 1;
