/**
 * The README's editor snippets load the configuration files of editors/ (core tier: no
 * editor needed). The end-to-end tests (test/e2e/emacs.test.ts, vim.test.ts) run these very
 * snippets as the user's init files, so what the README says is what is tested.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './support/paths';
import { readmeSnippet } from './e2e/support/terminalEditor';

describe('README editor snippets', () => {
  it.each([['lsp-mode:'], ['eglot:']])('the Emacs snippet for %s loads editors/emacs/rfl-ffi.el', (marker) => {
    const snippet = readmeSnippet('elisp', marker);
    expect(snippet).toContain(`(add-to-list 'load-path "~/rfl-ffi/editors/emacs")\n(require 'rfl-ffi)\n`);
    expect(fs.readFileSync(path.join(ROOT, 'editors/emacs/rfl-ffi.el'), 'utf8')).toMatch(/^\(provide 'rfl-ffi\)$/m);
  });

  it('the Vim snippet sources editors/vim/rfl-ffi.vim and names its linter beside rust-analyzer\'s and clangd\'s', () => {
    const snippet = readmeSnippet('vim', 'vimrc:');
    expect(snippet).toContain('source ~/rfl-ffi/editors/vim/rfl-ffi.vim\n');
    expect(snippet).toContain(`let g:ale_linters = {'rust': ['analyzer', 'rfl_ffi'], 'c': ['clangd', 'rfl_ffi']}`);
    expect(fs.readFileSync(path.join(ROOT, 'editors/vim/rfl-ffi.vim'), 'utf8')).toContain("\\   'name': 'rfl_ffi',");
  });
});
