/**
 * End to end in Emacs 28 (Debian's emacs-nox, elpa-lsp-mode 8.0, elpa-eglot 1.9,
 * elpa-rust-mode) in a terminal: the README's snippet is the user's init file, and it loads
 * editors/emacs/rfl-ffi.el of this checkout. The test opens the demo driver with C-x C-f;
 * test/e2e/emacs/drive.el, inside Emacs, reads Flymake, removes the unnecessary cast and
 * saves. rust-analyzer is a stand-in (test/e2e/support/standInServer.cjs) that shows it ran.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { ROOT } from '../support/paths';
import { describeTier } from '../support/tiers';
import { tmpDir } from '../support/tmpTree';
import { type CliFinding, EDITOR_TEST_TIMEOUT, TmuxEditor, cliFindings, editorWorkspace, readJson, readmeSnippet } from './support/terminalEditor';

const DRIVE_EL = path.join(ROOT, 'test/e2e/emacs/drive.el');
const RFL_FFI_EL = path.join(ROOT, 'editors/emacs/rfl-ffi.el');

interface FlymakeDiagnostic {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  type: string;
  backend: string;
  text: string;
}

const FLYMAKE_TYPE: Record<string, string> = { error: ':error', warning: ':warning', information: ':note', hint: ':note' };

/**
 * Raises arch-dependent-cast (information by default) to a warning: lsp-mode hands it to the
 * server when asked (workspace/configuration), the Flymake backend applies it itself.
 */
const USER_SETTING = `(setq rfl-ffi-severity '(("arch-dependent-cast" . "warning")))\n`;

/** How Flymake holds a finding of the CLI, in 0-based columns, under USER_SETTING; `text` as the setup words it. */
function asFlymake(f: CliFinding, backend: string, text: string): FlymakeDiagnostic {
  const severity = f.code === 'arch-dependent-cast' ? 'warning' : f.severity;
  return { line: f.line, column: f.column - 1, endLine: f.endLine, endColumn: f.endColumn - 1, type: FLYMAKE_TYPE[severity], backend, text };
}

/** The stand-in rust-analyzer's diagnostic on line 1, as lsp-mode and eglot show it. */
const STAND_IN: Record<string, FlymakeDiagnostic> = {
  'lsp-mode': { line: 1, column: 0, endLine: 1, endColumn: 2, type: ':note', backend: 'lsp-diagnostics--flymake-backend', text: 'rust-analyzer (stand-in) is running' },
  eglot: { line: 1, column: 0, endLine: 1, endColumn: 2, type: 'eglot-note', backend: 'eglot-flymake-backend', text: 'rust-analyzer: rust-analyzer (stand-in) is running' },
};

/** Flymake keeps no order among diagnostics that start at the same place. */
function sorted(ds: FlymakeDiagnostic[]): FlymakeDiagnostic[] {
  return [...ds].sort((a, b) => a.line - b.line || a.column - b.column || a.endLine - b.endLine || a.endColumn - b.endColumn || a.text.localeCompare(b.text));
}

let editor: TmuxEditor | undefined;
afterEach(() => {
  editor?.kill();
  editor = undefined;
});

/**
 * Starts Emacs with `init` as the user's init file, opens the demo driver with C-x C-f and
 * waits for drive.el's results.
 */
async function runEmacs(setup: 'lsp-mode' | 'eglot', init: string) {
  const ws = editorWorkspace(`rfl-ffi-emacs-${setup}-`);
  const emacsD = path.join(ws.home, '.emacs.d');
  fs.mkdirSync(emacsD);
  // The machine, not the user: no native compilation of the Debian packages in the background,
  // and no query of the terminal at start-up, whose answer (tmux's device attributes) can come
  // late on a loaded machine and be read as keys typed, e.g. as the answer to lsp-mode's question.
  fs.writeFileSync(path.join(emacsD, 'early-init.el'), '(setq native-comp-deferred-compilation nil xterm-extra-capabilities nil)\n');
  // The README's snippet, and a setting of the user's own, which must reach the checks.
  fs.writeFileSync(path.join(emacsD, 'init.el'), `${init}${USER_SETTING}`);
  const original = fs.readFileSync(ws.driver, 'utf8');
  const expected = cliFindings(ws.driver);
  editor = new TmuxEditor(ws.tmuxSocket, ['emacs', '-nw', '-l', DRIVE_EL], {
    ...ws.env, RFL_E2E_OUT: ws.out, RFL_E2E_FILE: ws.driver, RFL_E2E_SETUP: setup,
  }, ws.tree);
  await editor.until(() => (editor!.screen().includes('*scratch*') ? true : undefined), 'Emacs to start');
  editor.keys('C-x', 'C-f');
  editor.type(ws.driver);
  editor.keys('Enter');
  if (setup === 'lsp-mode') {
    // lsp-mode asks once per project; the suggestion is the checkout's top, the kernel tree.
    await editor.until(() => (editor!.screen().includes(`Import project root ${ws.tree}/`) ? true : undefined), 'lsp-mode\'s project question');
    editor.keys('i');
  }
  const result = (name: string) => () => {
    const error = readJson<{ error: string }>(path.join(ws.out, 'error.json'));
    if (error) throw new Error(`drive.el: ${error.error}`);
    return readJson<{ diagnostics: FlymakeDiagnostic[]; backends?: string[] }>(path.join(ws.out, name));
  };
  const findings = await editor.until(result('findings.json'), 'Flymake to hold the findings');
  const after = await editor.until(result('after.json'), 'the cast to be removed and saved');
  return { ws, original, expected, findings, after, saved: fs.readFileSync(ws.driver, 'utf8') };
}

