/**
 * Fuzzed editing through the real language server. One server receives the generated edits
 * incrementally; after every batch a reference server, which only ever receives whole texts
 * (the document closed and opened afresh), is given the same text, and the two must publish
 * the same diagnostics and offer the same code actions. A crash, an internal error the
 * server's guard caught, or a diagnostic outside the document is a failure; every request
 * and every diagnostics round trip is timed.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { languageOf } from '../../server/src/core/analyze';
import { listFiles } from '../../server/src/host/files';
import { splitLines } from '../../server/src/core/text';
import { LspClient, type PublishedDiagnostics, uri } from '../support/lspClient';
import { CORPUS, FIXTURES, ROOT } from '../support/paths';
import { Rng, applyOffsetEdit, lspRange, nextEdit } from './edits';

export interface FuzzTree {
  tree: string;
  objtree?: string;
}

export interface Mismatch {
  file: string;
  seed: number;
  batch: number;
  what: string;
}

/** The bound on every request and diagnostics round trip (issue 6: a correctness bound, not a benchmark). */
export const SLOWEST_ALLOWED_MS = 1000;

export interface FuzzResult {
  edits: number;
  batches: number;
  crashes: string[];
  mismatches: Mismatch[];
  /** The slowest request or diagnostics round trip, in ms, and what it was. */
  slowest: { ms: number; what: string };
  /** Every request or round trip over the bound. */
  slow: string[];
}

const GENERATED = /\/rust\/(bindings|uapi)\/\w+_generated\.rs$/;

/** The files a person edits in a tree: Rust sources and C helpers, not generated bindings. */
export function editableFiles(tree: string): string[] {
  return listFiles(tree, ['.rs', '.c']).filter((f) => !GENERATED.test(f) && (f.endsWith('.rs') || f.includes('/rust/helpers')));
}

interface Diag {
  range: PublishedDiagnostics['diagnostics'][number]['range'];
  code?: string | number;
  message: string;
  severity?: number;
}

function normalize(d: PublishedDiagnostics): string {
  const items: Diag[] = d.diagnostics.map((x) => ({ range: x.range, code: x.code, message: x.message, severity: x.severity }));
  return JSON.stringify(items);
}

function outOfDocument(text: string, d: PublishedDiagnostics): string | undefined {
  const lines = splitLines(text);
  for (const x of d.diagnostics) {
    for (const p of [x.range.start, x.range.end]) {
      if (p.line >= lines.length || p.character > lines[p.line].length) {
        return `${String(x.code)} at ${p.line}:${p.character} is outside the document (${lines.length} lines)`;
      }
    }
  }
  return undefined;
}

interface CodeActionLike {
  title: string;
  data?: unknown;
  edit?: unknown;
}

class TimedClient {
  client: LspClient;
  private crashesSeen = 0;

  constructor(private readonly target: FuzzTree, private readonly result: FuzzResult) {
    this.client = new LspClient();
  }

  async start(): Promise<void> {
    await this.client.initialize(this.target.tree, {}, { objtree: this.target.objtree });
  }

  time(ms: number, what: string): void {
    if (ms > this.result.slowest.ms) this.result.slowest = { ms, what };
    if (ms >= SLOWEST_ALLOWED_MS) this.result.slow.push(`${Math.round(ms)} ms: ${what}`);
  }

  async request<T>(method: string, params: unknown, what: string): Promise<T> {
    const t = performance.now();
    const r = await this.client.request<T>(method, params);
    this.time(performance.now() - t, `${method} ${what}`);
    return r;
  }

  /** Internal errors the crash guard logged since the last call. */
  internalErrors(): string[] {
    const logs = this.client.logs.filter((l) => l.type === 1 && l.message.includes('internal error'));
    const found = logs.slice(this.crashesSeen).map((l) => l.message);
    this.crashesSeen = logs.length;
    return found;
  }

  /** A dead server is a crash: say how it died and start a new one. */
  async restartIfDead(): Promise<string | undefined> {
    if (!this.client.exit) return undefined;
    const how = `server exited (${this.client.exit.signal ?? this.client.exit.code}): ${this.client.stderr.slice(-2000)}`;
    this.client = new LspClient();
    this.crashesSeen = 0;
    await this.start();
    return how;
  }
}

