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
import { isGeneratedFile, isHelperFile } from '../core/tree';
import { listFiles, readText, isDir } from '../host/files';
import { type LoadedProject, type TreeOptions, TreeError, loadProject, resolveSrctree } from '../host/kernelTree';
import { type CommandSpec, type OptionSpec, type ParsedCommand, HELP_OPTION, UsageError, helpText, parseCommand, stringValue, usageLine } from './args';
import { formatJson, formatSarif, formatText } from './format';
import { treeInfo, formatInfoText } from '../host/treeInfo';
import { generateHelpers } from './generateHelper';
import { VERSION } from '../version';

export interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
  cwd: string;
}

const TREE: OptionSpec = { name: 'tree', value: 'DIR', help: 'the kernel source tree (default: found from the first PATH, walking up)' };
const OBJTREE: OptionSpec = { name: 'objtree', value: 'DIR', help: 'the build directory holding the generated bindings (default: rust-project.json\'s, else srctree)' };
const ARCH: OptionSpec = { name: 'arch', value: 'LIST', help: `arches a cast must be right on, of ${ALL_ARCHES.join(',')} (default: arch-support.rst)` };
const MAPPING: OptionSpec = { name: 'mapping', value: 'kernel|core', help: 'the C-type mapping (default: kernel where rust/ffi.rs exists, else core)' };
const TREE_OPTIONS = [OBJTREE, ARCH, MAPPING];

function treeOptions(args: ParsedCommand): TreeOptions {
  const arch = stringValue(args, 'arch');
  let arches: Arch[] | undefined;
  if (arch !== undefined) {
    arches = arch.split(',').map((a) => a.trim()).filter(Boolean).map((a) => {
      if (!isArch(a)) throw new UsageError(`unknown arch "${a}" (known: ${ALL_ARCHES.join(', ')})`);
      return a;
    });
  }
  const mapping = stringValue(args, 'mapping');
  if (mapping !== undefined && mapping !== 'kernel' && mapping !== 'core') throw new UsageError('--mapping is kernel or core');
  return { objtree: stringValue(args, 'objtree'), arches, mapping: mapping as Mapping | undefined };
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
      const wanted = f.endsWith('.rs') ? !isGeneratedFile(project.model, f) : isHelperFile(project.model, f);
      if (wanted) files.add(path.resolve(f));
    }
  }
  return [...files].sort();
}

const CHECK: CommandSpec = {
  name: 'check',
  operands: '[PATH…]',
  summary: 'Checks the Rust sources and C helpers under the PATHs (default: the whole tree).',
  details: 'Exit status: 0 when clean (or only notes), 1 when a finding is a warning or an error, 2 on a usage error ' +
    'or a tree that cannot be used.',
  options: [
    TREE, ...TREE_OPTIONS,
    { name: 'format', value: 'text|json|sarif', help: 'text (file:line:col: severity: message [code], the default), json or SARIF 2.1.0' },
    { name: 'exit-zero', help: 'exit 0 even when there are findings' },
  ],
  example: 'rfl-ffi check ~/linux/drivers/net/phy --format json',
};

/** Where a command's kernel tree is: `--tree`, else the first PATH, else the working directory. */
function srctreeOf(args: ParsedCommand, paths: string[], io: Io): string {
  const treeArg = stringValue(args, 'tree');
  return resolveSrctree(treeArg ? path.resolve(io.cwd, treeArg) : paths[0] ?? io.cwd);
}

