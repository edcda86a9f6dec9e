/** Runs the real built CLI. */
import { spawnSync } from 'node:child_process';
import { CLI, ROOT } from './paths';

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  /** Extra environment (e.g. NODE_OPTIONS to preload a test hook). */
  env?: NodeJS.ProcessEnv;
  /** A command prefix that runs the CLI as another user (`setpriv …`). */
  runAs?: string[];
  /** Standard input (`--patch -`). */
  input?: string | Buffer;
}

/**
 * A command prefix under which file modes bind as they do for a user: root reads and writes any
 * file whatever its mode (CI runs as root), so as root the command runs without the two
 * capabilities that let it (setpriv, util-linux, on every Debian), still as root, so that it
 * reads the checkout wherever that is (a `mktemp -d` folder is closed to other users); as any
 * other user it runs as is.
 */
export const MODES_BIND: string[] = process.getuid?.() === 0 ? ['setpriv', '--bounding-set=-dac_override,-dac_read_search'] : [];

export function runCli(args: string[], cwd = ROOT, options: CliOptions = {}): CliResult {
  const [cmd, ...prefix] = [...(options.runAs ?? []), process.execPath];
  const r = spawnSync(cmd, [...prefix, CLI, ...args], {
    cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: { ...process.env, ...options.env }, input: options.input,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
