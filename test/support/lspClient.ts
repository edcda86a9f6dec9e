/**
 * A real LSP client for tests: spawns `rfl-ffi lsp --stdio` and speaks JSON-RPC to it over
 * its stdin/stdout, collecting what the server publishes.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import * as fs from 'node:fs';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { CLI } from './paths';

export interface PublishedDiagnostics {
  uri: string;
  version?: number;
  diagnostics: {
    range: { start: { line: number; character: number }; end: { line: number; character: number } };
    severity?: number;
    code?: string | number;
    source?: string;
    message: string;
    codeDescription?: { href: string };
  }[];
}

export interface ShownMessage {
  type: number;
  message: string;
}

export function uri(p: string): string {
  return pathToFileURL(p).href;
}

export interface LspClientOptions {
  /** Extra environment for the server process (e.g. NODE_OPTIONS to preload a test hook). */
  env?: NodeJS.ProcessEnv;
}

export class LspClient {
  readonly conn: MessageConnection;
  readonly proc: ChildProcessWithoutNullStreams;
  readonly messages: ShownMessage[] = [];
  /** `window/logMessage` notifications; the server's crash guard logs internal errors there. */
  readonly logs: ShownMessage[] = [];
  readonly diagnostics = new Map<string, PublishedDiagnostics>();
  /** How many times diagnostics were published, per URI. */
  readonly publishCount = new Map<string, number>();
  /** Set when the server process has exited. */
  exit: { code: number | null; signal: NodeJS.Signals | null } | undefined;
  /** `rfl-ffi/treeStatus` notifications, in order. */
  readonly treeStatuses: unknown[] = [];
  /** `workspace/applyEdit` requests from the server, in order; each is answered as applied. */
  readonly appliedEdits: { label?: string; edit: unknown }[] = [];
  /** `workspace/configuration` requests from the server, in order. */
  readonly configurationRequests: { items: { section?: string; scopeUri?: string }[] }[] = [];
  /** What `workspace/configuration` answers per section asked (null for a section not here). */
  configuration: Record<string, unknown> = {};
  /** `client/registerCapability` requests from the server, in order. */
  readonly registrations: { registrations: { method: string; registerOptions?: unknown }[] }[] = [];
  private waiters: (() => void)[] = [];
  stderr = '';

  constructor(args: string[] = [], options: LspClientOptions = {}) {
    this.proc = spawn(process.execPath, [CLI, 'lsp', '--stdio', ...args], { stdio: 'pipe', env: { ...process.env, ...options.env } });
    this.proc.stderr.on('data', (d: Buffer) => (this.stderr += d.toString()));
    this.proc.on('exit', (code, signal) => {
      this.exit = { code, signal };
      this.wake();
    });
    this.conn = createMessageConnection(new StreamMessageReader(this.proc.stdout), new StreamMessageWriter(this.proc.stdin));
    this.conn.onNotification('textDocument/publishDiagnostics', (p: PublishedDiagnostics) => {
      this.diagnostics.set(p.uri, p);
      this.publishCount.set(p.uri, (this.publishCount.get(p.uri) ?? 0) + 1);
      this.wake();
    });
    this.conn.onNotification('window/showMessage', (m: ShownMessage) => {
      this.messages.push(m);
      this.wake();
    });
    this.conn.onNotification('window/logMessage', (m: ShownMessage) => {
      this.logs.push(m);
      this.wake();
    });
    this.conn.onRequest('window/workDoneProgress/create', () => null);
    this.conn.onRequest('client/registerCapability', (p: LspClient['registrations'][number]) => {
      this.registrations.push(p);
      return null;
    });
    this.conn.onRequest('workspace/configuration', (p: LspClient['configurationRequests'][number]) => {
      this.configurationRequests.push(p);
      this.wake();
      return p.items.map((i) => this.configuration[i.section ?? ''] ?? null);
    });
    this.conn.onRequest('workspace/applyEdit', (p: { label?: string; edit: unknown }) => {
      this.appliedEdits.push(p);
      return { applied: true };
    });
    this.conn.onNotification('$/progress', () => undefined);
    this.conn.onNotification('rfl-ffi/treeStatus', (status: unknown) => {
      this.treeStatuses.push(status);
      this.wake();
    });
    this.conn.listen();
  }

