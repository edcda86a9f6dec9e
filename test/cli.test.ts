import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './support/cli';
import { CORPUS, ROOT, fixture } from './support/paths';
import { copyTree, tmpDir, writeTree } from './support/tmpTree';
import { describeTier } from './support/tiers';

/** Counts derived from the files with plain text scanning, independently of the indexer. */
function independentCounts(tree: string, obj: string) {
  const helpersDir = path.join(tree, 'rust/helpers');
  const helperFiles = fs.readdirSync(helpersDir).filter((f) => f.endsWith('.c') && f !== 'helpers.c');
  const helperNames = new Set<string>();
  for (const f of [...helperFiles, 'helpers.c']) {
    const text = fs.readFileSync(path.join(helpersDir, f), 'utf8');
    for (const m of text.matchAll(/\b(rust_helper_\w+)\s*\([^;{]*\)\s*\{/g)) helperNames.add(m[1]);
  }
  const functions = new Set<string>();
  for (const f of ['bindings_generated.rs', 'bindings_helpers_generated.rs']) {
    let inExtern = false;
    for (const line of fs.readFileSync(path.join(obj, 'rust/bindings', f), 'utf8').split('\n')) {
      if (/^(unsafe )?extern "C" \{/.test(line)) inExtern = true;
      else if (line.startsWith('}')) inExtern = false;
      const m = /^\s+pub fn (\w+)/.exec(line);
      if (inExtern && m) functions.add(m[1]);
    }
  }
  const generated = fs.readFileSync(path.join(obj, 'rust/bindings/bindings_generated.rs'), 'utf8');
  const lib = fs.readFileSync(path.join(tree, 'rust/bindings/lib.rs'), 'utf8');
  const distinct = (re: RegExp, text: string) => new Set([...text.matchAll(re)].map((m) => m[1])).size;
  return {
    helperFiles: helperFiles.length,
    helpers: helperNames.size,
    bindingFunctions: functions.size,
    bindingConsts: distinct(/^pub const (\w+)\s*:/gm, generated),
    bindingTypes: distinct(/^pub type (\w+)\s*=/gm, generated) + distinct(/^\s*type (\w+)\s*=/gm, lib),
    bindingStructs: distinct(/^pub (?:struct|union) (\w+)\s*\{/gm, generated),
  };
}

describe('rfl-ffi info', () => {
  it('says once that an unbuilt tree has no generated bindings, and still describes it', () => {
    const tree = copyTree(fixture('linux-6.12-style'));
    for (const f of ['rust/bindings/bindings_generated.rs', 'rust/bindings/bindings_helpers_generated.rs', 'rust/uapi/uapi_generated.rs']) {
      fs.rmSync(path.join(tree, f));
    }
    const r = runCli(['info', tree, '--format', 'json']);
    expect(r.code).toBe(0);
    const info = JSON.parse(r.stdout);
    expect(info.generated).toEqual({ bindings: false, helpers: false, uapi: false });
    expect(info.counts.helpers).toBe(9);
    expect(r.stderr.trim().split('\n')).toEqual([
      'rfl-ffi: note: rust/bindings/bindings_generated.rs, rust/bindings/bindings_helpers_generated.rs, ' +
      `rust/uapi/uapi_generated.rs not found in objtree ${tree}: the tree has not been built with CONFIG_RUST=y yet ` +
      '(they appear after `make LLVM=1`; pass --objtree / set rflFfi.objtree for an out-of-tree build). ' +
      'Checks that need the bindings are skipped until then.',
    ]);
  });

  it.each([
    ['linux-6.12-style', { helperLayout: 'split', rustHelperDefined: false, mapping: 'kernel', arches: ['arm64', 'loongarch64', 'riscv64', 'um', 'x86_64'], archesSource: 'Documentation/rust/arch-support.rst', kernelVersion: '6.12.0' }],
    ['linux-2026', { helperLayout: 'split', rustHelperDefined: true, mapping: 'kernel', arches: ['arm', 'arm64', 'loongarch64', 'riscv64', 'um', 'x86_64'], archesSource: 'Documentation/rust/arch-support.rst', kernelVersion: '7.0.0' }],
    ['linux-legacy', { helperLayout: 'single', rustHelperDefined: false, mapping: 'core', arches: ['arm', 'arm64', 'loongarch64', 'riscv64', 'um', 'x86_64'], archesSource: 'default', kernelVersion: '6.8.0' }],
    ['linux-core-ffi', { helperLayout: 'split', rustHelperDefined: false, mapping: 'core', arches: ['arm', 'arm64', 'x86_64'], archesSource: 'Documentation/rust/arch-support.rst', kernelVersion: '6.10.0' }],
  ])('models the %s fixture', (name, expected) => {
    const r = runCli(['info', fixture(name), '--format', 'json']);
    expect(r.code).toBe(0);
    const info = JSON.parse(r.stdout);
    expect({
      helperLayout: info.helperLayout, rustHelperDefined: info.rustHelperDefined, mapping: info.mapping,
      arches: info.arches, archesSource: info.archesSource, kernelVersion: info.kernelVersion,
    }).toEqual(expected);
    expect(info.generated).toEqual({ bindings: true, helpers: true, uapi: true });
    expect(info.counts.helpers).toBe(9);
  });

  it('finds the tree from a file deep inside it', () => {
    const r = runCli(['info', path.join(fixture('linux-2026'), 'drivers/misc'), '--format', 'json']);
    expect(JSON.parse(r.stdout).srctree).toBe(fixture('linux-2026'));
  });

  it('takes objtree from rust-project.json (make O=build rust-analyzer)', () => {
    const tree = copyTree(fixture('linux-6.12-style'));
    const build = path.join(tree, 'build');
    fs.mkdirSync(path.join(build, 'rust'), { recursive: true });
    fs.renameSync(path.join(tree, 'rust/bindings/bindings_generated.rs'), path.join(tmpDir(), 'x'));
    fs.cpSync(path.join(fixture('linux-6.12-style'), 'rust/bindings'), path.join(build, 'rust/bindings'), { recursive: true });
    fs.cpSync(path.join(fixture('linux-6.12-style'), 'rust/uapi'), path.join(build, 'rust/uapi'), { recursive: true });
    fs.writeFileSync(path.join(build, 'rust-project.json'), JSON.stringify({
      crates: [
        { display_name: 'kernel', root_module: path.join(tree, 'rust/kernel/lib.rs'), env: { OBJTREE: build } },
        { display_name: 'rust_misc', root_module: path.join(tree, 'drivers/misc/rust_misc.rs') },
      ],
    }));
    const info = JSON.parse(runCli(['info', tree, '--format', 'json']).stdout);
    expect([info.objtree, info.objtreeSource, info.crates]).toEqual([build, 'rust-project.json', 'rust-project.json']);
    expect(info.generated).toEqual({ bindings: true, helpers: true, uapi: true });
  });
});

describe('rfl-ffi check', () => {
  it('never checks a generated file, and says so once when one is named', () => {
    const r = runCli(['check', 'test/fixtures/linux-2026/rust/bindings/bindings_generated.rs', 'test/fixtures/linux-2026/rust/helpers/mutex.c']);
    expect([r.code, r.stderr.split('\n')[0]]).toEqual([1,
      'rfl-ffi: note: test/fixtures/linux-2026/rust/bindings/bindings_generated.rs is generated by bindgen: it is read for the index, never checked']);
    expect(r.stdout).toContain('rust/helpers/mutex.c:5:6: warning:');
    const only = runCli(['check', 'test/fixtures/linux-2026/rust/uapi/uapi_generated.rs']);
    expect([only.code, only.stdout, only.stderr]).toEqual([0, '',
      'rfl-ffi: note: test/fixtures/linux-2026/rust/uapi/uapi_generated.rs is generated by bindgen: it is read for the index, never checked\n' +
      'rfl-ffi: 0 errors, 0 warnings, 0 notes in 0 files\n']);
  });

  it('prints gcc-style findings for the 2026 fixture and exits 1', () => {
    const r = runCli(['check', 'test/fixtures/linux-2026']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      'test/fixtures/linux-2026/rust/helpers/mutex.c:5:6: warning: `rust_helper_mutex_lock` lacks `__rust_helper`: this tree ' +
      'defines it, and without it the helper is not inlined into Rust callers under CONFIG_RUST_INLINE_HELPERS, so every ' +
      '`bindings::mutex_lock` call stays a real function call [missing-rust-helper]\n',
    );
  });

  it('writes JSON with 1-based positions and tree-relative paths', () => {
    const r = runCli(['check', path.join(fixture('linux-2026'), 'rust/helpers'), '--format', 'json']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toEqual({
      findings: [{
        file: 'rust/helpers/mutex.c', line: 5, column: 6, endLine: 5, endColumn: 28, severity: 'warning', code: 'missing-rust-helper',
        message: '`rust_helper_mutex_lock` lacks `__rust_helper`: this tree defines it, and without it the helper is not inlined ' +
          'into Rust callers under CONFIG_RUST_INLINE_HELPERS, so every `bindings::mutex_lock` call stays a real function call',
      }],
    });
  });

  it('writes SARIF 2.1.0', () => {
    const r = runCli(['check', path.join(fixture('linux-2026'), 'rust/helpers/mutex.c'), '--format', 'sarif']);
    const sarif = JSON.parse(r.stdout);
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0].results.map((x: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: unknown } }[] }) =>
      [x.ruleId, x.locations[0].physicalLocation.artifactLocation.uri, x.locations[0].physicalLocation.region])).toEqual([
      ['missing-rust-helper', 'rust/helpers/mutex.c', { startLine: 5, startColumn: 6, endLine: 5, endColumn: 28 }],
    ]);
  });

  it('writes GitHub Actions annotations, escaping what the workflow command syntax reserves', () => {
    const dir = tmpDir();
    copyTree(fixture('linux-2026'), path.join(dir, 'odd,name:100%'));
    const r = runCli(['check', 'odd,name:100%/rust/helpers', '--format', 'github'], dir);
    expect([r.code, r.stdout, r.stderr]).toEqual([1,
      '::warning file=odd%2Cname%3A100%25/rust/helpers/mutex.c,line=5,col=6,endLine=5,endColumn=28,title=missing-rust-helper::' +
      '`rust_helper_mutex_lock` lacks `__rust_helper`: this tree defines it, and without it the helper is not inlined into Rust ' +
      'callers under CONFIG_RUST_INLINE_HELPERS, so every `bindings::mutex_lock` call stays a real function call\n',
      'rfl-ffi: 0 errors, 1 warnings, 0 notes in 5 files\n']);
  });

  it('exits 0 on a clean tree', () => {
    const r = runCli(['check', 'test/fixtures/linux-6.12-style', '--format', 'json']);
    expect(JSON.parse(r.stdout).findings.filter((f: { severity: string }) => f.severity !== 'information')).toEqual([]);
  });

  it('exits 2 with a clear message for a path that does not exist', () => {
    const r = runCli(['check', 'no/such/tree']);
    expect([r.code, r.stdout, r.stderr]).toEqual([2, '', 'rfl-ffi: error: no/such/tree: no such file or directory\n']);
  });

  it('exits 2 with a clear message for a folder that is not a kernel tree', () => {
    const dir = tmpDir();
    const r = runCli(['check', dir]);
    expect([r.code, r.stderr]).toEqual([2,
      `rfl-ffi: error: ${dir}: not inside a Linux kernel tree with Rust support (a kernel tree has rust/helpers/helpers.c (6.12+) ` +
      'or rust/helpers.c (older) and rust/bindings/bindings_helper.h)\n']);
  });

  it('exits 2 and names the file and line for a truncated bindings file', () => {
    const tree = copyTree(fixture('linux-6.12-style'));
    const gen = path.join(tree, 'rust/bindings/bindings_generated.rs');
    const text = fs.readFileSync(gen, 'utf8');
    fs.writeFileSync(gen, text.slice(0, text.indexOf('pub fn __mutex_init') + 'pub fn __mutex_init(lock: *mut'.length));
    const r = runCli(['check', tree]);
    expect([r.code, r.stdout, r.stderr]).toEqual([2, '',
      'rfl-ffi: error: rust/bindings/bindings_generated.rs ends in the middle of an item (line 78): truncated, probably while ' +
      'bindgen was writing it; rebuild it (make LLVM=1)\n']);
  });

  it('exits 2 on usage errors', () => {
    const r = runCli(['check', '--format', 'xml']);
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe('rfl-ffi: --format is text, json, sarif or github');
    expect(runCli(['frobnicate']).stderr.split('\n')[0]).toBe('rfl-ffi: unknown command "frobnicate"');
    expect(runCli(['check', '--arch', 'sparc']).stderr.split('\n')[0]).toBe('rfl-ffi: unknown arch "sparc" (known: arm, arm64, loongarch64, riscv64, um, x86_64)');
  });

  it('runs through npx in a checkout', () => {
    const r = require('node:child_process').spawnSync('npx', ['--no-install', 'rfl-ffi', 'rules'], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout.split('\n')[0]).toMatch(/^missing-rust-helper +c +warning +A C helper lacks `__rust_helper`/);
  });

  it('checks a helper written to disk that helpers.c forgot', () => {
    const tree = writeTree({
      'rust/bindings/bindings_helper.h': '/* SPDX-License-Identifier: GPL-2.0 */\n',
      'rust/helpers/helpers.c': '// SPDX-License-Identifier: GPL-2.0\n\n#include "blk.c"\n',
      'rust/helpers/blk.c': '// SPDX-License-Identifier: GPL-2.0\n',
      'rust/helpers/wait.c': '// SPDX-License-Identifier: GPL-2.0\n',
    });
    const r = runCli(['check', tree, '--format', 'json']);
    expect(JSON.parse(r.stdout).findings.map((f: { file: string; code: string }) => [f.file, f.code])).toEqual([
      ['rust/helpers/wait.c', 'helper-not-included'],
    ]);
  });
});

