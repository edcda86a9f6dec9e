import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze, type Project } from '../server/src/core/analyze';
import { ItemFindings } from '../server/src/core/itemFindings';
import { type Finding, lazyFix } from '../server/src/core/model';
import { parseRust } from '../server/src/core/parse';
import { IndexCache } from '../server/src/host/indexCache';
import { loadProject } from '../server/src/host/kernelTree';
import { DocumentTrees } from '../server/src/lsp/documentTrees';
import { CORPUS, ROOT } from './support/paths';
import { describeTier } from './support/tiers';

const DEMO = path.join(ROOT, 'demo/linux');

function load(srctree: string, objtree?: string): Project {
  return loadProject(srctree, { objtree }, (m) => IndexCache.inMemory(m.srctree, m.objtree));
}

/** A text edit found by content: replace the first `find` (at or after `after`) with `text`. */
interface Edit {
  find: string;
  text: string;
  after?: string;
}

/**
 * Applies `edits` one by one as an editor would (incremental reparse, findings kept per
 * item) and returns, after each, the incremental findings and those of a fresh analysis.
 */
function replay(project: Project, file: string, edits: Edit[]): { incremental: Finding[]; fresh: Finding[] }[] {
  const trees = new DocumentTrees();
  const items = new ItemFindings();
  let doc = TextDocument.create(`file://${file}`, 'rust', 1, fs.readFileSync(file, 'utf8'));
  trees.treeOf(file, doc);
  const steps = [{ incremental: analyze(file, doc.getText(), project, { tree: trees.treeOf(file, doc), items }), fresh: analyze(file, doc.getText(), project) }];
  for (const [i, e] of edits.entries()) {
    const text = doc.getText();
    const at = text.indexOf(e.find, e.after === undefined ? 0 : text.indexOf(e.after));
    if (at < 0) throw new Error(`edit ${i}: ${JSON.stringify(e.find)} not found`);
    const change = { range: { start: doc.positionAt(at), end: doc.positionAt(at + e.find.length) }, text: e.text };
    doc = trees.update(doc, [change], doc.version + 1);
    steps.push({
      incremental: analyze(file, doc.getText(), project, { tree: trees.treeOf(file, doc), items }),
      fresh: analyze(file, doc.getText(), project),
    });
  }
  return steps;
}

function codes(findings: Finding[]): string[] {
  return findings.map((f) => `${f.range.start.line + 1}:${f.code}`);
}

describe('re-analysing only the items an edit changed', () => {
  it('gives the findings of a fresh analysis after every edit of the demo driver', () => {
    const file = path.join(DEMO, 'drivers/misc/rust_demo.rs');
    const steps = replay(load(DEMO), file, [
      // A line above everything: every item moves.
      { find: '\nuse kernel::bindings;', text: '\n\nuse kernel::bindings;' },
      // Inside one function body: the unnecessary cast goes away.
      { find: ' as usize }', text: ' }' },
      // A signature (part of the outline): `timeout` now returns u64, so the call's value changes type.
      { find: 'fn timeout(ms: u32) -> usize {', text: 'fn timeout(ms: u32) -> u64 {' },
      // A suppression comment above a function.
      { find: '/// Counts one hit', text: '// rfl-ffi: allow(raw-binding-use)\n/// Counts one hit' },
      // A new finding inside an impl method.
      { find: '        let mut hits = 0;', text: '        let mut hits = 0;\n        let _t = 7u64 as u64;' },
      // Half-typed code that does not parse, then completed.
      { find: '/// A scratch buffer', text: 'fn broken( {\n/// A scratch buffer' },
      { find: 'fn broken( {\n', text: '' },
      // A column shift on an item's first line.
      { find: 'fn starts_ascii', text: 'pub fn starts_ascii' },
      // `mod bindings` of its own: `bindings::kmalloc` no longer names the crate.
      { find: 'struct RustDemo {', text: 'mod bindings {}\n\nstruct RustDemo {' },
      { find: 'mod bindings {}\n\n', text: '' },
      // Unchanged text again (undo of the first edit).
      { find: '\n\nuse kernel::bindings;', text: '\nuse kernel::bindings;' },
      // A member added to the impl: `init`'s fixes insert after the impl, which now ends later.
      { find: '        Ok(RustDemo { lock, key, hits })\n    }\n', text: '        Ok(RustDemo { lock, key, hits })\n    }\n\n    fn extra() {}\n' },
    ]);
    for (const s of steps) expect(s.incremental).toEqual(s.fresh);
    expect(codes(steps[0].fresh)).toContain('41:unnecessary-cast');
    expect(codes(steps[2].fresh)).not.toContain('42:unnecessary-cast');
    expect(codes(steps[4].fresh).filter((c) => c.endsWith('raw-binding-use'))).toHaveLength(codes(steps[3].fresh).filter((c) => c.endsWith('raw-binding-use')).length - 3);
    expect(codes(steps[5].fresh)).toContain('70:unnecessary-cast');
    expect(codes(steps[9].fresh).filter((c) => c.endsWith('missing-binding'))).toEqual([]);
    expect(codes(steps[10].fresh).filter((c) => c.endsWith('missing-binding'))).toEqual(['61:missing-binding']);
  });
});

