/**
 * The grammars as core/parse.ts loads them, with node classes of its own (`type` on the
 * prototype, no field getters): the trees read as with tree-sitter's own classes, which a
 * child process that loads the grammars as the library does reports.
 */
import { spawnSync } from 'node:child_process';
import Parser from 'tree-sitter';
import { expect, it } from 'vitest';
import { parseC, parseRust, type SyntaxNode, type SyntaxTree } from '../server/src/core/parse';
import { ROOT } from './support/paths';

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
    // Not the plain SyntaxNode, whose `type` is a call into the runtime: a class whose prototype holds it.
    const first = root.namedChildren[0];
    expect(first.constructor).not.toBe((Parser as unknown as { SyntaxNode: unknown }).SyntaxNode);
    expect(Object.getOwnPropertyDescriptor(Object.getPrototypeOf(first), 'type')?.value).toBe(first.type);
    const ours = read(root) as { sexp: string; nodes: unknown[][] };
    expect(ours.sexp).toContain('ERROR');
    expect(ours.nodes.length).toBeGreaterThan(50);
    expect(ours).toEqual(readByLibrary(grammar, text));
  });
