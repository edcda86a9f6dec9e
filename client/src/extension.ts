/**
 * The VS Code extension: starts the rfl-ffi language server over stdio and gives it a face
 * (commands, status bar, output channel). It talks to the server only over LSP.
 */
import * as vscode from 'vscode';
import {
  ExecuteCommandRequest, LanguageClient, type LanguageClientOptions, NotificationType, type ServerOptions, TransportKind,
} from 'vscode-languageclient/node';

/** Server-side commands (`workspace/executeCommand`), see server/src/lsp/server.ts. */
const SERVER_COMMANDS = {
  reindex: 'rfl-ffi.reindex',
  treeInfo: 'rfl-ffi.treeInfo',
  generateHelper: 'rfl-ffi.generateHelper',
} as const;

interface TreeStatus {
  info: { srctree: string; kernelVersion: string | null; mapping: 'kernel' | 'core'; mappingSource: string; arches: string[]; bindings: 'generated' | 'headers' | 'none' };
  text: string;
}
const TREE_STATUS = new NotificationType<TreeStatus | null>('rfl-ffi/treeStatus');

const SETTINGS = ['tree', 'objtree', 'arches', 'mapping', 'severity'] as const;

let client: LanguageClient | undefined;
let output: vscode.LogOutputChannel;
let statusItem: vscode.StatusBarItem;

/** The `rflFfi.*` settings as plain data for the server. */
function settings(): Record<string, unknown> {
  const config = vscode.workspace.getConfiguration('rflFfi');
  return Object.fromEntries(SETTINGS.map((k) => [k, config.get(k)]));
}

/** Where a click on the status bar item leads when there is no tree: the setting that names one. */
const OPEN_TREE_SETTING: vscode.Command = { title: 'Set rflFfi.tree', command: 'workbench.action.openSettings', arguments: ['rflFfi.tree'] };

function showStatus(status: TreeStatus | null): void {
  if (!status) {
    statusItem.text = '$(circle-slash) rfl-ffi: no kernel tree';
    statusItem.tooltip = 'No Linux kernel tree with Rust support here: rfl-ffi has nothing to check. Click to set rflFfi.tree.';
    statusItem.command = OPEN_TREE_SETTING;
    return;
  }
  const { info } = status;
  const version = info.kernelVersion ? `Linux ${info.kernelVersion}` : 'Linux';
  const mapping = info.mapping === 'kernel' ? 'ffi' : 'core::ffi';
  // Before the first build the bindings are derived from the C headers: say so where the user looks.
  const headers = info.bindings === 'headers';
  statusItem.text = `$(link) rfl-ffi: ${version} · ${mapping} · ${info.arches.length} arches${headers ? ' · bindings from headers' : ''}`;
  statusItem.tooltip = `${info.srctree}\nC-type mapping: ${mapping} (${info.mappingSource})\nArches: ${info.arches.join(', ')}\n` +
    `${headers ? 'Bindings: from headers (not built yet)\n' : ''}Click for the tree info.`;
  statusItem.command = 'rflFfi.showTreeInfo';
}

async function runServerCommand<T>(command: string, args: unknown[] = []): Promise<T | undefined> {
  if (!client?.isRunning()) {
    void vscode.window.showWarningMessage('rfl-ffi: the language server is not running.');
    return undefined;
  }
  return client.sendRequest(ExecuteCommandRequest.type, { command, arguments: args }) as Promise<T>;
}

async function startClient(context: vscode.ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath('dist/rfl-ffi.js');
  // The server makes no TLS connection: with NODE_EXTRA_CA_CERTS set, Node would read and
  // parse that certificate bundle before anything else at each start (~50 ms on a small VM).
  const options = { env: { NODE_EXTRA_CA_CERTS: '' } };
  const serverOptions: ServerOptions = {
    run: { module, args: ['lsp'], transport: TransportKind.stdio, options },
    debug: { module, args: ['lsp'], transport: TransportKind.stdio, options },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'rust' },
      { scheme: 'file', language: 'c' },
    ],
    initializationOptions: settings(),
    outputChannel: output,
    diagnosticCollectionName: 'rfl-ffi',
  };
  client = new LanguageClient('rflFfi', 'rfl-ffi', serverOptions, clientOptions);
  client.onNotification(TREE_STATUS, showStatus);
  await client.start();
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  output = vscode.window.createOutputChannel('rfl-ffi', { log: true });
  statusItem = vscode.window.createStatusBarItem('rflFfi.tree', vscode.StatusBarAlignment.Left, 10);
  statusItem.name = 'rfl-ffi kernel tree';
  statusItem.command = 'rflFfi.showTreeInfo';
  statusItem.text = '$(sync~spin) rfl-ffi: indexing';
  context.subscriptions.push(output, statusItem);

  context.subscriptions.push(
    vscode.commands.registerCommand('rflFfi.restartServer', async () => {
      statusItem.text = '$(sync~spin) rfl-ffi: restarting';
      await client?.stop();
      await startClient(context);
    }),
    vscode.commands.registerCommand('rflFfi.reindex', () =>
      vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: 'rfl-ffi: reindexing' }, async () => {
        showStatus((await runServerCommand<TreeStatus | null>(SERVER_COMMANDS.reindex)) ?? null);
      })),
    vscode.commands.registerCommand('rflFfi.showTreeInfo', async () => {
      const status = await runServerCommand<TreeStatus | null>(SERVER_COMMANDS.treeInfo);
      output.appendLine(status ? status.text : 'rfl-ffi: no kernel tree loaded (set rflFfi.tree).');
      output.show(true);
    }),
    vscode.commands.registerCommand('rflFfi.generateHelper', async () => {
      const editor = vscode.window.activeTextEditor;
      const word = editor?.document.getWordRangeAtPosition(editor.selection.active);
      const name = await vscode.window.showInputBox({
        title: 'rfl-ffi: Generate Helper',
        prompt: 'The `static inline` function or function-like macro to wrap in a rust_helper_',
        value: word ? editor!.document.getText(word) : '',
        validateInput: (v) => (/^[A-Za-z_]\w*$/.test(v) ? undefined : 'a C identifier'),
      });
      if (!name) return;
      try {
        const result = await runServerCommand<{ message: string }>(SERVER_COMMANDS.generateHelper, [name]);
        if (result) void vscode.window.showInformationMessage(`rfl-ffi: ${result.message}`);
      } catch (e) {
        void vscode.window.showErrorMessage(e instanceof Error ? e.message : String(e));
      }
    }),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('rflFfi')) void client?.sendNotification('workspace/didChangeConfiguration', { settings: { rflFfi: settings() } });
    }),
  );
  statusItem.show();
  await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: 'rfl-ffi: starting' }, () => startClient(context));
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
