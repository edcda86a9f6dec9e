/**
 * The language server: a thin adapter that feeds open documents to the analysis core and
 * turns findings into diagnostics and code actions.
 */
import * as path from 'node:path';
import {
  CodeAction, CodeActionKind, type Connection, createConnection, DidChangeWatchedFilesNotification, type Hover,
  type InitializeParams, type InitializeResult, type Location, LogMessageNotification, MarkupKind, MessageType, NotificationType,
  type Position, ProposedFeatures, type Range, ShowMessageNotification, type TextDocumentPositionParams, TextDocuments, TextDocumentSyncKind, type WorkDoneProgressServerReporter,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze, languageOf, type SeverityOverrides } from '../core/analyze';
import { type FfiSymbol, ffiSymbolAt } from '../core/features/ffiSymbol';
import { hover } from '../core/features/hover';
import { definition } from '../core/features/definition';
import { references } from '../core/features/references';
import type { Location as CoreLocation } from '../core/model';
import { type Arch, isArch, type Mapping } from '../core/archTable';
import type { Finding } from '../core/model';
import { ItemFindings } from '../core/itemFindings';
import { loadRustGrammar, parseCounts } from '../core/parse';
import { BindingsOutline } from '../core/index/bindingsScanner';
import { fixSteps, warmUpSteps } from '../core/features/warmUp';
import { GENERATED_FILES, isGeneratedFile } from '../core/tree';
import {
  type LoadedProject, type TreeNote, NOT_A_TREE_HINT, TreeError, findSrctree, incompleteTree, loadProject, resolveSrctree,
} from '../host/kernelTree';
import { type CodeCache, codeCache } from '../host/codeCache';
import { readCounts, sha1, unanalysable } from '../host/files';
import { IncludeClosureLookup } from '../host/headerLookup';
import { warmUpDerivedBindings } from '../host/headerModel';
import { IndexCache } from '../host/indexCache';
import { TreeRustSources } from '../host/rustSources';
import { TreeWatcher, indexInputFolders } from '../host/treeWatcher';
import { type TreeInfo, formatInfoText, treeInfo } from '../host/treeInfo';
import { DocumentTrees } from './documentTrees';
import { VERSION } from '../version';
import { SOURCE, pathToUri, toDiagnostic, toWorkspaceEdit, uriToPath } from './convert';
import { GENERATE_HELPER_COMMAND, HelperActions } from './helperActions';
import { BackgroundWork } from './background';

/** How long the user must pause typing before background work takes a turn. */
const IDLE_MS = 30;

/** At most this many turns of the event loop wait for queued messages before the pending analyses run. */
const MAX_DEFERRED_TURNS = 64;

/** Messages the connection has dispatched to their handlers (counted by `startServer`'s message strategy). */
const dispatched = { count: 0 };

export interface ServerSettings {
  tree?: string;
  objtree?: string;
  arches?: string[];
  mapping?: Mapping;
  severity?: SeverityOverrides;
}

/** Commands the server executes (`workspace/executeCommand`). */
export const COMMANDS = {
  reindex: 'rfl-ffi.reindex',
  treeInfo: 'rfl-ffi.treeInfo',
} as const;

export interface TreeStatus {
  info: TreeInfo;
  text: string;
}
/** Sent whenever a tree is (re)loaded, or `null` when none is found, so a client can show it. */
export const TREE_STATUS = new NotificationType<TreeStatus | null>('rfl-ffi/treeStatus');

/** With `RFL_FFI_DEBUG=1` in its environment, the server answers this request, for tests. */
export const DEBUG_REQUEST = 'rfl-ffi/debug';
export interface DebugParams {
  /**
   * Which background work may run from now on (after the step under way): none, only what the
   * first requests on the open files need, or all of it (the default).
   */
  background?: 'hold' | 'documents' | 'run';
  /**
   * Whether to report `outlines`: serialising an outline costs a copy of it (11 MB at 8×
   * bindings), which a test that polls the state (the bench's peak RSS) must not pay each time.
   */
  outlines?: boolean;
}
export interface DebugState {
  /** Parses this process has done, by grammar. */
  parses: { rust: number; c: number };
  /** Files it has read. */
  filesRead: number;
  /** Whether what the first requests on the open files need is prepared. */
  documentsPrepared: boolean;
  /** Whether all background work (that, the tree status, the headers) has ended. */
  backgroundFinished: boolean;
  /** Per generated bindings file of the loaded index, a SHA-1 of its outline's persisted form (when asked for). */
  outlines?: Record<string, string>;
  /** Whether the first load started before `initialized` (see `loadEarly`). */
  loadedEarly: boolean;
  /** V8's code cache of the bundle (loader.ts): its state and file; undefined when the server was not started by the loader. */
  codeCache?: { state: CodeCache['state']; file: string };
  /** The Node built-in modules loaded when the first diagnostics were sent (`node:net`, …): what a start paid for. */
  builtinsAtFirstDiagnostics?: string[];
}

