/**
 * What the server and the CLI never do on their own: start a program (make, bindgen, clang,
 * or anything the workspace holds) or touch the network. Checked on the real binaries, with
 * a preloaded guard that makes every child_process and network entry point of Node record
 * the attempt and fail, and with decoy `make`/`bindgen`/`clang`/`cc`/`rustc` first on PATH
 * that would leave a mark if anything ran them. The one exception is git, for `check --diff`,
 * which the user asks for: it runs then, and nothing the repository configures runs with it.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from './support/cli';
import { LspClient, uri } from './support/lspClient';
import { CORPUS, ROOT } from './support/paths';
import { describeTier } from './support/tiers';
import { copyTree, tmpDir } from './support/tmpTree';

const GUARD = path.join(ROOT, 'test/support/noProcessNoNetwork.cjs');
const DECOYS = ['make', 'bindgen', 'clang', 'cc', 'gcc', 'rustc', 'cargo', 'rust-analyzer', 'sh', 'bash'];

interface Watch {
  env: NodeJS.ProcessEnv;
  /** What the guard recorded, and which decoys ran. */
  attempts(): string[];
}

/** A guard log and a PATH of decoys, each of which writes its name to a mark file; `allow`: programs the guard lets run. */
function watch(allow: string[] = []): Watch {
  const dir = tmpDir('rfl-ffi-guard-');
  const log = path.join(dir, 'guard.log');
  const marks = path.join(dir, 'decoys.log');
  const bin = path.join(dir, 'bin');
  fs.mkdirSync(bin);
  for (const d of DECOYS) fs.writeFileSync(path.join(bin, d), `#!/bin/sh\necho ${d} >> ${marks}\n`, { mode: 0o755 });
  return {
    env: { NODE_OPTIONS: `--require ${GUARD}`, RFL_FFI_TEST_GUARD_LOG: log, RFL_FFI_TEST_GUARD_ALLOW: allow.join(','), PATH: `${bin}:${process.env.PATH}` },
    attempts: () => [log, marks].flatMap((f) => (fs.existsSync(f) ? fs.readFileSync(f, 'utf8').split('\n').filter(Boolean) : [])),
  };
}

/** The demo tree (every hazard, every kind of fix) plus a workspace Makefile and scripts that must never run. */
function temptingTree(): string {
  const tree = copyTree(path.join(ROOT, 'demo/linux'));
  fs.appendFileSync(path.join(tree, 'Makefile'), '\nall:\n\ttouch ran-make\n');
  fs.writeFileSync(path.join(tree, 'scripts.sh'), '#!/bin/sh\ntouch ran-script\n', { mode: 0o755 });
  return tree;
}

let client: LspClient | undefined;
afterEach(async () => {
  await client?.shutdown();
  client = undefined;
});

