/**
 * What every fix must satisfy, whatever rule offers it (so rules added later are covered
 * without a line here): its edits are well formed; applied, the edited files parse with no
 * more ERROR nodes than before; the targeted finding is gone and nothing is offered at its
 * place any more; every other finding in the touched files is still there, and none is new;
 * C helpers that compiled before still compile; Rust it edits gets no new rustc warning of the
 * kinds a fix can cause: no `unsafe` block left without an operation that needs it
 * (`unused_unsafe`), no import left unused (`unused_imports`), no needless parentheses
 * (`unused_parens`).
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze, languageOf, parseFor } from '../../server/src/core/analyze';
import type { Finding, Fix, Position, Range, TextEdit } from '../../server/src/core/model';
import { parseRust, walkNamed } from '../../server/src/core/parse';
import { needlessParentheses } from '../../server/src/core/rules/casts';
import { bindingsGlobNames, importsLeftUnused } from '../../server/src/core/rules/importEdits';
import { unsafeOperations } from '../../server/src/core/rules/unsafeBlocks';
import { TypeResolver } from '../../server/src/core/types/resolve';
import { crateOf } from '../../server/src/core/tree';
import { lineStarts, offsetAt, positionAt, splitLines } from '../../server/src/core/text';
import { FFI_RS, GENERATED_FILES, HELPERS_C, LEGACY_HELPERS_C } from '../../server/src/core/tree';
import { loadProject, type LoadedProject, type TreeOptions } from '../../server/src/host/kernelTree';
import { checkableFiles } from '../../server/src/cli/check';
import { ROOT } from './paths';
import { copyTree } from './tmpTree';

/** An edit as UTF-16 offsets into the text it applies to. */
interface Span {
  from: number;
  to: number;
  text: string;
}

/** Why an edit list cannot be applied as is: a position outside the text, inside a CRLF or a surrogate pair, or overlapping edits. */
export function malformedEdits(text: string, edits: TextEdit[]): string[] {
  const lines = splitLines(text);
  const problems: string[] = [];
  const at = (p: Position) => `${p.line}:${p.character}`;
  for (const e of edits) {
    for (const p of [e.range.start, e.range.end]) {
      if (p.line >= lines.length || p.character > lines[p.line].length) problems.push(`position ${at(p)} is outside the text`);
      else if (p.character > 0 && /[\ud800-\udbff]/.test(lines[p.line][p.character - 1])) problems.push(`position ${at(p)} splits a surrogate pair`);
    }
  }
  const spans = toSpans(text, edits);
  for (let i = 1; i < spans.length; i++) {
    if (spans[i].from < spans[i - 1].to) problems.push(`edits overlap at offset ${spans[i].from}`);
  }
  for (const s of spans) if (s.from > s.to) problems.push(`an edit ends before it starts (offset ${s.from})`);
  return problems;
}

function toSpans(text: string, edits: TextEdit[]): Span[] {
  const starts = lineStarts(text);
  return edits
    .map((e) => ({ from: offsetAt(starts, text, e.range.start), to: offsetAt(starts, text, e.range.end), text: e.newText }))
    .sort((a, b) => a.from - b.from || a.to - b.to);
}

function applySpans(text: string, spans: Span[]): string {
  let out = '';
  let last = 0;
  for (const s of spans) {
    out += text.slice(last, s.from) + s.text;
    last = s.to;
  }
  return out + text.slice(last);
}

/**
 * Where an offset of the old text is in the new one. An offset inside a replaced span goes to
 * the start of its replacement (`left`) or to its end (`right`); at an insertion point,
 * `left` stays before the inserted text and `right` moves after it.
 */
function mapOffset(spans: Span[], offset: number, bias: 'left' | 'right'): number {
  let delta = 0;
  for (const s of spans) {
    const grown = s.text.length - (s.to - s.from);
    if (offset < s.from || (offset === s.from && bias === 'left')) break;
    if (offset >= s.to && !(s.from === s.to && offset === s.from && bias === 'left')) {
      delta += grown;
      continue;
    }
    return s.from + delta + (bias === 'left' ? 0 : s.text.length);
  }
  return offset + delta;
}

