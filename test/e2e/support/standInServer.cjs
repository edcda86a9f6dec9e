/**
 * A stand-in for rust-analyzer or clangd in the editor end-to-end tests, which must not need
 * either installed: a language server that publishes one diagnostic on the first line of a
 * document whenever it is opened, changed or saved (as rust-analyzer publishes again after
 * each), so a test can see that the editor runs it beside rfl-ffi and keeps both servers'
 * diagnostics. Usage: node standInServer.cjs NAME (the name is the diagnostics' source).
 */
'use strict';
const { createConnection, ProposedFeatures, TextDocumentSyncKind } = require('vscode-languageserver/node');

const name = process.argv[2] ?? 'stand-in';
const connection = createConnection(ProposedFeatures.all, process.stdin, process.stdout);
connection.onInitialize(() => ({
  capabilities: { textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Full, save: true } },
  serverInfo: { name },
}));
function publish({ textDocument }) {
  void connection.sendDiagnostics({
    uri: textDocument.uri,
    diagnostics: [{
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 2 } },
      severity: 3,
      source: name,
      message: `${name} (stand-in) is running`,
    }],
  });
}
connection.onDidOpenTextDocument(publish);
connection.onDidChangeTextDocument(publish);
connection.onDidSaveTextDocument(publish);
connection.listen();