describe('the server and the CLI start no program and open no connection', () => {
  it('the guard itself catches an attempt (so silence below means something)', () => {
    const w = watch();
    const attempt = "for (const f of [() => require('node:child_process').execFileSync('make'), () => require('node:net').connect(80, 'kernel.org')]) " +
      'try { f(); } catch {}';
    const r = spawnSync(process.execPath, ['--require', GUARD, '--eval', attempt], { env: { ...process.env, ...w.env }, encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(w.attempts()).toEqual(['child_process.execFileSync make', 'net.connect 80']);
  });

  it('CLI: check, check --patch, fix, info and generate-helper on a tree with a Makefile and scripts', () => {
    const tree = temptingTree();
    const w = watch();
    expect(runCli(['check', '.', '--format', 'sarif', '--exit-zero'], tree, { env: w.env }).code).toBe(0);
    const patch = path.join(tmpDir(), 'x.patch');
    fs.writeFileSync(patch, '--- a/rust/helpers/slab.c\n+++ b/rust/helpers/slab.c\n@@ -1 +1,2 @@\n // SPDX-License-Identifier: GPL-2.0\n+/* x */\n');
    expect(runCli(['check', '--patch', patch, '--exit-zero'], tree, { env: w.env }).code).toBe(0);
    expect(runCli(['fix', '.', '--diff'], tree, { env: w.env }).code).toBe(1);
    expect(runCli(['info', '.', '--format', 'json'], tree, { env: w.env }).code).toBe(0);
    expect(runCli(['generate-helper', 'kmalloc', '--tree', tree, '--write'], tree, { env: w.env }).code).toBe(0);
    expect(runCli(['fix', '.'], tree, { env: w.env }).code).toBe(1);
    expect(w.attempts()).toEqual([]);
    expect(fs.readdirSync(tree).filter((f) => f.startsWith('ran-'))).toEqual([]);
  });

  it('CLI: check --diff runs git, and only git, with nothing the repository configures (filters, fsmonitor, external diff)', () => {
    const tree = temptingTree();
    const git = (...args: string[]) => {
      const r = spawnSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.org', ...args], { cwd: tree, encoding: 'utf8' });
      expect(r.status, r.stderr).toBe(0);
    };
    git('init', '-q');
    git('add', '-A');
    git('commit', '-qm', 'tree');
    fs.writeFileSync(path.join(tree, 'fsmonitor.sh'), '#!/bin/sh\ntouch ran-fsmonitor\n', { mode: 0o755 });
    git('config', 'core.fsmonitor', path.join(tree, 'fsmonitor.sh'));
    git('config', 'filter.tempting.clean', 'touch ran-filter; cat');
    git('config', 'filter.tempting.required', 'true');
    git('config', 'diff.external', 'touch ran-external-diff');
    git('config', 'diff.tempting.textconv', 'touch ran-textconv; cat');
    git('config', 'core.pager', 'touch ran-pager; cat');
    fs.writeFileSync(path.join(tree, '.gitattributes'), '*.rs filter=tempting diff=tempting\n*.c filter=tempting diff=tempting\n');
    const driver = path.join(tree, 'drivers/misc/rust_demo.rs');
    // The cast lands two lines after the current last one.
    const castLine = fs.readFileSync(driver, 'utf8').split('\n').length + 2;
    fs.appendFileSync(driver, '\nfn pages(n: kernel::ffi::c_ulong) -> usize {\n    n as usize\n}\n');
    const w = watch(['git']);
    const r = runCli(['check', '--diff', 'HEAD', '--format', 'json'], tree, { env: w.env });
    expect(JSON.parse(r.stdout).findings.map((f: { code: string; line: number }) => [f.code, f.line])).toEqual([['unnecessary-cast', castLine]]);
    expect(w.attempts()).toEqual([
      'child_process.spawnSync git config --name-only --get-regexp ^filter\\. (allowed)',
      'child_process.spawnSync git -c core.fsmonitor=false -c filter.tempting.clean= -c filter.tempting.process= -c filter.tempting.required=false ' +
        '--no-pager diff --no-color --no-ext-diff --no-textconv --relative -U0 --end-of-options HEAD -- (allowed)',
    ]);
    expect(fs.readdirSync(tree).filter((f) => f.startsWith('ran-'))).toEqual([]);
    // Without --diff, the same tree starts nothing.
    const quiet = watch(['git']);
    expect(runCli(['check', '.', '--exit-zero'], tree, { env: quiet.env }).code).toBe(0);
    expect(quiet.attempts()).toEqual([]);
  });

  it('LSP: a whole session (open, edit, every code action resolved, bindings rewritten, settings changed)', async () => {
    const tree = temptingTree();
    const w = watch();
    client = new LspClient([], { env: w.env });
    await client.initialize(tree);
    const files = ['drivers/misc/rust_demo.rs', 'rust/helpers/helpers.c', 'rust/helpers/jiffies.c', 'rust/helpers/slab.c'].map((f) => path.join(tree, f));
    for (const file of files) {
      client.open(file);
      const d = await client.diagnosticsFor(file, 1);
      const actions = await client.request<{ title: string }[]>('textDocument/codeAction', {
        textDocument: { uri: uri(file) },
        range: { start: { line: 0, character: 0 }, end: { line: 10_000, character: 0 } },
        context: { diagnostics: d.diagnostics },
      });
      for (const a of actions) await client.request('codeAction/resolve', a);
      client.change(file, 2, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '// edited\n' }]);
      await client.diagnosticsFor(file, 2);
    }
    const gen = path.join(tree, 'rust/bindings/bindings_generated.rs');
    fs.appendFileSync(gen, '\n');
    const seen = client.publishCount.get(uri(files[0])) ?? 0;
    client.notifyWatchedFiles([{ file: gen, type: 2 }, { file: path.join(tree, 'Makefile'), type: 2 }]);
    await client.diagnosticsAfter(files[0], seen);
    const reloaded = client.publishCount.get(uri(files[0]))!;
    void client.conn.sendNotification('workspace/didChangeConfiguration', { settings: { rflFfi: { arches: ['x86_64'] } } });
    await client.diagnosticsAfter(files[0], reloaded);
    expect(w.attempts()).toEqual([]);
    expect(fs.readdirSync(tree).filter((f) => f.startsWith('ran-'))).toEqual([]);
  });
});

describeTier('corpus', 'the CLI on a real kernel tree starts no program and opens no connection', () => {
  it('check on the corpus', () => {
    const w = watch();
    expect(runCli(['check', CORPUS, '--exit-zero'], ROOT, { env: w.env }).code).toBe(0);
    expect(w.attempts()).toEqual([]);
  });
});

describe('the VS Code extension in an untrusted workspace', () => {
  const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
    capabilities: { untrustedWorkspaces: { supported: boolean | string; restrictedConfigurations?: string[] } };
    contributes: { commands: { command: string; enablement?: string }[] };
  };

  it('is limited: it takes no tree or objtree path from the workspace settings', () => {
    expect(manifest.capabilities.untrustedWorkspaces.supported).toBe('limited');
    expect(manifest.capabilities.untrustedWorkspaces.restrictedConfigurations).toEqual(['rflFfi.tree', 'rflFfi.objtree']);
  });

  it('offers only the commands that write nothing and run nothing', () => {
    const available = manifest.contributes.commands.filter((c) => !/\bisWorkspaceTrusted\b/.test(c.enablement ?? ''));
    expect(available.map((c) => c.command)).toEqual(['rflFfi.restartServer', 'rflFfi.reindex', 'rflFfi.showTreeInfo']);
  });
});