/** A file's text before and after a fix, with the fix's spans in it. */
interface Change {
  file: string;
  before: string;
  after: string;
  spans: Span[];
  created: boolean;
}

function mapRange(change: Change | undefined, r: Range, shrink: boolean): Range {
  if (!change) return r;
  const starts = lineStarts(change.before);
  const newStarts = lineStarts(change.after);
  const from = mapOffset(change.spans, offsetAt(starts, change.before, r.start), shrink ? 'right' : 'left');
  const to = mapOffset(change.spans, offsetAt(starts, change.before, r.end), shrink ? 'left' : 'right');
  return { start: positionAt(newStarts, from), end: positionAt(newStarts, Math.max(from, to)) };
}

/** Where a range of `text` is after `edits`: the text it covered and whatever replaced it. */
export function placeAfterEdits(text: string, edits: TextEdit[], r: Range): Range {
  const spans = toSpans(text, edits);
  return mapRange({ file: '', before: text, after: applySpans(text, spans), spans, created: false }, r, false);
}

function touchesEdit(change: Change | undefined, r: Range): boolean {
  if (!change) return false;
  const starts = lineStarts(change.before);
  const from = offsetAt(starts, change.before, r.start);
  const to = offsetAt(starts, change.before, r.end);
  return change.spans.some((s) => (s.from < to && from < s.to) || (s.from === s.to && from <= s.from && s.from <= to));
}

function before(a: Position, b: Position): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character);
}

function samePosition(a: Position, b: Position): boolean {
  return a.line === b.line && a.character === b.character;
}

/**
 * The codes of other rules' findings at the target's place before the fix: a different
 * hazard on the same code (a raw binding call whose result is cast needlessly) is still
 * there after one of them is fixed, and still offers its own fix.
 */
export function otherRulesAt(findings: { code?: string | number; range: Range }[], target: Finding): Set<string | number | undefined> {
  return new Set(findings.filter((f) => f.code !== target.code && atPlace(f.range, target.range)).map((f) => f.code));
}

/**
 * Whether a finding at the fixed place counts as the place offering something again: its
 * own rule always does; another rule does when the fix wrote that text, unless its finding
 * was there before the fix too.
 */
export function offersAgain(code: string | number | undefined, target: Finding, coexisting: Set<string | number | undefined>, textEdited: boolean): boolean {
  return code === target.code || (textEdited && !coexisting.has(code));
}

/** At the same place: the same start, or overlapping. */
export function atPlace(f: Range, place: Range): boolean {
  return samePosition(f.start, place.start) || (before(f.start, place.end) && before(place.start, f.end));
}

export function syntaxErrors(file: string, text: string): number {
  const language = languageOf(file);
  if (!language) return 0;
  let n = 0;
  walkNamed(parseFor(language, text).rootNode, (node) => {
    if (node.type === 'ERROR' || node.isMissing) n++;
    return node.hasError || node.type === 'ERROR';
  });
  return n;
}

/**
 * The rustc warnings a fix of a Rust file brought in, as sentences: `unsafe` blocks left with
 * nothing that needs them, imports left unused, parentheses left needless. Each is judged by
 * the same code that the fixes use to avoid them (core/rules/unsafeBlocks.ts, importEdits.ts,
 * casts.ts), counted before and after so that what was there already is not the fix's.
 */