  private wake(): void {
    const w = this.waiters;
    this.waiters = [];
    for (const f of w) f();
  }

  /** Resolves when `check` holds, re-checking on every notification; rejects after `ms`. */
  async until<T>(check: () => T | undefined, what: string, ms = 20_000): Promise<T> {
    const deadline = Date.now() + ms;
    for (;;) {
      const v = check();
      if (v !== undefined) return v;
      if (this.exit) throw new Error(`the server exited (${this.exit.signal ?? this.exit.code}) while waiting for ${what}; stderr: ${this.stderr}`);
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`timed out waiting for ${what}; stderr: ${this.stderr}`);
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, Math.min(left, 200));
        this.waiters.push(() => {
          clearTimeout(t);
          resolve();
        });
      });
    }
  }

  async initialize(rootPath: string | null, extra: Record<string, unknown> = {}, initializationOptions: unknown = {}): Promise<{ capabilities: Record<string, unknown> }> {
    const result = await this.conn.sendRequest<{ capabilities: Record<string, unknown> }>('initialize', {
      processId: process.pid,
      rootUri: rootPath ? uri(rootPath) : null,
      workspaceFolders: rootPath ? [{ uri: uri(rootPath), name: 'tree' }] : null,
      initializationOptions,
      capabilities: {
        window: { workDoneProgress: true },
        workspace: {
          applyEdit: true, workspaceEdit: { documentChanges: true, resourceOperations: ['create'] }, didChangeWatchedFiles: { dynamicRegistration: true },
        },
        textDocument: {
          publishDiagnostics: { relatedInformation: true },
          codeAction: {
            resolveSupport: { properties: ['edit'] }, disabledSupport: true,
            codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'refactor'] } },
          },
          hover: { contentFormat: ['markdown', 'plaintext'] },
        },
        ...extra,
      },
    });
    await this.conn.sendNotification('initialized', {});
    return result;
  }

  open(file: string, text = fs.readFileSync(file, 'utf8'), languageId = file.endsWith('.rs') ? 'rust' : 'c', version = 1): void {
    this.diagnostics.delete(uri(file));
    void this.conn.sendNotification('textDocument/didOpen', { textDocument: { uri: uri(file), languageId, version, text } });
  }

  close(file: string): void {
    void this.conn.sendNotification('textDocument/didClose', { textDocument: { uri: uri(file) } });
  }

  change(file: string, version: number, changes: unknown[]): void {
    void this.conn.sendNotification('textDocument/didChange', { textDocument: { uri: uri(file), version }, contentChanges: changes });
  }

  /** Waits for diagnostics of `file` (at `version` when given). */
  diagnosticsFor(file: string, version?: number): Promise<PublishedDiagnostics> {
    return this.until(() => {
      const d = this.diagnostics.get(uri(file));
      return d && (version === undefined || d.version === version) ? d : undefined;
    }, `diagnostics for ${file}`);
  }

  /** Waits for diagnostics of `file` published after `count` publications (see `publishCount`). */
  diagnosticsAfter(file: string, count: number): Promise<PublishedDiagnostics> {
    return this.until(() => ((this.publishCount.get(uri(file)) ?? 0) > count ? this.diagnostics.get(uri(file)) : undefined),
      `new diagnostics for ${file}`);
  }

  notifyWatchedFiles(changes: { file: string; type: 1 | 2 | 3 }[]): void {
    void this.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: changes.map((c) => ({ uri: uri(c.file), type: c.type })) });
  }

  request<T>(method: string, params: unknown): Promise<T> {
    return this.conn.sendRequest<T>(method, params);
  }

  async shutdown(): Promise<void> {
    try {
      await Promise.race([this.conn.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
      await this.conn.sendNotification('exit');
    } catch {
      // the server may already be gone
    }
    this.conn.dispose();
    this.proc.kill();
  }
}
