// `npm run package`: builds rfl-ffi.vsix with vsce from a staging folder (.cache/vsix) that
// holds the bundles, the grammars, and the only packages the server loads at run time:
// tree-sitter, its two grammars and node-gyp-build (.vscodeignore trims them to JS plus the
// linux/darwin/win32 N-API prebuilds).
//
// Why staging: tree-sitter 0.25's own linux-x64 prebuild needs libstdc++'s GLIBCXX_3.4.31
// (GCC 13), which Debian 12 lacks, so `npm ci` compiles tree-sitter there into build/Release.
// The .vsix carries that build as its linux-x64 prebuild (build/Release itself would shadow
// the prebuilds on every platform); the repository's node_modules stays as npm left it.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const stage = path.join(root, '.cache/vsix');
const out = path.join(root, 'rfl-ffi.vsix');
const RUNTIME = ['tree-sitter', 'tree-sitter-c', 'tree-sitter-rust'];
// Needed beside them so that `npm list` (which vsce runs) finds their dependencies.
const SUPPORT = ['node-gyp-build', 'node-addon-api'];

fs.rmSync(stage, { recursive: true, force: true });
fs.mkdirSync(stage, { recursive: true });

const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
manifest.dependencies = Object.fromEntries(RUNTIME.map((p) => [p, manifest.dependencies[p]]));
delete manifest.devDependencies;
delete manifest.scripts;
delete manifest.bin;
fs.writeFileSync(path.join(stage, 'package.json'), JSON.stringify(manifest, null, 2) + '\n');

for (const f of ['README.md', '.vscodeignore', 'dist/rfl-ffi.js', 'dist/extension.js', 'syntaxes']) {
  fs.cpSync(path.join(root, f), path.join(stage, f), { recursive: true });
}
for (const p of [...RUNTIME, ...SUPPORT]) {
  fs.cpSync(path.join(root, 'node_modules', p), path.join(stage, 'node_modules', p), {
    recursive: true,
    filter: (src) => path.basename(src) !== 'build',
  });
}

const localBuild = path.join(root, 'node_modules/tree-sitter/build/Release/tree_sitter_runtime_binding.node');
if (process.platform === 'linux' && process.arch === 'x64' && fs.existsSync(localBuild)) {
  fs.copyFileSync(localBuild, path.join(stage, 'node_modules/tree-sitter/prebuilds/linux-x64/tree-sitter.node'));
}

execFileSync(path.join(root, 'node_modules/.bin/vsce'), ['package', '--skip-license', '--out', out], { cwd: stage, stdio: 'inherit' });
console.log(`${path.relative(process.cwd(), out)}: ${(fs.statSync(out).size / 1048576).toFixed(2)} MB`);