export function newRustWarnings(file: string, before: string, after: string, project: LoadedProject): string[] {
  const trees = [parseRust(before), parseRust(after)];
  const crate = crateOf(project.model, file);
  const [types, typesAfter] = trees.map((tree) => new TypeResolver({ tree, model: project.model, index: project.index, crate }));
  const needlessUnsafe = (tree: (typeof trees)[number], t: TypeResolver) => tree.rootNode.descendantsOfType('unsafe_block')
    .filter((b) => !unsafeOperations(b, t).length).map((b) => b.text.replace(/\s+/g, ' '));
  const problems: string[] = [];
  const [unsafeBefore, unsafeAfter] = [needlessUnsafe(trees[0], types), needlessUnsafe(trees[1], typesAfter)];
  for (const b of unsafeAfter.filter((x) => !unsafeBefore.includes(x))) problems.push(`leaves an \`unsafe\` block that needs none: \`${b}\``);
  const unused = importsLeftUnused(trees[0].rootNode, trees[1].rootNode, { before: bindingsGlobNames(types), after: bindingsGlobNames(typesAfter) });
  for (const i of unused) problems.push(`leaves the import \`${i.path.join('::')}\` unused`);
  const [parensBefore, parensAfter] = trees.map((t) => needlessParentheses(t.rootNode).map((p) => p.text));
  for (const p of parensAfter.filter((x) => !parensBefore.includes(x))) problems.push(`leaves needless parentheses: \`${p}\``);
  return problems;
}

const CORPUS_CFLAGS = fs.readFileSync(path.join(ROOT, 'scripts/corpus-cflags'), 'utf8').split('\n').filter(Boolean);

/** A real kernel tree (the corpus), whose flags force in compiler-version.h, rather than one of ours. */
function isKernelSource(tree: string): boolean {
  return fs.existsSync(path.join(tree, 'include/linux/compiler-version.h'));
}

/** The fixtures' own flags (test/fixtures/README.md, as scripts/fixtures-bindgen.sh passes them). */
function fixtureCflags(tree: string): string[] {
  const has = (rel: string) => fs.existsSync(path.join(tree, rel));
  return [
    '-nostdinc', ...(has('arch/x86/include') ? ['-Iarch/x86/include'] : []), '-Iinclude', '-D__KERNEL__', '-std=gnu11', '-funsigned-char',
    ...(has('include/linux/kconfig.h') ? ['-include', 'include/linux/kconfig.h'] : []),
  ];
}

/** clang's errors for the tree's helpers (helpers.c, which includes every helper file, or the legacy rust/helpers.c). */
export function compileHelpers(tree: string): string {
  const main = fs.existsSync(path.join(tree, HELPERS_C)) ? HELPERS_C : LEGACY_HELPERS_C;
  const flags = isKernelSource(tree) ? CORPUS_CFLAGS : fixtureCflags(tree);
  const r = spawnSync('clang', ['-fsyntax-only', ...flags, main], { cwd: tree, encoding: 'utf8' });
  if (r.error) throw new Error(`clang could not run (${r.error.message}); CI installs it (.ci/run)`);
  return r.status === 0 ? '' : r.stderr.split('\n').filter((l) => l.includes('error')).join('\n') || `clang exited ${r.status}`;
}

/** Where and what, without the message (messages change with wording; positions and codes say which finding). */
function located(f: Finding, tree: string): string {
  return `${path.relative(tree, f.file)}:${f.range.start.line + 1}:${f.range.start.character + 1} [${f.code}]`;
}

/**
 * The build step a person runs after changing helpers (`make`, which runs bindgen): the
 * fixtures' and demo's bindings come from scripts/fixtures-bindgen.sh, a real kernel tree's
 * (with its arch headers) from scripts/corpus-bindgen.sh.
 */
function regenerateBindings(tree: string, objtree: string): void {
  const run = (script: string, args: string[]) => {
    const r = spawnSync('bash', [path.join(ROOT, 'scripts', script), ...args], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`${script} failed: ${r.stderr}`);
  };
  if (isKernelSource(tree)) {
    run('corpus-bindgen.sh', [tree, objtree]);
    return;
  }
  const generated = fs.readFileSync(path.join(tree, GENERATED_FILES.bindings), 'utf8');
  const prefix = fs.existsSync(path.join(tree, FFI_RS)) ? 'ffi' : 'core::ffi';
  run('fixtures-bindgen.sh', ['--prefix', prefix, ...(generated.includes('unsafe extern "C"') ? ['--unsafe-extern'] : []), tree]);
}

