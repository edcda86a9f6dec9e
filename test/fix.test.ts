/**
 * `rfl-ffi fix`: the tree-wide fix, through the real CLI on copies of the demo, every fixture
 * and the corpus. A second fix changes nothing, the files it touched parse without new syntax
 * errors, no generated file is touched, its --diff is what git apply and patch -p1 take, and
 * the round trips give the files back byte for byte.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../server/src/core/rules/registry';
import { runCli } from './support/cli';
import { syntaxErrors } from './support/fixSafety';
import { CORPUS, FIXTURES as FIXTURES_DIR, ROOT, fixture } from './support/paths';
import { describeTier } from './support/tiers';
import { copyTree, tmpDir } from './support/tmpTree';

const DEMO = path.join(ROOT, 'demo/linux');
/** Every fixture tree (a folder of test/fixtures with the helpers and bindings_helper.h a kernel tree has). */
const FIXTURES = fs.readdirSync(FIXTURES_DIR).filter((d) => fs.existsSync(path.join(FIXTURES_DIR, d, 'rust/bindings/bindings_helper.h'))).sort();

function allFiles(dir: string): string[] {
  return fs.readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile()).map((e) => path.relative(dir, path.join(e.parentPath, e.name))).sort();
}

/** The files of `copy` whose bytes differ from `original`'s (same relative paths). */
function changedFiles(original: string, copy: string): string[] {
  return allFiles(copy).filter((f) => !fs.existsSync(path.join(original, f))
    || !fs.readFileSync(path.join(original, f)).equals(fs.readFileSync(path.join(copy, f))));
}

function git(cwd: string, ...args: string[]): string {
  const r = spawnSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.org', ...args], { cwd, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
}

/** A summary line of stderr (`fixed N findings in M files`). */
function fixedLine(stderr: string): string | undefined {
  return stderr.split('\n').find((l) => l.startsWith('rfl-ffi: fixed '));
}

/** Fixes a copy of `tree` on disk; returns the copy. */
function fixedCopy(tree: string, ...flags: string[]): string {
  const copy = copyTree(tree);
  const r = runCli(['fix', copy, ...flags]);
  expect(r.code, r.stderr).not.toBe(2);
  return copy;
}

/** What a second fix must find after a first: nothing to change. */
function expectSettled(copy: string): void {
  const again = runCli(['fix', copy, '--diff']);
  expect([again.stdout, fixedLine(again.stderr)]).toEqual(['', 'rfl-ffi: fixed 0 findings in 0 files (as a diff: nothing written)']);
}