describeTier('corpus', 'incremental findings on the corpus', () => {
  it('gives the findings of a fresh analysis over edits of the largest corpus driver', () => {
    const file = path.join(CORPUS, 'drivers/gpu/drm/drm_panic_qr.rs');
    const lines = fs.readFileSync(file, 'utf8').split('\n');
    const edits: Edit[] = [];
    for (let i = 0; i < 12; i++) {
      const line = lines[(i * 83) % lines.length];
      // Characters typed at the end of lines, some of which break the parse.
      if (line.trim()) edits.push({ find: `${line}\n`, text: `${line}${i % 3 === 0 ? ' x' : ' '}\n` });
    }
    edits.push({ find: 'fn ', text: 'fn rfl_cast() -> u32 { 5u32 as u32 }\n\nfn ' });
    const steps = replay(load(CORPUS), file, edits);
    for (const s of steps) expect(s.incremental).toEqual(s.fresh);
    expect(codes(steps[steps.length - 1].fresh).filter((c) => c.endsWith('unnecessary-cast'))).toHaveLength(1);
  });
});

describe('ItemFindings', () => {
  const text = [
    'use kernel::bindings;',
    '',
    'fn a() -> u32 {',
    '    1',
    '}',
    '',
    'fn b() -> u32 {',
    '    2',
    '}',
    '',
  ].join('\n');

  function analysed(items: ItemFindings, source: string, settings = ''): string[] {
    const seen: string[] = [];
    items.findings('project', settings, parseRust(source).rootNode.namedChildren, (nodes) => {
      for (const n of nodes) if (n.type !== 'attribute_item') seen.push(n.childForFieldName('name')?.text ?? n.text);
      return [];
    });
    return seen;
  }

  it('analyses only the items whose text changed', () => {
    const items = new ItemFindings();
    expect(analysed(items, text)).toEqual(['use kernel::bindings;', 'a', 'b']);
    expect(analysed(items, text.replace('    2', '    3'))).toEqual(['b']);
    expect(analysed(items, `\n\n${text.replace('    2', '    3')}`)).toEqual([]);
    expect(analysed(items, `const N: u32 = 4;\n\n${text}`)).toEqual(['N', 'use kernel::bindings;', 'a', 'b']);
    expect(analysed(items, `const N: u32 = 5;\n\n${text}`)).toEqual(['N']);
  });

  it('analyses one member of an impl, not the whole impl', () => {
    const items = new ItemFindings();
    const withImpl = `${text}\nstruct S;\n\nimpl S {\n    fn m(&self) -> u32 {\n        1\n    }\n\n    #[inline]\n    fn n(&self) {}\n}\n`;
    expect(analysed(items, withImpl)).toEqual(['use kernel::bindings;', 'a', 'b', 'S', 'S', 'm', 'n']);
    const edited = withImpl.replace('        1', '        2');
    expect(analysed(items, edited)).toEqual(['m']);
    const attributed = edited.replace('#[inline]', '#[inline(always)]');
    expect(analysed(items, attributed)).toEqual(['n']);
    // The header is part of every member's key (a method's `self` is of the impl's type).
    expect(analysed(items, attributed.replace('impl S {', 'impl  S {'))).toEqual(['S', 'm', 'n']);
  });

  it('analyses everything again when a method\'s signature or a module const\'s type changes (the resolver reads them)', () => {
    const items = new ItemFindings();
    const withImpl = `${text}\nstruct S;\n\nimpl S {\n    fn m(&self) -> u32 {\n        1\n    }\n}\n\nmod k {\n    pub const C: u32 = 1;\n}\n`;
    const all = ['use kernel::bindings;', 'a', 'b', 'S', 'S', 'm', 'k'];
    expect(analysed(items, withImpl)).toEqual(all);
    const returnsU64 = withImpl.replace('fn m(&self) -> u32', 'fn m(&self) -> u64');
    expect(analysed(items, returnsU64)).toEqual(all);
    expect(analysed(items, returnsU64.replace('pub const C: u32 = 1;', 'pub const C: u32 = 2;'))).toEqual(['k']);
    expect(analysed(items, returnsU64.replace('pub const C: u32 = 1;', 'pub const C: u64 = 1;'))).toEqual(all);
  });

  it('moves kept fixes without computing them, and computes each once when read', () => {
    const items = new ItemFindings();
    let computed = 0;
    const at = (line: number, character: number) => ({ start: { line, character }, end: { line, character: character + 1 } });
    const run = (source: string) => items.findings('project', '', parseRust(source).rootNode.namedChildren, (nodes) => {
      const n = nodes.find((x) => x.childForFieldName('name')?.text === 'a');
      if (!n) return [];
      const range = at(n.startPosition.row + 1, 4);
      return [{
        file: 'f.rs', range, code: 'c', severity: 'warning', message: 'm', docs: '', related: [],
        fixes: [lazyFix('fix', () => {
          computed++;
          return [{ file: 'f.rs', edits: [{ range, newText: '2' }] }];
        })],
      }];
    });
    run(text);
    const moved = run(`\n\n${text}`);
    expect(computed).toBe(0);
    expect(moved.map((f) => [f.range, f.fixes[0].edits])).toEqual([[at(5, 4), [{ file: 'f.rs', edits: [{ range: at(5, 4), newText: '2' }] }]]]);
    expect(moved[0].fixes[0].edits).toBe(moved[0].fixes[0].edits);
    expect(computed).toBe(1);
  });

  it('analyses everything again when the outline or the settings change', () => {
    const items = new ItemFindings();
    analysed(items, text);
    expect(analysed(items, text.replace('fn b() -> u32', 'fn b() -> u64'))).toEqual(['use kernel::bindings;', 'a', 'b']);
    expect(analysed(items, text.replace('fn b() -> u32', 'fn b() -> u64'), 'severity')).toEqual(['use kernel::bindings;', 'a', 'b']);
  });

  it('once the header lookup completes, analyses everything again only if some kept findings read a provisional answer', () => {
    // A lookup still reading: analysing \`b\` (in any version) reads a provisional answer.
    const lookup = { complete: false, provisional: 0 };
    const run = (items: ItemFindings, source: string) => {
      const seen: string[] = [];
      items.findings('project', '', parseRust(source).rootNode.namedChildren, (nodes) => {
        for (const n of nodes) {
          const name = n.childForFieldName('name')?.text ?? n.text;
          if (name === 'b' && !lookup.complete) lookup.provisional++;
          seen.push(name);
        }
        return [];
      }, lookup);
      return seen;
    };
    const quiet = new ItemFindings();
    expect(run(quiet, text.replace('fn b', 'fn c'))).toEqual(['use kernel::bindings;', 'a', 'c']);
    lookup.complete = true;
    expect(run(quiet, text.replace('fn b', 'fn c'))).toEqual([]);

    lookup.complete = false;
    const read = new ItemFindings();
    expect(run(read, text)).toEqual(['use kernel::bindings;', 'a', 'b']);
    expect(run(read, text.replace('    1', '    7'))).toEqual(['a']);
    lookup.complete = true;
    expect(run(read, text.replace('    1', '    7'))).toEqual(['use kernel::bindings;', 'a', 'b']);
    expect(run(read, text.replace('    1', '    8'))).toEqual(['a']);
  });
});
