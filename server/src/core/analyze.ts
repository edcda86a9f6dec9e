/**
 * The per-file entry point of the analysis core: text in, findings out.
 * Architecture invariant: nothing under core/ does I/O or knows about LSP or VS Code.
 */
import type { Finding, Severity } from './model';
import { docsAnchor } from './model';
import { parseRust, type SyntaxTree } from './parse';
import { parseKernelC } from './cSource';
import { relativeToTree, type TreeModel } from './tree';
import type { ProjectIndex } from './index/index';
import type { Language, Report } from './rules/rule';
import { RULES } from './rules/registry';
import { Suppressions } from './suppress';

export interface Project {
  model: TreeModel;
  index: ProjectIndex;
}

export type SeverityOverrides = Record<string, Severity | 'off'>;

export interface AnalyzeOptions {
  severity?: SeverityOverrides;
  /** A tree the caller already parsed (incrementally) for this exact text. */
  tree?: SyntaxTree;
}

export function languageOf(file: string): Language | undefined {
  if (file.endsWith('.rs')) return 'rust';
  if (file.endsWith('.c') || file.endsWith('.h')) return 'c';
  return undefined;
}

export function parseFor(language: Language, text: string, old?: SyntaxTree): SyntaxTree {
  return language === 'rust' ? parseRust(text, old) : parseKernelC(text, old);
}

export function analyze(file: string, text: string, project: Project, options: AnalyzeOptions = {}): Finding[] {
  const language = languageOf(file);
  if (!language) return [];
  const tree = options.tree ?? parseFor(language, text);
  const rel = relativeToTree(project.model, file);
  const findings: Finding[] = [];
  let suppressions: Suppressions | undefined;
  for (const rule of RULES) {
    if (rule.meta.language !== language) continue;
    const severity = options.severity?.[rule.meta.code] ?? rule.meta.defaultSeverity;
    if (severity === 'off') continue;
    rule.check({
      file, rel, text, tree, model: project.model, index: project.index,
      report: (r: Report) => {
        suppressions ??= new Suppressions(text, tree);
        if (suppressions.isSuppressed(rule.meta.code, r.range.start)) return;
        findings.push({
          file,
          range: r.range,
          code: rule.meta.code,
          severity,
          message: r.message,
          docs: docsAnchor(rule.meta.code),
          related: r.related ?? [],
          fixes: r.fixes ?? [],
        });
      },
    });
  }
  return findings.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}