interface AnalyzedDoc {
  version: number;
  findings: Finding[];
}

interface ActionData {
  uri: string;
  version: number;
  finding: number;
  fix: number;
}

/** The public Node built-in modules this process has loaded (Node lists them as `NativeModule <name>`). */
function loadedBuiltins(): string[] {
  const list = (process as unknown as { moduleLoadList?: string[] }).moduleLoadList ?? [];
  return list.filter((m) => m.startsWith('NativeModule ') && !m.startsWith('NativeModule internal/')).map((m) => m.slice('NativeModule '.length));
}

/** Files whose change on disk changes the index. */
function affectsIndex(rel: string): boolean {
  return rel.startsWith('rust/helpers/') || rel === 'rust/helpers.c' || rel.startsWith('rust/kernel/')
    || rel === 'rust/bindings/lib.rs' || rel === 'rust/ffi.rs' || rel === 'Documentation/rust/arch-support.rst'
    || rel === 'rust-project.json' || Object.values(GENERATED_FILES).some((g) => rel.endsWith(g));
}

export class RflFfiServer {
  private readonly trees = new DocumentTrees();
  private readonly documents = new TextDocuments({ create: TextDocument.create, update: this.trees.update });
  private project: LoadedProject | undefined;
  private rustSources: TreeRustSources | undefined;
  /** The index parts of the loaded tree, so a reload after a file changed on disk redoes only that file. */
  private cache: IndexCache | undefined;
  /** The settings in effect: the client's (`workspace/configuration` or pushed) over the initialization options. */
  private settings: ServerSettings = {};
  private initSettings: ServerSettings = {};
  /** Set once the client's settings are known (asked for after `initialized`); a document opened before waits. */
  private configured = false;
  private folders: string[] = [];
  private readonly analyzed = new Map<string, AnalyzedDoc>();
  /** Per open document, the findings of its items, so an edit re-analyses only the items it changed. */
  private readonly itemFindings = new Map<string, ItemFindings>();
  private readonly pending = new Set<string>();
  /**
   * When the user was last at work: a document changed or opened, a request on one answered,
   * or the diagnostics of a change published. Background work runs only IDLE_MS after it.
   */
  private lastActive = 0;
  private flushScheduled = false;
  /** Counts the flushes scheduled, so that one taken on a request's path ends the turns waited for it. */
  private flushes = 0;
  private saidNotes = new Set<string>();
  private clientCaps = { progress: false, resolve: false, documentChanges: false, watchers: false, configuration: false };
  /** Watches what the client does not watch for us (see treeWatcher.ts). */
  private readonly watcher = new TreeWatcher((files) => this.filesChanged(files));
  private reindexSaid = false;
  private noTreeSaid = false;
  /** The load in progress; documents are analysed once it settles. */
  private loading: Promise<void> | undefined;
  /** A tree to load again because something changed while the last load ran. */
  private loadAgain: string | undefined;
  private readonly helperActions: HelperActions;
  /** What the first requests need, the tree status and the headers, prepared in the pauses of typing. */
  private readonly background = new BackgroundWork(() => this.idle(), (e) => this.internalError('background work', e),
    (kind) => this.debugBackground === 'run' || (this.debugBackground === 'documents' && kind === 'document'));
  /** The load started before `initialized` (see `loadEarly`): its tree and the settings it used. */
  private earlyLoad: { tree: string; settings: string } | undefined;
  /** Set when V8's code cache is to be written after the next diagnostics (see `flush`). */
  private codeCacheDue = false;
  private builtinsAtFirstDiagnostics: string[] | undefined;
  /** Set by the debug request: which background work may run. */
  private debugBackground: NonNullable<DebugParams['background']> = 'run';

