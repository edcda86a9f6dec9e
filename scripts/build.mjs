// Bundles the server/CLI and the VS Code client with esbuild. tree-sitter and its grammars
// stay external: they load N-API prebuilds at run time.
import * as fs from 'node:fs';
import { build } from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: true,
  logLevel: 'warning',
};

// dist/node_modules holds the runtime only between npm's prepack and postpack (scripts/runtime.mjs):
// a build removes what an interrupted pack left, so a checkout resolves tree-sitter from node_modules.
fs.rmSync('dist/node_modules', { recursive: true, force: true });

await Promise.all([
  // The entry (the binary's and the server's): runs the bundle below through V8's code cache.
  build({
    ...common,
    entryPoints: ['server/src/loader.ts'],
    outfile: 'dist/rfl-ffi.js',
    minifyWhitespace: true,
    minifySyntax: true,
    legalComments: 'none',
  }),
  build({
    ...common,
    entryPoints: ['server/src/main.ts'],
    outfile: 'dist/rfl-ffi-main.js',
    // Non-ASCII characters escaped (esbuild's default, stated): the loader reads the bundle as Latin-1.
    charset: 'ascii',
    external: ['tree-sitter', 'tree-sitter-rust', 'tree-sitter-c'],
    // Every start of the server and the CLI reads and compiles this file: without the comments
    // and whitespace it is 30% smaller, which takes ~10 ms off each. Names are kept (stack
    // traces name their functions), and the source map gives the rest.
    minifyWhitespace: true,
    minifySyntax: true,
    legalComments: 'none',
  }),
  build({
    ...common,
    entryPoints: ['scripts/bench.ts'],
    outfile: 'dist/bench.js',
    external: ['tree-sitter', 'tree-sitter-rust', 'tree-sitter-c'],
  }),
  build({
    ...common,
    entryPoints: ['client/src/extension.ts'],
    outfile: 'dist/extension.js',
    external: ['vscode'],
  }),
]);

// The loader (server/src/loader.ts) reads the bundle as Latin-1: a byte above 0x7f would be misread.
const nonAscii = fs.readFileSync('dist/rfl-ffi-main.js').findIndex((b) => b > 0x7f);
if (nonAscii >= 0) throw new Error(`dist/rfl-ffi-main.js has a non-ASCII byte at offset ${nonAscii}: the loader reads it as Latin-1`);
