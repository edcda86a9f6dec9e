/**
 * The review of a change: `check --diff REV` in a git copy of the 2026 fixture, and
 * `check --patch` with `git format-patch` output against the tree before the change. Both
 * report what the change brings (a raw binding use, an unnecessary cast, a helper without
 * `__rust_helper`) at the same positions, in every format, and nothing of the code it leaves
 * alone (the fixture's own unmarked mutex_lock helper).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './support/cli';
import { fixture } from './support/paths';
import { git, repoWithHazards, reviewedRepo } from './support/reviewRepo';
import { copyTree, tmpDir } from './support/tmpTree';

type Json = { findings: { file: string; line: number; column: number; endLine: number; endColumn: number; code: string }[] };
const where = (r: { stdout: string }) => (JSON.parse(r.stdout) as Json).findings.map((f) => `${f.file}:${f.line}:${f.column}-${f.endLine}:${f.endColumn} ${f.code}`);

/** Line numbers (1-based) of the hazards in the files as the commit leaves them. */
const base = (f: string) => fs.readFileSync(path.join(fixture('linux-2026'), f), 'utf8').split('\n').length;
const THREE = [
  `drivers/misc/rust_counter.rs:${base('drivers/misc/rust_counter.rs') + 3}:5-${base('drivers/misc/rust_counter.rs') + 3}:15 unnecessary-cast`,
  `drivers/misc/rust_counter.rs:${base('drivers/misc/rust_counter.rs') + 9}:14-${base('drivers/misc/rust_counter.rs') + 9}:50 raw-binding-use`,
  `rust/helpers/refcount.c:${base('rust/helpers/refcount.c') + 1}:6-${base('rust/helpers/refcount.c') + 1}:30 missing-rust-helper`,
];

