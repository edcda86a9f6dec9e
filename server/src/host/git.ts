/**
 * `git diff REV` for `rfl-ffi check --diff`: git is the one program rfl-ffi ever starts, and
 * only when the user asks for it. Nothing the repository configures runs with it: no external
 * diff or textconv driver, no fsmonitor hook, no clean filter, no pager.
 */
import { TreeError } from './kernelTree';

function git(dir: string, args: string[]): { status: number | null; stdout: string; stderr: string } {
  // node:child_process (and node:net with it, ~8 ms) loaded only when git is run, not at every start of the CLI.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { spawnSync } = require('node:child_process') as typeof import('node:child_process');
  const r = spawnSync('git', args, { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 30 });
  if (r.error) throw new TreeError(`--diff runs git, which could not be started (${r.error.message})`);
  return r;
}

/**
 * `-c` settings that turn off every clean filter the configuration defines: git runs a file's
 * filter (`.gitattributes`) to compare the working tree with a commit.
 */
function noFilters(dir: string): string[] {
  const r = git(dir, ['config', '--name-only', '--get-regexp', '^filter\\.']);
  const names = new Set(r.stdout.split('\n').filter(Boolean).map((key) => key.slice('filter.'.length, key.lastIndexOf('.'))));
  return [...names].flatMap((n) => ['-c', `filter.${n}.clean=`, '-c', `filter.${n}.process=`, '-c', `filter.${n}.required=false`]);
}

/** The diff from `rev` to the working tree of the repository holding `dir`, paths relative to `dir`, no context lines. */
export function gitDiff(dir: string, rev: string): string {
  if (rev.startsWith('-')) throw new TreeError(`--diff takes a revision, not "${rev}"`);
  const r = git(dir, [
    '-c', 'core.fsmonitor=false', ...noFilters(dir), '--no-pager',
    'diff', '--no-color', '--no-ext-diff', '--no-textconv', '--relative', '-U0', '--end-of-options', rev, '--',
  ]);
  if (r.status !== 0) throw new TreeError(`git diff ${rev} in ${dir} failed: ${r.stderr.trim().split('\n')[0]}`);
  return r.stdout;
}