describe('rfl-ffi help', () => {
  it.each([
    [['--help'], 'usage: rfl-ffi <command> [options]'],
    [['-h'], 'usage: rfl-ffi <command> [options]'],
    [['check', '-h'], 'usage: rfl-ffi check [PATH…] [options]'],
    [['check', '--help'], 'usage: rfl-ffi check [PATH…] [options]'],
    [['fix', '--help'], 'usage: rfl-ffi fix [PATH…] [options]'],
    [['info', '--help'], 'usage: rfl-ffi info [TREE] [options]'],
    [['lsp', '--help'], 'usage: rfl-ffi lsp --stdio [options]'],
    [['rules', '--help'], 'usage: rfl-ffi rules'],
    [['generate-helper', '-h'], 'usage: rfl-ffi generate-helper NAME… [options]'],
    [['help', 'info'], 'usage: rfl-ffi info [TREE] [options]'],
  ])('rfl-ffi %j prints its usage and exits 0', (args, usage) => {
    const r = runCli(args);
    expect([r.code, r.stderr, r.stdout.split('\n')[0]]).toEqual([0, '', usage]);
    expect(r.stdout).toMatch(/\nexample:\n {2}rfl-ffi \S.*\n$/);
  });

  it('lists every command at the top level, and every flag of a command with its value', () => {
    const top = runCli(['--help']).stdout;
    expect([...top.matchAll(/^ {2}([a-z][a-z-]+) {2,}/gm)].map((m) => m[1])).toEqual(['check', 'fix', 'info', 'generate-helper', 'rules', 'lsp']);
    const check = runCli(['check', '--help']).stdout;
    expect([...check.matchAll(/^ {2}(-\S+(?:, --\S+)?(?: \S+)?) {2,}/gm)].map((m) => m[1])).toEqual([
      '--tree DIR', '--objtree DIR', '--arch LIST', '--mapping kernel|core', '--format text|json|sarif|github', '--exit-zero', '-h, --help',
    ]);
    expect(check.split('\n').filter((l) => l.length > 100)).toEqual([]);
  });

  it('prints the version of package.json', () => {
    const r = runCli(['--version']);
    expect([r.code, r.stdout]).toEqual([0, `${JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version}\n`]);
  });

  it('keeps unknown flags, missing values and a bare lsp usage errors (exit 2)', () => {
    expect(runCli(['check', '--frobnicate'])).toEqual({ code: 2, stdout: '',
      stderr: "rfl-ffi: Unknown option '--frobnicate'\nusage: rfl-ffi check [PATH…] [options]\n(rfl-ffi check --help says more)\n" });
    expect(runCli(['info', '--objtree']).stderr.split('\n')[0]).toBe("rfl-ffi: Option '--objtree <value>' argument missing");
    expect(runCli(['rules', '--exit-zero']).code).toBe(2);
    expect(runCli(['lsp'])).toEqual({ code: 2, stdout: '',
      stderr: 'rfl-ffi: lsp talks over stdio only: rfl-ffi lsp --stdio\nusage: rfl-ffi lsp --stdio [options]\n(rfl-ffi lsp --help says more)\n' });
    expect(runCli([]).code).toBe(2);
  });
});

