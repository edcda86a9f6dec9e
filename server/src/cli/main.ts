/**
 * `rfl-ffi check|fix|info|generate-helper|bindings|rules|lsp`: the command-line adapter over the
 * analysis core. Exit codes: 0 clean, 1 warnings or errors found, 2 usage or tree errors.
 */
import * as path from 'node:path';
import { PatchError } from '../core/review/patch';
import { RULES } from '../core/rules/registry';
import { TreeError, loadProject, resolveSrctree } from '../host/kernelTree';
import { type CommandSpec, type ParsedCommand, HELP_OPTION, UsageError, helpText, parseCommand, stringValue, usageLine } from './args';
import { check } from './check';
import { fix } from './fix';
import { type Command, type Io, OBJTREE, TREE, TREE_OPTIONS, reportNotes, treeOptions } from './command';
import { treeInfo, formatInfoText } from '../host/treeInfo';
import { generateHelpers } from './generateHelper';
import { bindings } from './bindings';
import { VERSION } from '../version';

const INFO: CommandSpec = {
  name: 'info',
  operands: '[TREE]',
  summary: 'Prints the tree model: helpers, C-type mapping, arches, generated files, counts.',
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
  summary: 'Prints the C helper for static inline functions and function-like macros.',
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

const COMMANDS: Command[] = [
  check,
  fix,
  { spec: INFO, run: runInfo },
  { spec: GENERATE_HELPER, run: runGenerateHelper },
  bindings,
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
    'Checks where Rust meets C in a Linux kernel tree: the C helpers, the bindgen bindings, the',
    'kernel crate and the drivers that call them.',
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
    if (e instanceof TreeError || e instanceof PatchError) {
      io.err(`rfl-ffi: error: ${e.message}`);
      return 2;
    }
    throw e;
  }
}
