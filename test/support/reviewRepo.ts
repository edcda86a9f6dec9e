/**
 * A change to review: a git copy of the 2026 fixture whose second commit adds a raw binding
 * use, an unnecessary cast and a helper without `__rust_helper` (test/review.test.ts, and the
 * hostile patches of test/hostile.test.ts).
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fixture } from './paths';
import { copyTree } from './tmpTree';

export function git(cwd: string, ...args: string[]): string {
  const r = spawnSync('git', ['-c', 'user.name=Rev Iewer', '-c', 'user.email=r@example.org', ...args], { cwd, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
}

export const HAZARDS_RS = `
/// The size of \`n\` pages, in bytes.
fn pages_to_bytes(n: kernel::ffi::c_ulong) -> usize {
    n as usize * 4096
}

/// \`ms\` milliseconds in jiffies, asked of C directly.
fn to_jiffies(ms: u32) -> kernel::ffi::c_ulong {
    // SAFETY: \`__msecs_to_jiffies\` only does arithmetic.
    unsafe { kernel::bindings::__msecs_to_jiffies(ms) }
}
`;

export const UNMARKED_HELPER = `
void rust_helper_refcount_dec(refcount_t *r)
{
	refcount_dec(r);
}
`;

/** A git copy of the 2026 fixture, committed, with the three hazards added in the working tree. */
export function repoWithHazards(): string {
  const repo = copyTree(fixture('linux-2026'));
  git(repo, 'init', '-q');
  git(repo, 'add', '-A');
  git(repo, 'commit', '-qm', 'the tree');
  fs.appendFileSync(path.join(repo, 'drivers/misc/rust_counter.rs'), HAZARDS_RS);
  fs.appendFileSync(path.join(repo, 'rust/helpers/refcount.c'), UNMARKED_HELPER);
  return repo;
}

/** A git copy of the 2026 fixture: a first commit, then one that adds the three hazards. */
export function reviewedRepo(): string {
  const repo = repoWithHazards();
  git(repo, 'commit', '-qam', 'rust: counter: pages and jiffies');
  return repo;
}
