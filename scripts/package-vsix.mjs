// `npm run package`: builds rfl-ffi.vsix with vsce from a staging folder (.cache/vsix) that
// holds the bundles, the grammars, README and LICENSE, and the native runtime in
// dist/node_modules (scripts/runtime.mjs), laid out as in the npm package: the server finds
// tree-sitter beside its bundle. Everything else is bundled, so the .vsix declares no
// dependencies and vsce looks for none.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { stageRuntime } from './runtime.mjs';

const root = path.resolve(import.meta.dirname, '..');
const stage = path.join(root, '.cache/vsix');
const out = path.join(root, 'rfl-ffi.vsix');

fs.rmSync(stage, { recursive: true, force: true });
fs.mkdirSync(stage, { recursive: true });

const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
for (const key of ['dependencies', 'devDependencies', 'scripts', 'bin', 'files', 'overrides', 'allowScripts']) delete manifest[key];
fs.writeFileSync(path.join(stage, 'package.json'), JSON.stringify(manifest, null, 2) + '\n');

for (const f of ['README.md', 'LICENSE', '.vscodeignore', 'dist/rfl-ffi.js', 'dist/rfl-ffi-main.js', 'dist/extension.js', 'syntaxes']) {
  fs.cpSync(path.join(root, f), path.join(stage, f), { recursive: true });
}
stageRuntime(path.join(stage, 'dist/node_modules'));

execFileSync(path.join(root, 'node_modules/.bin/vsce'), ['package', '--no-dependencies', '--out', out], { cwd: stage, stdio: 'inherit' });
console.log(`${path.relative(process.cwd(), out)}: ${(fs.statSync(out).size / 1048576).toFixed(2)} MB`);
