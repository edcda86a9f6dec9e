/**
 * Plain data exchanged between the analysis core and its adapters (LSP server, CLI).
 * Positions are 0-based; `character` counts UTF-16 code units, as LSP does and as
 * tree-sitter reports for JavaScript strings.
 */

export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export interface TextEdit {
  range: Range;
  newText: string;
}

/** Edits to one file; `create` means the file does not exist yet and `edits` hold its whole text. */
export interface FileEdit {
  file: string;
  edits: TextEdit[];
  create?: boolean;
}

export interface Fix {
  title: string;
  /**
   * A fix of a rule whose fixes `rfl-ffi fix` applies (`machineFix`) that needs a person
   * all the same, because it changes what the code does: offered in the editor, never applied
   * unattended (ESLint's suggestions).
   */
  suggestion?: boolean;
  /** Possibly computed on first read (see `lazyFix`): adapters read it only to apply or resolve the fix. */
  readonly edits: FileEdit[];
  /**
   * The fix to apply when there is a choice (LSP `isPreferred`). Unset: the first fix of a
   * finding is; `false`: never (a fix that needs a person's decisions).
   */
  preferred?: boolean;
  /**
   * It may also edit the file's `use` declarations, outside the finding's item (an import it
   * leaves unused, one it extends): its finding is analysed afresh after every edit.
   */
  editsImports?: boolean;
}

/**
 * A fix whose title is known now and whose edits are computed when first read, so offering
 * it costs nothing (clangd's prepare/apply split; the LSP reads them in `codeAction/resolve`).
 * `compute` must capture plain data only, never syntax nodes, which a later edit may move.
 */
export function lazyFix(title: string, compute: () => FileEdit[], flags: Pick<Fix, 'preferred' | 'editsImports'> = {}): Fix {
  let edits: FileEdit[] | undefined;
  return {
    title,
    ...flags,
    get edits() {
      return (edits ??= compute());
    },
  };
}

export type Severity = 'error' | 'warning' | 'information' | 'hint';

/** A place in a file, as definition and references return it. */
export interface Location {
  file: string;
  range: Range;
}

export interface RelatedLocation {
  file: string;
  range: Range;
  message: string;
}

export interface Finding {
  /** Absolute path of the file the finding is in. */
  file: string;
  range: Range;
  code: string;
  severity: Severity;
  message: string;
  /** Link to the rule's documentation. */
  docs: string;
  related: RelatedLocation[];
  fixes: Fix[];
}

export const DOCS_BASE = 'https://github.com/rfl-ffi/rfl-ffi/blob/main/docs/rules.md';

export function docsAnchor(code: string): string {
  return `${DOCS_BASE}#${code}`;
}

export function range(startLine: number, startChar: number, endLine: number, endChar: number): Range {
  return { start: { line: startLine, character: startChar }, end: { line: endLine, character: endChar } };
}
