// The native runtime both packages ship beside dist/rfl-ffi.js, in dist/node_modules where
// Node's resolution finds it: tree-sitter and its C and Rust grammars (the N-API prebuilds for
// Linux, macOS and Windows on x64 and arm64, found from each package.json), and node-gyp-build,
// which picks the prebuild. Everything else the server and CLI need is in the esbuild bundle,
// tree-sitter's JS included (scripts/build.mjs).
//
// tree-sitter 0.25's own linux-x64 prebuild needs libstdc++'s GLIBCXX_3.4.31 (GCC 13), which
// Debian 12 lacks, so `npm ci` compiles tree-sitter there into build/Release. The packages
// carry that build as their linux-x64 prebuild when packaged on Linux x64 (build/ itself would
// shadow the prebuilds on every platform); the repository's node_modules stays as npm left it.
//
// `node scripts/runtime.mjs DIR` stages into DIR; `--remove DIR` removes it (npm's prepack and
// postpack, so that a checkout resolves tree-sitter from node_modules again).
import * as fs from 'node:fs';
import * as path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const PLATFORMS = ['linux-x64', 'linux-arm64', 'darwin-x64', 'darwin-arm64', 'win32-x64', 'win32-arm64'];

/** Each package's files that run, relative to it (the prebuilds are added per platform). */
const PACKAGES = {
  'tree-sitter': ['package.json', 'LICENSE'],
  'tree-sitter-c': ['package.json', 'bindings/node/index.js', 'src/node-types.json', 'LICENSE'],
  'tree-sitter-rust': ['package.json', 'bindings/node/index.js', 'src/node-types.json', 'LICENSE'],
  'node-gyp-build': ['package.json', 'index.js', 'node-gyp-build.js', 'LICENSE'],
};

/** Copies the runtime into `dest` (a node_modules folder), replacing what was there. */
export function stageRuntime(dest) {
  fs.rmSync(dest, { recursive: true, force: true });
  for (const [name, files] of Object.entries(PACKAGES)) {
    const from = path.join(root, 'node_modules', name);
    const to = path.join(dest, name);
    const prebuilds = fs.existsSync(path.join(from, 'prebuilds'))
      ? PLATFORMS.flatMap((p) => fs.readdirSync(path.join(from, 'prebuilds', p)).map((f) => path.join('prebuilds', p, f)))
      : [];
    for (const f of [...files, ...prebuilds]) {
      fs.mkdirSync(path.dirname(path.join(to, f)), { recursive: true });
      fs.copyFileSync(path.join(from, f), path.join(to, f));
    }
  }
  const localBuild = path.join(root, 'node_modules/tree-sitter/build/Release/tree_sitter_runtime_binding.node');
  if (process.platform === 'linux' && process.arch === 'x64' && fs.existsSync(localBuild)) {
    fs.copyFileSync(localBuild, path.join(dest, 'tree-sitter/prebuilds/linux-x64/tree-sitter.node'));
  }
}

if (process.argv[1] === import.meta.filename) {
  const [flag, dir] = process.argv.slice(2);
  if (flag === '--remove' && dir) fs.rmSync(path.resolve(dir), { recursive: true, force: true });
  else if (flag && !dir) stageRuntime(path.resolve(flag));
  else throw new Error('usage: node scripts/runtime.mjs DIR | --remove DIR');
}