/**
 * A writable copy of a tree (and of its objtree) with its project loaded, where fixes are
 * applied on disk and undone. With `build` (the clang and bindgen tiers), a fix that changes
 * helpers is compiled and the bindings regenerated, as `make` would; without it, such fixes
 * are left to that tier (`needsBuild`) and C fixes are judged without compiling.
 */
export class FixBench {
  readonly tree: string;
  readonly objtree: string;
  project: LoadedProject;
  private compiledBefore: string | undefined;

  constructor(src: string, readonly build: boolean, objtree?: string) {
    this.tree = copyTree(src);
    this.objtree = objtree ? copyTree(objtree) : this.tree;
    this.project = loadProject(this.tree, this.options());
  }

  /** Whether judging `fix` needs the build: it changes C, and what it is about is read from the regenerated bindings. */
  static needsBuild(target: Finding, fix: Fix): boolean {
    return target.file.endsWith('.rs') && fix.edits.some((fe) => /\.[ch]$/.test(fe.file));
  }

  options(): TreeOptions {
    return { objtree: this.objtree };
  }

  /** Regenerates the bindings after helpers changed; returns what puts the old ones back. */
  rebuild(): () => void {
    if (!this.build) return () => undefined;
    const files = Object.values(GENERATED_FILES).map((g) => path.join(this.objtree, g)).filter((f) => fs.existsSync(f));
    const saved = files.map((f) => [f, fs.readFileSync(f)] as const);
    regenerateBindings(this.tree, this.objtree);
    return () => {
      for (const [f, bytes] of saved) fs.writeFileSync(f, bytes);
    };
  }

  generatedFiles(): string[] {
    return Object.values(GENERATED_FILES).map((g) => path.join(this.objtree, g));
  }

  files(): string[] {
    return checkableFiles(this.project, [this.tree], () => undefined);
  }

  findings(file: string, project: LoadedProject = this.project): Finding[] {
    return fs.existsSync(file) ? analyze(file, fs.readFileSync(file, 'utf8'), project) : [];
  }

