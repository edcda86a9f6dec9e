/**
 * End to end in Neovim 0.7 (Debian's `neovim`), a real third-party LSP client: headless nvim
 * starts `rfl-ffi lsp --stdio` with `vim.lsp.start_client`, opens a helper of the demo tree,
 * waits for the diagnostics, asks for a hover, and writes both to a JSON file we read back.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { expect, it } from 'vitest';
import { CLI, ROOT } from '../support/paths';
import { tmpDir } from '../support/tmpTree';
import { describeTier } from '../support/tiers';

const DEMO = path.join(ROOT, 'demo/linux');
const SLAB_C = path.join(DEMO, 'rust/helpers/slab.c');

const SCRIPT = `
local node, cli, root, file, out = ...
local client_id = vim.lsp.start_client({
  cmd = { node, cli, 'lsp', '--stdio' },
  root_dir = root,
  handlers = { ['window/showMessage'] = function() end },
})
vim.cmd('edit ' .. vim.fn.fnameescape(file))
local bufnr = vim.api.nvim_get_current_buf()
vim.lsp.buf_attach_client(bufnr, client_id)
local ok = vim.wait(30000, function() return #vim.diagnostic.get(bufnr) > 0 end, 50)
local result = { waited = ok, diagnostics = {} }
for _, d in ipairs(vim.diagnostic.get(bufnr)) do
  table.insert(result.diagnostics, { lnum = d.lnum, col = d.col, end_lnum = d.end_lnum, end_col = d.end_col,
    severity = d.severity, source = d.source, code = d.user_data and d.user_data.lsp and d.user_data.lsp.code, message = d.message })
end
local hover = vim.lsp.get_client_by_id(client_id).request_sync('textDocument/hover', {
  textDocument = { uri = vim.uri_from_bufnr(bufnr) }, position = { line = 5, character = 3 },
}, 20000, bufnr)
result.hover = hover and hover.result and hover.result.contents.value or vim.NIL
local f = io.open(out, 'w')
f:write(vim.fn.json_encode(result))
f:close()
vim.lsp.stop_client(client_id)
vim.cmd('qa!')
`;

function nvimVersion(): string {
  const r = spawnSync('nvim', ['--version'], { encoding: 'utf8' });
  if (r.error || r.status !== 0) {
    throw new Error('nvim is not installed: this end-to-end test needs Debian\'s Neovim 0.7 (apt-get install neovim; .ci/run does)');
  }
  return r.stdout.split('\n')[0];
}

describeTier('e2e-neovim', 'Neovim', () => {
  it('receives the diagnostics of a helper file and a hover on `rust_helper_krealloc`', () => {
    expect(nvimVersion()).toMatch(/^NVIM v0\.\d+/);
    const dir = tmpDir('rfl-ffi-nvim-');
    const script = path.join(dir, 'client.lua');
    const out = path.join(dir, 'result.json');
    fs.writeFileSync(script, SCRIPT);
    const args = [process.execPath, CLI, DEMO, SLAB_C, out].map((a) => JSON.stringify(a)).join(', ');
    execFileSync('nvim', ['--headless', '-u', 'NONE', '-i', 'NONE', '-n',
      '-c', `lua RFL_ARGS = { ${args} }`, '-c', `lua loadfile(${JSON.stringify(script)})(unpack(RFL_ARGS))`], {
      cwd: dir, timeout: 60_000, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, XDG_STATE_HOME: dir, XDG_DATA_HOME: dir, XDG_CONFIG_HOME: dir },
    });
    const result = JSON.parse(fs.readFileSync(out, 'utf8'));
    expect(result.waited).toBe(true);
    expect(result.diagnostics).toEqual([{
      lnum: 5, col: 0, end_lnum: 5, end_col: 20, severity: 2, source: 'rfl-ffi', code: 'missing-rust-helper',
      message: '`rust_helper_krealloc` lacks `__rust_helper`: this tree defines it, and without it the helper is not inlined into ' +
        'Rust callers under CONFIG_RUST_INLINE_HELPERS, so every `bindings::krealloc` call stays a real function call',
    }]);
    expect(result.hover).toBe([
      '```rust\n#[must_use]\npub fn krealloc(objp: *const ffi::c_void, new_size: usize, flags: gfp_t) -> *mut ffi::c_void\n```',
      'Rust calls it as `bindings::krealloc` (`rust/bindings/bindings_helpers_generated.rs:26`).',
      '1 Rust call site in this tree.',
    ].join('\n\n'));
  });
});