  constructor(private readonly connection: Connection) {
    this.helperActions = new HelperActions(connection, this.versionOf);
    connection.onInitialize((p) => this.initialize(p));
    connection.onInitialized(() => this.initialized());
    // A request on a document is the user at work as much as a change: background work waits for a pause after it too.
    connection.onCodeAction((p) => this.active([...this.codeActions(p.textDocument.uri, p.range, p.context.diagnostics),
      ...this.helperActions.codeActions(this.project, p.textDocument.uri, this.documents.get(p.textDocument.uri)?.getText(), p.range)]));
    connection.onCodeActionResolve((a) => this.active(this.helperActions.owns(a) ? this.helperActions.resolve(this.project, a) : this.resolveAction(a)));
    // A request that comes while the tree loads is answered once it has loaded, not with nothing.
    connection.onHover(async (p) => (await this.loading, this.active(this.hover(p))));
    connection.onDefinition(async (p) => (await this.loading, this.active(this.definition(p))));
    connection.onReferences(async (p) => (await this.loading, this.active(this.references(p, p.context.includeDeclaration))));
    connection.onExecuteCommand((p) => (p.command === GENERATE_HELPER_COMMAND ? this.helperActions.execute(this.project, p) : this.executeCommand(p.command)));
    connection.onDidChangeWatchedFiles((p) => this.filesChanged(p.changes.map((c) => uriToPath(c.uri)).filter((f): f is string => !!f)));
    // An editor closed right after opening a file must not lose the index it just built.
    connection.onShutdown(() => {
      this.watcher.close();
      this.cache?.save();
    });
    connection.onDidChangeConfiguration((p) => {
      const pushed = (p.settings as { rflFfi?: unknown } | null | undefined)?.rflFfi;
      // Settings without our section are the pull model's "ask again" (VS Code sends null; eglot its own sections).
      if (isSettings(pushed)) {
        if (this.takeClientSettings(pushed)) this.reload();
      } else void this.askSettings().then((changed) => changed && this.reload());
    });
    this.documents.onDidOpen((e) => this.documentOpened(e.document.uri));
    this.documents.onDidChangeContent((e) => this.schedule(e.document.uri));
    this.documents.onDidClose((e) => {
      this.analyzed.delete(e.document.uri);
      this.itemFindings.delete(e.document.uri);
      this.trees.forget(e.document.uri);
      void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
    });
    this.documents.listen(connection);
    if (process.env.RFL_FFI_DEBUG === '1') connection.onRequest(DEBUG_REQUEST, (p: DebugParams) => this.debug(p));
  }

  private debug(p: DebugParams | undefined): DebugState {
    if (p?.background) this.debugBackground = p.background;
    let outlines: Record<string, string> | undefined;
    if (p?.outlines) {
      outlines = {};
      for (const f of this.project?.index.bindings.files ?? []) {
        if (f instanceof BindingsOutline) outlines[f.file] = sha1().update(f.toData()).digest('hex');
      }
    }
    const code = codeCache();
    return {
      parses: { ...parseCounts },
      filesRead: readCounts.files,
      documentsPrepared: !this.background.pending('document'),
      backgroundFinished: !this.background.pending(),
      outlines,
      loadedEarly: this.earlyLoad !== undefined,
      codeCache: code && { state: code.state, file: code.file },
      builtinsAtFirstDiagnostics: this.builtinsAtFirstDiagnostics,
    };
  }

  private internalError(what: string, e: unknown): void {
    this.connection.console.error(`rfl-ffi: internal error in ${what}: ${e instanceof Error ? e.stack : String(e)}`);
  }

