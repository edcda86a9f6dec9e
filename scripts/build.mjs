// Bundles the server/CLI and the VS Code client with esbuild. The native parts stay outside,
// loaded at run time from N-API prebuilds: tree-sitter's runtime binding and the grammars.
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

// tree-sitter's JS (its index.js) goes into the bundle, so that its functions are compiled
// into the code cache with ours (~2 ms of a warm start, which otherwise compiles them from
// source). It loads its binding from its own folder (`node-gyp-build(__dirname)`), which the
// bundle's `__dirname` is not: from the folder of its package.json instead, as
// server/src/core/parse.ts loads the grammars'. The build fails if that line changes.
const TREE_SITTER_BINDING = 'const binding = typeof process.versions.bun === "string" ?\n'
  + '    // Statically analyzable enough for `bun build --compile` to embed the tree-sitter.node napi addon\n'
  + '    require(`./prebuilds/${process.platform}-${process.arch}/tree-sitter.node`) :\n'
  + "    require('node-gyp-build')(__dirname);";
const treeSitterFromItsFolder = {
  name: 'tree-sitter-from-its-folder',
  setup(b) {
    b.onLoad({ filter: /[\\/]node_modules[\\/]tree-sitter[\\/]index\.js$/ }, (args) => {
      const text = fs.readFileSync(args.path, 'utf8');
      const at = text.indexOf(TREE_SITTER_BINDING);
      if (at < 0) throw new Error(`${args.path}: tree-sitter loads its binding otherwise than scripts/build.mjs expects; update it`);
      const binding = "const binding = require('node-gyp-build')(require('path').dirname(require.resolve('tree-sitter/package.json')));";
      return { contents: text.slice(0, at) + binding + text.slice(at + TREE_SITTER_BINDING.length), loader: 'js' };
    });
  },
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
    external: ['tree-sitter/package.json', 'tree-sitter-rust', 'tree-sitter-c'],
    plugins: [treeSitterFromItsFolder],
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

// esbuild gives each `import * as fs from 'node:fs'` (and each import of a CommonJS package) a
// namespace object of its own, made by copying every export into a getter: ~30 copies of
// node:path, node:fs and the LSP libraries' ~800 exports at every start of the server, ~8 ms
// and 0.5 MB of closures. The same namespace is had without copying, as an object whose
// prototype is the module: the same names, read live, and `default` where esbuild gives one.
// (Nothing of ours enumerates a namespace, where the two would differ.) Padded to the same
// length, so the source maps stay true; the build fails if esbuild's helper ever changes.
const TO_ESM = '__toESM=(mod,isNodeMode,target)=>(target=mod!=null?__create(__getProtoOf(mod)):{},__copyProps(isNodeMode||!mod||!mod.__esModule?__defProp(target,"default",{value:mod,enumerable:!0}):target,mod))';
const TO_ESM_UNCOPIED = '__toESM=(mod,isNodeMode)=>mod==null?{}:__create(mod,isNodeMode||!mod.__esModule?{default:{value:mod,enumerable:!0}}:{})'.padEnd(TO_ESM.length);
for (const file of ['dist/rfl-ffi.js', 'dist/rfl-ffi-main.js']) {
  const text = fs.readFileSync(file, 'latin1');
  const at = text.indexOf(TO_ESM);
  if (at < 0 || text.indexOf(TO_ESM, at + 1) >= 0) throw new Error(`${file}: esbuild's __toESM is not the one scripts/build.mjs replaces (once); update it`);
  fs.writeFileSync(file, text.slice(0, at) + TO_ESM_UNCOPIED + text.slice(at + TO_ESM.length), 'latin1');
}

// Node built-ins the LSP libraries load at every start for what the server never does over
// stdio: node:child_process (with node:dgram, ~3 ms) in vscode-languageserver's files.js, to
// resolve a global Node module path; node:crypto (4–10 ms) in vscode-jsonrpc, to name a pipe.
// Each is loaded on first use instead, through an object that requires it when a name is read.
// The same length in place, the functions after the code (before the source map's comment), so
// the source map stays true; the build fails if the libraries' code ever changes.
const DEFERRED = [['child_process_1', 'child_process'], ['crypto_1', 'crypto']];
{
  const file = 'dist/rfl-ffi-main.js';
  let text = fs.readFileSync(file, 'latin1');
  let functions = '';
  for (const [k, [name, module]] of DEFERRED.entries()) {
    const eager = `${name}=require("${module}")`;
    const at = text.indexOf(eager);
    if (at < 0 || text.indexOf(eager, at + 1) >= 0) throw new Error(`${file}: the LSP libraries' \`${eager}\` is not there once for scripts/build.mjs to defer; update it`);
    const lazy = `${name}=__rflLazy${k}()`;
    if (lazy.length > eager.length) throw new Error(`${lazy} is longer than ${eager}`);
    text = text.slice(0, at) + lazy.padEnd(eager.length) + text.slice(at + eager.length);
    functions += `\nfunction __rflLazy${k}(){return new Proxy({},{get:(_,k)=>require("${module}")[k]})}`;
  }
  const map = text.lastIndexOf('\n//# sourceMappingURL=');
  fs.writeFileSync(file, text.slice(0, map) + functions + text.slice(map), 'latin1');
}

// The loader (server/src/loader.ts) reads the bundle as Latin-1: a byte above 0x7f would be misread.
const nonAscii = fs.readFileSync('dist/rfl-ffi-main.js').findIndex((b) => b > 0x7f);
if (nonAscii >= 0) throw new Error(`dist/rfl-ffi-main.js has a non-ASCII byte at offset ${nonAscii}: the loader reads it as Latin-1`);
