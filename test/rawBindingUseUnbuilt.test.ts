/**
 * raw-binding-use needs no types: on a copy of the demo tree with its generated files deleted
 * (an unbuilt checkout, a patch reviewed on a plain clone) it reports every raw use it reports on
 * the built demo, at the same ranges. The one more it reports is `bindings::kmalloc`, which the
 * built tree's bindings lack: there missing-binding speaks for it, and raw-binding-use waits
 * until the helper exists.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { GENERATED_FILES } from '../server/src/core/tree';
import { runCli } from './support/cli';
import { ROOT } from './support/paths';
import { copyTree } from './support/tmpTree';

interface JsonFinding {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  code: string;
}

function findings(tree: string): JsonFinding[] {
  const r = runCli(['check', tree, '--format', 'json', '--exit-zero']);
  expect(r.code, r.stderr).toBe(0);
  return (JSON.parse(r.stdout) as { findings: JsonFinding[] }).findings;
}

const place = (f: JsonFinding) => `${f.file}:${f.line}:${f.column}-${f.endLine}:${f.endColumn}`;

describe('raw-binding-use in a tree without generated bindings', () => {
  it('reports every raw use of the built demo tree, at the same ranges', () => {
    const unbuilt = copyTree(path.join(ROOT, 'demo/linux'));
    for (const rel of Object.values(GENERATED_FILES)) fs.rmSync(path.join(unbuilt, rel));
    const built = findings(path.join(ROOT, 'demo/linux'));
    const raw = built.filter((f) => f.code === 'raw-binding-use').map(place);
    const rawUnbuilt = findings(unbuilt).filter((f) => f.code === 'raw-binding-use').map(place);
    expect(raw.length).toBe(13);
    expect(rawUnbuilt.filter((p) => raw.includes(p))).toEqual(raw);
    // The rest: the paths whose name the built bindings lack (missing-binding's finding is on the name).
    const missing = built.filter((f) => f.code === 'missing-binding');
    expect(rawUnbuilt.filter((p) => !raw.includes(p))).toEqual(['drivers/misc/rust_demo.rs:59:14-59:31']);
    expect(missing.map((f) => `${f.file}:${f.line}:${f.endColumn}`)).toEqual(['drivers/misc/rust_demo.rs:59:31']);
  });
});