  private initialize(params: InitializeParams): InitializeResult {
    const caps = params.capabilities;
    this.clientCaps = {
      progress: caps.window?.workDoneProgress === true,
      resolve: caps.textDocument?.codeAction?.resolveSupport?.properties.includes('edit') === true,
      documentChanges: caps.workspace?.workspaceEdit?.documentChanges === true,
      watchers: caps.workspace?.didChangeWatchedFiles?.dynamicRegistration === true,
      configuration: caps.workspace?.configuration === true,
    };
    this.helperActions.initialize(params);
    this.initSettings = isSettings(params.initializationOptions) ? params.initializationOptions : {};
    this.settings = this.initSettings;
    this.folders = (params.workspaceFolders ?? []).map((f) => uriToPath(f.uri)).filter((p): p is string => !!p);
    const root = params.rootUri ? uriToPath(params.rootUri) : params.rootPath ?? undefined;
    if (!this.folders.length && root) this.folders = [root];
    // Two turns: the connection writes this answer in a turn it queues after this handler
    // returns, and the client must have it before the load holds the thread.
    if (this.folders.length) setImmediate(() => setImmediate(() => this.loadEarly()));
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.Refactor], resolveProvider: true },
        hoverProvider: true,
        definitionProvider: true,
        referencesProvider: true,
        executeCommandProvider: { commands: [...Object.values(COMMANDS), GENERATE_HELPER_COMMAND] },
      },
      serverInfo: { name: 'rfl-ffi', version: VERSION },
    };
  }

  /**
   * Starts the first load while the client answers `initialize` and then the request for
   * its settings, from the settings it gave with `initialize`: the load of a tree (in-tree
   * build, found from the workspace folders) whose index is persisted takes a few dozen ms and
   * needs no progress. `initialized` loads again only if the client's settings differ. Any
   * other tree loads after `initialized`, with progress; meanwhile the Rust grammar, which
   * every load needs, is loaded (~7 ms).
   */
  private loadEarly(): void {
    try {
      if (this.configured || this.loading || this.project) return;
      const tree = this.settings.tree || this.settings.objtree ? undefined : this.folders.map(findSrctree).find(Boolean);
      // The grammar first, which every load needs: meanwhile the client sends `initialized`,
      // taken before an early load starts (see `load`), so that the request for its settings
      // is answered while the index loads.
      loadRustGrammar();
      if (tree && IndexCache.persisted(tree, tree)) {
        this.earlyLoad = { tree, settings: JSON.stringify(this.settings) };
        // No progress: a request to the client before `initialized` is not for every client.
        this.requestLoad(tree, false);
      }
    } catch (e) {
      this.internalError('preparing the first load', e);
    }
  }

  private async initialized(): Promise<void> {
    const early = this.earlyLoad;
    // The first load's progress is asked for with the settings, not after their answer. A
    // client that cannot create it gets none.
    const progress = !early && this.clientCaps.progress ? this.connection.window.createWorkDoneProgress().catch(() => undefined) : undefined;
    // Asked now, when the first load needs them, and not before `initialized` (a server may not ask earlier).
    await this.askSettings();
    this.configured = true;
    const tree = this.settings.tree ? this.configuredTree() : this.folders.map(findSrctree).find(Boolean);
    if (tree && early?.tree === tree && early.settings === JSON.stringify(this.settings)) {
      // Loaded (or loading) from these settings already: the documents opened meanwhile are analysed now (or when it ends).
      for (const d of this.documents.all()) this.documentOpened(d.uri);
    } else if (tree) this.requestLoad(tree, progress);
    else if (this.settings.tree) this.sayNoTree({ warned: true });
    else {
      // No root, or a root beside or above the tree: the tree comes from the files opened. A
      // root in a tree that lacks its helpers is said now: that tree was meant and cannot be used.
      const incomplete = this.folders.find((f) => incompleteTree(f));
      if (incomplete) this.sayNoTree({ where: incomplete });
      else if (!this.documents.all().length) void this.connection.sendNotification(TREE_STATUS, null);
      for (const d of this.documents.all()) this.documentOpened(d.uri);
    }
    // Registered while the tree loads: the load does not wait for the client's answer.
    if (this.clientCaps.watchers) {
      void this.connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: [
          { globPattern: '**/rust/helpers/*.c' },
          { globPattern: '**/rust/helpers.c' },
          { globPattern: '**/rust/bindings/*.rs' },
          { globPattern: '**/rust/uapi/*.rs' },
          { globPattern: '**/rust/kernel/**/*.rs' },
          { globPattern: '**/rust-project.json' },
        ],
      });
    }
  }

  /**
   * Loads (or reloads) a tree; loads never overlap, and a request during one runs after it.
   * `progress`: one asked for already, or false for none (see `load`).
   */
  private requestLoad(tree: string, progress?: Promise<WorkDoneProgressServerReporter | undefined> | false): void {
    if (this.loading) {
      this.loadAgain = tree;
      return;
    }
    this.loading = this.load(tree, progress).finally(() => {
      this.loading = undefined;
      const again = this.loadAgain;
      this.loadAgain = undefined;
      if (again) this.requestLoad(again);
      else this.revalidateAll();
    });
  }

  /**
   * The tree `rflFfi.tree` names (walking up from it, as `--tree` does). The user asked for
   * it, so a setting that names no usable tree is said as a warning naming the setting.
   */
  private configuredTree(): string | undefined {
    const setting = this.settings.tree!;
    try {
      return resolveSrctree(path.resolve(this.folders[0] ?? '.', setting));
    } catch (e) {
      if (!(e instanceof TreeError)) throw e;
      this.tell({ severity: 'warning', message: `the rflFfi.tree setting (${setting}) names no usable kernel tree: ${e.message}` });
      return undefined;
    }
  }

  /**
   * Said when a file outside any tree is opened, the root is in an incomplete tree (see
   * `initialized`), or the tree setting is wrong (`warned`: said already). Most folders an
   * editor opens are not kernel trees, and the extension activates on any Rust or C file: there
   * the server says so once in the log and stays quiet. A notification is for a tree that was
   * found but cannot be used.
   */
  private sayNoTree(about: { where: string } | { warned: true }): void {
    if (this.noTreeSaid) return;
    this.noTreeSaid = true;
    void this.connection.sendNotification(TREE_STATUS, null);
    if (!('where' in about)) return;
    const incomplete = incompleteTree(about.where);
    if (incomplete) this.show(MessageType.Warning, `rfl-ffi: ${incomplete}; set rflFfi.tree to point at one.`);
    else this.connection.console.info(`rfl-ffi: no Linux kernel tree with Rust support in ${about.where} (${NOT_A_TREE_HINT}); nothing to check here. Set rflFfi.tree to point at one.`);
  }

  /**
   * Asks the client for the `rflFfi` section (`workspace/configuration`), if it can answer;
   * whether the settings changed. A client that cannot (ALE) or fails keeps what it gave.
   */
  private async askSettings(): Promise<boolean> {
    if (!this.clientCaps.configuration) return false;
    let answer: unknown;
    try {
      [answer] = await this.connection.workspace.getConfiguration([{ section: 'rflFfi' }]);
    } catch (e) {
      this.connection.console.warn(`rfl-ffi: the client did not answer workspace/configuration (${e instanceof Error ? e.message : String(e)}); using the initialization options`);
      return false;
    }
    return this.takeClientSettings(isSettings(answer) ? answer : {});
  }

  /** Takes the client's settings over the initialization options; whether that changed them. */
  private takeClientSettings(client: ServerSettings): boolean {
    const next = { ...this.initSettings, ...client };
    if (JSON.stringify(next) === JSON.stringify(this.settings)) return false;
    this.settings = next;
    return true;
  }

  private options(): { objtree?: string; arches?: Arch[]; mapping?: Mapping } {
    const arches = this.settings.arches?.filter(isArch);
    return { objtree: this.settings.objtree || undefined, arches: arches?.length ? arches : undefined, mapping: this.settings.mapping };
  }

  /** Loads `srctree`, with progress when the client shows it: `created` when asked for already, none when false. */
  private async load(srctree: string, created?: Promise<WorkDoneProgressServerReporter | undefined> | false): Promise<void> {
    const progress = this.clientCaps.progress && created !== false
      ? await (created ?? this.connection.window.createWorkDoneProgress().catch(() => undefined))
      : undefined;
    progress?.begin('rfl-ffi', undefined, `indexing ${srctree}`);
    // The connection writes in a later turn: what was sent (the begin, a registration) goes
    // out before the load holds the thread. An early load first lets the connection take what
    // came meanwhile: the client's `initialized`, whose request for its settings is then
    // answered while the index loads.
    if (created === false) await this.messagesTaken();
    else await new Promise((resolve) => setImmediate(resolve));
    try {
      const next = loadProject(srctree, this.options(), (model) => {
        if (this.cache?.srctree !== model.srctree || this.cache.objtree !== model.objtree) this.cache = new IndexCache(model.srctree, model.objtree);
        return this.cache;
      });
      const broken = next.notes.some((n) => n.severity === 'error');
      if (broken && this.project?.model.srctree === srctree) {
        // A bindings file caught mid-write: keep serving from the last good index.
        this.tell({ severity: 'error', message: `${next.notes.find((n) => n.severity === 'error')!.message}; keeping the last good index` });
      } else {
        this.project = next;
        // A start from the persisted index: once it has published, V8's code cache can keep what it ran (loader.ts).
        this.codeCacheDue ||= next.reusedIndex === true;
        // Say each note once while it holds: a problem that went away and comes back is said again.
        for (const said of this.saidNotes) if (!next.notes.some((n) => n.message === said)) this.saidNotes.delete(said);
        this.rustSources = new TreeRustSources(next.model, (f) => this.documents.get(pathToUri(f))?.getText());
        for (const n of next.notes) this.tell(n);
        this.watchUncovered(next);
        this.startBackground(next);
      }
    } catch (e) {
      if (!(e instanceof TreeError)) throw e;
      this.tell({ severity: 'error', message: e.message });
    } finally {
      progress?.done();
    }
  }

  /**
   * Resolves once the connection has dispatched the messages it had received and written what
   * their handlers sent. Each of these is a turn of the event loop of its own (the read, the
   * dispatch, the write: vscode-jsonrpc queues each), so this waits three turns, and then until
   * a turn goes by without a dispatch (as `afterQueuedMessages` does), and one more for the writes.
   */
  private async messagesTaken(): Promise<void> {
    let seen: number | undefined;
    for (let turns = 0; turns < MAX_DEFERRED_TURNS && (turns < 3 || seen !== dispatched.count); turns++) {
      seen = dispatched.count;
      await new Promise((resolve) => setImmediate(resolve));
    }
    await new Promise((resolve) => setImmediate(resolve));
  }

  /** Whether the client watches `dir` for us: it registers watchers, and only inside its workspace folders. */
  private clientWatches(dir: string): boolean {
    return this.clientCaps.watchers && this.folders.some((f) => !path.relative(f, dir).startsWith('..'));
  }

  /**
   * Watches the index's inputs that the client does not (no dynamic registration, or outside
   * its folders), and says once how to reindex after what no one watches changes.
   */
  private watchUncovered(project: LoadedProject): void {
    const { watched, failed } = this.watcher.watch(indexInputFolders(project.model).filter((d) => !this.clientWatches(d)));
    const unwatched = failed.map((f) => `${f.folder} (${f.reason})`);
    const kernel = path.join(project.model.srctree, 'rust/kernel');
    if ((this.clientWatches(kernel) && !unwatched.length) || this.reindexSaid) return;
    this.reindexSaid = true;
    this.log(MessageType.Info, [
      'rfl-ffi: this editor does not report all files changed on disk to the server',
      watched.length ? `; the server watches ${watched.join(', ')} itself (generated bindings, helpers)` : '',
      unwatched.length ? `; it could not watch ${unwatched.join(', ')}` : '',
      `. After other changes on disk (${kernel}, a git checkout) run the command ${COMMANDS.reindex} or restart the server.`,
    ].join(''));
  }

  private treeStatus(project: LoadedProject): TreeStatus {
    const info = treeInfo(project);
    return { info, text: formatInfoText(info) };
  }

  /** The FFI symbol under the cursor, in an open document of the loaded tree. */
  private symbolAt(p: TextDocumentPositionParams): FfiSymbol | undefined {
    const doc = this.documents.get(p.textDocument.uri);
    const file = uriToPath(p.textDocument.uri);
    if (!doc || !file || !this.project) return undefined;
    const language = languageOf(file);
    const tree = this.trees.treeOf(file, doc);
    return language && tree ? ffiSymbolAt(file, language, doc.getText(), tree, p.position, this.project) : undefined;
  }

  private hover(p: TextDocumentPositionParams): Hover | null {
    const sym = this.symbolAt(p);
    const h = sym && this.project && this.rustSources ? hover(sym, this.project, this.rustSources) : undefined;
    return h ? { contents: { kind: MarkupKind.Markdown, value: h.markdown }, range: h.range } : null;
  }

  private definition(p: TextDocumentPositionParams): Location[] | null {
    const sym = this.symbolAt(p);
    return sym && this.project ? toLocations(definition(sym, this.project)) : null;
  }

  private references(p: TextDocumentPositionParams, includeDeclaration: boolean): Location[] | null {
    const sym = this.symbolAt(p);
    return sym && this.project && this.rustSources ? toLocations(references(sym, this.project, this.rustSources, includeDeclaration)) : null;
  }

  private async executeCommand(command: string): Promise<TreeStatus | null> {
    switch (command) {
      case COMMANDS.reindex:
        this.reload();
        await this.loading;
        return this.project ? this.treeStatus(this.project) : null;
      case COMMANDS.treeInfo:
        return this.project ? this.treeStatus(this.project) : null;
      default:
        return null;
    }
  }

  private tell(note: TreeNote): void {
    if (this.saidNotes.has(note.message)) return;
    this.saidNotes.add(note.message);
    const type = note.severity === 'error' ? MessageType.Error : note.severity === 'warning' ? MessageType.Warning : MessageType.Info;
    this.show(type, `rfl-ffi: ${note.message}`);
  }

  private log(type: MessageType, message: string): void {
    void this.connection.sendNotification(LogMessageNotification.type, { type, message });
  }

  /** A plain `window/showMessage` notification: nothing to answer, nothing to wait for. */
  private show(type: MessageType, message: string): void {
    void this.connection.sendNotification(ShowMessageNotification.type, { type, message });
  }

  private documentOpened(uri: string): void {
    const file = uriToPath(uri);
    if (this.loading || !this.configured) {
      // Analysed when the load settles, or when `initialized` has the settings. A tree loaded
      // early (`loadEarly`) waits for them only: the document is parsed meanwhile, which no setting changes.
      const doc = this.documents.get(uri);
      if (!this.loading && this.project && file && doc) this.trees.treeOf(file, doc);
      return;
    }
    if (!this.project && file && /\.(rs|c|h)$/.test(file)) {
      const tree = findSrctree(file);
      if (tree) {
        this.requestLoad(tree);
        return;
      }
      this.sayNoTree({ where: path.dirname(file) });
    }
    this.schedule(uri);
    if (this.project) this.background.add('document', this.warmDocument(uri, this.project), { first: true });
  }

  /**
   * Queues the background work for a freshly loaded project, all of it after the open files'
   * first diagnostics: what the first requests on those files need, the check of the whole
   * content of generated files trusted on a sampled stamp, the include closure walked and the
   * other headers read, the index saved, the tree status, then every header indexed.
   */
  private startBackground(project: LoadedProject): void {
    this.background.clear();
    const headers = project.index.headers instanceof IncludeClosureLookup ? project.index.headers : undefined;
    // From now on a name the include closure lacks is answered from it alone until the rest is read.
    headers?.startBackground();
    for (const d of this.documents.all()) this.background.add('document', this.warmDocument(d.uri, project));
    // Before the first build: the headers the bindings derived from them read.
    if (project.index.bindingsFrom === 'headers') this.background.add('tree', once(() => warmUpDerivedBindings(project.index.bindings.files)));
    // Then the whole content of what a warm start trusted on a sampled stamp: a mismatch reloads.
    const cache = this.cache;
    if (cache) this.background.add('tree', cache.verifySteps(), { done: (failed) => failed.length > 0 && this.reload() });
    // The include closure and the other headers early: a lookup typed meanwhile would walk the closure itself.
    if (headers) this.background.add('tree', headers.readSteps(), { done: (changed) => changed && this.revalidateAll() });
    this.background.add('tree', once(() => this.cache?.save()));
    this.background.add('tree', this.treeStatusSteps(project));
    if (headers) this.background.add('tree', headers.indexSteps());
  }

  /** What hover, definition and code actions on an open file need, a step at a time; again from the start if the file changes meanwhile. */
  private *warmDocument(uri: string, project: LoadedProject): Generator<void> {
    const doc = this.documents.get(uri);
    const file = uriToPath(uri);
    const language = file && languageOf(file);
    // What is not analysed (outside the tree, generated, too large, binary) is not prepared either.
    if (!doc || !file || !language || project !== this.project || path.relative(project.model.srctree, file).startsWith('..')
      || isGeneratedFile(project.model, file) || unanalysable(doc.getText())) return;
    const tree = this.trees.treeOf(file, doc);
    if (!tree) return;
    const version = doc.version;
    const steps = warmUpSteps(file, language, doc.getText(), tree, project);
    for (let r = steps.next(); !r.done; r = steps.next()) {
      yield;
      if (project !== this.project) return;
      if (this.documents.get(uri)?.version !== version) {
        this.background.add('document', this.warmDocument(uri, project));
        return;
      }
    }
    yield* fixSteps(this.analyzed.get(uri)?.findings ?? []);
    // References search every Rust file of the tree: their texts, read once, a few per step.
    let n = 0;
    for (const _ of this.rustSources?.texts() ?? []) if (++n % 16 === 0) yield;
  }


  /** The kernel crate's files indexed one per step (the status counts the functions calling bindings), then the status sent. */
  private *treeStatusSteps(project: LoadedProject): Generator<void> {
    const kernel = project.index.kernel;
    for (let i = 0; i < kernel.fileCount; i++) {
      kernel.indexFile(i);
      yield;
    }
    if (project === this.project) void this.connection.sendNotification(TREE_STATUS, this.treeStatus(project));
  }

  /**
   * Resolves once no load is running, the user has not been at work for IDLE_MS (`lastActive`)
   * and no analysis is queued: background work runs in the pauses of typing, never between a
   * keystroke and its diagnostics, nor between them and the next keystroke.
   */
  private idle = (): Promise<void> => new Promise((resolve) => {
    const check = () => {
      // Not while a load runs, nor before the client's settings are in: an early load
      // (`loadEarly`) ends before the open files' first analysis, which no step may delay.
      const wait = this.loading || !this.configured ? IDLE_MS : this.lastActive + IDLE_MS - Date.now();
      // Through setImmediate even when idle: a promise resolved in place would continue the
      // background work without ever returning to the event loop.
      if (wait <= 0 && !this.flushScheduled) setImmediate(resolve);
      else setTimeout(check, Math.max(wait, 1));
    };
    check();
  });

  private schedule(uri: string): void {
    this.lastActive = Date.now();
    this.pending.add(uri);
    if (this.flushScheduled) return;
    this.flushScheduled = true;
    this.afterQueuedMessages(++this.flushes, undefined, 0);
  }

  /**
   * Analyses the pending documents once the connection has dispatched the messages already
   * received: changes that came together (typed while an analysis ran, or sent as a burst)
   * are analysed once, at their last version, not once per version. The connection
   * dispatches one message per turn of the event loop, so a turn in which it dispatched none
   * means none is waiting; `seen` is the count of dispatched messages at the previous turn.
   */
  private afterQueuedMessages(flush: number, seen: number | undefined, turns: number): void {
    setImmediate(() => {
      // Flushed meanwhile by a request that needed the analysis.
      if (flush !== this.flushes || !this.flushScheduled) return;
      if ((seen === undefined || seen !== dispatched.count) && turns < MAX_DEFERRED_TURNS) {
        this.afterQueuedMessages(flush, dispatched.count, turns + 1);
        return;
      }
      this.flush();
    });
  }

  /** Analyses the pending documents now (also on the path of a request that reads their findings). */
  private flush(): void {
    this.flushScheduled = false;
    const uris = [...this.pending];
    this.pending.clear();
    // After an edit a pause is counted from its diagnostics: the next keystroke comes a moment
    // after them. Not after a file's first analysis: the work ahead of its first requests starts at once.
    const edited = uris.some((u) => this.analyzed.has(u));
    for (const u of uris) this.validate(u);
    this.builtinsAtFirstDiagnostics ??= this.analyzed.size ? loadedBuiltins() : undefined;
    if (edited) this.lastActive = Date.now();
    if (this.codeCacheDue && this.analyzed.size) {
      this.codeCacheDue = false;
      // After the diagnostics are sent, before the work ahead of the first requests.
      setImmediate(() => codeCache()?.save());
    }
  }

  /** `result`, noting that a request was answered (see `lastActive`). */
  private active<T>(result: T): T {
    this.lastActive = Date.now();
    return result;
  }

  private revalidateAll(): void {
    for (const d of this.documents.all()) this.schedule(d.uri);
  }

  private validate(uri: string): void {
    const doc = this.documents.get(uri);
    const file = uriToPath(uri);
    // Before `initialized` has the client's settings, a load may have ended (`loadEarly`): nothing is analysed yet.
    if (!doc || !file || !this.project || this.loading || !this.configured) return;
    const rel = path.relative(this.project.model.srctree, file);
    if (rel.startsWith('..')) return;
    const text = doc.getText();
    const refused = unanalysable(text);
    let findings: Finding[] = [];
    let items = this.itemFindings.get(uri);
    if (!items) this.itemFindings.set(uri, (items = new ItemFindings()));
    if (refused) {
      this.tell({ severity: 'warning', message: `${rel} ${refused}; not analysed` });
    } else {
      try {
        findings = analyze(file, text, this.project, { severity: this.settings.severity, tree: this.trees.treeOf(file, doc), items });
      } catch (e) {
        // One document's failure must not cost the others in this flush their diagnostics.
        this.connection.console.error(`rfl-ffi: internal error while checking ${rel}: ${e instanceof Error ? e.stack : String(e)}`);
      }
    }
    this.analyzed.set(uri, { version: doc.version, findings });
    void this.connection.sendDiagnostics({ uri, version: doc.version, diagnostics: findings.map(toDiagnostic) });
  }

  private versionOf = (uri: string): number | null => this.documents.get(uri)?.version ?? null;

  /**
   * The quick fixes of the findings the client names in the request's diagnostics; a client
   * that names none of ours (ALE sends no diagnostics with the word under the cursor, or
   * another server's) gets those of the findings the range touches.
   */
  private codeActions(uri: string, range: Range, diagnostics: { code?: string | number; source?: string; range: Range }[]): CodeAction[] {
    if (this.pending.has(uri)) this.flush();
    const doc = this.analyzed.get(uri);
    if (!doc) return [];
    const named = (f: Finding) => diagnostics.some((d) => d.source === SOURCE && d.code === f.code
      && d.range.start.line === f.range.start.line && d.range.start.character === f.range.start.character);
    const chosen = doc.findings.some(named) ? named : (f: Finding) => touches(f.range, range);
    const actions: CodeAction[] = [];
    doc.findings.forEach((f, fi) => {
      if (!chosen(f)) return;
      f.fixes.forEach((fix, xi) => {
        const action = CodeAction.create(fix.title, CodeActionKind.QuickFix);
        action.diagnostics = [toDiagnostic(f)];
        action.isPreferred = fix.preferred ?? xi === 0;
        const data: ActionData = { uri, version: doc.version, finding: fi, fix: xi };
        if (this.clientCaps.resolve) action.data = data;
        else {
          const edit = toWorkspaceEdit(fix, this.clientCaps.documentChanges, this.versionOf);
          if (!edit) return;
          action.edit = edit;
        }
        actions.push(action);
      });
    });
    return actions;
  }

  private resolveAction(action: CodeAction): CodeAction {
    const data = action.data as ActionData | undefined;
    if (data && this.pending.has(data.uri)) this.flush();
    const doc = data ? this.analyzed.get(data.uri) : undefined;
    if (!data || !doc || doc.version !== data.version) return action;
    const fix = doc.findings[data.finding]?.fixes[data.fix];
    if (fix) action.edit = toWorkspaceEdit(fix, this.clientCaps.documentChanges, this.versionOf);
    return action;
  }

  private filesChanged(files: string[]): void {
    if (!this.project) return;
    const srctree = this.project.model.srctree;
    const objtree = this.project.model.objtree;
    const relevant = files.some((p) => {
      const base = path.relative(srctree, p).startsWith('..') ? objtree : srctree;
      return affectsIndex(path.relative(base, p).split(path.sep).join('/'));
    });
    if (relevant) this.reload();
  }

  private reload(): void {
    // A wrong setting is said, and the tree loaded stays.
    const tree = (this.settings.tree ? this.configuredTree() : undefined) ?? this.project?.model.srctree;
    if (tree) this.requestLoad(tree);
  }
}

function before(a: Position, b: Position): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character);
}

/** Whether two ranges share a position (ends included: a cursor at a finding's end touches it). */
function touches(a: Range, b: Range): boolean {
  return !before(a.end, b.start) && !before(b.end, a.start);
}

function isSettings(v: unknown): v is ServerSettings {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** One piece of work as a background task of one step. */
function* once(work: () => void): Generator<void> {
  work();
}

function toLocations(locations: CoreLocation[]): Location[] {
  return locations.map((l) => ({ uri: pathToUri(l.file), range: l.range }));
}

export function startServer(connection: Connection = createConnection(ProposedFeatures.all, {
  messageStrategy: {
    handleMessage(message, next) {
      dispatched.count++;
      return next(message);
    },
  },
})): RflFfiServer {
  // An editor server must outlive its own bugs: log them and keep serving.
  process.on('uncaughtException', (e) => connection.console.error(`rfl-ffi: internal error: ${e.stack ?? String(e)}`));
  process.on('unhandledRejection', (e) => connection.console.error(`rfl-ffi: internal error: ${e instanceof Error ? e.stack : String(e)}`));
  const server = new RflFfiServer(connection);
  connection.listen();
  return server;
}

