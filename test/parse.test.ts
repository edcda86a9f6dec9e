/**
 * The grammars as core/parse.ts loads them, with the plain SyntaxNode for every node type (no
 * class per type): the trees read as with tree-sitter's own classes, which a child process
 * that loads the grammars as the library does reports.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Parser from 'tree-sitter';
import { expect, it } from 'vitest';
import { NODE_TABLE_IDS, parseC, parseRust, type SyntaxNode, type SyntaxTree } from '../server/src/core/parse';
import { ROOT } from './support/paths';

function symbolIds(grammar: string): number {
  const c = fs.readFileSync(path.join(ROOT, 'node_modules', grammar, 'src/parser.c'), 'utf8');
  const define = (name: string) => Number(new RegExp(`#define ${name} (\\d+)`).exec(c)![1]);
  return define('SYMBOL_COUNT') + define('ALIAS_COUNT');
}

it.each(['tree-sitter-rust', 'tree-sitter-c'])('the node table covers every symbol id of %s', (grammar) => {
  expect(symbolIds(grammar)).toBeLessThan(NODE_TABLE_IDS);
});

/** Every node, named or not, in order: its type, whether it is an error or missing, its text, and the text of its `name`/`declarator` field. */
const READ = `(root) => {
  const out = [];
  const visit = (n) => {
    out.push([n.type, n.isNamed, n.isError, n.isMissing, n.text, n.childForFieldName('name')?.text ?? n.childForFieldName('declarator')?.text ?? null]);
    for (const c of n.children) visit(c);
  };
  visit(root);
  return { sexp: root.toString(), nodes: out };
}`;
// eslint-disable-next-line @typescript-eslint/no-implied-eval
const read = new Function(`return ${READ}`)() as (root: SyntaxNode) => unknown;

/** The same read through tree-sitter loading the grammar itself (its class per node type). */
function readByLibrary(grammar: string, text: string): unknown {
  const script = `const P = require('tree-sitter'); const p = new P(); p.setLanguage(require('${grammar}'));
    const root = p.parse(${JSON.stringify(text)}).rootNode;
    if (root.namedChildren[0].constructor === P.SyntaxNode) throw new Error('not the library classes');
    process.stdout.write(JSON.stringify((${READ})(root)));`;
  const r = spawnSync(process.execPath, ['-e', script], { cwd: ROOT, encoding: 'utf8' });
  expect(r.stderr).toBe('');
  return JSON.parse(r.stdout);
}

const RUST = 'struct S { a: u8 }\nfn f(s: S) -> u8 { s.a as u8 }\nimpl S { fn g(&self) -> *const c_char { bindings::h(self.a as _) } }\nfn broken( {\n';
const C = '#include <linux/err.h>\nstatic inline int f(const char *s) { return s[0]; }\nstruct g { int a : 3; };\nint h( {\n';

it.each([['Rust', 'tree-sitter-rust', RUST, parseRust], ['C', 'tree-sitter-c', C, parseC]] as [string, string, string, (t: string) => SyntaxTree][])(
  '%s trees read as with the library\'s node classes, errors and aliased types included', (_, grammar, text, parse) => {
    const root = parse(text).rootNode;
    expect(root.namedChildren[0].constructor).toBe((Parser as unknown as { SyntaxNode: unknown }).SyntaxNode);
    const ours = read(root) as { sexp: string; nodes: unknown[][] };
    expect(ours.sexp).toContain('ERROR');
    expect(ours.nodes.length).toBeGreaterThan(50);
    expect(ours).toEqual(readByLibrary(grammar, text));
  });
