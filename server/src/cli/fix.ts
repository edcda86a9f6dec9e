/**
 * `rfl-ffi fix`: the tree-wide fix. Each round checks the files as the earlier rounds left them
 * (in memory: the index too sees the fixed texts), takes the machine-applicable fixes that fit
 * together (core/features/fixAll.ts) and applies them, until a round has nothing to fix. Then it
 * writes the files, or prints one unified diff and writes nothing.
 */
import * as path from 'node:path';
import { FILE_HEADERS_ONLY, createTwoFilesPatch } from 'diff';
import { fixRound } from '../core/features/fixAll';
import { RULES } from '../core/rules/registry';
import { applyEdits } from '../core/text';
import { isGeneratedFile } from '../core/tree';
import { hasBom, overlayFiles, writeText } from '../host/files';
import { IndexCache } from '../host/indexCache';
import { type LoadedProject, loadProject } from '../host/kernelTree';
import { type CommandSpec, type ParsedCommand, UsageError, stringValue } from './args';
import { type CheckedFiles, checkFiles, countFindings, failing, noteGeneratedPaths, scopeOf } from './check';
import { type Command, type Io, TREE, TREE_OPTIONS, reportNotes, treeOptions } from './command';
import { formatText } from './format';

/** Rounds before giving up on fixes that keep making new work (each round's fixes never overlap). */
const MAX_ROUNDS = 5;

const FIX: CommandSpec = {
  name: 'fix',
  operands: '[PATH…]',
  summary: 'Applies every machine-applicable fix under the PATHs, round after round.',
  details: `At most ${MAX_ROUNDS} rounds. Prints "fixed N findings in M files" and the findings that remain. A fix that needs a ` +
    'person\'s choice (the safe wrapper of raw-binding-use, the helper or include of missing-binding, c-char-sign\'s byte ' +
    'test) is never applied: ' +
    'the editor offers it. Exit status as for check, for the findings that remain.',
  options: [
    TREE, ...TREE_OPTIONS,
    { name: 'only', value: 'CODE,…', help: 'apply only these rules\' fixes (rfl-ffi rules lists the codes)' },
    { name: 'diff', help: 'write nothing; print one unified diff, paths a/… b/… relative to the tree, for git apply or patch -p1' },
  ],
  example: 'rfl-ffi fix ~/linux/rust/kernel --only unnecessary-cast --diff > casts.patch',
};

const RULE_META = new Map(RULES.map((r) => [r.meta.code, r.meta]));

function onlyCodes(value: string | undefined): Set<string> | undefined {
  if (value === undefined) return undefined;
  const codes = value.split(',').map((c) => c.trim()).filter(Boolean);
  if (!codes.length) throw new UsageError('--only needs at least one rule code');
  for (const code of codes) {
    const meta = RULE_META.get(code);
    if (!meta) throw new UsageError(`unknown rule "${code}" (rfl-ffi rules lists them)`);
    if (!meta.fixable) throw new UsageError(`${code} has no fix`);
    if (!meta.machineFix) throw new UsageError(`${code}'s fixes need a person's choice, so fix never applies them (the editor offers them)`);
  }
  return new Set(codes);
}

/** Files the build writes: never edited, whatever a fix says. */
function writtenByBuild(project: LoadedProject, file: string): boolean {
  const rel = path.relative(project.model.srctree, file).split(path.sep).join('/');
  return isGeneratedFile(project.model, file) || /_generated\.\w+$/.test(rel) || /(^|\/)include\/generated\//.test(rel);
}

/** One unified diff of every changed file, `a/` and `b/` paths relative to the tree. */
function unifiedDiff(srctree: string, changes: { file: string; before: string; after: string }[]): string {
  return changes.map(({ file, before, after }) => {
    const rel = path.relative(srctree, file).split(path.sep).join('/');
    // The diff must match the bytes on disk, which start with the mark `readText` dropped.
    const bom = hasBom(file) ? '\uFEFF' : '';
    return createTwoFilesPatch(`a/${rel}`, `b/${rel}`, bom + before, bom + after, undefined, undefined, { headerOptions: FILE_HEADERS_ONLY });
  }).join('');
}

