/** Output formats of `rfl-ffi check`: gcc-style text, JSON, SARIF 2.1.0, GitHub Actions workflow commands. */
import * as path from 'node:path';
import type { Log, ReportingDescriptor, Result } from 'sarif';
import type { Finding } from '../core/model';
import { RULES } from '../core/rules/registry';
import { docsAnchor } from '../core/model';

export interface JsonFinding {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: string;
  code: string;
  message: string;
}

function rel(base: string, file: string): string {
  return path.relative(base, file).split(path.sep).join('/');
}

export function toJsonFinding(f: Finding, tree: string): JsonFinding {
  return {
    file: rel(tree, f.file),
    line: f.range.start.line + 1,
    column: f.range.start.character + 1,
    endLine: f.range.end.line + 1,
    endColumn: f.range.end.character + 1,
    severity: f.severity,
    code: f.code,
    message: f.message,
  };
}

/** `file:line:col: severity: message [code]`, paths relative to the working directory so terminals can open them. */
export function formatText(findings: Finding[], cwd: string): string {
  return findings
    .map((f) => `${rel(cwd, f.file)}:${f.range.start.line + 1}:${f.range.start.character + 1}: ${f.severity}: ${f.message} [${f.code}]`)
    .join('\n');
}

export function formatJson(findings: Finding[], tree: string): string {
  return JSON.stringify({ findings: findings.map((f) => toJsonFinding(f, tree)) }, null, 2);
}

const SARIF_LEVEL: Record<Finding['severity'], Result.level> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

export function formatSarif(findings: Finding[], tree: string, version: string): string {
  const sarif: Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: {
        driver: {
          name: 'rfl-ffi',
          version,
          informationUri: 'https://github.com/rfl-ffi/rfl-ffi',
          rules: RULES.map((r): ReportingDescriptor => ({
            id: r.meta.code,
            shortDescription: { text: r.meta.description },
            helpUri: docsAnchor(r.meta.code),
            defaultConfiguration: { level: SARIF_LEVEL[r.meta.defaultSeverity] },
          })),
        },
      },
      originalUriBaseIds: { SRCROOT: { uri: `file://${tree.endsWith('/') ? tree : tree + '/'}` } },
      results: findings.map((f): Result => {
        const j = toJsonFinding(f, tree);
        return {
          ruleId: f.code,
          level: SARIF_LEVEL[f.severity],
          message: { text: f.message },
          locations: [{
            physicalLocation: {
              artifactLocation: { uri: j.file, uriBaseId: 'SRCROOT' },
              region: { startLine: j.line, startColumn: j.column, endLine: j.endLine, endColumn: j.endColumn },
            },
          }],
        };
      }),
    }],
  };
  return JSON.stringify(sarif, null, 2);
}

/** GitHub Actions' workflow command levels. */
const GITHUB_LEVEL: Record<Finding['severity'], string> = { error: 'error', warning: 'warning', information: 'notice', hint: 'notice' };

/** A workflow command's escaping: of its message, and more for a property value. */
function githubData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function githubProperty(s: string): string {
  return githubData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * `::warning file=…,line=…,col=…,endLine=…,endColumn=…,title=<code>::message`, which GitHub
 * Actions shows on the lines of a pull request. Paths are relative to the working directory,
 * the checkout in a workflow.
 */
export function formatGithub(findings: Finding[], cwd: string): string {
  return findings.map((f) => {
    const props = [
      `file=${githubProperty(rel(cwd, f.file))}`,
      `line=${f.range.start.line + 1}`,
      `col=${f.range.start.character + 1}`,
      `endLine=${f.range.end.line + 1}`,
      `endColumn=${f.range.end.character + 1}`,
      `title=${githubProperty(f.code)}`,
    ];
    return `::${GITHUB_LEVEL[f.severity]} ${props.join(',')}::${githubData(f.message)}`;
  }).join('\n');
}
