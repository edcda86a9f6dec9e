/**
 * Test tiers: what a test needs beyond Node and npm. The core tier needs nothing and never
 * skips; every other tier is checked here once, and a test whose tier is missing is skipped
 * with its reason and install command (`describeTier`). With `CI=true` or
 * `RFL_FFI_TEST_ALL=1` a missing tier is a failure instead, so CI proves everything.
 * The reporter in tierReporter.ts ends the run with one line naming the skipped tiers.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, it } from 'vitest';
import { CORPUS, CORPUS_CANDIDATES } from './paths';

export const TIERS = ['corpus', 'clang', 'bindgen', 'rustc', 'e2e-vscode', 'e2e-neovim', 'e2e-emacs', 'e2e-vim'] as const;
export type Tier = (typeof TIERS)[number];

/** Skips become failures: CI, or a developer who wants to know that everything ran. */
export const STRICT = process.env.CI === 'true' || process.env.RFL_FFI_TEST_ALL === '1';

const SETUP = 'npm run test:setup';

/** The command's path on PATH, or undefined. */
function onPath(cmd: string): string | undefined {
  const r = spawnSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : undefined;
}

export const CODE_SERVER_VERSION = '4.100.3';

/** Where scripts/install-code-server.sh puts code-server. */
export function codeServerBin(): string {
  const dir = process.env.RFL_FFI_CODE_SERVER_DIR
    ?? path.join(process.env.XDG_CACHE_HOME ?? path.join(os.homedir(), '.cache'), 'rfl-ffi', `code-server-${CODE_SERVER_VERSION}`);
  return path.join(dir, 'node_modules/.bin/code-server');
}

/** Debian's chromium (apt-get install chromium), as PATH finds it. */
export const CHROMIUM = onPath('chromium') ?? '/usr/bin/chromium';

/** Why a tier cannot run here ("no chromium: apt-get install chromium"), or undefined when it can. */
function missing(tier: Tier): string | undefined {
  switch (tier) {
    case 'corpus': {
      if (!fs.existsSync(path.join(CORPUS, 'rust/bindings/bindings_helper.h'))) {
        return `no kernel tree at ${CORPUS_CANDIDATES.join(' or ')}: ${SETUP}`;
      }
      if (!fs.existsSync(path.join(CORPUS, 'rust/bindings/bindings_generated.rs'))) {
        return `the kernel tree ${CORPUS} is not built (no rust/bindings/bindings_generated.rs): ${SETUP}`;
      }
      return undefined;
    }
    case 'clang':
      return onPath('clang') ? undefined : 'no clang: apt-get install clang';
    case 'bindgen':
      return onPath('bindgen') && onPath('clang') ? undefined : 'no bindgen: apt-get install bindgen clang';
    case 'rustc':
      return onPath('rustc') && onPath('clippy-driver') ? undefined : 'no rustc and clippy: apt-get install rustc rust-clippy';
    case 'e2e-vscode':
      if (!onPath('chromium')) return 'no chromium: apt-get install chromium';
      return fs.existsSync(codeServerBin()) && fs.existsSync(path.join(path.dirname(codeServerBin()), '../../.complete'))
        ? undefined : `no code-server ${CODE_SERVER_VERSION}: ${SETUP}`;
    case 'e2e-neovim':
      return onPath('nvim') ? undefined : 'no nvim: apt-get install neovim';
    case 'e2e-emacs': {
      const install = 'apt-get install emacs-nox elpa-lsp-mode elpa-eglot elpa-rust-mode tmux';
      if (!onPath('emacs') || !onPath('tmux')) return `no ${onPath('emacs') ? 'tmux' : 'emacs'}: ${install}`;
      // Emacs packages the site start-up (Debian's elpa-*) puts on load-path, as for a user.
      const r = spawnSync('emacs', ['-q', '--batch', '--eval',
        `(dolist (p '(lsp-mode eglot rust-mode)) (unless (locate-library (symbol-name p)) (princ (format "%s " p))))`], { encoding: 'utf8' });
      const absent = r.status === 0 ? r.stdout.trim() : 'lsp-mode eglot rust-mode';
      return absent ? `no ${absent.split(' ').join(', ')} in Emacs: ${install}` : undefined;
    }
    case 'e2e-vim': {
      const install = 'apt-get install vim vim-ale tmux';
      if (!onPath('vim') || !onPath('tmux')) return `no ${onPath('vim') ? 'tmux' : 'vim'}: ${install}`;
      // Debian's vim-ale is an optional package: `packadd ale`, as the README's snippet does.
      const r = spawnSync('vim', ['-Nu', 'NONE', '-es', '-c', 'packadd ale', '-c', 'if empty(globpath(&rtp, "autoload/ale.vim")) | cquit | endif', '-c', 'qa!']);
      return r.status === 0 ? undefined : `no ALE for vim: ${install}`;
    }
  }
}

const statusCache = new Map<Tier, string | undefined>();

/** Why `tier` cannot run here, or undefined when it can (checked once per process). */
export function tierMissing(tier: Tier): string | undefined {
  if (!statusCache.has(tier)) statusCache.set(tier, missing(tier));
  return statusCache.get(tier);
}

/** Every tier that cannot run here, with its reason. */
export function missingTiers(): { tier: Tier; reason: string }[] {
  return TIERS.flatMap((tier) => {
    const reason = tierMissing(tier);
    return reason ? [{ tier, reason }] : [];
  });
}

/**
 * `describe` for tests that need `tiers`: run when all are present; else skipped with the
 * reason in the suite's name, or, in strict mode, one failing test that names what is missing.
 */
export function describeTier(tiers: Tier | Tier[], title: string, body: () => void): void {
  const needs = Array.isArray(tiers) ? tiers : [tiers];
  const absent = needs.flatMap((t) => {
    const reason = tierMissing(t);
    return reason ? [`${t} (${reason})`] : [];
  });
  if (!absent.length) {
    describe(title, body);
  } else if (STRICT) {
    describe(title, () => {
      it('has its prerequisites', () => {
        throw new Error(`missing prerequisites: ${absent.join(', ')}`);
      });
    });
  } else {
    // The body is not run: it may read what is missing while collecting its tests.
    describe(title, () => {
      it.skip(`skipped: ${absent.join(', ')}`, () => undefined);
    });
  }
}

/** Whether every tier of `tiers` is present (for a test that adapts instead of skipping). */
export function hasTiers(...tiers: Tier[]): boolean {
  return tiers.every((t) => !tierMissing(t));
}