function runFix(args: ParsedCommand, io: Io): number {
  const only = onlyCodes(stringValue(args, 'only'));
  const options = treeOptions(args);
  const scope = scopeOf(args, io);
  const asDiff = args.values.diff === true;
  /** The fixed texts so far, and the files' texts before the first fix. */
  const fixed = new Map<string, string>();
  const original = new Map<string, string>();
  let cache: IndexCache | undefined;
  let said = new Set<string>();
  /** The files each applied fix edited. */
  const applied: string[][] = [];
  let project: LoadedProject;
  let checked: CheckedFiles;
  for (let round = 0; ; round++) {
    const tree = overlayFiles(fixed);
    // One cache across rounds: only the files a round changed are indexed again.
    project = loadProject(scope.srctree, options, (model) => (cache ??= new IndexCache(model.srctree, model.objtree)), tree);
    if (round === 0) {
      if (reportNotes(project, io)) return 2;
      noteGeneratedPaths(project, scope, io);
      said = new Set(project.notes.map((n) => n.message));
    }
    checked = checkFiles(project, scope, io, said, tree);
    const current = project;
    const textOf = (file: string) => {
      const r = tree.read(file);
      // A file read with repairs (bytes that are not UTF-8) is never written back.
      return r.ok && !r.warning ? r.text : undefined;
    };
    const next = fixRound(checked.findings, {
      rules: RULE_META,
      only,
      textOf,
      mayEdit: (file) => !path.relative(scope.srctree, file).startsWith('..') && !writtenByBuild(current, file),
    });
    if (!next.fixed.length) break;
    if (round === MAX_ROUNDS) {
      io.err(`rfl-ffi: warning: the fixes did not settle in ${MAX_ROUNDS} rounds (${next.fixed.length} more would apply); run rfl-ffi fix again`);
      break;
    }
    for (const fe of next.edits) {
      const before = textOf(fe.file)!;
      if (!original.has(fe.file)) original.set(fe.file, before);
      fixed.set(fe.file, applyEdits(before, fe.edits));
    }
    applied.push(...next.fixed.map((f) => f.fixes[0].edits.map((fe) => fe.file)));
  }
  const changes = [...fixed].filter(([file, text]) => text !== original.get(file)).sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([file, after]) => ({ file, before: original.get(file)!, after }));
  const unwritten = new Set<string>();
  if (asDiff) {
    if (changes.length) io.out(unifiedDiff(scope.srctree, changes).replace(/\n$/, ''));
  } else {
    for (const c of changes) {
      try {
        writeText(c.file, c.after);
      } catch (e) {
        io.err(`rfl-ffi: error: ${path.relative(io.cwd, c.file)} cannot be written (${(e as NodeJS.ErrnoException).code ?? String(e)}); its fixes are not applied`);
        unwritten.add(c.file);
      }
    }
  }
  const count = applied.filter((files) => files.every((f) => !unwritten.has(f))).length;
  // What remains is what the disk now holds: checked again when some of it was not written.
  if (unwritten.size) checked = checkFiles(loadProject(scope.srctree, options), scope, io, said);
  const remaining = checked.findings;
  // With --diff, stdout is the diff alone (to pipe into git apply); the rest goes to stderr.
  if (remaining.length) (asDiff ? io.err : io.out)(formatText(remaining, io.cwd));
  io.err(`rfl-ffi: fixed ${count} findings in ${changes.length - unwritten.size} files${asDiff ? ' (as a diff: nothing written)' : ''}`);
  io.err(`rfl-ffi: ${countFindings(remaining)} remain in ${checked.files.length} files`);
  if (unwritten.size) return 2;
  return failing(remaining) ? 1 : 0;
}

export const fix: Command = { spec: FIX, run: runFix };