/** The demo driver with the cast of line 41 removed, as the unnecessary-cast fix writes it. */
function withoutCast(original: string): string {
  const fixed = original.replace('unsafe { bindings::__msecs_to_jiffies(ms) as usize }', 'unsafe { bindings::__msecs_to_jiffies(ms) }');
  expect(fixed).not.toBe(original);
  return fixed;
}

describeTier('e2e-emacs', 'Emacs 28 in a terminal', () => {
  it.each([['with lsp-mode loaded', '(require \'lsp-mode)'], ['alone (eglot users)', 'nil']])('rfl-ffi.el byte-compiles without a warning, %s', (_what, before) => {
    const dir = tmpDir('rfl-ffi-elc-');
    fs.copyFileSync(RFL_FFI_EL, path.join(dir, 'rfl-ffi.el'));
    const r = spawnSync('emacs', ['-q', '--batch', '--eval',
      `(progn ${before} (setq byte-compile-error-on-warn t) (unless (byte-compile-file "rfl-ffi.el") (kill-emacs 1)))`], { cwd: dir, encoding: 'utf8' });
    expect([r.status, r.stderr.split('\n').filter((l) => l && !l.startsWith('Loading '))]).toEqual([0, []]);
  });

  it('lsp-mode: the add-on client runs beside rust-analyzer; Flymake holds the findings; the unnecessary-cast fix is applied and saved', async () => {
    const { expected, findings, after, original, saved } = await runEmacs('lsp-mode', readmeSnippet('elisp', 'lsp-mode:'));
    const backend = 'lsp-diagnostics--flymake-backend';
    // lsp-mode's Flymake backend shows the message alone.
    expect(sorted(findings.diagnostics)).toEqual(sorted([STAND_IN['lsp-mode'], ...expected.map((f) => asFlymake(f, backend, f.message))]));
    const raw = expected.find((f) => f.code === 'raw-binding-use' && f.line === 17)!;
    expect(asFlymake(raw, backend, raw.message)).toEqual({
      line: 17, column: 15, endLine: 17, endColumn: 30, type: ':warning', backend,
      text: '`bindings::mutex` is the raw C API, which drivers should not use directly: the `kernel` crate wraps it in `MutexBackend` ' +
        '(rust/kernel/sync/lock/mutex.rs:14, module `kernel::sync::lock::mutex`, used through `kernel::sync::Mutex`); use that safe abstraction',
    });
    const cast = expected.find((f) => f.code === 'unnecessary-cast')!;
    expect(asFlymake(cast, backend, cast.message)).toEqual({
      line: 41, column: 13, endLine: 41, endColumn: 54, type: ':warning', backend,
      text: '`bindings::__msecs_to_jiffies(ms)` is already `usize` on every arch of this tree (arm, arm64, loongarch64, riscv64, um, x86_64) ' +
        'under the kernel mapping (rust/ffi.rs), so `as usize` converts nothing',
    });

    expect(saved).toBe(withoutCast(original));
    const remaining = expected.filter((f) => f !== cast);
    expect(sorted(after.diagnostics)).toEqual(sorted([STAND_IN['lsp-mode'], ...remaining.map((f) => asFlymake(f, backend, f.message))]));
  }, EDITOR_TEST_TIMEOUT);

  it('eglot: the Flymake backend runs `rfl-ffi check` beside eglot\'s rust-analyzer and follows the saved file', async () => {
    const { expected, findings, after, original, saved, ws } = await runEmacs('eglot', readmeSnippet('elisp', 'eglot:'));
    // eglot's own backend, and ours added back after eglot took the buffer over.
    expect(findings.backends).toEqual(['rfl-ffi-flymake', 'eglot-flymake-backend']);
    const ours = (f: CliFinding) => asFlymake(f, 'rfl-ffi-flymake', `${f.message} [${f.code}]`);
    expect(sorted(findings.diagnostics)).toEqual(sorted([STAND_IN.eglot, ...expected.map(ours)]));
    const codeOf = (d: FlymakeDiagnostic) => /\[([a-z-]+)\]$/.exec(d.text)?.[1];
    expect(sorted(findings.diagnostics).filter((d) => ['raw-binding-use', 'unnecessary-cast'].includes(codeOf(d)!)).map((d) => `${d.line}:${codeOf(d)}`))
      .toEqual(['17:raw-binding-use', '18:raw-binding-use', '23:raw-binding-use', '23:raw-binding-use', '26:raw-binding-use', '30:raw-binding-use',
        '32:raw-binding-use', '35:raw-binding-use', '41:raw-binding-use', '41:unnecessary-cast', '59:raw-binding-use', '64:raw-binding-use',
        '65:raw-binding-use', '80:raw-binding-use']);

    // A plain edit and a save (the backend offers no fixes): it checks the saved file again.
    expect(saved).toBe(withoutCast(original));
    const now = cliFindings(ws.driver);
    expect(now.map((f) => f.code)).not.toContain('unnecessary-cast');
    expect(sorted(after.diagnostics.filter((d) => d.backend === 'rfl-ffi-flymake'))).toEqual(sorted(now.map(ours)));
  }, EDITOR_TEST_TIMEOUT);
});