function codeActionParams(file: string, d: PublishedDiagnostics): unknown {
  const end = d.diagnostics.reduce((a, x) => (x.range.end.line > a.line ? x.range.end : a), { line: 0, character: 0 });
  return {
    textDocument: { uri: uri(file) },
    range: { start: { line: 0, character: 0 }, end: { line: end.line + 1, character: 0 } },
    context: { diagnostics: d.diagnostics },
  };
}

interface Session {
  target: FuzzTree;
  seed: number;
  rng: Rng;
  file: string;
  original: string;
  pasteSources: string[];
  edited: TimedClient;
  reference: TimedClient;
  result: FuzzResult;
  /** Edits made so far in this session, and batches checked. */
  done: number;
  batch: number;
}

let referenceVersion = 0;

/** Opens one file and edits it `edits` times in batches, checking after each batch. */
async function editSession(s: Session, edits: number): Promise<void> {
  const { rng, file, edited, reference, result } = s;
  const rel = path.relative(s.target.tree, file);
  const language = languageOf(file)!;
  let text = s.original;
  let version = 1;
  edited.client.open(file, text);
  await edited.client.diagnosticsFor(file, version);
  for (; s.done < edits; s.batch++) {
    // One batch: 1–6 didChange notifications of 1–3 changes each (applied in order, as LSP says).
    const notifications = 1 + rng.int(6);
    let sent = 0;
    for (let n = 0; n < notifications && s.done < edits; n++) {
      const changes: unknown[] = [];
      const count = 1 + rng.int(3);
      for (let c = 0; c < count && s.done < edits; c++, s.done++) {
        if (rng.chance(0.02)) {
          changes.push({ text });
          continue;
        }
        const e = nextEdit(rng, text, language, s.pasteSources, text.length > 2 * s.original.length + 4096);
        changes.push({ range: lspRange(text, e), text: e.text });
        text = applyOffsetEdit(text, e);
      }
      edited.client.change(file, ++version, changes);
      sent = performance.now();
    }
    let mine = await edited.client.diagnosticsFor(file, version);
    edited.time(performance.now() - sent, `diagnostics of ${rel} (${text.length} chars) after batch ${s.batch} (seed ${s.seed})`);
    const where = `${rel} after batch ${s.batch}`;
    const mismatch = (what: string) => result.mismatches.push({ file: rel, seed: s.seed, batch: s.batch, what });

    reference.client.close(file);
    reference.client.open(file, text, undefined, ++referenceVersion);
    let theirs = await reference.client.diagnosticsFor(file, referenceVersion);
    if (normalize(mine) !== normalize(theirs)) {
      // A server still reading the tree's headers answers provisionally ("the other headers are
      // still being read") and publishes again once it has them all: the two must then agree.
      const agreed = await edited.client.until(() => {
        [mine, theirs] = [edited.client.diagnostics.get(uri(file))!, reference.client.diagnostics.get(uri(file))!];
        return normalize(mine) === normalize(theirs) ? true : undefined;
      }, 'the servers to agree', 10_000).catch(() => false);
      if (!agreed) mismatch(`diagnostics differ:\n  incremental: ${normalize(mine)}\n  fresh:       ${normalize(theirs)}`);
    }
    const outside = outOfDocument(text, mine);
    if (outside) mismatch(outside);

    const myActions = await edited.request<CodeActionLike[]>('textDocument/codeAction', codeActionParams(file, mine), where);
    const theirActions = await reference.request<CodeActionLike[]>('textDocument/codeAction', codeActionParams(file, theirs), where);
    const titles = (a: CodeActionLike[]) => JSON.stringify(a.map((x) => x.title));
    if (titles(myActions) !== titles(theirActions)) mismatch(`code actions differ: ${titles(myActions)} vs ${titles(theirActions)}`);
    if (myActions.length) {
      const resolved = await edited.request<CodeActionLike>('codeAction/resolve', rng.pick(myActions), where);
      if (!resolved.edit) mismatch(`"${resolved.title}" resolved without an edit`);
    }
    for (const c of [...edited.internalErrors(), ...reference.internalErrors()]) result.crashes.push(`${where} (seed ${s.seed}): ${c}`);
    result.batches++;
  }
  edited.client.close(file);
}

