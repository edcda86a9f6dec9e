/** Entry point of the `rfl-ffi` binary: the CLI, or the language server with `lsp --stdio`. */
import { runCli } from './cli/main';

const result = runCli(process.argv.slice(2), {
  out: (s) => process.stdout.write(s + '\n'),
  err: (s) => process.stderr.write(s + '\n'),
  cwd: process.cwd(),
},
// Loaded only here, so the CLI never pays for the LSP libraries.
// eslint-disable-next-line @typescript-eslint/no-require-imports
() => (require('./lsp/server') as typeof import('./lsp/server')).startServer());
if (result !== 'serving') process.exitCode = result;
