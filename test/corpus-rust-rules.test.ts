import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { expect, it } from 'vitest';
import { CLI, CORPUS, ROOT } from './support/paths';
import { describeTier } from './support/tiers';

interface Expected {
  rules: string[];
  findings: { file: string; line: number; column: number; endLine: number; endColumn: number; code: string; why: string }[];
}

const expected = JSON.parse(fs.readFileSync(path.join(ROOT, 'test/corpus-rust-rules.expected.json'), 'utf8')) as Expected;

describeTier('corpus', 'the corpus', () => {
  it('the Rust rules find exactly the justified findings of the 6.12 corpus', () => {
    const out = execFileSync(process.execPath, [CLI, 'check', CORPUS, '--format', 'json', '--exit-zero'], { encoding: 'utf8' });
    const found = (JSON.parse(out) as { findings: (Expected['findings'][number] & { message: string })[] }).findings
      .filter((f) => expected.rules.includes(f.code))
      .map(({ file, line, column, endLine, endColumn, code }) => ({ file, line, column, endLine, endColumn, code }));
    expect(found).toEqual(expected.findings.map(({ why: _why, ...f }) => f));
    expect(expected.findings.every((f) => f.why.length > 20)).toBe(true);
  });
});
