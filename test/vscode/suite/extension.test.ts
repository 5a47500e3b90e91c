// The extension through the `vscode` API, as other extensions and VS Code's own features see it: diagnostics,
// hover, completion, quick fix and document symbols on the example draft. Run by test/vscode/run.mjs
// (@vscode/test-electron) with the fixture workspace that holds a copy of the draft. Every expectation polls with a deadline.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as vscode from 'vscode';
import { waitFor } from '../../e2e/harness/wait';
import { SERVER_V8_FLAGS } from '../../../server/src/node/v8-flags';

const DRAFT = 'S-RES-2370-2017.resolution.md';
const OFFICIAL = 'United Nations Office of Counter-Terrorism (UNOCT)';

let doc: vscode.TextDocument;

/** Position of the first match of `pattern` in the draft, plus `into` characters. */
function find(pattern: RegExp, into = 0): vscode.Position {
  const m = pattern.exec(doc.getText());
  assert.ok(m, `${pattern} is not in the draft`);
  return doc.positionAt(m.index + into);
}

function codeOf(d: vscode.Diagnostic): string {
  return typeof d.code === 'object' ? String(d.code.value) : String(d.code);
}

const hoverText = (hovers: vscode.Hover[]) =>
  hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');

/** Runs `body` on the draft, then puts the file back as it was on disk. */
async function withEdits(body: () => Promise<void>): Promise<void> {
  try {
    await body();
  } finally {
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  }
}

describe('Resolute in VS Code', () => {
  before(async () => {
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, 'the test must run with the fixture workspace open');
    // VS Code's own word-based completions would offer "Decides" (a word of the draft) with the server down.
    await vscode.workspace.getConfiguration('editor').update('wordBasedSuggestions', 'off', vscode.ConfigurationTarget.Global);
    doc = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder.uri, DRAFT));
    await vscode.window.showTextDocument(doc);
  });

  it('opens the draft as a UN resolution and activates', async () => {
    assert.equal(doc.languageId, 'unres');
    const ext = vscode.extensions.all.find((e) => e.packageJSON?.name === 'resolute');
    assert.ok(ext, 'the extension is installed');
    await waitFor('the extension to activate', () => ext.isActive, { timeoutMs: 30_000 });
  });

  it('starts the language server with the V8 flags meant for it', async () => {
    // The server is this extension host's child: its command line as Linux records it (arguments separated by NUL).
    const argv = await waitFor('the server process', () => {
      for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
        try {
          const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
          const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
          const args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
          if (parent === process.pid && args.some((a) => a.endsWith('server.js'))) return args;
        } catch {
          // The process ended while being read.
        }
      }
      return undefined;
    }, { timeoutMs: 30_000 });
    for (const flag of SERVER_V8_FLAGS) assert.ok(argv.includes(flag), `${flag} in ${argv.join(' ')}`);
  });

  it('reports UNOCT as an acronym that is never spelt out', async () => {
    const at = find(/\bUNOCT\b/, 2);
    const d = await waitFor('acronym/undefined on UNOCT', () =>
      vscode.languages.getDiagnostics(doc.uri).find((x) => codeOf(x) === 'acronym/undefined' && x.range.contains(at)),
      { timeoutMs: 30_000 },
    );
    assert.equal(d.source, 'resolute');
    assert.equal(d.severity, vscode.DiagnosticSeverity.Warning);
    assert.equal(doc.getText(d.range), 'UNOCT');
  });

  it('shows the adoption date when hovering 1373 (2001)', async () => {
    const at = find(/\b1373 \(2001\)/, 1);
    const text = await waitFor('a hover with the adoption date', async () => {
      const t = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, at));
      return /28 September 2001/.test(t) && t;
    });
    assert.match(text, /4385/, 'the hover names the meeting');
  });

  it('offers Decides at the start of a new operative paragraph', async () => {
    await withEdits(async () => {
      const end = doc.lineAt(doc.lineCount - 1).range.end;
      const edit = new vscode.WorkspaceEdit();
      edit.insert(doc.uri, end, '\n\n21. ');
      assert.ok(await vscode.workspace.applyEdit(edit));
      const at = doc.lineAt(doc.lineCount - 1).range.end;
      const label = (i: vscode.CompletionItem) => (typeof i.label === 'string' ? i.label : i.label.label);
      const items = await waitFor('Decides among the completions', async () => {
        const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', doc.uri, at, ' ');
        return list.items.some((i) => /^\*?Decides\b/.test(label(i))) && list.items;
      });
      const decides = items.find((i) => /^\*?Decides\b/.test(label(i)))!;
      assert.ok(decides.detail, 'Decides comes with its explanation (not a bare word of the draft)');
      assert.ok(items.some((i) => /^\*?Urges\b/.test(label(i))), 'Urges is offered too');
    });
  });

  it('spells out UNOCT with its quick fix', async () => {
    await withEdits(async () => {
      const at = find(/\bUNOCT\b/, 2);
      const range = new vscode.Range(at, at);
      const fix = await waitFor('a quick fix naming the United Nations Office of Counter-Terrorism', async () => {
        const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, range, vscode.CodeActionKind.QuickFix.value);
        return actions.find((a) => a.edit && /Office of Counter-Terrorism/.test(a.title));
      }, { timeoutMs: 30_000 });
      assert.ok(await vscode.workspace.applyEdit(fix.edit!));
      assert.ok(doc.getText().includes(OFFICIAL), `the draft now says "${OFFICIAL}"`);
      await waitFor('the acronym/undefined warning on UNOCT to go', () =>
        !vscode.languages.getDiagnostics(doc.uri).some((x) => codeOf(x) === 'acronym/undefined' && /UNOCT/.test(doc.getText(x.range))),
      );
    });
  });

  it('outlines the preamble and the 20 operative paragraphs, 6 with (a) to (d)', async () => {
    const symbols = await waitFor('document symbols', async () => {
      const s = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri);
      return s && s.length > 0 && s;
    });
    const names = symbols.map((s) => s.name);
    assert.ok(names.some((n) => /^Preamble/.test(n)), `top level: ${names.join(', ')}`);
    const operative = symbols.find((s) => /^Operative part/.test(s.name));
    assert.ok(operative, `top level: ${names.join(', ')}`);
    assert.equal(operative.children.length, 20);
    const six = operative.children.find((c) => /^6\. Urges/.test(c.name));
    assert.ok(six, `operative paragraphs: ${operative.children.map((c) => c.name).join(', ')}`);
    assert.deepEqual(six.children.map((c) => c.name.slice(0, 3)), ['(a)', '(b)', '(c)', '(d)']);
  });
});
