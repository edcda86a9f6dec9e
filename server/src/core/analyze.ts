/**
 * The per-file entry point of the analysis core: text in, findings out.
 * Architecture invariant: nothing under core/ does I/O or knows about LSP or VS Code.
 */
import type { Finding, Severity } from './model';
import { docsAnchor } from './model';
import { parseRust, type SyntaxNode, type SyntaxTree } from './parse';
import { parseKernelC } from './cSource';
import { crateOf, isGeneratedFile, relativeToTree, type CrateInfo, type TreeModel } from './tree';
import { TypeResolver } from './types/resolve';
import type { ProjectIndex } from './index/index';
import type { Language, Report, Rule, RuleContext } from './rules/rule';
import { RULES } from './rules/registry';
import { Suppressions } from './suppress';
import { eolOf } from './text';
import type { ItemFindings } from './itemFindings';

export interface Project {
  model: TreeModel;
  index: ProjectIndex;
}

export type SeverityOverrides = Record<string, Severity | 'off'>;

export interface AnalyzeOptions {
  severity?: SeverityOverrides;
  /** A tree the caller already parsed (incrementally) for this exact text. */
  tree?: SyntaxTree;
  /** The findings of this file's last analysis, per item: only items an edit changed are analysed again. */
  items?: ItemFindings;
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
  if (!language || isGeneratedFile(project.model, file)) return [];
  const tree = options.tree ?? parseFor(language, text);
  const rel = relativeToTree(project.model, file);
  const eol = eolOf(text);
  let crate: CrateInfo | undefined;
  let types: TypeResolver | undefined;
  // Computed on first use and shared by every rule of this file.
  const crateInfo = (): CrateInfo => (crate ??= crateOf(project.model, file));
  const resolver = (): TypeResolver =>
    (types ??= new TypeResolver({ tree, model: project.model, index: project.index, crate: crateInfo() }));
  const rules: { rule: Rule; severity: Severity }[] = [];
  for (const rule of RULES) {
    const severity = options.severity?.[rule.meta.code] ?? rule.meta.defaultSeverity;
    if (rule.meta.language === language && severity !== 'off') rules.push({ rule, severity });
  }
  /** The findings of every rule over `nodes` (top-level nodes of the tree), unsuppressed. */
  const check = (nodes: readonly SyntaxNode[]): Finding[] => {
    const findings: Finding[] = [];
    for (const { rule, severity } of rules) {
      const ctx: RuleContext = {
        file, rel, text, eol, tree, nodes, model: project.model, index: project.index,
        get crate() {
          return crateInfo();
        },
        get types() {
          return resolver();
        },
        report: (r: Report) => {
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
    return findings;
  };
  const top = tree.rootNode.namedChildren;
  // C rules read whole files; Rust rules look at one item at a time (itemFindings.ts).
  const found = language === 'rust' && options.items
    // Besides the project: the line ending, the severities, and what the header lookup answered while it still read in the background.
    ? options.items.findings(project, `${eol}\0${JSON.stringify(options.severity ?? {})}`, top, check, project.index.headers)
    : check(top);
  let suppressions: Suppressions | undefined;
  const kept = found.filter((f) => !(suppressions ??= new Suppressions(text, tree)).isSuppressed(f.code, f.range.start));
  return kept.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}

