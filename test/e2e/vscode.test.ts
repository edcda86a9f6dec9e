/**
 * End to end in a real VS Code: code-server 4.100.3 (VS Code 1.100) on 127.0.0.1 with the
 * freshly packaged .vsix installed, driven through Debian's chromium by playwright-core
 * (recipe: ../shared/docs/real-editors.md). The workspace is a copy of the demo tree.
 * Screenshots go to test-output/.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { ROOT } from '../support/paths';
import { CHROMIUM, codeServerBin, describeTier } from '../support/tiers';
import { copyTree, tmpDir } from '../support/tmpTree';

const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const OUTPUT = path.join(ROOT, 'test-output');
const UI_TIMEOUT = 60_000;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

/** Resolves once code-server answers HTTP; a start-up that never answers fails the hook's timeout. */
async function listening(url: string, proc: ChildProcess, log: () => string): Promise<void> {
  for (;;) {
    if (proc.exitCode !== null) throw new Error(`code-server exited with ${proc.exitCode}: ${log()}`);
    try {
      await fetch(url, { redirect: 'manual' });
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}

async function shot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(OUTPUT, { recursive: true });
  const file = path.join(OUTPUT, name);
  await page.screenshot({ path: file, animations: 'disabled' });
  return file;
}

async function runCommand(page: Page, title: string): Promise<void> {
  await page.keyboard.press('Control+Shift+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible' });
  await input.fill(`>${title}`);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor();
  await page.keyboard.press('Enter');
}

async function openFile(page: Page, rel: string): Promise<void> {
  const base = path.basename(rel);
  await page.keyboard.press('Escape'); // a hover or a widget left open would take the keys
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible' });
  await input.fill(rel);
  // The picked row, once the search for `rel` (not the editor history) has filled the list.
  await page.locator('.quick-input-list .monaco-list-row.focused', { hasText: base }).waitFor();
  await page.keyboard.press('Enter');
  await page.locator('.tab.active', { hasText: base }).waitFor();
  await page.locator('.editor-instance .monaco-editor .view-lines').first().waitFor();
}

async function goTo(page: Page, line: number, column: number): Promise<void> {
  await page.keyboard.press('Control+G');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible' });
  await input.fill(`:${line}:${column}`);
  await page.keyboard.press('Enter');
  await input.waitFor({ state: 'hidden' });
}