/**
 * Fuzzes `editBudget` edits per seed over files of one tree (`only` these, when given), the
 * files and edits picked by the seed.
 */
export async function fuzzTree(target: FuzzTree, seeds: number[], editBudget: number, result: FuzzResult, only?: string[]): Promise<void> {
  const files = only ?? editableFiles(target.tree);
  const texts = new Map(files.map((f) => [f, fs.readFileSync(f, 'utf8')]));
  const edited = new TimedClient(target, result);
  const reference = new TimedClient(target, result);
  await Promise.all([edited.start(), reference.start()]);
  try {
    for (const seed of seeds) await fuzzSeed(target, seed, editBudget, files, texts, edited, reference, result);
  } finally {
    await Promise.all([edited.client.shutdown(), reference.client.shutdown()]);
  }
}

async function fuzzSeed(
  target: FuzzTree, seed: number, editBudget: number, files: string[], texts: Map<string, string>,
  edited: TimedClient, reference: TimedClient, result: FuzzResult,
): Promise<void> {
  const rng = new Rng(seed);
  const pasteSources = [...texts.values()];
  for (let budget = editBudget; budget > 0;) {
    const file = rng.pick(files);
    const edits = Math.min(budget, 10 + rng.int(50));
    const s: Session = { target, seed, rng, file, original: texts.get(file)!, pasteSources, edited, reference, result, done: 0, batch: 0 };
    try {
      await editSession(s, edits);
    } catch (e) {
      const deaths = [await edited.restartIfDead(), await reference.restartIfDead()].filter(Boolean);
      const at = `${path.relative(target.tree, file)} batch ${s.batch} (seed ${seed})`;
      result.crashes.push(`${at}: ${deaths.length ? deaths.join('; ') : (e as Error).message}`);
    }
    result.edits += s.done;
    budget -= edits;
  }
}

/** The demo tree and every fixture tree: the trees of the repository. */
export function smallTrees(): FuzzTree[] {
  return [
    { tree: path.join(ROOT, 'demo/linux') },
    ...fs.readdirSync(FIXTURES).filter((d) => d.startsWith('linux-')).sort().map((d) => ({ tree: path.join(FIXTURES, d) })),
  ];
}

export const CORPUS_TREE: FuzzTree = { tree: CORPUS };

/**
 * `edits` edits for each seed, shared by `trees` (each tree's seeds derived from the given
 * ones, so every tree sees different edits); with `corpus`, half of them go to the corpus.
 */
export async function runFuzz(seeds: number[], edits: number, trees: { corpus: boolean; small: boolean }): Promise<FuzzResult> {
  const result = emptyResult();
  const small = trees.small ? smallTrees() : [];
  const corpusEdits = !trees.corpus ? 0 : small.length ? Math.ceil(edits / 2) : edits;
  const each = small.length ? Math.floor((edits - corpusEdits) / small.length) : 0;
  const rest = edits - corpusEdits - each * small.length;
  if (trees.corpus) await fuzzTree(CORPUS_TREE, seeds, corpusEdits + rest, result);
  for (const [i, t] of small.entries()) await fuzzTree(t, seeds.map((s) => s * 31 + i + 1), each + (trees.corpus || i ? 0 : rest), result);
  return result;
}

export function formatResult(r: FuzzResult, seeds: number[]): string {
  return `${r.edits} edits in ${r.batches} batches (seed${seeds.length > 1 ? 's' : ''} ${seeds.join(', ')}): ${r.crashes.length} crashes, ${r.mismatches.length} mismatches, ` +
    `slowest request ${Math.round(r.slowest.ms)} ms (${r.slowest.what})`;
}

export function emptyResult(): FuzzResult {
  return { edits: 0, batches: 0, crashes: [], mismatches: [], slowest: { ms: 0, what: 'nothing' }, slow: [] };
}
