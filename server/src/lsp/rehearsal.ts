import { TextDocument } from 'vscode-languageserver-textdocument';
import { formatForPath, parse, reparse, type Checked, type ResolutionDoc, type ResolutionService } from '../core';
import { toDiagnostic } from './convert';

/** The end of a paragraph: a line break before a blank line (LF or CRLF). */
const BLANK_LINE = /\r?\n[ \t]*\r?\n/g;

/** Edits rehearsed: with 12, the first keystroke in a 1 MB draft took the steady time (in-process, 2 runs). */
export const REHEARSED_EDITS = 12;

/**
 * V8 optimises the code of an edit (clean texts, citations and acronym uses moved instead of read
 * again) only once edits run, and a document's first check runs none of it: in a 1 MB draft the
 * first keystrokes took several times the steady time. So once a long draft has been checked and
 * left unedited for a moment (the drafter reads), the server rehearses: it types a character at the
 * end of a paragraph in the middle of a private copy and deletes it again, checking each version the
 * way a keystroke is checked and publishing nothing. It stops as soon as `carryOn` says real work is waiting.
 * Returns the number of edits done.
 */
export async function rehearseEdits(
  td: TextDocument,
  checked: Checked | undefined,
  service: ResolutionService,
  ruleDocs: (code: string) => string,
  carryOn: () => Promise<boolean>,
): Promise<number> {
  const text = td.getText();
  const copy = TextDocument.create(td.uri, td.languageId, 0, text);
  const format = formatForPath(td.uri);
  BLANK_LINE.lastIndex = text.length >> 1;
  const at = copy.positionAt(BLANK_LINE.exec(text)?.index ?? text.length);
  // Each version is checked as an edit of the one before, from the draft's own last check.
  let previous = checked;
  // The copy's own models: the draft's model must not be moved (reparse takes over the model it is given).
  let doc: ResolutionDoc | undefined;
  for (let step = 0; step < REHEARSED_EDITS; step++) {
    if (!(await carryOn())) return step;
    // Typed then deleted: the copy ends as the text it started from.
    const typed = step % 2 === 0;
    const range = typed ? { start: at, end: at } : { start: at, end: { line: at.line, character: at.character + 1 } };
    TextDocument.update(copy, [{ range, text: typed ? 'x' : '' }], step + 1);
    const now = copy.getText();
    doc = (doc && reparse(doc, now)) || parse(now, format);
    // Parsing cannot pause: real work that came meanwhile goes first.
    if (!(await carryOn())) return step;
    const found = await service.diagnosticsUnlessSuperseded(doc, carryOn, { previous });
    if (!found || !(await carryOn())) return step;
    previous = service.checked(doc);
    // Converted as for publishing (the conversion is part of a keystroke's path), then dropped.
    for (const d of found) toDiagnostic(copy, d, ruleDocs);
  }
  return REHEARSED_EDITS;
}