async function waitForFile(file: string, expected: string): Promise<string> {
  for (;;) {
    const text = fs.readFileSync(file, 'utf8');
    if (text === expected) return text;
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** A driver that takes a C string, as drm_panic_qr.rs does, for the hover on `kernel::ffi::c_char`. */
const URL_DRIVER = `// SPDX-License-Identifier: GPL-2.0

//! Reads a URL handed over from C.

/// Length of the NUL-terminated URL at \`url\`.
///
/// # Safety
///
/// \`url\` points to a NUL-terminated string.
pub unsafe extern "C" fn url_len(url: *const kernel::ffi::c_char) -> usize {
    // SAFETY: the caller passes a NUL-terminated string.
    unsafe { kernel::str::CStr::from_char_ptr(url) }.len()
}
`;

/** A certificate bundle the environment names (an empty one: Node says it loads none, and goes on). */
const EXTRA_CA = path.join(tmpDir('rfl-ffi-ca-'), 'extra-ca.pem');
fs.writeFileSync(EXTRA_CA, '');

describeTier('e2e-vscode', 'VS Code (code-server) with the packaged extension', () => {
  let proc: ChildProcess | undefined;
  let browser: Browser | undefined;
  let page: Page;
  let workspace: string;
  let serverLog = '';

  beforeAll(async () => {
    const bin = codeServerBin();
    execFileSync(process.execPath, [path.join(ROOT, 'scripts/package-vsix.mjs')], { cwd: ROOT, stdio: 'pipe' });
    const dir = tmpDir('rfl-ffi-vscode-');
    workspace = copyTree(path.join(ROOT, 'demo/linux'), path.join(dir, 'linux'));
    fs.writeFileSync(path.join(workspace, 'drivers/misc/rust_url.rs'), URL_DRIVER);
    const userData = path.join(dir, 'user-data');
    const extensions = path.join(dir, 'extensions');
    const tmp = path.join(dir, 'tmp');
    fs.mkdirSync(path.join(userData, 'User'), { recursive: true });
    fs.mkdirSync(tmp);
    fs.writeFileSync(path.join(userData, 'User/settings.json'), JSON.stringify({
      'security.workspace.trust.enabled': false,
      'workbench.startupEditor': 'none',
      'workbench.tips.enabled': false,
      'chat.commandCenter.enabled': false,
      'window.commandCenter': false,
      'extensions.ignoreRecommendations': true,
      'editor.hover.delay': 100,
    }));
    const config = path.join(dir, 'config.yaml');
    fs.writeFileSync(config, 'auth: none\n');
    // As a company machine sets it; the extension starts the server without it (see the test below).
    const env = { ...process.env, TMPDIR: tmp, NODE_EXTRA_CA_CERTS: EXTRA_CA };
    execFileSync(bin, ['--install-extension', path.join(ROOT, 'rfl-ffi.vsix'), '--extensions-dir', extensions,
      '--user-data-dir', userData, '--config', config], { env, stdio: 'pipe' });
    const port = await freePort();
    proc = spawn(bin, ['--bind-addr', `127.0.0.1:${port}`, '--auth', 'none', '--disable-telemetry', '--disable-update-check',
      '--disable-workspace-trust', '--user-data-dir', userData, '--extensions-dir', extensions, '--config', config, workspace], { env, stdio: 'pipe' });
    proc.stdout!.on('data', (d: Buffer) => (serverLog += d.toString()));
    proc.stderr!.on('data', (d: Buffer) => (serverLog += d.toString()));
    await listening(`http://127.0.0.1:${port}/healthz`, proc, () => serverLog);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.setDefaultTimeout(UI_TIMEOUT);
    await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}`);
    await page.locator('.monaco-workbench').waitFor();
  }, 180_000);

  afterEach(async (ctx) => {
    if (ctx.task.result?.state === 'fail' && page) await shot(page, `failed-${ctx.task.name.replace(/\W+/g, '-').slice(0, 60)}.png`);
  });

  afterAll(async () => {
    await browser?.close();
    proc?.kill();
  });

  it('shows the tree in the status bar and the helper hazards in the Problems panel', async () => {
    await openFile(page, 'rust/helpers/slab.c');
    await openFile(page, 'rust/helpers/refcount.c');
    await page.locator('.statusbar-item', { hasText: 'rfl-ffi: Linux 6.12.0 · ffi · 6 arches' }).waitFor();
    await page.keyboard.press('Control+Shift+M');
    const markers = page.locator('.markers-panel .monaco-list-row', { hasText: 'rfl-ffi' });
    await markers.nth(1).waitFor();
    expect(await markers.evaluateAll((els) => els.map((e) => (e as unknown as { innerText: string }).innerText))).toEqual([
      '`rust_helper_refcount_dec` calls `refcount_inc`, the opposite of `refcount_dec` (`inc` for `dec`): Rust\'s ' +
        '`bindings::refcount_dec` does the opposite of what it says; make it call `refcount_dec`\nrfl-ffi\nhelper-misnamed\n[Ln 15, Col 20]',
      '`rust_helper_krealloc` lacks `__rust_helper`: this tree defines it, and without it the helper is not inlined into Rust callers ' +
        'under CONFIG_RUST_INLINE_HELPERS, so every `bindings::krealloc` call stays a real function call\nrfl-ffi\nmissing-rust-helper\n[Ln 6, Col 1]',
    ]);
    // The driver's hazards join them: 19 findings of the Rust rules (as `rfl-ffi check` lists them;
    // the 19th, `bindings::jiffies_to_msecs`, is the raw use that no kernel function wraps, whose fix extracts a wrapper).
    await openFile(page, 'drivers/misc/rust_demo.rs');
    await page.locator('.panel .composite.title .action-item', { hasText: 'Problems' }).locator('.badge-content', { hasText: /^21$/ }).waitFor();
    await shot(page, 'problems.png');
  });

  it('starts the server without NODE_EXTRA_CA_CERTS, which Node would parse at every start', () => {
    // The servers code-server started (other tests may run servers of their own meanwhile).
    const parent = (pid: string) => fs.readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /s, '').split(' ')[1];
    const underCodeServer = (pid: string) => {
      for (let p = pid; p !== '0' && p !== '1'; p = parent(p)) if (p === String(proc!.pid)) return true;
      return false;
    };
    const servers = fs.readdirSync('/proc').filter((p) => /^\d+$/.test(p)).flatMap((pid) => {
      try {
        const argv = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
        if (!argv.some((a) => a.endsWith('dist/rfl-ffi.js')) || !argv.includes('lsp') || !underCodeServer(pid)) return [];
        return [fs.readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0').filter((e) => e.startsWith('NODE_EXTRA_CA_CERTS='))];
      } catch {
        return [];
      }
    });
    expect(servers).toEqual([['NODE_EXTRA_CA_CERTS=']]);
    expect(fs.readFileSync(`/proc/${proc!.pid}/environ`, 'utf8').split('\0')).toContain(`NODE_EXTRA_CA_CERTS=${EXTRA_CA}`);
  });

  it('hovers a `bindings::` call and shows the C prototype of its helper', async () => {
    await openFile(page, 'drivers/misc/rust_demo.rs');
    await goTo(page, 32, 25);
    await page.keyboard.press('Control+K');
    await page.keyboard.press('Control+I');
    // The hover also shows the raw-binding-use diagnostic there, in a row of its own.
    const hover = page.locator('.monaco-hover-content .hover-row', { hasText: 'rust_helper_mutex_lock' });
    await hover.waitFor();
    await shot(page, 'hover.png');
    expect(await hover.innerText()).toBe([
      '__rust_helper void rust_helper_mutex_lock(struct mutex *lock)',
      'C helper at rust/helpers/mutex.c:5, marked __rust_helper, so it is inlined into Rust under CONFIG_RUST_INLINE_HELPERS.',
      'It wraps mutex_lock, declared at include/linux/mutex.h:23:',
      // Two code blocks in a row render one line apart.
      '#define mutex_lock(lock)\npub fn mutex_lock(lock: *mut mutex)',
      'Generated at rust/bindings/bindings_helpers_generated.rs:17.',
      'Wrapped by the kernel crate:',
      'MutexBackend::lock in kernel::sync::lock::mutex (rust/kernel/sync/lock/mutex.rs:28)',
    ].join('\n\n'));
  });

  it('hovers `kernel::ffi::c_char` in a driver: the Rust type on every arch and the -funsigned-char note', async () => {
    await openFile(page, 'drivers/misc/rust_url.rs');
    await goTo(page, 10, 60);
    await page.keyboard.press('Control+K');
    await page.keyboard.press('Control+I');
    const hover = page.locator('.monaco-hover-content .hover-row', { hasText: 'Under the kernel mapping' });
    await hover.waitFor();
    expect(await hover.innerText()).toBe([
      'ffi::c_char: C char',
      'Under the kernel mapping (rust/ffi.rs): u8, 1 byte, unsigned, on every arch of this tree (arm, arm64, loongarch64, riscv64, um, x86_64).',
      'This tree builds its C with -funsigned-char (its Makefile\'s KBUILD_CFLAGS): C char is unsigned on every arch. ' +
        'ffi::c_char (u8) matches it on every arch of this tree.',
    ].join('\n\n'));
  });

  it('highlights `SAFETY:` in Rust comments as its own token (the injection grammar)', async () => {
    await openFile(page, 'drivers/misc/rust_demo.rs');
    const tokens = await page.locator('.view-line', { hasText: '// SAFETY: `init_lock` initialised' }).evaluate((el) =>
      [...el.querySelectorAll('span span')].map((s) => ({ text: s.textContent!.replace(/\u00a0/g, ' '), cls: s.className })));
    expect(tokens.map((t) => t.text)).toEqual(['    ', '// ', 'SAFETY:', ' `init_lock` initialised `lock`.']);
    expect(tokens[2].cls).not.toBe(tokens[1].cls);
    expect(tokens[3].cls).toBe(tokens[1].cls);
  });

  it('applies the quick fix for a helper missing `__rust_helper`, and the file on disk changes', async () => {
    const file = path.join(workspace, 'rust/helpers/slab.c');
    const before = fs.readFileSync(file, 'utf8');
    await openFile(page, 'rust/helpers/slab.c');
    // The diagnostic's squiggle: the server has analysed the file, so it has the fix to offer.
    await page.locator('.editor-instance .squiggly-warning').first().waitFor();
    await goTo(page, 6, 3);
    await page.keyboard.press('Control+.');
    const action = page.locator('.action-widget .monaco-list-row', { hasText: 'Add `__rust_helper` to `rust_helper_krealloc`' });
    await action.waitFor();
    await shot(page, 'quickfix.png');
    await page.keyboard.press('Enter');
    await action.waitFor({ state: 'hidden' });
    await page.keyboard.press('Control+S');
    const expected = before.replace('void * __must_check', '__rust_helper void * __must_check');
    expect(await waitForFile(file, expected)).toBe(expected);
  });
  it('runs "rfl-ffi: Show Tree Info", which prints the tree model to the rfl-ffi output channel', async () => {
    await runCommand(page, 'rfl-ffi: Show Tree Info');
    const line = page.locator('.output-view .view-line', { hasText: 'C-type mapping' });
    await line.waitFor();
    expect((await line.innerText()).replace(/\u00a0/g, ' ')).toBe('C-type mapping   kernel (ffi crate) (rust/ffi.rs)');
  });

  // Last: it leaves the kernel tree for another workspace.
  it('stays quiet in a plain cargo project: no notification, "no kernel tree" in the status bar, a click opens rflFfi.tree', async () => {
    const cargo = tmpDir('rfl-ffi-cargo-');
    fs.writeFileSync(path.join(cargo, 'Cargo.toml'), '[package]\nname = "hello"\nversion = "0.1.0"\nedition = "2021"\n');
    fs.mkdirSync(path.join(cargo, 'src'));
    fs.writeFileSync(path.join(cargo, 'src/main.rs'), 'fn main() {\n    println!("hello");\n}\n');
    await page.goto(`${new URL(page.url()).origin}/?folder=${encodeURIComponent(cargo)}`);
    await page.locator('.monaco-workbench').waitFor();
    await openFile(page, 'src/main.rs');
    const status = page.locator('.statusbar-item', { hasText: 'rfl-ffi: no kernel tree' });
    await status.waitFor();
    // A request the server answers after saying whatever it had to say about this workspace.
    await runCommand(page, 'rfl-ffi: Show Tree Info');
    await page.locator('.output-view .view-line', { hasText: 'no kernel tree loaded' }).waitFor();
    await shot(page, 'no-kernel-tree.png');
    expect(await page.locator('.notifications-toasts .notification-toast').count()).toBe(0);
    await status.click();
    // The search `rflFfi.tree` also finds rflFfi.objtree, after it.
    await page.locator('.settings-editor .setting-item-contents', { hasText: 'The kernel source tree (srctree)' }).waitFor();
    expect(await page.locator('.settings-editor .setting-item-contents').first().innerText()).toContain('The kernel source tree (srctree)');
    await shot(page, 'no-kernel-tree-setting.png');
  });
});
