/**
 * `rfl-ffi check|info|rules|lsp`: the command-line adapter over the analysis core.
 * Exit codes: 0 clean, 1 warnings or errors found, 2 usage or tree errors.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze, type Project } from '../core/analyze';
import { type Arch, isArch, ALL_ARCHES, type Mapping } from '../core/archTable';
import type { Finding } from '../core/model';
import { RULES } from '../core/rules/registry';
import { generatedKindOf, isHelperFile } from '../core/tree';
import { listFiles, readText, isDir } from '../host/files';
import { type LoadedProject, type TreeOptions, TreeError, loadProject, resolveSrctree } from '../host/kernelTree';
import { parseArgs, stringFlag, UsageError, type ParsedArgs } from './args';
import { formatJson, formatSarif, formatText } from './format';
import { treeInfo, formatInfoText } from '../host/treeInfo';
import { generateHelpers } from './generateHelper';

export const VERSION = '0.1.0';

const USAGE = `usage:
  rfl-ffi check [PATH…] [--tree DIR] [--objtree DIR] [--arch LIST] [--mapping kernel|core]
                [--format text|json|sarif] [--exit-zero]
  rfl-ffi info [TREE] [--objtree DIR] [--arch LIST] [--mapping kernel|core] [--format text|json]
  rfl-ffi generate-helper NAME… [--tree DIR] [--objtree DIR] [--write]
  rfl-ffi rules
  rfl-ffi lsp --stdio
  rfl-ffi --version`;

export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
  cwd: string;
}

function treeOptions(args: ParsedArgs): TreeOptions {
  const arch = stringFlag(args, 'arch');
  let arches: Arch[] | undefined;
  if (arch !== undefined) {
    arches = arch.split(',').map((a) => a.trim()).filter(Boolean).map((a) => {
      if (!isArch(a)) throw new UsageError(`unknown arch "${a}" (known: ${ALL_ARCHES.join(', ')})`);
      return a;
    });
  }
  const mapping = stringFlag(args, 'mapping');
  if (mapping !== undefined && mapping !== 'kernel' && mapping !== 'core') throw new UsageError('--mapping is kernel or core');
  return { objtree: stringFlag(args, 'objtree'), arches, mapping: mapping as Mapping | undefined };
}

function reportNotes(project: LoadedProject, io: Io): boolean {
  let fatal = false;
  for (const n of project.notes) {
    io.err(`rfl-ffi: ${n.severity === 'info' ? 'note' : n.severity}: ${n.message}`);
    if (n.severity === 'error') fatal = true;
  }
  return fatal;
}

/** The files `check` looks at: Rust sources (not the generated bindings) and helper C files. */
export function checkableFiles(project: Project, roots: string[], onError: (dir: string, reason: string) => void): string[] {
  const files = new Set<string>();
  for (const root of roots) {
    const list = isDir(root) ? listFiles(root, ['.rs', '.c'], onError) : [root];
    for (const f of list) {
      const wanted = f.endsWith('.rs') ? generatedKindOf(project.model, f) === undefined : isHelperFile(project.model, f);
      if (wanted) files.add(path.resolve(f));
    }
  }
  return [...files].sort();
}

function runCheck(argv: string[], io: Io): number {
  const args = parseArgs(argv, ['tree', 'objtree', 'arch', 'mapping', 'format'], ['exit-zero']);
  const format = stringFlag(args, 'format') ?? 'text';
  if (!['text', 'json', 'sarif'].includes(format)) throw new UsageError('--format is text, json or sarif');
  const options = treeOptions(args);
  const paths = args.positional.map((p) => path.resolve(io.cwd, p));
  for (const p of paths) {
    if (!readable(p)) throw new TreeError(`${path.relative(io.cwd, p) || p}: no such file or directory`);
  }
  const treeArg = stringFlag(args, 'tree');
  const srctree = resolveSrctree(treeArg ? path.resolve(io.cwd, treeArg) : paths[0] ?? io.cwd);
  const project = loadProject(srctree, options);
  if (reportNotes(project, io)) return 2;
  const roots = paths.length ? paths : [srctree];
  const files = checkableFiles(project, roots, (dir, reason) => io.err(`rfl-ffi: warning: ${path.relative(io.cwd, dir)} ${reason}; skipped`));
  const findings: Finding[] = [];
  for (const file of files) {
    const r = readText(file);
    if (!r.ok) {
      io.err(`rfl-ffi: warning: ${path.relative(io.cwd, file)} ${r.reason}; skipped`);
      continue;
    }
    findings.push(...analyze(file, r.text, project));
  }
  if (format === 'json') io.out(formatJson(findings, srctree));
  else if (format === 'sarif') io.out(formatSarif(findings, srctree, VERSION));
  else {
    if (findings.length) io.out(formatText(findings, io.cwd));
    const count = (s: string) => findings.filter((f) => f.severity === s).length;
    io.err(`rfl-ffi: ${count('error')} errors, ${count('warning')} warnings, ${count('information') + count('hint')} notes in ${files.length} files`);
  }
  const failing = findings.some((f) => f.severity === 'error' || f.severity === 'warning');
  return failing && !args.flags.has('exit-zero') ? 1 : 0;
}

function readable(p: string): boolean {
  return fs.existsSync(p);
}

function runInfo(argv: string[], io: Io): number {
  const args = parseArgs(argv, ['objtree', 'arch', 'mapping', 'format'], []);
  const format = stringFlag(args, 'format') ?? 'text';
  if (!['text', 'json'].includes(format)) throw new UsageError('--format is text or json');
  if (args.positional.length > 1) throw new UsageError('info takes one tree');
  const options = treeOptions(args);
  const srctree = resolveSrctree(path.resolve(io.cwd, args.positional[0] ?? '.'));
  const project = loadProject(srctree, options);
  const info = treeInfo(project);
  io.out(format === 'json' ? JSON.stringify(info, null, 2) : formatInfoText(info));
  return reportNotes(project, io) ? 2 : 0;
}

function runGenerateHelper(argv: string[], io: Io): number {
  const args = parseArgs(argv, ['tree', 'objtree'], ['write']);
  if (!args.positional.length) throw new UsageError('generate-helper needs at least one C function or macro name');
  const srctree = resolveSrctree(path.resolve(io.cwd, stringFlag(args, 'tree') ?? '.'));
  const project = loadProject(srctree, treeOptions(args));
  if (reportNotes(project, io)) return 2;
  return generateHelpers(project, args.positional, args.flags.has('write'), io);
}

function runRules(io: Io): number {
  for (const r of RULES) io.out(`${r.meta.code.padEnd(26)} ${r.meta.language.padEnd(5)} ${r.meta.defaultSeverity.padEnd(12)} ${r.meta.description}`);
  return 0;
}

export function runCli(argv: string[], io: Io): number {
  const [cmd, ...rest] = argv;
  try {
    switch (cmd) {
      case 'check': return runCheck(rest, io);
      case 'info': return runInfo(rest, io);
      case 'generate-helper': return runGenerateHelper(rest, io);
      case 'rules': return runRules(io);
      case '--version': io.out(VERSION); return 0;
      case '--help': case '-h': case 'help': io.out(USAGE); return 0;
      default: throw new UsageError(cmd ? `unknown command "${cmd}"` : 'no command given');
    }
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`rfl-ffi: ${e.message}\n${USAGE}`);
      return 2;
    }
    if (e instanceof TreeError) {
      io.err(`rfl-ffi: error: ${e.message}`);
      return 2;
    }
    throw e;
  }
}

