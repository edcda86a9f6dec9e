/**
 * What the Emacs and Vim end-to-end tests share: the editor runs for real in a terminal
 * (a tmux session on its own socket), with the README's snippet as the user's init file,
 * on a copy of the demo tree, with `rfl-ffi` (bin/rfl-ffi of this checkout) and stand-ins
 * for rust-analyzer and clangd first on PATH, so that neither needs to be installed and an
 * installed one is not picked up.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { JsonFinding } from '../../../server/src/cli/format';
import { ROOT } from '../../support/paths';
import { runCli } from '../../support/cli';
import { copyTree, tmpDir } from '../../support/tmpTree';

const DRIVER_REL = 'drivers/misc/rust_demo.rs';

/** Where the README's snippets say the checkout is. */
/** How long one editor session may take in all, on a loaded machine. */
export const EDITOR_TEST_TIMEOUT = 180_000;


/**
 * The README's fenced block of `lang` whose first line contains `marker`, as written: the
 * tests load exactly what the README tells users to write (its `~/rfl-ffi` is this checkout,
 * linked into the test's home).
 */
export function readmeSnippet(lang: 'elisp' | 'vim', marker: string): string {
  const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const blocks = [...readme.matchAll(new RegExp(`^\`\`\`${lang}\\n([\\s\\S]*?)^\`\`\`$`, 'gm'))].map((m) => m[1]);
  const found = blocks.filter((b) => b.split('\n', 1)[0].includes(marker));
  if (found.length !== 1) throw new Error(`README.md has ${found.length} \`\`\`${lang} blocks whose first line names "${marker}", not one`);
  return found[0];
}

export interface EditorWorkspace {
  /** The user's home: the editor's init files go here. */
  home: string;
  /** The socket of the tmux server the editor runs in. */
  tmuxSocket: string;
  tree: string;
  driver: string;
  /** Where the editor-side script writes its results. */
  out: string;
  /** The environment the editor runs in. */
  env: Record<string, string>;
}

const STAND_IN = path.join(ROOT, 'test/e2e/support/standInServer.cjs');

/** A fresh home, demo tree copy (a git checkout, as kernel trees are) and PATH for one editor run. */
export function editorWorkspace(prefix: string): EditorWorkspace {
  const dir = tmpDir(prefix);
  const home = path.join(dir, 'home');
  const bin = path.join(dir, 'bin');
  const out = path.join(dir, 'out');
  for (const d of [home, bin, out]) fs.mkdirSync(d);
  // Where the README's snippets have the checkout: ~/rfl-ffi, with ~/rfl-ffi/bin on PATH.
  fs.symlinkSync(ROOT, path.join(home, 'rfl-ffi'));
  const tree = copyTree(path.join(ROOT, 'demo/linux'), path.join(dir, 'linux'));
  execFileSync('git', ['init', '-q', tree]);
  for (const name of ['rust-analyzer', 'clangd']) {
    fs.writeFileSync(path.join(bin, name), `#!/bin/sh\nexec ${JSON.stringify(process.execPath)} ${JSON.stringify(STAND_IN)} ${name}\n`, { mode: 0o755 });
  }
  const PATH = [bin, path.join(home, 'rfl-ffi/bin'), path.dirname(process.execPath), '/usr/local/bin', '/usr/bin', '/bin'].join(':');
  return {
    home, tree, out, driver: path.join(tree, DRIVER_REL), tmuxSocket: path.join(dir, 'tmux.sock'),
    env: { HOME: home, PATH, TERM: 'xterm-256color', LANG: 'C.UTF-8', RFL_FFI_CACHE_DIR: path.join(dir, 'index-cache') },
  };
}

/** The CLI's findings on a file, as `rfl-ffi check FILE --format json` prints them. */
export type CliFinding = JsonFinding;

export function cliFindings(file: string): CliFinding[] {
  const r = runCli(['check', file, '--format', 'json']);
  if (r.code !== 1) throw new Error(`rfl-ffi check ${file}: exit ${r.code}: ${r.stderr}`);
  return (JSON.parse(r.stdout) as { findings: CliFinding[] }).findings;
}

function quote(arg: string): string {
  return `'${arg.replace(/'/g, "'\\''")}'`;
}

/** A terminal editor in a detached tmux session of its own server, 160×50; the server's socket is `socket`. */
export class TmuxEditor {
  constructor(private readonly socket: string, command: string[], env: Record<string, string>, cwd: string) {
    const line = ['env', ...Object.entries(env).map(([k, v]) => `${k}=${v}`), ...command].map(quote).join(' ');
    this.tmux('new-session', '-d', '-x', '160', '-y', '50', '-c', cwd, line);
  }

  private tmux(...args: string[]): string {
    return execFileSync('tmux', ['-S', this.socket, '-f', '/dev/null', ...args], { encoding: 'utf8' });
  }

  /** Keys as tmux names them (`Enter`, `C-x`, `M-x`). */
  keys(...keys: string[]): void {
    this.tmux('send-keys', ...keys);
  }

  /** Text typed literally. */
  type(text: string): void {
    this.tmux('send-keys', '-l', text);
  }

  /** The screen as the user sees it. */
  screen(): string {
    return this.tmux('capture-pane', '-p');
  }

  /** Resolves with `check()`'s value once it is defined; fails with the screen after `ms` (a bound for a stuck editor, not a speed target). */
  async until<T>(check: () => T | undefined, what: string, ms = 60_000): Promise<T> {
    const deadline = Date.now() + ms;
    for (;;) {
      const v = check();
      if (v !== undefined) return v;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; the screen:\n${this.alive() ? this.screen() : '(the editor exited)'}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  alive(): boolean {
    return spawnSync('tmux', ['-S', this.socket, 'has-session'], { stdio: 'ignore' }).status === 0;
  }

  /** Ends the editor and its tmux server (and with them the language servers the editor started). */
  kill(): void {
    spawnSync('tmux', ['-S', this.socket, 'kill-server'], { stdio: 'ignore' });
  }
}

/** A JSON file the editor-side script wrote, once it exists (undefined before). */
export function readJson<T>(file: string): T | undefined {
  return fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) as T : undefined;
}