describeTier('corpus', 'rfl-ffi on the corpus (built in place)', () => {
  it('describes the 6.12 corpus, with counts matching an independent count of its files', () => {
    const r = runCli(['info', CORPUS, '--format', 'json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const info = JSON.parse(r.stdout);
    expect({
      helperLayout: info.helperLayout, rustHelperDefined: info.rustHelperDefined, mapping: info.mapping,
      arches: info.arches, generated: info.generated, kernelVersion: info.kernelVersion,
    }).toEqual({
      helperLayout: 'split', rustHelperDefined: false, mapping: 'kernel',
      arches: ['arm64', 'loongarch64', 'riscv64', 'um', 'x86_64'],
      generated: { bindings: true, helpers: true, uapi: true }, kernelVersion: '6.12.117',
    });
    const { kernelFunctionsUsingBindings, ...counts } = info.counts;
    expect(counts).toEqual(independentCounts(CORPUS, CORPUS));
    expect(kernelFunctionsUsingBindings).toBeGreaterThan(0);
  });

  it('finds nothing for the C rules on the 6.12 corpus', () => {
    const r = runCli(['check', CORPUS, '--format', 'json']);
    const cRules = ['missing-rust-helper', 'helper-not-included', 'helper-includes-unsorted', 'helper-misnamed'];
    const findings = JSON.parse(r.stdout).findings as { code: string }[];
    expect(findings.filter((f) => cRules.includes(f.code))).toEqual([]);
  });

  it('reads generated files from objtree and lints none of them: an objtree with a copy gives the same findings', () => {
    const obj = tmpDir();
    for (const f of ['rust/bindings/bindings_generated.rs', 'rust/bindings/bindings_helpers_generated.rs', 'rust/uapi/uapi_generated.rs']) {
      fs.mkdirSync(path.join(obj, path.dirname(f)), { recursive: true });
      fs.copyFileSync(path.join(CORPUS, f), path.join(obj, f));
    }
    const inPlace = runCli(['check', CORPUS, '--format', 'json', '--exit-zero']);
    const withObj = runCli(['check', CORPUS, '--objtree', obj, '--format', 'json', '--exit-zero']);
    expect([inPlace.code, withObj.code]).toEqual([0, 0]);
    expect(JSON.parse(withObj.stdout)).toEqual(JSON.parse(inPlace.stdout));
    expect(JSON.parse(inPlace.stdout).findings.filter((f: { file: string }) => f.file.endsWith('_generated.rs'))).toEqual([]);
  });
});
