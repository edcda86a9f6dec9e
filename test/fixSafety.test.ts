/**
 * Fix safety: every fix offered anywhere on the corpus, the demo tree and the fixtures is
 * applied, through the core and through the language server's code actions, and must leave
 * code that parses, the finding gone, nothing more offered at that place, every other finding
 * as it was, and helpers that compile. Generic: a rule added later is covered by this test
 * as soon as it offers a fix.
 *
 * Tiers: the demo tree and the fixtures are core; the corpus is the corpus tier; fixes that
 * change helpers for a Rust finding (a generated helper) need clang and bindgen, the build
 * that regenerates the bindings, and run in that tier, where every C fix is also compiled.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { Finding, Fix } from '../server/src/core/model';
import { LspClient, type PublishedDiagnostics, uri } from './support/lspClient';
import { CORPUS, FIXTURES, ROOT } from './support/paths';
import { describeTier } from './support/tiers';
import { FixBench, atPlace, newRustWarnings, offersAgain, otherRulesAt, placeAfterEdits } from './support/fixSafety';
import { loadProject } from '../server/src/host/kernelTree';
import { applyEdits } from '../server/src/core/text';

interface TreeUnderTest {
  name: string;
  src: string;
}

const SMALL_TREES: TreeUnderTest[] = [
  { name: 'demo/linux', src: path.join(ROOT, 'demo/linux') },
  ...fs.readdirSync(FIXTURES).filter((d) => d.startsWith('linux-')).sort().map((d) => ({ name: `fixture ${d}`, src: path.join(FIXTURES, d) })),
];
const CORPUS_TREE: TreeUnderTest = { name: 'the 6.12 corpus', src: CORPUS };

/**
 * Which fixes a tier judges: without the build, all but those that need it; with the build,
 * those that change C (compiled, and the bindings regenerated).
 */
type Scope = 'no-build' | 'build';
function inScope(scope: Scope, target: Finding, fix: Fix): boolean {
  return scope === 'build' ? fix.edits.some((fe) => /\.[ch]$/.test(fe.file)) : !FixBench.needsBuild(target, fix);
}

/** Every finding with a fix in scope, per file, in one writable copy of each tree. */
const benches = new Map<string, { bench: FixBench; fixable: Map<string, Finding[]> }>();
function benchFor(t: TreeUnderTest, scope: Scope) {
  const key = `${t.name}\0${scope}`;
  let b = benches.get(key);
  if (!b) {
    const bench = new FixBench(t.src, scope === 'build');
    const fixable = new Map<string, Finding[]>();
    for (const file of bench.files()) {
      const found = bench.findings(file).filter((f) => f.fixes.some((x) => inScope(scope, f, x)));
      if (found.length) fixable.set(file, found);
    }
    b = { bench, fixable };
    benches.set(key, b);
  }
  return b;
}

/**
 * Unsafe fixes this suite found that are reported and not fixed yet, exactly as the suite
 * words them: the test fails when one goes away, so its line here is removed with the fix.
 * (None today. The last one, the raw-binding-use wrapper hiding a `*const i8` handed on to
 * `__mutex_init`, was fixed by c-char-sign following arguments into local functions.)
 */
const KNOWN_UNSAFE: Record<string, string[]> = {};

const fixesChecked = new Map<string, number>();
afterAll(() => {
  console.log(`fixes applied: ${[...fixesChecked].map(([t, n]) => `${t} ${n}`).join(', ')}`);
});

function coreFixesAreSafe(trees: TreeUnderTest[], scope: Scope): void {
  for (const t of trees) {
    it(t.name, () => {
      const { bench, fixable } = benchFor(t, scope);
      const problems: string[] = [];
      let n = 0;
      for (const findings of fixable.values()) {
        for (const f of findings) {
          for (const fix of f.fixes.filter((x) => inScope(scope, f, x))) {
            problems.push(...bench.check(f, fix));
            n++;
          }
        }
      }
      fixesChecked.set(`${t.name} (${scope})`, n);
      expect(problems).toEqual(KNOWN_UNSAFE[t.name] ?? []);
    });
  }
}

