/** Core plain data ⇄ LSP types. */
import { pathToFileURL, fileURLToPath } from 'node:url';
import {
  type CreateFile, type Diagnostic, DiagnosticSeverity, type TextDocumentEdit, type WorkspaceEdit,
} from 'vscode-languageserver/node';
import type { Finding, Fix, Severity } from '../core/model';

export function uriToPath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

export function pathToUri(p: string): string {
  return pathToFileURL(p).href;
}

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export const SOURCE = 'rfl-ffi';

export function toDiagnostic(f: Finding): Diagnostic {
  return {
    range: f.range,
    severity: SEVERITY[f.severity],
    code: f.code,
    codeDescription: { href: f.docs },
    source: SOURCE,
    message: f.message,
    relatedInformation: f.related.length
      ? f.related.map((r) => ({ location: { uri: pathToUri(r.file), range: r.range }, message: r.message }))
      : undefined,
  };
}

/**
 * A fix as a WorkspaceEdit. With `documentChanges` a fix may create files; without it,
 * a fix that needs a new file cannot be expressed and is dropped (undefined).
 */
export function toWorkspaceEdit(fix: Fix, documentChanges: boolean, versionOf: (uri: string) => number | null): WorkspaceEdit | undefined {
  if (!documentChanges) {
    if (fix.edits.some((e) => e.create)) return undefined;
    const changes: WorkspaceEdit['changes'] = {};
    for (const fe of fix.edits) changes[pathToUri(fe.file)] = [...(changes[pathToUri(fe.file)] ?? []), ...fe.edits];
    return { changes };
  }
  const ops: (TextDocumentEdit | CreateFile)[] = [];
  for (const fe of fix.edits) {
    const uri = pathToUri(fe.file);
    if (fe.create) ops.push({ kind: 'create', uri, options: { ignoreIfExists: true } });
    ops.push({ textDocument: { uri, version: fe.create ? null : versionOf(uri) }, edits: fe.edits });
  }
  return { documentChanges: ops };
}
