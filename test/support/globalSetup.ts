// Makes the corpus objtree (generated bindings) once per run; see scripts/corpus-objtree.sh.
import { execFileSync } from 'node:child_process';
import * as path from 'node:path';

export default function setup(): void {
  const root = path.resolve(__dirname, '../..');
  execFileSync('bash', [path.join(root, 'scripts/corpus-objtree.sh')], { stdio: 'inherit' });
}
