/** What a rule is and what it sees (ESLint-style: metadata plus one check function). */
import type { Fix, Range, RelatedLocation, Severity } from '../model';
import type { SyntaxNode, SyntaxTree } from '../parse';
import type { TreeModel } from '../tree';
import type { ProjectIndex } from '../index/index';
import type { CrateInfo } from '../tree';
import type { TypeResolver } from '../types/resolve';

export type Language = 'c' | 'rust';

export interface RuleMeta {
  /** Stable code shown to users and used in `// rfl-ffi: allow(<code>)`. */
  code: string;
  language: Language;
  defaultSeverity: Severity;
  /** One line for docs and `rfl-ffi rules`. */
  description: string;
  fixable: boolean;
  /**
   * Whether `rfl-ffi fix` applies its fixes unattended: each has one right result. False when
   * a fix needs a person's choice (a safe wrapper's shape, a helper's types) or shows its
   * effect only after a rebuild; the editor still offers such fixes one at a time.
   */
  machineFix: boolean;
}

export interface Report {
  range: Range;
  message: string;
  related?: RelatedLocation[];
  fixes?: Fix[];
}

export interface RuleContext {
  /** Absolute path of the file. */
  file: string;
  /** Path relative to srctree, `/`-separated. */
  rel: string;
  text: string;
  /** The file's end-of-line sequence, for inserted lines. */
  eol: string;
  tree: SyntaxTree;
  /**
   * The top-level nodes to check: all of them, or after an edit only the items it changed.
   * Rust rules look only inside these (C rules read the whole file), and their fixes edit
   * this file only inside the top-level item of the finding, and in its `use` declarations
   * when the fix says so (`Fix.editsImports`; core/itemFindings.ts).
   */
  nodes: readonly SyntaxNode[];
  model: TreeModel;
  index: ProjectIndex;
  /** The crate the file belongs to (computed on first use). */
  readonly crate: CrateInfo;
  /** The Rust type resolver for this file, built on first use (Rust files only; C rules never pay for it). */
  readonly types: TypeResolver;
  report(r: Report): void;
}

export interface Rule {
  meta: RuleMeta;
  check(ctx: RuleContext): void;
}
