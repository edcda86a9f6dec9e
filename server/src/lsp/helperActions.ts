/**
 * "Generate C helper" where no diagnostic leads to it: as a refactoring on the name of a
 * `static inline` definition or function-like macro in a header (offered after a cheap check,
 * its edits computed in `codeAction/resolve`), and as the command `rfl-ffi.generateHelper NAME`,
 * which applies the edit with `workspace/applyEdit` and answers what it did.
 */
import {
  CodeAction, CodeActionKind, type Connection, ErrorCodes, type ExecuteCommandParams, type InitializeParams, LSPErrorCodes,
  type Range, ResponseError,
} from 'vscode-languageserver/node';
import { generateHelper, generateHelperFor, type GeneratedHelper, wrappableDecl } from '../core/features/generateHelper';
import { HELPER_PREFIX } from '../core/index/helpers';
import type { Project } from '../core/analyze';
import { relativeToTree } from '../core/tree';
import { toWorkspaceEdit, uriToPath } from './convert';
import { headersRead } from '../host/headerLookup';

export const GENERATE_HELPER_COMMAND = 'rfl-ffi.generateHelper';

interface HeaderActionData {
  generateHelper: string;
  uri: string;
}

export interface GenerateHelperResult {
  helper: string;
  /** The helper file, relative to the tree. */
  file: string;
  message: string;
}

/** The identifier at `character` of `line` when a `(` follows it: a function or macro name being defined or called. */
function calleeAt(line: string, character: number): string | undefined {
  for (const m of line.matchAll(/[A-Za-z_]\w*(?=\s*\()/g)) {
    if (m.index <= character && character <= m.index + m[0].length) return m[0];
  }
  return undefined;
}

export class HelperActions {
  private documentChanges = false;
  private disabledSupport = false;

  constructor(
    private readonly connection: Connection,
    private readonly versionOf: (uri: string) => number | null,
  ) {}

  initialize(params: InitializeParams): void {
    const caps = params.capabilities;
    this.documentChanges = caps.workspace?.workspaceEdit?.documentChanges === true;
    this.disabledSupport = caps.textDocument?.codeAction?.disabledSupport === true;
  }

  /** The helper for the declaration whose name is under the cursor in header `uri`, when the header defines one. */
  private helperAt(project: Project, uri: string, text: string, range: Range): GeneratedHelper | undefined {
    const file = uriToPath(uri);
    if (!file?.endsWith('.h')) return undefined;
    const line = text.split(/\r\n|\r|\n/)[range.start.line] ?? '';
    const name = calleeAt(line, range.start.character);
    return name && !name.startsWith(HELPER_PREFIX) ? this.helperIn(project, name, file) : undefined;
  }

  private helperIn(project: Project, name: string, file: string): GeneratedHelper | undefined {
    const decl = wrappableDecl(project.index.headers.find(name).filter((d) => d.file === file));
    return decl && generateHelper(project.model, project.index, decl);
  }

  /** Cheap: the header lookup is cached and the edits wait for `resolve`. */
  codeActions(project: Project | undefined, uri: string, text: string | undefined, range: Range): CodeAction[] {
    if (!project || text === undefined) return [];
    const generated = this.helperAt(project, uri, text, range);
    if (!generated) return [];
    if (!generated.ok) {
      if (!this.disabledSupport) return [];
      const action = CodeAction.create('Generate C helper', CodeActionKind.Refactor);
      action.disabled = { reason: generated.reason };
      return [action];
    }
    const action = CodeAction.create(generated.fix.title, CodeActionKind.Refactor);
    const data: HeaderActionData = { generateHelper: generated.decl.name, uri };
    action.data = data;
    return [action];
  }

  /** Whether `action` is one of ours (the server's own quick fixes carry other data). */
  owns(action: CodeAction): boolean {
    return typeof (action.data as Partial<HeaderActionData> | undefined)?.generateHelper === 'string';
  }

  resolve(project: Project | undefined, action: CodeAction): CodeAction {
    const data = action.data as HeaderActionData;
    const file = uriToPath(data.uri);
    const generated = project && file ? this.helperIn(project, data.generateHelper, file) : undefined;
    if (generated?.ok) action.edit = toWorkspaceEdit(generated.fix, this.documentChanges, this.versionOf);
    return action;
  }

  /** `rfl-ffi.generateHelper NAME`: generates and applies the helper, or fails with a message that says why. */
  async execute(project: Project | undefined, params: ExecuteCommandParams): Promise<GenerateHelperResult> {
    const name = params.arguments?.[0];
    if (params.command !== GENERATE_HELPER_COMMAND || typeof name !== 'string' || !/^[A-Za-z_]\w*$/.test(name)) {
      throw new ResponseError(ErrorCodes.InvalidParams,
        `rfl-ffi: ${GENERATE_HELPER_COMMAND} takes one argument, the name of a \`static inline\` function or function-like macro`);
    }
    if (!project) throw new ResponseError(LSPErrorCodes.RequestFailed, `rfl-ffi: ${name}: no kernel tree is loaded`);
    // A user-initiated command may wait for the background read of the headers to finish.
    await headersRead(project.index.headers);
    const generated = generateHelperFor(project.model, project.index, name);
    if (!generated.ok) throw new ResponseError(LSPErrorCodes.RequestFailed, `rfl-ffi: ${name}: ${generated.reason}`);
    const edit = toWorkspaceEdit(generated.fix, this.documentChanges, this.versionOf);
    if (!edit) {
      throw new ResponseError(LSPErrorCodes.RequestFailed,
        `rfl-ffi: ${name}: the helper goes into a new file, and the editor cannot create files (workspaceEdit.documentChanges)`);
    }
    const applied = await this.connection.workspace.applyEdit({ label: generated.fix.title, edit });
    const helper = HELPER_PREFIX + name;
    const file = relativeToTree(project.model, generated.file);
    if (!applied.applied) {
      throw new ResponseError(LSPErrorCodes.RequestFailed,
        `rfl-ffi: ${name}: the editor did not apply the edit${applied.failureReason ? ` (${applied.failureReason})` : ''}`);
    }
    return { helper, file, message: `Generated \`${helper}\` in ${file}` };
  }
}
