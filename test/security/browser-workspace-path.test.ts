// In vscode.dev the client reads resolute.json and the glossary for the worker (client/src/workspace-file.ts);
// the glossary path comes from resolute.json, so it must not lead out of the workspace folder.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isInsidePath } from '../../client/src/inside-path';

test('paths inside the folder are read; anything that could leave it is refused', () => {
  for (const ok of ['resolute.json', 'resolute-glossary.txt', 'docs/terms.txt', 'a.b/c..d.txt']) assert.equal(isInsidePath(ok), true, ok);
  for (const bad of ['', '/etc/passwd', '../secret.txt', 'docs/../../x', './terms.txt', 'docs//x', 'C:/x.txt', 'c:x', 'docs\\terms.txt', '..', 'x/.', 'a'.repeat(300)]) {
    assert.equal(isInsidePath(bad), false, bad);
  }
});