describe('check --diff and --patch: the review of a change', () => {
  it('--diff HEAD~1 reports the three findings the commit brings, and nothing of the code it leaves alone', () => {
    const repo = reviewedRepo();
    const whole = runCli(['check', '.', '--format', 'json'], repo);
    expect(where(whole)).toContain('rust/helpers/mutex.c:5:6-5:28 missing-rust-helper');
    const r = runCli(['check', '--diff', 'HEAD~1', '--format', 'json'], repo);
    expect(r.code).toBe(1);
    expect(where(r)).toEqual(THREE);
  });

  it('format-patch piped into --patch - against the tree before the commit reports the same three at the same positions', () => {
    const repo = reviewedRepo();
    const mail = git(repo, 'format-patch', '-1', '--stdout');
    const before = copyTree(fixture('linux-2026'));
    const r = runCli(['check', '--patch', '-', '--tree', before, '--format', 'json'], tmpDir(), { input: mail });
    expect([r.code, r.stderr]).toEqual([1, '']);
    expect(where(r)).toEqual(THREE);
    // Nothing was written: the tree is as before.
    expect(fs.readFileSync(path.join(before, 'rust/helpers/refcount.c'), 'utf8')).toBe(fs.readFileSync(path.join(fixture('linux-2026'), 'rust/helpers/refcount.c'), 'utf8'));
  });

  it('works with every format, at the same positions', () => {
    const repo = reviewedRepo();
    const mail = path.join(tmpDir(), 'change.patch');
    fs.writeFileSync(mail, git(repo, 'format-patch', '-1', '--stdout'));
    const before = copyTree(fixture('linux-2026'));
    const lines = THREE.map((t) => /:(\d+):(\d+)-/.exec(t)!.slice(1).map(Number));
    for (const [args, cwd] of [[['--diff', 'HEAD~1'], repo], [['--patch', mail], before]] as const) {
      const text = runCli(['check', ...args, '--format', 'text'], cwd);
      expect(text.stdout.split('\n').filter(Boolean).map((l) => l.split(':').slice(1, 3).map(Number))).toEqual(lines);
      const sarif = JSON.parse(runCli(['check', ...args, '--format', 'sarif'], cwd).stdout);
      expect(sarif.runs[0].results.map((x: { locations: { physicalLocation: { region: { startLine: number; startColumn: number } } }[] }) =>
        [x.locations[0].physicalLocation.region.startLine, x.locations[0].physicalLocation.region.startColumn])).toEqual(lines);
      const github = runCli(['check', ...args, '--format', 'github'], cwd).stdout;
      expect([...github.matchAll(/,line=(\d+),col=(\d+),/g)].map((m) => [Number(m[1]), Number(m[2])])).toEqual(lines);
    }
  });

  it('--diff alone reviews the working tree against HEAD, and PATHs narrow it', () => {
    const repo = repoWithHazards();
    expect(where(runCli(['check', '--diff', '--format', 'json'], repo))).toEqual(THREE);
    expect(where(runCli(['check', 'rust/helpers', '--diff', '--format', 'json'], repo))).toEqual([THREE[2]]);
    expect(where(runCli(['check', '--diff', 'HEAD', 'drivers', '--format', 'json'], repo))).toEqual(THREE.slice(0, 2));
  });

  it('a series in one mbox, with its cover letter, is applied patch after patch; positions are those of the last', () => {
    const repo = reviewedRepo();
    const counter = path.join(repo, 'drivers/misc/rust_counter.rs');
    // The second patch moves the first one's lines down by two.
    fs.writeFileSync(counter, fs.readFileSync(counter, 'utf8').replace('use kernel::uapi;\n', 'use kernel::uapi;\n\n// A comment.\n'));
    git(repo, 'commit', '-qam', 'rust: counter: a comment');
    const mbox = git(repo, 'format-patch', '--cover-letter', '-2', '--stdout');
    expect(mbox).toContain('[PATCH 0/2] *** SUBJECT HERE ***');
    const r = runCli(['check', '--patch', '-', '--tree', copyTree(fixture('linux-2026')), '--format', 'json'], tmpDir(), { input: mbox });
    expect(where(r)).toEqual(where(runCli(['check', '--diff', 'HEAD~2', '--format', 'json'], repo)));
    expect(where(r).map((w) => w.split(' ')[1])).toEqual(['unnecessary-cast', 'raw-binding-use', 'missing-rust-helper']);
  });

  it('a patch that does not apply exits 2 and names the file and the hunk', () => {
    const repo = reviewedRepo();
    const mail = git(repo, 'format-patch', '-1', '--stdout').replace('         let _info = self.info();', '         let _info = self.status();');
    const r = runCli(['check', '--patch', '-', '--tree', copyTree(fixture('linux-2026'))], tmpDir(), { input: mail });
    const hunkLine = mail.split('\n').findIndex((l) => l.startsWith('@@ ')) + 1;
    expect([r.code, r.stdout, r.stderr]).toEqual([2, '',
      'rfl-ffi: error: the patch does not apply (in "[PATCH] rust: counter: pages and jiffies"): hunk 1 of 1 of ' +
      `drivers/misc/rust_counter.rs (@@ -49,3 +49,14 @@, line ${hunkLine} of the patch) does not match the file\n`]);
  });

  it('usage: --diff and --patch do not go together; a revision never passes for a git option', () => {
    const repo = reviewedRepo();
    expect(runCli(['check', '--diff', 'HEAD', '--patch', '-'], repo).stderr.split('\n')[0]).toBe('rfl-ffi: --diff and --patch do not go together');
    expect(runCli(['check', '--diff=--output=x'], repo)).toEqual({ code: 2, stdout: '', stderr: 'rfl-ffi: error: --diff takes a revision, not "--output=x"\n' });
    expect(fs.existsSync(path.join(repo, 'x'))).toBe(false);
    const bad = runCli(['check', '--diff', 'no-such-rev'], repo);
    expect([bad.code, bad.stderr]).toEqual([2, `rfl-ffi: error: git diff no-such-rev in ${repo} failed: fatal: bad revision 'no-such-rev'\n`]);
    expect(runCli(['check', '--patch', 'no-such.patch'], repo).stderr).toBe('rfl-ffi: error: --patch no-such.patch: no such file\n');
  });
});
