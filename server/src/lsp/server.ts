import {
  CodeActionKind,
  TextDocuments,
  TextDocumentSyncKind,
  type CodeAction,
  type Connection,
  type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createResolutionService, failureText, formatForPath, parse, reparse, type Checked, type ResolutionDoc, type ResolutionService } from '../core';
import { toCodeAction, toCompletion, toDiagnostic, toEdits, toFolding, toHover, toLink, toRange, toSpan, toSymbol } from './convert';
import { fixAllAction, FIX_ALL_KIND } from './fix-all';
import { REHEARSED_EDITS, rehearseEdits } from './rehearsal';
import { readClientSettings, type ServerHost } from './settings';

/**
 * Each keystroke in a long draft leaves megabytes of old versions behind; the garbage collector
 * keeps the heap grown while typing goes on. Once a large document has been quiet this long, the
 * memory goes back to the system.
 */
const QUIET_MS = 1500;
const LARGE_DOCUMENT = 256 * 1024;
/** A drafter who types at once is not made to wait for a rehearsal step: it starts after this long unedited. */
const REHEARSAL_DELAY_MS = 500;

/** A timer that runs its action once the document has stayed unedited for `ms`; arming it again starts the wait again. */
function afterQuiet(ms: number) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const disarm = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };
  return {
    disarm,
    arm(action: () => void) {
      disarm();
      timer = setTimeout(() => {
        timer = undefined;
        action();
      }, ms);
      // A pending action never keeps the process alive.
      (timer as { unref?: () => void }).unref?.();
    },
  };
}