function expectSafe(original: string, copy: string): string[] {
  const changed = changedFiles(original, copy);
  expect(changed.filter((f) => /_generated\.|(^|\/)generated\//.test(f))).toEqual([]);
  for (const f of changed) {
    const [was, is] = [original, copy].map((t) => syntaxErrors(path.join(t, f), fs.readFileSync(path.join(t, f), 'utf8')));
    expect(is, `${f}: syntax errors after the fix`).toBeLessThanOrEqual(was);
  }
  expectSettled(copy);
  return changed;
}

describe('rfl-ffi fix on the demo tree', () => {
  it('fixes every machine-applicable finding in rounds, says how many, lists what remains, and a second fix changes nothing', () => {
    const copy = copyTree(DEMO);
    const r = runCli(['fix', '.'], copy);
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n').filter(Boolean)).toEqual([
      'rfl-ffi: fixed 5 findings in 3 files',
      'rfl-ffi: 1 errors, 15 warnings, 1 notes remain in 21 files',
    ]);
    // What remains needs a person: raw binding uses, the missing helper, a misnamed helper, an arch-dependent cast.
    const codes = [...r.stdout.matchAll(/\[([a-z-]+)\]$/gm)].map((m) => m[1]);
    expect([...new Set(codes)].sort()).toEqual(['arch-dependent-cast', 'c-char-sign', 'helper-misnamed', 'missing-binding', 'raw-binding-use']);
    expect(codes.filter((c) => c === 'c-char-sign')).toHaveLength(1);
    expect(expectSafe(DEMO, copy)).toEqual(['drivers/misc/rust_demo.rs', 'rust/helpers/helpers.c', 'rust/helpers/slab.c']);
    const text = (f: string) => fs.readFileSync(path.join(copy, f), 'utf8');
    const demo = (f: string) => fs.readFileSync(path.join(DEMO, f), 'utf8');
    expect(text('rust/helpers/slab.c')).toBe(demo('rust/helpers/slab.c').replace('void * __must_check', '__rust_helper void * __must_check'));
    expect(text('rust/helpers/helpers.c').split('\n').filter((l) => l.startsWith('#include'))).toEqual(
      ['#include "err.c"', '#include "jiffies.c"', '#include "mutex.c"', '#include "refcount.c"', '#include "slab.c"']);
    expect(text('drivers/misc/rust_demo.rs')).toBe(demo('drivers/misc/rust_demo.rs')
      .replace('bindings::__msecs_to_jiffies(ms) as usize', 'bindings::__msecs_to_jiffies(ms)')
      .replace('fn starts_ascii(s: *const core::ffi::c_char)', 'fn starts_ascii(s: *const kernel::ffi::c_char)'));
  });

  it('--diff writes nothing and prints one diff that git apply and patch -p1 take, giving what fix writes', () => {
    const copy = copyTree(DEMO);
    git(copy, 'init', '-q');
    git(copy, 'add', '-A');
    git(copy, 'commit', '-qm', 'demo');
    const r = runCli(['fix', '--diff'], copy);
    expect(fixedLine(r.stderr)).toBe('rfl-ffi: fixed 5 findings in 3 files (as a diff: nothing written)');
    expect(changedFiles(DEMO, copy).filter((f) => !f.startsWith('.git/'))).toEqual([]);
    expect(r.stdout.split('\n').filter((l) => l.startsWith('--- ') || l.startsWith('+++ '))).toEqual([
      '--- a/drivers/misc/rust_demo.rs', '+++ b/drivers/misc/rust_demo.rs',
      '--- a/rust/helpers/helpers.c', '+++ b/rust/helpers/helpers.c',
      '--- a/rust/helpers/slab.c', '+++ b/rust/helpers/slab.c',
    ]);
    const patchFile = path.join(tmpDir(), 'fix.patch');
    fs.writeFileSync(patchFile, r.stdout);
    git(copy, 'apply', patchFile);
    const written = fixedCopy(DEMO);
    expect(changedFiles(written, copy).filter((f) => !f.startsWith('.git/'))).toEqual([]);
    const other = copyTree(DEMO);
    const p = spawnSync('patch', ['-p1', '-i', patchFile], { cwd: other, encoding: 'utf8' });
    expect(p.status, p.stderr).toBe(0);
    expect(changedFiles(written, other)).toEqual([]);
  });

  it('--only applies only the named rules\' fixes', () => {
    const copy = fixedCopy(DEMO, '--only', 'missing-rust-helper,unnecessary-cast');
    expect(changedFiles(DEMO, copy)).toEqual(['drivers/misc/rust_demo.rs', 'rust/helpers/slab.c']);
    const r = runCli(['fix', copy, '--only', 'helper-includes-unsorted', '--diff']);
    expect(r.stdout.split('\n').filter((l) => /^[-+]#include/.test(l))).toEqual(['-#include "slab.c"', '+#include "slab.c"']);
  });

  it('refuses, as usage errors, rules whose fixes need a person and rules without a fix', () => {
    const usage = (only: string) => {
      const r = runCli(['fix', DEMO, '--only', only]);
      return [r.code, r.stderr.split('\n')[0]];
    };
    expect(usage('raw-binding-use')).toEqual([2,
      'rfl-ffi: raw-binding-use\'s fixes need a person\'s choice, so fix never applies them (the editor offers them)']);
    expect(usage('missing-binding')[1]).toBe('rfl-ffi: missing-binding\'s fixes need a person\'s choice, so fix never applies them (the editor offers them)');
    expect(usage('helper-misnamed')).toEqual([2, 'rfl-ffi: helper-misnamed has no fix']);
    expect(usage('no-such-rule')).toEqual([2, 'rfl-ffi: unknown rule "no-such-rule" (rfl-ffi rules lists them)']);
  });
});

describe('which fixes rfl-ffi fix applies', () => {
  it('docs/rules.md says so for each rule, as its metadata does', () => {
    const docs = fs.readFileSync(path.join(ROOT, 'docs/rules.md'), 'utf8');
    const said = RULES.map((r) => {
      const section = docs.split(/^## /m).find((s) => s.startsWith(`${r.meta.code}\n`)) ?? '';
      const lead = /^\*\*[^]*?\*\*/m.exec(section)?.[0] ?? '';
      return [r.meta.code, lead.includes('`rfl-ffi fix` applies'), lead.includes('`rfl-ffi fix` never applies it')];
    });
    expect(said).toEqual(RULES.map((r) => [r.meta.code, r.meta.machineFix, r.meta.fixable && !r.meta.machineFix]));
  });
});

describe('rfl-ffi fix on every fixture', () => {
  it.each(FIXTURES)('%s: a second fix changes nothing, touched files parse, no generated file is touched', (name) => {
    expectSafe(fixture(name), fixedCopy(fixture(name)));
  });

  /** The 2026 fixture with every helper marked, as mainline has it: the one it lacks on purpose is added by fix. */
  function marked2026(): string {
    return fixedCopy(fixture('linux-2026'), '--only', 'missing-rust-helper');
  }

  /** The marks of a helper file: `__rust_helper ` before the return type, or `__rust_helper` alone on the line above. */
  const MARK = /^__rust_helper(?: |\n)/gm;

  it('round trip: every `__rust_helper ` deleted from the 2026 fixture\'s helper files (as sed would) comes back byte for byte', () => {
    const base = marked2026();
    const helpers = path.join(base, 'rust/helpers');
    const files = fs.readdirSync(helpers).filter((f) => f !== 'helpers.c').sort();
    const marks = (f: string) => [...fs.readFileSync(path.join(helpers, f), 'utf8').matchAll(MARK)].map((m) => m[0]);
    expect(files.map((f) => [f, marks(f).filter((m) => m.endsWith(' ')).length, marks(f).filter((m) => m.endsWith('\n')).length])).toEqual([
      ['bitops.c', 0, 4], ['err.c', 3, 0], ['mutex.c', 2, 0], ['refcount.c', 3, 0], ['slab.c', 2, 0],
    ]);
    const copy = copyTree(base);
    for (const f of files) {
      const file = path.join(copy, 'rust/helpers', f);
      fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/^__rust_helper /gm, ''));
    }
    const r = runCli(['fix', copy, '--only', 'missing-rust-helper']);
    expect(fixedLine(r.stderr)).toBe('rfl-ffi: fixed 10 findings in 4 files');
    expect(changedFiles(base, copy)).toEqual([]);
  });

  it('round trip: each mark deleted alone, in either placement, comes back byte for byte', () => {
    const base = marked2026();
    const helpers = fs.readdirSync(path.join(base, 'rust/helpers')).filter((f) => f !== 'helpers.c').map((f) => path.join('rust/helpers', f));
    const marksOf = (f: string) => [...fs.readFileSync(path.join(base, f), 'utf8').matchAll(MARK)];
    // The k-th mark of every file at once: one mark per file, so each file's habit shows in its other helpers.
    for (let k = 0; k < Math.max(...helpers.map((f) => marksOf(f).length)); k++) {
      const copy = copyTree(base);
      for (const f of helpers) {
        const m = marksOf(f)[k];
        const text = fs.readFileSync(path.join(base, f), 'utf8');
        if (m) fs.writeFileSync(path.join(copy, f), text.slice(0, m.index) + text.slice(m.index! + m[0].length));
      }
      runCli(['fix', copy, '--only', 'missing-rust-helper']);
      expect(changedFiles(base, copy), `mark ${k + 1} of each file`).toEqual([]);
    }
  });

  const helpersC = (t: string) => path.join(t, 'rust/helpers/helpers.c');
  const includesOf = (text: string) => text.split('\n').filter((l) => l.startsWith('#include "'));
  /** The fixtures whose helpers.c includes enough files for an order to be lost. */
  const sorted = FIXTURES.filter((t) => fs.existsSync(helpersC(fixture(t))) && includesOf(fs.readFileSync(helpersC(fixture(t)), 'utf8')).length >= 3);

  it('round trips run on the split-layout fixtures', () => {
    expect(sorted).toEqual(['linux-2026', 'linux-6.12-style', 'linux-core-ffi']);
  });

  it.each(sorted)(
    'round trip: %s\'s helpers.c with its includes reversed, or one left out, comes back byte for byte', (name) => {
      const tree = fixture(name);
      const text = fs.readFileSync(helpersC(tree), 'utf8');
      const includes = includesOf(text);
      const variants = [
        text.replace(includes.join('\n'), [...includes].reverse().join('\n')),
        ...includes.map((line) => text.replace(`${line}\n`, '')),
      ];
      for (const variant of variants) {
        const copy = copyTree(tree);
        fs.writeFileSync(helpersC(copy), variant);
        runCli(['fix', copy, '--only', 'helper-includes-unsorted,helper-not-included']);
        expect(fs.readFileSync(helpersC(copy), 'utf8')).toBe(text);
      }
    });
});

describeTier('corpus', 'rfl-ffi fix on the 6.12 corpus', () => {
  const expected = JSON.parse(fs.readFileSync(path.join(ROOT, 'test/corpus-rust-rules.expected.json'), 'utf8')) as {
    findings: { file: string; line: number; column: number; endLine: number; endColumn: number; code: string }[];
  };

  it('a second fix changes nothing, touched files parse, no generated file is touched', () => {
    expectSafe(CORPUS, fixedCopy(CORPUS));
  });

  it('--only unnecessary-cast --diff removes exactly the expected casts, as mainline\'s cleanup did, and no other byte', () => {
    const r = runCli(['fix', CORPUS, '--only', 'unnecessary-cast', '--diff']);
    const casts = expected.findings.filter((f) => f.code === 'unnecessary-cast');
    expect(fixedLine(r.stderr)).toBe(`rfl-ffi: fixed ${casts.length} findings in ${new Set(casts.map((c) => c.file)).size} files (as a diff: nothing written)`);
    const copy = copyTree(CORPUS);
    const patchFile = path.join(tmpDir(), 'casts.patch');
    fs.writeFileSync(patchFile, r.stdout);
    const p = spawnSync('patch', ['-p1', '-i', patchFile], { cwd: copy, encoding: 'utf8' });
    expect(p.status, p.stderr).toBe(0);
    // Mainline's cleanup: the value as written, its ` as T` gone, and with it the parentheses
    // the cast needed and a bare value does not (`(a - 1) as _` became `a - 1`).
    const removed = (cast: string) => {
      const value = /^(.*?)\s+as\s+[\w:*\s]+$/s.exec(cast)![1];
      let depth = 0;
      const closesAtEnd = value.startsWith('(') && [...value].every((ch, i) => {
        depth += ch === '(' ? 1 : ch === ')' ? -1 : 0;
        return depth > 0 || i === value.length - 1;
      });
      return closesAtEnd ? value.slice(1, -1) : value;
    };
    const byFile = new Map<string, typeof casts>();
    for (const c of casts) byFile.set(c.file, [...(byFile.get(c.file) ?? []), c]);
    for (const [file, found] of byFile) {
      const lines = fs.readFileSync(path.join(CORPUS, file), 'utf8').split('\n');
      for (const c of [...found].sort((a, b) => b.line - a.line || b.column - a.column)) {
        expect(c.endLine).toBe(c.line);
        const line = lines[c.line - 1];
        lines[c.line - 1] = line.slice(0, c.column - 1) + removed(line.slice(c.column - 1, c.endColumn - 1)) + line.slice(c.endColumn - 1);
      }
      expect(fs.readFileSync(path.join(copy, file), 'utf8')).toBe(lines.join('\n'));
    }
    expect(changedFiles(CORPUS, copy)).toEqual([...byFile.keys()].sort());
  });
});
