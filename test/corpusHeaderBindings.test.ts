/**
 * The headers-only bindings model held to bindgen on the 6.12 corpus: every name the corpus's
 * Rust code uses as `bindings::X`, derived from the headers (`rfl-ffi bindings --from-headers`)
 * and compared with what the corpus's generated files hold (`rfl-ffi bindings`). Then a copy
 * of the corpus without its three generated files: the same findings, no missing-binding, and
 * a hover that says where the signature comes from.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { normalizeDeclaration } from '../server/src/core/index/declarationText';
import { runCli } from './support/cli';
import { LspClient, uri } from './support/lspClient';
import { CORPUS } from './support/paths';
import { describeTier } from './support/tiers';
import { copyTree } from './support/tmpTree';

const GENERATED = ['rust/bindings/bindings_generated.rs', 'rust/bindings/bindings_helpers_generated.rs', 'rust/uapi/uapi_generated.rs'];

interface Entry {
  name: string;
  kind: string;
  declaration: string | null;
  source: string | null;
}

/** Every `bindings::X` in the corpus's own Rust code (comments left out): kernel crate, drivers, samples. */
function usedNames(): string[] {
  const names = new Set<string>();
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (p.endsWith('.rs') && !p.endsWith('_generated.rs') && !/rust\/(bindings|uapi)\//.test(p)) {
        const code = fs.readFileSync(p, 'utf8').replace(/\/\*[\s\S]*?\*\//g, ' ').replace(/\/\/.*$/gm, '');
        for (const m of code.matchAll(/\bbindings::([A-Za-z_]\w*)/g)) names.add(m[1]);
      }
    }
  };
  walk(CORPUS);
  return [...names].sort();
}

function bindings(names: string[], ...flags: string[]): Map<string, Entry[]> {
  const r = runCli(['bindings', ...names, '--tree', CORPUS, '--format', 'json', ...flags]);
  expect(r.code, r.stderr).toBe(0);
  const out = new Map<string, Entry[]>();
  for (const e of (JSON.parse(r.stdout) as { bindings: Entry[] }).bindings) out.set(e.name, [...(out.get(e.name) ?? []), e]);
  return out;
}

/** What must agree: the whole declaration, but for a constant its type (the value is bindgen's evaluation). */
function compared(e: Entry): string {
  const d = normalizeDeclaration(e.declaration!);
  return e.kind === 'const' ? d.replace(/=.*$/, '') : d;
}

describeTier('corpus', 'the headers-only model against bindgen on the corpus', () => {
  it('derives at least 95% of the used names exactly as bindgen did, gets fewer than 1% wrong, and leaves the rest unknown', () => {
    const names = usedNames();
    expect(names.length).toBeGreaterThan(150);
    const generated = bindings(names);
    const derived = bindings(names, '--from-headers');
    let agree = 0;
    const disagree: string[] = [];
    const unknown: string[] = [];
    for (const name of names) {
      const g = generated.get(name)!;
      expect(g.every((e) => e.kind !== 'unknown'), `${name} is in the generated bindings`).toBe(true);
      const d = derived.get(name)!;
      if (d.every((e) => e.kind === 'unknown')) unknown.push(name);
      else if (JSON.stringify(d.map(compared).sort()) === JSON.stringify(g.map(compared).sort())) agree++;
      else disagree.push(name);
    }
    console.log(`headers-only model on ${names.length} names used as bindings::X: ${agree} agree, ${disagree.length} disagree` +
      `${disagree.length ? ` (${disagree.join(', ')})` : ''}, ${unknown.length} unknown (${unknown.join(', ')})`);
    expect(agree / names.length).toBeGreaterThanOrEqual(0.95);
    expect(disagree.length / names.length).toBeLessThan(0.01);
  });
});

describeTier('corpus', 'the corpus with its generated files removed', () => {
  let tree: string;
  let client: LspClient | undefined;
  beforeAll(() => {
    tree = copyTree(CORPUS);
    for (const f of GENERATED) fs.rmSync(path.join(tree, f));
  });
  afterAll(() => client?.shutdown());

  it('gives the same findings as the built corpus, code for code and range for range, and no missing-binding', () => {
    const findings = (root: string) => {
      const r = runCli(['check', root, '--format', 'json', '--exit-zero']);
      expect(r.code, r.stderr).toBe(0);
      return (JSON.parse(r.stdout) as { findings: Record<string, unknown>[] }).findings
        .map(({ file, line, column, endLine, endColumn, code }) => ({ file, line, column, endLine, endColumn, code }));
    };
    const built = findings(CORPUS);
    const unbuilt = findings(tree);
    expect(built.length).toBeGreaterThan(0);
    expect(unbuilt).toEqual(built);
    expect(unbuilt.filter((f) => f.code === 'missing-binding')).toEqual([]);
  });

  it('says so: `rfl-ffi info` reports bindings from headers', () => {
    const r = runCli(['info', tree]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('bindings: from headers (not built yet: derived from the C headers per name)');
    const json = JSON.parse(runCli(['info', tree, '--format', 'json']).stdout);
    expect(json.bindings).toBe('headers');
    expect(json.counts.bindingFunctions).toBeNull();
  });

  it('hovers `bindings::mutex_lock` in rust/kernel/sync/lock/mutex.rs with the C prototype, the Rust signature, and where both come from', async () => {
    const file = path.join(tree, 'rust/kernel/sync/lock/mutex.rs');
    const lines = fs.readFileSync(file, 'utf8').split('\n');
    const line = lines.findIndex((l) => l.includes('bindings::mutex_lock('));
    const character = lines[line].indexOf('mutex_lock(');
    client = new LspClient();
    await client.initialize(tree);
    client.open(file);
    await client.diagnosticsFor(file);
    const hover = await client.request('textDocument/hover', { textDocument: { uri: uri(file) }, position: { line, character: character + 2 } });
    expect(hover).toEqual({
      contents: {
        kind: 'markdown',
        value: [
          '```c\nextern void mutex_lock(struct mutex *lock);\n```',
          'Declared at `include/linux/mutex.h:178`.',
          '```rust\npub fn mutex_lock(lock: *mut mutex)\n```',
          'From the headers (not built yet): derived from `include/linux/mutex.h:178` as bindgen will generate it once the tree is built with CONFIG_RUST=y.',
          'This configuration\'s bindings also bind `mutex_lock` directly, and Rust uses that: the helper `rust_helper_mutex_lock` ' +
            '(`rust/helpers/mutex.c:6`) is unused here. Whether bindgen sees the real function depends on the config.',
          'Wrapped by the `kernel` crate:\n- `MutexBackend::lock` in `kernel::sync::lock::mutex` (`rust/kernel/sync/lock/mutex.rs:107`)',
        ].join('\n\n'),
      },
      range: { start: { line, character }, end: { line, character: character + 'mutex_lock'.length } },
    });
  });
});
