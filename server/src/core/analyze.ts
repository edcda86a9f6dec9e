/**
 * The per-file entry point of the analysis core: text in, findings out.
 * Architecture invariant: nothing under core/ does I/O or knows about LSP or VS Code.
 */
import type { Finding, Severity } from './model';
import { docsAnchor } from './model';
import { parseRust, type SyntaxTree } from './parse';
import { parseKernelC } from './cSource';
import { crateOf, relativeToTree, type CrateInfo, type TreeModel } from './tree';
import { TypeResolver } from './types/resolve';
import type { ProjectIndex } from './index/index';
import type { Language, Report, RuleContext } from './rules/rule';
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
  let crate: CrateInfo | undefined;
  let types: TypeResolver | undefined;
  // Computed on first use and shared by every rule of this file.
  const crateInfo = (): CrateInfo => (crate ??= crateOf(project.model, file));
  const resolver = (): TypeResolver =>
    (types ??= new TypeResolver({ tree, model: project.model, index: project.index, crate: crateInfo() }));
  for (const rule of RULES) {
    if (rule.meta.language !== language) continue;
    const severity = options.severity?.[rule.meta.code] ?? rule.meta.defaultSeverity;
    if (severity === 'off') continue;
    const ctx: RuleContext = {
      file, rel, text, tree, model: project.model, index: project.index,
      get crate() {
        return crateInfo();
      },
      get types() {
        return resolver();
      },
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
    };
    rule.check(ctx);
  }
  return findings.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}