describe('every fix the core offers is safe', () => {
  coreFixesAreSafe(SMALL_TREES, 'no-build');

  it('covers fixes at all: the demo tree offers one for each of its fixable C hazards', () => {
    const { fixable } = benchFor(SMALL_TREES[0], 'no-build');
    const codes = [...fixable.values()].flat().map((f) => f.code);
    for (const code of ['missing-rust-helper', 'helper-not-included', 'helper-includes-unsorted']) expect(codes).toContain(code);
  });
});

describeTier('corpus', 'every fix the core offers on the corpus is safe', () => {
  coreFixesAreSafe([CORPUS_TREE], 'no-build');
});

describeTier(['clang', 'bindgen'], 'every fix that changes C compiles, and the regenerated bindings agree', () => {
  coreFixesAreSafe(SMALL_TREES, 'build');

  it('covers them: the demo tree has a generated helper among them', () => {
    const { fixable } = benchFor(SMALL_TREES[0], 'build');
    expect([...fixable.values()].flat().map((f) => f.code)).toContain('missing-binding');
  });
});

interface CodeAction {
  title: string;
  data?: unknown;
  edit?: { documentChanges: { textDocument: { uri: string; version: number | null }; edits: Fix['edits'][number]['edits'] }[] };
}

function codeActionsAreSafe(trees: TreeUnderTest[], scope: Scope): void {
  for (const t of trees) {
    it(t.name, async () => {
      const { bench, fixable } = benchFor(t, scope);
      const client = new LspClient();
      const problems: string[] = [];
      try {
        await client.initialize(bench.tree, {}, { objtree: bench.objtree });
        for (const [file, findings] of fixable) {
          const text = fs.readFileSync(file, 'utf8');
          client.open(file, text);
          let version = 1;
          const published = await client.diagnosticsFor(file, version);
          for (const f of findings) {
            const diag = published.diagnostics.find((d) => d.code === f.code && JSON.stringify(d.range) === JSON.stringify(f.range));
            const where = `${path.relative(bench.tree, file)}:${f.range.start.line + 1}:${f.range.start.character + 1} [${f.code}]`;
            if (!diag) {
              problems.push(`${where}: no diagnostic published for the finding`);
              continue;
            }
            const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
              textDocument: { uri: uri(file) }, range: diag.range, context: { diagnostics: [diag] },
            });
            expect(actions.map((a) => a.title), where).toEqual(f.fixes.map((x) => x.title));
            for (const [i, action] of actions.entries()) {
              const fix = f.fixes[i];
              if (!inScope(scope, f, fix)) continue;
              const resolved = await client.request<CodeAction>('codeAction/resolve', action);
              expect(resolved.edit?.documentChanges, `${where} "${fix.title}"`).toEqual(fix.edits.map((fe) => ({
                textDocument: { uri: uri(fe.file), version: fe.file === file ? version : null },
                edits: fe.edits,
              })));
              version = await applyThroughEditor(client, bench, file, text, version, resolved, problems, where, f, published);
            }
          }
          client.close(file);
        }
      } finally {
        await client.shutdown();
      }
      expect(problems).toEqual([]);
    });
  }
}

describe('every code action the server offers is the core fix, and is safe applied through the editor', () => {
  codeActionsAreSafe(SMALL_TREES, 'no-build');
});

describeTier('corpus', 'every code action the server offers on the corpus is safe', () => {
  codeActionsAreSafe([CORPUS_TREE], 'no-build');
});

describeTier(['clang', 'bindgen'], 'every code action that changes C is safe applied through the editor, then built', () => {
  codeActionsAreSafe(SMALL_TREES, 'build');
});

/**
 * Applies a resolved action as an editor would (the open document through didChange, other
 * files on disk, then the build that regenerates the bindings when helpers changed, with a
 * watched-files notice), asks for code actions again at the finding's place, then puts
 * everything back. Returns the document's version afterwards.
 */