  /** Everything wrong with `fix` of `target`, as sentences; empty when it is safe. */
  check(target: Finding, fix: Fix): string[] {
    const problems: string[] = [];
    const say = (s: string) => problems.push(`"${fix.title}" for ${located(target, this.tree)}: ${s}`);
    const changes = new Map<string, Change>();
    for (const fe of fix.edits) {
      const exists = fs.existsSync(fe.file);
      if (fe.create === exists) say(fe.create ? `creates ${fe.file}, which exists` : `edits ${fe.file}, which does not exist`);
      const text = exists ? fs.readFileSync(fe.file, 'utf8') : '';
      for (const m of malformedEdits(text, fe.edits)) say(`${path.relative(this.tree, fe.file)}: ${m}`);
      if (changes.has(fe.file)) say(`edits ${fe.file} in two separate lists`);
      const spans = toSpans(text, fe.edits);
      changes.set(fe.file, { file: fe.file, before: text, after: applySpans(text, spans), spans, created: !!fe.create });
    }
    if (problems.length) return problems;

    for (const c of changes.values()) {
      const [was, is] = [syntaxErrors(c.file, c.before), syntaxErrors(c.file, c.after)];
      if (is > was) say(`${path.relative(this.tree, c.file)} has ${is} syntax errors after the fix, ${was} before`);
      if (c.after === c.before) say(`leaves ${path.relative(this.tree, c.file)} as it was`);
    }
    const touched = [...new Set([target.file, ...changes.keys()])].filter((f) => languageOf(f));
    const findingsBefore = new Map(touched.map((f) => [f, this.findings(f)]));
    const touchesC = [...changes.keys()].some((f) => /\.[ch]$/.test(f));
    const compiledBefore = touchesC && this.build ? this.helpersCompiledBefore() : undefined;
    const coexisting = otherRulesAt(findingsBefore.get(target.file)!, target);
    this.write(changes, 'after');
    let restoreBindings: (() => void) | undefined;
    try {
      if (compiledBefore === '') {
        const errors = compileHelpers(this.tree);
        if (errors) say(`the helpers no longer compile:\n${errors}`);
        else restoreBindings = this.rebuild();
      }
      const project = this.reloadNeeded(target, changes) ? loadProject(this.tree, this.options()) : this.project;
      const findingsAfter = new Map(touched.map((f) => [f, this.findings(f, project)]));
      for (const c of changes.values()) {
        if (c.file.endsWith('.rs') && !c.created) for (const w of newRustWarnings(c.file, c.before, c.after, project)) say(`${path.relative(this.tree, c.file)} ${w}`);
      }
      const place = mapRange(changes.get(target.file), target.range, false);
      const after = findingsAfter.get(target.file) ?? [];
      if (after.some((f) => f.code === target.code && atPlace(f.range, place))) say('the finding is still there after the fix');
      const offered = after.filter((f) => f.fixes.length && atPlace(f.range, place) && offersAgain(f.code, target, coexisting, changes.has(target.file)));
      if (offered.length) say(`asked again at the same place, it offers ${offered.map((f) => f.fixes.map((x) => `"${x.title}"`).join(', ')).join(', ')}`);
      for (const file of touched) {
        const change = changes.get(file);
        const was = findingsBefore.get(file)!;
        const is = findingsAfter.get(file)!;
        // Findings of the fix's own rule may go with it (one sort fixes every unsorted include);
        // others must stay where they were, unless the fix rewrote the text they are about. A
        // finding is its code and its place: its wording may name what the fix wrote (a
        // `*const i8` now handed to the extracted wrapper rather than to the binding).
        const stayed = (a: Finding, b: Finding) => {
          const r = mapRange(change, b.range, true);
          return a.code === b.code && samePosition(a.range.start, r.start) && samePosition(a.range.end, r.end);
        };
        for (const b of was) {
          if (b.code === target.code || touchesEdit(change, b.range)) continue;
          if (!is.some((a) => stayed(a, b))) say(`another finding changed or went away: ${located(b, this.tree)}`);
        }
        // New findings count in the text the fix wrote; elsewhere the fix may only reveal what its
        // target hid (a binding that now exists is now a raw binding use).
        for (const a of change ? is : []) {
          if (!was.some((b) => b.code === a.code && (b.message === a.message || stayed(a, b) || touchesEdit(change, b.range)))) {
            say(`it brings a new finding: ${located(a, this.tree)}`);
          }
        }
      }
    } finally {
      this.write(changes, 'before');
      restoreBindings?.();
    }
    return problems;
  }

  private helpersCompiledBefore(): string {
    this.compiledBefore ??= compileHelpers(this.tree);
    return this.compiledBefore;
  }

  /**
   * Whether the fix may change the index: it touches another file, or its own file is one the
   * index reads for facts about other files (helpers, bindings, ffi.rs). The kernel crate's
   * part of the index (which of its functions call which binding) speaks only about leaf
   * crates, so a fix inside the kernel crate is judged against the loaded index.
   */
  private reloadNeeded(target: Finding, changes: Map<string, Change>): boolean {
    const rel = path.relative(this.tree, target.file).split(path.sep).join('/');
    return [...changes.keys()].some((f) => f !== target.file) || (rel.startsWith('rust/') && !rel.startsWith('rust/kernel/'));
  }

  private write(changes: Map<string, Change>, which: 'before' | 'after'): void {
    for (const c of changes.values()) {
      if (c.created && which === 'before') {
        fs.rmSync(c.file, { force: true });
        continue;
      }
      fs.mkdirSync(path.dirname(c.file), { recursive: true });
      fs.writeFileSync(c.file, c[which]);
    }
  }
}
