/**
 * End to end in Vim 9 with ALE 3.3 (Debian's vim and vim-ale) in a terminal: the README's
 * snippet is the user's vimrc, and it sources editors/vim/rfl-ffi.vim of this checkout.
 * Vim opens the demo driver; ALE runs rfl-ffi beside its rust-analyzer linter (a stand-in,
 * test/e2e/support/standInServer.cjs); test/e2e/vim/drive.vim writes the location list out,
 * then `:ALEHover` and `:ALECodeAction` are typed and their answers read off the screen.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { ROOT } from '../support/paths';
import { describeTier } from '../support/tiers';
import { EDITOR_TEST_TIMEOUT, TmuxEditor, cliFindings, editorWorkspace, readJson, readmeSnippet } from './support/terminalEditor';

const DRIVE_VIM = path.join(ROOT, 'test/e2e/vim/drive.vim');

interface LoclistItem {
  lnum: number;
  end_lnum: number;
  col: number;
  end_col: number;
  type: string;
  text: string;
}

/** ALE 3.3 shows LSP information and hints as warnings. */
const ALE_TYPE: Record<string, string> = { error: 'E', warning: 'W', information: 'W', hint: 'W' };

/** ALE keeps no order among findings that start at the same place. */
function sorted(items: LoclistItem[]): LoclistItem[] {
  return [...items].sort((a, b) => a.lnum - b.lnum || a.col - b.col || a.end_col - b.end_col || a.text.localeCompare(b.text));
}

let editor: TmuxEditor | undefined;
afterEach(() => {
  editor?.kill();
  editor = undefined;
});

describeTier('e2e-vim', 'Vim 9 with ALE in a terminal', () => {
  it('ALE runs rfl-ffi beside rust-analyzer: the location list holds the findings with their codes, :ALEHover shows the C prototype, :ALECodeAction removes the cast', async () => {
    const ws = editorWorkspace('rfl-ffi-vim-');
    fs.writeFileSync(path.join(ws.home, '.vimrc'), readmeSnippet('vim', 'vimrc:'));
    // ALE's rust-analyzer linter starts where it finds a Cargo.toml or rust-project.json.
    fs.writeFileSync(path.join(path.dirname(ws.driver), 'Cargo.toml'), '');
    const expected = cliFindings(ws.driver);
    editor = new TmuxEditor(ws.tmuxSocket, ['vim', '-S', DRIVE_VIM, ws.driver], { ...ws.env, RFL_E2E_OUT: ws.out }, ws.tree);

    const loclist = await editor.until(() => readJson<LoclistItem[]>(path.join(ws.out, 'loclist.json')), 'ALE\'s location list');
    const items = sorted(loclist.map(({ lnum, end_lnum, col, end_col, type, text }) => ({ lnum, end_lnum, col, end_col, type, text })));
    expect(items).toEqual(sorted([
      { lnum: 1, end_lnum: 1, col: 1, end_col: 2, type: 'W', text: 'rust-analyzer (stand-in) is running' },
      ...expected.map((f) => ({
        lnum: f.line, end_lnum: f.endLine, col: f.column, end_col: f.endColumn - 1, type: ALE_TYPE[f.severity], text: `${f.code}: ${f.message}`,
      })),
    ]));
    expect(items.filter((i) => i.lnum === 35 || i.lnum === 41)).toEqual([
      { lnum: 35, end_lnum: 35, col: 14, end_col: 43, type: 'W', text: 'raw-binding-use: `bindings::mutex_unlock` is the raw C API, which drivers ' +
        'should not use directly: the `kernel` crate wraps it in `MutexBackend::unlock` (rust/kernel/sync/lock/mutex.rs:33, module ' +
        '`kernel::sync::lock::mutex`, used through `kernel::sync::Mutex`); use that safe abstraction' },
      { lnum: 41, end_lnum: 41, col: 14, end_col: 41, type: 'W', text: 'raw-binding-use: `bindings::__msecs_to_jiffies` is the raw C API, which ' +
        'drivers should not use directly: the `kernel` crate wraps it in `msecs_to_jiffies` (rust/kernel/time.rs:15, module `kernel::time`); use that safe abstraction' },
      { lnum: 41, end_lnum: 41, col: 14, end_col: 54, type: 'W', text: 'unnecessary-cast: `bindings::__msecs_to_jiffies(ms)` is already `usize` on every ' +
        'arch of this tree (arm, arm64, loongarch64, riscv64, um, x86_64) under the kernel mapping (rust/ffi.rs), so `as usize` converts nothing' },
    ]);

    // `bindings::mutex_lock` on line 32: the cursor on `mutex_lock`, then :ALEHover.
    expect(fs.readFileSync(ws.driver, 'utf8').split('\n')[31].indexOf('mutex_lock')).toBe(23);
    editor.type(':call cursor(32, 25)');
    editor.keys('Enter');
    editor.type(':ALEHover');
    editor.keys('Enter');
    const screen = await editor.until(() => {
      const s = editor!.screen();
      return s.includes('ALEPreviewWindow') ? s : undefined;
    }, 'the hover in the preview window');
    const lines = screen.split('\n');
    // The preview window at the top: the helper's C prototype first, then where it is and what it wraps.
    expect(lines[0]).toBe('__rust_helper void rust_helper_mutex_lock(struct mutex *lock)');
    expect(lines.slice(0, 12).map((l) => l.trimEnd()).filter(Boolean)).toEqual([
      '__rust_helper void rust_helper_mutex_lock(struct mutex *lock)',
      'C helper at `rust/helpers/mutex.c:5`, marked `__rust_helper`, so it is inlined into Rust under `CONFIG_RUST_INLINE_HELPERS`.',
      'It wraps `mutex_lock`, declared at `include/linux/mutex.h:23`:',
      '#define mutex_lock(lock)',
    ]);

    // The quick fix: :ALECodeAction on `usize` of line 41 lists the fix, number 1 applies it, :w saves.
    const original = fs.readFileSync(ws.driver, 'utf8');
    editor.type(':pclose');
    editor.keys('Enter');
    editor.type(':call cursor(41, 51)');
    editor.keys('Enter');
    editor.type(':ALECodeAction');
    editor.keys('Enter');
    const menu = await editor.until(() => {
      const s = editor!.screen();
      return s.includes('Type number and <Enter>') ? s : undefined;
    }, 'the code action menu');
    expect(menu).toContain('Code Fixes:\n1) Remove the cast `as usize`\nType number and <Enter> (empty cancels):');
    editor.type('1');
    editor.keys('Enter');
    editor.type(':w');
    editor.keys('Enter');
    const fixed = original.replace('unsafe { bindings::__msecs_to_jiffies(ms) as usize }', 'unsafe { bindings::__msecs_to_jiffies(ms) }');
    expect(fixed).not.toBe(original);
    await editor.until(() => (fs.readFileSync(ws.driver, 'utf8') === fixed ? true : undefined), 'the fixed file on disk');

    editor.type(':qa!');
    editor.keys('Enter');
    await editor.until(() => (editor!.alive() ? undefined : true), 'Vim to quit');
  }, EDITOR_TEST_TIMEOUT);
});
