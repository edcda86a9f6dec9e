/**
 * Commands, their flags and their help, parsed with Node's `util.parseArgs`. One spec per
 * command serves both: the parser's options and the text of `--help`. Unknown flags are
 * usage errors (exit 2).
 */
import { parseArgs } from 'node:util';

export class UsageError extends Error {}

export interface OptionSpec {
  name: string;
  short?: string;
  /** The value's placeholder in the help (`DIR`); absent for a flag that takes none. */
  value?: string;
  /** Whether the value may be left out (`--diff [REV]`); then it is `optionalDefault`. */
  optionalDefault?: string;
  help: string;
}

export interface CommandSpec {
  name: string;
  /** What follows `rfl-ffi <name>` in the usage line, before the options. */
  operands: string;
  summary: string;
  /** More lines of help after the summary (how PATHs are read, exit status …). */
  details?: string;
  options: OptionSpec[];
  example: string;
}

export const HELP_OPTION: OptionSpec = { name: 'help', short: 'h', help: 'show this help and exit' };

export interface ParsedCommand {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
}

/**
 * `--diff` alone, or `--diff REV`: parseArgs knows no optional values, so the flag takes the
 * next argument as its value unless that is missing or another flag.
 */
function fillOptionalValues(spec: CommandSpec, argv: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') return [...out, ...argv.slice(i)];
    const opt = spec.options.find((o) => o.optionalDefault !== undefined && a === `--${o.name}`);
    if (!opt) {
      out.push(a);
      continue;
    }
    const next = argv[i + 1];
    if (next !== undefined && !next.startsWith('-')) {
      out.push(`--${opt.name}=${next}`);
      i++;
    } else {
      out.push(`--${opt.name}=${opt.optionalDefault}`);
    }
  }
  return out;
}

/** Parses a command's arguments (after its name); throws UsageError with parseArgs' own words. */
export function parseCommand(spec: CommandSpec, argv: string[]): ParsedCommand {
  const options = Object.fromEntries([...spec.options, HELP_OPTION].map((o) => [o.name, {
    type: o.value ? 'string' as const : 'boolean' as const,
    ...(o.short ? { short: o.short } : {}),
  }]));
  try {
    const { values, positionals } = parseArgs({ args: fillOptionalValues(spec, argv), options, allowPositionals: true, strict: true });
    return { values: values as ParsedCommand['values'], positionals };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (typeof code !== 'string' || !code.startsWith('ERR_PARSE_ARGS_')) throw e;
    // Node's first sentence names the flag and what is wrong; the rest is advice on quoting.
    const first = (e as Error).message.split('\n')[0];
    throw new UsageError(code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' ? first.replace(/ To specify .*$/, '') : first);
  }
}

export function stringValue(parsed: ParsedCommand, name: string): string | undefined {
  const v = parsed.values[name];
  return typeof v === 'string' ? v : undefined;
}

function optionLabel(o: OptionSpec): string {
  const flag = (o.short ? `-${o.short}, ` : '') + `--${o.name}`;
  if (!o.value) return flag;
  return o.optionalDefault !== undefined ? `${flag} [${o.value}]` : `${flag} ${o.value}`;
}

export function usageLine(spec: CommandSpec): string {
  return `rfl-ffi ${spec.name}${spec.operands ? ' ' + spec.operands : ''}${spec.options.length ? ' [options]' : ''}`;
}

const COLUMNS = 100;

/** `text` broken at spaces into lines of at most `width` characters. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  return [...lines, line];
}

/** `rfl-ffi <command> --help`: usage, what it does, every flag, one example. */
export function helpText(spec: CommandSpec): string {
  const options = [...spec.options, HELP_OPTION];
  const width = Math.max(...options.map((o) => optionLabel(o).length)) + 2;
  return [
    `usage: ${usageLine(spec)}`,
    '',
    spec.summary,
    ...(spec.details ? ['', ...wrap(spec.details, COLUMNS)] : []),
    '',
    'options:',
    ...options.flatMap((o) => wrap(o.help, COLUMNS - 2 - width).map((l, i) => `  ${(i ? '' : optionLabel(o)).padEnd(width)}${l}`)),
    '',
    'example:',
    `  ${spec.example}`,
  ].join('\n');
}