function runCheck(args: ParsedCommand, io: Io): number {
  const format = stringValue(args, 'format') ?? 'text';
  if (!['text', 'json', 'sarif'].includes(format)) throw new UsageError('--format is text, json or sarif');
  const options = treeOptions(args);
  const paths = args.positionals.map((p) => path.resolve(io.cwd, p));
  for (const p of paths) {
    if (!readable(p)) throw new TreeError(`${path.relative(io.cwd, p) || p}: no such file or directory`);
  }
  const srctree = srctreeOf(args, paths, io);
  const project = loadProject(srctree, options);
  if (reportNotes(project, io)) return 2;
  const roots = paths.length ? paths : [srctree];
  for (const p of paths) {
    if (!isDir(p) && isGeneratedFile(project.model, p)) {
      io.err(`rfl-ffi: note: ${path.relative(io.cwd, p)} is generated by bindgen: it is read for the index, never checked`);
    }
  }
  // Loading the index has read helper and kernel crate files already, and its notes said what was wrong with them.
  const said = new Set(project.notes.map((n) => n.message));
  const files = checkableFiles(project, roots, (dir, reason) => {
    if (!said.has(`${path.relative(srctree, dir)} ${reason}; skipped`)) io.err(`rfl-ffi: warning: ${path.relative(io.cwd, dir)} ${reason}; skipped`);
  });
  const findings: Finding[] = [];
  for (const file of files) {
    const r = readText(file);
    const rel = path.relative(io.cwd, file);
    if (!r.ok) {
      io.err(`rfl-ffi: warning: ${rel} ${r.reason}; skipped`);
      continue;
    }
    if (r.warning && !said.has(`${path.relative(srctree, file)} ${r.warning}`)) io.err(`rfl-ffi: warning: ${rel} ${r.warning}`);
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
  return failing && !args.values['exit-zero'] ? 1 : 0;
}

function readable(p: string): boolean {
  return fs.existsSync(p);
}

const INFO: CommandSpec = {
  name: 'info',
  operands: '[TREE]',
  summary: 'Prints the tree model: helper layout, C-type mapping, arches, generated files, index counts.',
  options: [...TREE_OPTIONS, { name: 'format', value: 'text|json', help: 'text (default) or json' }],
  example: 'rfl-ffi info ~/linux --format json',
};

function runInfo(args: ParsedCommand, io: Io): number {
  const format = stringValue(args, 'format') ?? 'text';
  if (!['text', 'json'].includes(format)) throw new UsageError('--format is text or json');
  if (args.positionals.length > 1) throw new UsageError('info takes one tree');
  const options = treeOptions(args);
  const srctree = resolveSrctree(path.resolve(io.cwd, args.positionals[0] ?? '.'));
  const project = loadProject(srctree, options);
  const info = treeInfo(project);
  io.out(format === 'json' ? JSON.stringify(info, null, 2) : formatInfoText(info));
  return reportNotes(project, io) ? 2 : 0;
}

const GENERATE_HELPER: CommandSpec = {
  name: 'generate-helper',
  operands: 'NAME…',
  summary: 'Prints the C helper rust_helper_NAME for static inline functions and function-like macros.',
  options: [
    { ...TREE, help: 'the kernel source tree (default: found from the working directory, walking up)' },
    OBJTREE,
    { name: 'write', help: 'write each helper into its header\'s helper file (a new one is included from helpers.c)' },
  ],
  example: 'rfl-ffi generate-helper refcount_inc --tree ~/linux --write',
};

function runGenerateHelper(args: ParsedCommand, io: Io): number {
  if (!args.positionals.length) throw new UsageError('generate-helper needs at least one C function or macro name');
  const srctree = resolveSrctree(path.resolve(io.cwd, stringValue(args, 'tree') ?? '.'));
  const project = loadProject(srctree, treeOptions(args));
  if (reportNotes(project, io)) return 2;
  return generateHelpers(project, args.positionals, args.values.write === true, io);
}

const RULES_COMMAND: CommandSpec = {
  name: 'rules',
  operands: '',
  summary: 'Lists the rules: code, language, default severity, what each reports.',
  options: [],
  example: 'rfl-ffi rules',
};

function runRules(args: ParsedCommand, io: Io): number {
  if (args.positionals.length) throw new UsageError('rules takes no arguments');
  for (const r of RULES) io.out(`${r.meta.code.padEnd(26)} ${r.meta.language.padEnd(5)} ${r.meta.defaultSeverity.padEnd(12)} ${r.meta.description}`);
  return 0;
}

const LSP: CommandSpec = {
  name: 'lsp',
  operands: '--stdio',
  summary: 'Runs the language server over stdin and stdout.',
  details: 'Settings come as initialization options, or in workspace/didChangeConfiguration under rflFfi: tree, ' +
    'objtree, arches, mapping, severity.',
  options: [
    { name: 'stdio', help: 'talk over stdin and stdout (the only transport)' },
    { name: 'clientProcessId', value: 'PID', help: 'exit when this process does (VS Code passes it)' },
  ],
  example: 'rfl-ffi lsp --stdio',
};

/** The command table: how each is parsed, described and run. */
interface Command {
  spec: CommandSpec;
  run(args: ParsedCommand, io: Io, serve: () => void): number | 'serving';
}

const COMMANDS: Command[] = [
  { spec: CHECK, run: runCheck },
  { spec: INFO, run: runInfo },
  { spec: GENERATE_HELPER, run: runGenerateHelper },
  { spec: RULES_COMMAND, run: runRules },
  {
    spec: LSP,
    run: (args, _io, serve) => {
      if (!args.values.stdio || args.positionals.length) throw new UsageError('lsp talks over stdio only: rfl-ffi lsp --stdio');
      serve();
      return 'serving';
    },
  },
];

function topHelp(): string {
  const width = Math.max(...COMMANDS.map((c) => c.spec.name.length)) + 2;
  return [
    'usage: rfl-ffi <command> [options]',
    '',
    'Checks where Rust meets C in a Linux kernel tree: the C helpers, the bindgen bindings, the kernel crate and',
    'the drivers that call them.',
    '',
    'commands:',
    ...COMMANDS.map((c) => `  ${c.spec.name.padEnd(width)}${c.spec.summary}`),
    '',
    'options:',
    '  -h, --help     show this help, or a command\'s with rfl-ffi <command> --help',
    '  --version      print the version',
    '',
    'example:',
    '  rfl-ffi check ~/linux',
  ].join('\n');
}

/**
 * Runs one command line. Returns the exit status, or `serving` when the language server took
 * over the process (`serve` starts it; the CLI never loads the LSP libraries itself).
 */
export function runCli(argv: string[], io: Io, serve: () => void = () => undefined): number | 'serving' {
  const [name, ...rest] = argv;
  const command = COMMANDS.find((c) => c.spec.name === name);
  try {
    if (name === '--version') return (io.out(VERSION), 0);
    if (name === '--help' || name === '-h') return (io.out(topHelp()), 0);
    if (name === 'help') {
      const about = COMMANDS.find((c) => c.spec.name === rest[0]);
      if (rest.length && !about) throw new UsageError(`unknown command "${rest[0]}"`);
      return (io.out(about ? helpText(about.spec) : topHelp()), 0);
    }
    if (!command) throw new UsageError(name ? `unknown command "${name}"` : 'no command given');
    const args = parseCommand(command.spec, rest);
    if (args.values[HELP_OPTION.name]) return (io.out(helpText(command.spec)), 0);
    return command.run(args, io, serve);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`rfl-ffi: ${e.message}\nusage: ${command ? usageLine(command.spec) : 'rfl-ffi <command> [options]'}\n` +
        `(rfl-ffi ${command ? command.spec.name + ' ' : ''}--help says more)`);
      return 2;
    }
    if (e instanceof TreeError) {
      io.err(`rfl-ffi: error: ${e.message}`);
      return 2;
    }
    throw e;
  }
}