/** Wires the core to a connection. The same function serves the Node process and the web worker. */
export function startServer(connection: Connection, host: ServerHost): void {
  const documents = new TextDocuments(TextDocument);
  /** Per open document, the model of its current version, and what the last check left for the next (which reads only what changed since). */
  const parsed = new Map<string, { version: number; doc: ResolutionDoc; checked?: Checked }>();
  let configured: ResolutionService | undefined;
  /** The analysis with the current settings; made at first use, not at startup, where building its data took ~9 ms of the time to `initialize`. */
  const service = () => (configured ??= createResolutionService({ logger: connection.console }));
  let hasConfiguration = false;
  let snippetEdits = false;
  const pending = new Set<string>();
  /** Checks under way (between rules they let other messages in). */
  let checking = 0;
  const quiet = afterQuiet(host.quietMs ?? QUIET_MS);
  const releaseWhenQuiet = () => {
    if (host.releaseMemory) quiet.arm(() => host.releaseMemory!());
  };
  /** The edit path has run, rehearsed to the end or in real edits, once per process: what V8 optimised stays optimised. */
  let rehearsed = false;
  let rehearsing = false;
  const rehearsal = afterQuiet(host.rehearsalDelayMs ?? REHEARSAL_DELAY_MS);
  /** Edits of long drafts checked so far: as many as a rehearsal types have run its path already. */
  let editsChecked = 0;
  let lastLong: { uri: string; version: number } | undefined;
  function countEdit(uri: string, version: number): void {
    if (lastLong?.uri === uri && lastLong.version !== version) editsChecked++;
    lastLong = { uri, version };
    if (!rehearsed && !rehearsing && editsChecked >= REHEARSED_EDITS) {
      rehearsed = true;
      connection.console.log(`No rehearsal: ${editsChecked} edits of a long draft have been checked.`);
    }
  }

  function model(td: TextDocument): ResolutionDoc {
    const hit = parsed.get(td.uri);
    if (hit && hit.version === td.version) return hit.doc;
    const text = td.getText();
    // An edit inside a paragraph moves the model of the version before rather than parsing again.
    const doc = (hit && reparse(hit.doc, text)) || parse(text, formatForPath(td.uri));
    parsed.set(td.uri, { version: td.version, doc, checked: hit?.checked });
    return doc;
  }

  /** Runs a handler; an exception is logged and answered with the neutral value. */
  function safe<T>(what: string, fallback: T, run: () => T): T {
    try {
      return run();
    } catch (e) {
      logError(what, e);
      return fallback;
    }
  }

  function logError(what: string, e: unknown): void {
    connection.console.error(`${what}: ${failureText(e)}`);
  }

  /** Asks `stillGoing` once the messages queued meanwhile have been handled (between rules, between rehearsal steps). */
  const afterQueued = (stillGoing: () => boolean) => () => new Promise<boolean>((resolve) => host.defer(() => resolve(stillGoing())));

  function withDoc<T>(uri: string | undefined, what: string, fallback: T, run: (td: TextDocument, doc: ResolutionDoc) => T): T {
    const td = typeof uri === 'string' ? documents.get(uri) : undefined;
    if (!td) return fallback;
    return safe(what, fallback, () => run(td, model(td)));
  }

  /**
   * Checks the current version. Between rules it lets queued messages in; if a newer edit or new
   * settings have arrived it gives up (they scheduled their own check), so stale work never delays fresh work.
   */
  async function validate(uri: string): Promise<void> {
    pending.delete(uri);
    checking++;
    try {
      await check(uri);
    } finally {
      checking--;
    }
  }

  async function check(uri: string): Promise<void> {
    const td = documents.get(uri);
    if (!td) return;
    const version = td.version;
    // New settings replace the service and check every document again: a check with the old ones is stale too.
    const checker = service();
    const current = () => documents.get(uri)?.version === version && service() === checker;
    const doc = safe('parse', undefined, () => model(td));
    const entry = parsed.get(uri);
    const found = await safe('diagnostics', Promise.resolve(undefined), () =>
      doc ? checker.diagnosticsUnlessSuperseded(doc, afterQueued(current), { previous: entry?.checked }) : Promise.resolve(undefined),
    ).catch(() => undefined);
    if (found && entry && entry.doc === doc) entry.checked = checker.checked(doc);
    // Never publish for a stale version or stale settings.
    if (!found || !current()) return;
    const diagnostics = safe('diagnostics', [], () => found.map((d) => toDiagnostic(td, d, host.ruleDocs)));
    void connection.sendDiagnostics({ uri, version, diagnostics });
    if (td.getText().length < LARGE_DOCUMENT) return;
    countEdit(uri, version);
    if (rehearsed) releaseWhenQuiet();
    else rehearsal.arm(() => void rehearse(td));
  }

  /** Real work: a document waiting for its check, or a check under way. */
  const idle = () => pending.size === 0 && checking === 0;

  /**
   * See rehearsal.ts. Gives way to real work, and is tried again after a long draft's next check until
   * it has run to its end; the memory it used goes with the quiet-period release.
   */
  async function rehearse(td: TextDocument): Promise<void> {
    if (!rehearsed && !rehearsing && idle() && documents.get(td.uri) === td) {
      rehearsing = true;
      connection.console.log('Rehearsing edits of a long draft, so that its first keystrokes are as fast as the next…');
      const started = Date.now();
      let failed = false;
      const done = await rehearseEdits(td, parsed.get(td.uri)?.checked, service(), host.ruleDocs, afterQueued(idle)).catch((e: unknown) => {
        failed = true;
        logError('rehearsal', e);
        return 0;
      });
      rehearsing = false;
      // A failure is not tried again.
      rehearsed = failed || done === REHEARSED_EDITS;
      connection.console.log(
        done === REHEARSED_EDITS ? `Rehearsed ${done} edits in ${Date.now() - started} ms.` : `Rehearsal stopped after ${done} of ${REHEARSED_EDITS} edits: real work came first.`,
      );
    }
    // An edit of a large document disarms it again (schedule).
    releaseWhenQuiet();
  }

  /** Coalesces bursts of edits: the check runs once the queued messages are handled. */
  function schedule(uri: string): void {
    // Only an edit of a large document makes its release (and its rehearsal) wait; a small one elsewhere does not.
    if ((documents.get(uri)?.getText().length ?? 0) >= LARGE_DOCUMENT) {
      quiet.disarm();
      rehearsal.disarm();
    }
    if (pending.has(uri)) return;
    pending.add(uri);
    host.defer(() => void validate(uri));
  }

  /** Reloads started: settings read for an earlier one, if it ends last, are not the newest. */
  let reloads = 0;
  async function reloadSettings(): Promise<void> {
    const reload = ++reloads;
    const settings = await readClientSettings(connection, host, hasConfiguration);
    if (reload !== reloads) return;
    configured = createResolutionService({ settings, logger: connection.console });
    for (const td of documents.all()) schedule(td.uri);
  }

  connection.onInitialize((params): InitializeResult => {
    hasConfiguration = !!params.capabilities.workspace?.configuration;
    snippetEdits = !!params.capabilities.workspace?.workspaceEdit?.snippetEditSupport;
    const init = (params.initializationOptions ?? {}) as { workspaceTrusted?: boolean };
    host.setTrusted?.(init.workspaceTrusted !== false);
    host.setWorkspaceFolders?.(params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []));
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        hoverProvider: true,
        completionProvider: { triggerCharacters: [' ', '(', '/'], resolveProvider: false },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        documentLinkProvider: { resolveProvider: false },
        documentSymbolProvider: true,
        foldingRangeProvider: true,
        definitionProvider: true,
        referencesProvider: true,
        renameProvider: { prepareProvider: true },
      },
      serverInfo: { name: 'resolute', version: host.version },
    };
  });

  connection.onInitialized(() => {
    void reloadSettings();
  });
  connection.onDidChangeConfiguration(() => void reloadSettings());

  documents.onDidOpen((e) => schedule(e.document.uri));
  documents.onDidChangeContent((e) => schedule(e.document.uri));
  documents.onDidClose((e) => {
    parsed.delete(e.document.uri);
    void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  connection.onHover((p) => withDoc(p.textDocument.uri, 'hover', null, (td, doc) => {
    const h = service().hover(doc, td.offsetAt(p.position));
    return h ? toHover(td, h) : null;
  }));

  // Catalogue items are a filtered slice (50 at most): the editor must ask again as the digits change.
  connection.onCompletion((p) => withDoc(p.textDocument.uri, 'completion', null, (td, doc) => {
    const items = service().complete(doc, td.offsetAt(p.position));
    return { isIncomplete: items.some((c) => c.kind === 'resolution'), items: items.map((c) => toCompletion(td, c)) };
  }));

  connection.onCodeAction((p) => withDoc(p.textDocument.uri, 'codeAction', [] as CodeAction[], (td, doc) => {
    const only = p.context.only;
    const out: CodeAction[] = [];
    if (!only || only.some((k) => k === CodeActionKind.QuickFix || k.startsWith(CodeActionKind.QuickFix))) {
      const ours = p.context.diagnostics.filter((d) => d.source === 'resolute');
      for (const { diagnostic, fix } of service().fixes(doc, toSpan(td, p.range))) {
        const lsp = toDiagnostic(td, diagnostic, host.ruleDocs);
        const match = ours.find((d) => d.code === lsp.code && d.range.start.line === lsp.range.start.line && d.range.start.character === lsp.range.start.character) ?? lsp;
        out.push(toCodeAction(td, fix, match, CodeActionKind.QuickFix, snippetEdits));
      }
    }
    if (!only || only.some((k) => FIX_ALL_KIND.startsWith(k) || k === CodeActionKind.Source)) {
      const all = fixAllAction(td, service().diagnostics(doc));
      if (all) out.push(all);
    }
    return out;
  }));

  connection.onDocumentLinks((p) => withDoc(p.textDocument.uri, 'documentLinks', [], (td, doc) => service().links(doc).map((l) => toLink(td, l))));
  connection.onDocumentSymbol((p) => withDoc(p.textDocument.uri, 'documentSymbol', [], (td, doc) => service().symbols(doc).map((s) => toSymbol(td, s))));
  connection.onFoldingRanges((p) => withDoc(p.textDocument.uri, 'foldingRanges', [], (td, doc) =>
    service().folding(doc).map((f) => toFolding(td, f)).filter((f) => f !== undefined)));
  connection.onDefinition((p) => withDoc(p.textDocument.uri, 'definition', [], (td, doc) =>
    service().definition(doc, td.offsetAt(p.position)).map((s) => ({ uri: td.uri, range: toRange(td, s) }))));
  connection.onReferences((p) => withDoc(p.textDocument.uri, 'references', [], (td, doc) =>
    service().references(doc, td.offsetAt(p.position), p.context.includeDeclaration).map((s) => ({ uri: td.uri, range: toRange(td, s) }))));
  connection.onPrepareRename((p) => withDoc(p.textDocument.uri, 'prepareRename', null, (td, doc) => {
    const s = service().prepareRename(doc, td.offsetAt(p.position));
    return s ? toRange(td, s) : null;
  }));
  connection.onRenameRequest((p) => withDoc(p.textDocument.uri, 'rename', null, (td, doc) => {
    const edits = service().rename(doc, td.offsetAt(p.position), p.newName);
    return edits ? { documentChanges: [{ textDocument: { uri: td.uri, version: td.version }, edits: toEdits(td, edits) }] } : null;
  }));

  // Custom requests behind the client's commands (see client/src/commands.ts).
  connection.onRequest('resolute/statistics', (p: { uri: string }) => withDoc(p?.uri, 'statistics', null, (_td, doc) => service().statistics(doc)));
  connection.onRequest('resolute/catalogue', () => safe('catalogue', [], () => service().catalogue()));
  connection.onRequest('resolute/renumber', (p: { uri: string }) => withDoc(p?.uri, 'renumber', null, (td, doc) => {
    const edits = service().renumber(doc);
    return edits?.length ? { documentChanges: [{ textDocument: { uri: td.uri, version: td.version }, edits: toEdits(td, edits) }] } : null;
  }));
  // resolute.json and the glossary changed on disk: re-read them.
  connection.onDidChangeWatchedFiles(() => void reloadSettings());

  documents.listen(connection);
  connection.listen();
}