async function applyThroughEditor(
  client: LspClient, bench: FixBench, file: string, text: string, version: number, action: CodeAction, problems: string[],
  where: string, target: Finding, published: PublishedDiagnostics,
): Promise<number> {
  const changes = action.edit!.documentChanges;
  const own = changes.find((c) => c.textDocument.uri === uri(file));
  const others = changes.filter((c) => c !== own).map((c) => {
    const p = fileURLToPath(c.textDocument.uri);
    const existed = fs.existsSync(p);
    return { path: p, existed, before: existed ? fs.readFileSync(p, 'utf8') : '', edits: c.edits };
  });
  const changed = [...others.map((o) => o.path), ...bench.generatedFiles()];
  const settle = async (diskChanged: boolean, docChanges: unknown[] | undefined): Promise<PublishedDiagnostics> => {
    let d: PublishedDiagnostics | undefined;
    if (diskChanged) {
      const seen = client.publishCount.get(uri(file)) ?? 0;
      client.notifyWatchedFiles(changed.map((f) => ({ file: f, type: 2 })));
      d = await client.diagnosticsAfter(file, seen);
    }
    if (docChanges) {
      client.change(file, ++version, docChanges);
      d = await client.diagnosticsFor(file, version);
    }
    return d!;
  };

  for (const o of others) {
    fs.mkdirSync(path.dirname(o.path), { recursive: true });
    fs.writeFileSync(o.path, applyEdits(o.before, o.edits));
  }
  const restoreBindings = changed.some((f) => /\.[ch]$/.test(f)) ? bench.rebuild() : undefined;
  // The edits themselves, last first so that each one's positions still hold: the incremental path an editor takes.
  const ownChanges = own ? [...own.edits].sort((a, b) => b.range.start.line - a.range.start.line || b.range.start.character - a.range.start.character)
    .map((e) => ({ range: e.range, text: e.newText })) : undefined;
  const after = await settle(others.length > 0, ownChanges);
  const place = own ? placeAfterEdits(text, own.edits, target.range) : target.range;
  const coexisting = otherRulesAt(published.diagnostics, target);
  const there = after.diagnostics.filter((d) => atPlace(d.range, place) && offersAgain(d.code, target, coexisting, !!own));
  // Asked only about what is there: with no diagnostic of ours named, the server answers for
  // the range, i.e. with the fixes of the findings that were there before and stay.
  const again = there.length ? await client.request<CodeAction[]>('textDocument/codeAction', {
    textDocument: { uri: uri(file) }, range: place, context: { diagnostics: there },
  }) : [];
  if (again.length) problems.push(`${where} "${action.title}": asked again at the same place, the server offers ${again.map((a) => `"${a.title}"`).join(', ')}`);

  for (const o of others) {
    if (o.existed) fs.writeFileSync(o.path, o.before);
    else fs.rmSync(o.path);
  }
  restoreBindings?.();
  await settle(others.length > 0, own ? [{ text }] : undefined);
  return version;
}

describe('the rustc warnings fix safety looks for are found', () => {
  const demo = loadProject(path.join(ROOT, 'demo/linux'));
  const file = path.join(ROOT, 'demo/linux/drivers/misc/rust_demo.rs');
  const text = fs.readFileSync(file, 'utf8');
  const jiffies = '    unsafe { bindings::__msecs_to_jiffies(ms) as usize }';

  it('an `unsafe` block around a call that is safe now (the old extracted wrapper), an import nothing uses, needless parentheses', () => {
    const local = `${text}\nfn msecs_to_jiffies(m: u32) -> usize {\n    // SAFETY: Only arithmetic.\n    unsafe { bindings::__msecs_to_jiffies(m) }\n}\n`;
    expect(newRustWarnings(file, local, local.replace(jiffies, '    unsafe { msecs_to_jiffies(ms) as usize }'), demo))
      .toEqual(['leaves an `unsafe` block that needs none: `unsafe { msecs_to_jiffies(ms) as usize }`']);
    const withTime = text.replace('use kernel::prelude::*;\n', 'use kernel::prelude::*;\nuse kernel::time;\n').replace(jiffies, '    time::msecs_to_jiffies(ms) as usize');
    expect(newRustWarnings(file, withTime, withTime.replace('    time::msecs_to_jiffies(ms) as usize', '    kernel::time::msecs_to_jiffies(ms) as usize'), demo))
      .toEqual(['leaves the import `kernel::time` unused']);
    expect(newRustWarnings(file, text, text.replace('pages as u64 * 4096', 'pages_to((pages - 1))'), demo)).toEqual(['leaves needless parentheses: `(pages - 1)`']);
  });

  it('nothing for what was there before the fix, nor for a block that still needs `unsafe`', () => {
    expect(newRustWarnings(file, text, text.replace(jiffies, '    unsafe { bindings::__msecs_to_jiffies(ms) }'), demo)).toEqual([]);
  });
});
