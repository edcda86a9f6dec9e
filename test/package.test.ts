/**
 * The npm package installs and runs like any Node tool: `npm pack` (whose prepack builds it),
 * then `npm install -g --ignore-scripts` into a fresh prefix, offline, and the installed
 * `rfl-ffi check` finds what `npm start` finds. Packed from a copy of the checkout, so that
 * its build never rewrites the dist/ the other tests run.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './support/paths';
import { tmpDir } from './support/tmpTree';

const PLATFORMS = ['darwin-arm64', 'darwin-x64', 'linux-arm64', 'linux-x64', 'win32-arm64', 'win32-x64'];
/** What a checkout has that is not the project's own: installed, built or produced by a run. */
const NOT_COPIED = new Set(['node_modules', 'dist', '.cache', '.git', 'test-output']);

/** The environment of the npm that runs these tests, without its npm_* settings (a nested npm must not inherit them). */
const ENV = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('npm_')));

function run(cmd: string, args: string[], cwd: string): string {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', env: ENV, maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return r.stdout;
}

describe('the npm package', () => {
  let checkout: string;
  let files: string[];
  let installed: string;

  beforeAll(() => {
    checkout = path.join(tmpDir('rfl-ffi-pack-'), 'rfl-ffi');
    fs.cpSync(ROOT, checkout, {
      recursive: true,
      filter: (src) => !NOT_COPIED.has(path.relative(ROOT, src)) && !/\.(vsix|tgz)$/.test(src),
    });
    fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(checkout, 'node_modules'));
    const out = tmpDir('rfl-ffi-tarball-');
    const [packed] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', out], checkout)) as { filename: string; files: { path: string }[] }[];
    files = packed.files.map((f) => f.path).sort();
    const prefix = tmpDir('rfl-ffi-prefix-');
    run('npm', ['install', '--global', '--ignore-scripts', '--offline', '--no-audit', '--no-fund', '--prefix', prefix, path.join(out, packed.filename)], out);
    installed = path.join(prefix, 'bin/rfl-ffi');
  }, 300_000);

  it('holds the CLI, its bundle, the runtime with the prebuilds of six platforms, README and LICENSE; no tests, demo or sources', () => {
    expect(files.filter((f) => !f.startsWith('dist/node_modules/'))).toEqual(['LICENSE', 'README.md', 'bin/rfl-ffi', 'dist/rfl-ffi-main.js', 'dist/rfl-ffi.js', 'package.json']);
    for (const pkg of ['tree-sitter', 'tree-sitter-c', 'tree-sitter-rust']) {
      const prebuilds = files.filter((f) => f.startsWith(`dist/node_modules/${pkg}/prebuilds/`)).map((f) => f.split('/')[4]);
      expect(prebuilds).toEqual(PLATFORMS);
    }
    expect(files.filter((f) => /^(test|demo|server|client|scripts)\//.test(f) || /(^|\/)build\//.test(f))).toEqual([]);
    // The runtime is staged only while packing: the checkout resolves tree-sitter from node_modules again.
    expect(fs.existsSync(path.join(checkout, 'dist/node_modules'))).toBe(false);
  });

  it('installed with --ignore-scripts into a fresh prefix, `rfl-ffi check demo/linux` gives what `npm start` gives', () => {
    const start = run('npm', ['start', '--silent'], checkout);
    const check = run(installed, ['check', 'demo/linux', '--exit-zero'], checkout);
    expect(check).toBe(start);
    const lines = check.split('\n').filter(Boolean);
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.filter((l) => !/^demo\/linux\/\S+:\d+:\d+: (error|warning|information|hint): .* \[[a-z-]+\]$/.test(l))).toEqual([]);
  });

  it('installed, answers --help and --version', () => {
    expect(run(installed, ['--help'], checkout).split('\n')[0]).toBe('usage: rfl-ffi <command> [options]');
    expect(run(installed, ['--version'], checkout).trim()).toBe(JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version);
  });
});
