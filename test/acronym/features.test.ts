// Hover, definition, references and rename of acronyms, through the service.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createResolutionService, parse } from '../../server/src/core';
import { acronymFeatures } from '../../server/src/core/features/acronym';
import { applyFix } from '../helpers/fixture';

const service = createResolutionService({ settings: { glossary: { XQZR: 'Example *Quarterly* Review' } } });
const open = (body: string, opening = 'The Security Council,\n\n') => {
  const text = opening + body;
  return { text, doc: parse(text), at: (needle: string, k = 0) => text.indexOf(needle) + k };
};

test('hover on a use: the name of its definition, where it is defined, used before it', () => {
  const { doc, at } = open('Welcoming UNMAS,\n\nNoting the United Nations Mine Action Service (UNMAS),\n');
  const h = service.hover(doc, at('UNMAS', 1))!;
  assert.equal(h.markdown, '**UNMAS**: United Nations Mine Action Service\n\nDefined in preambular paragraph 2.\n\nUsed here before its definition.');
});

test('hover on an undefined acronym: the official name, the organ’s practice, the glossary, escaped Markdown', () => {
  const { doc, at } = open('Encouraging the UNOCT, NATO and XQZR,\n');
  assert.match(service.hover(doc, at('UNOCT'))!.markdown, /^\*\*UNOCT\*\*: United Nations Office of Counter\\-Terrorism\n\nNot defined in this text\.$/);
  assert.match(service.hover(doc, at('NATO'))!.markdown, /Security Council texts commonly use it undefined \(37 of the 51 resolutions that use it\)/);
  assert.match(service.hover(doc, at('XQZR'))!.markdown, /^\*\*XQZR\*\*: Example \\\*Quarterly\\\* Review/);
});

test('hover on an alias introduction and on "UN"', () => {
  const { doc, at } = open('Condemning ISIL (also known as Da’esh) and UN entities,\n');
  assert.match(service.hover(doc, at('ISIL'))!.markdown, /Introduced with its alias in preambular paragraph 1, without its full name/);
  assert.match(service.hover(doc, at('UN '))!.markdown, /^\*\*UN\*\*: United Nations/);
  assert.equal(acronymFeatures.hover!({ doc, data: service.data, settings: service.settings }, at('entities')), undefined);
});

test('definition: the first definition, else the alias introduction; references with and without it', () => {
  const { doc, at } = open('Condemning ISIL (also known as Da’esh),\n\nNoting the Mine Action Service (MAS) and MAS,\n\n1. *Requests* MAS and ISIL to act;\n');
  assert.deepEqual(service.definition(doc, at('ISIL to')), [{ start: at('ISIL'), end: at('ISIL') + 4 }]);
  assert.deepEqual(service.definition(doc, at('MAS and ISIL')), [{ start: at('(MAS') + 1, end: at('(MAS') + 4 }]);
  assert.equal(service.references(doc, at('MAS) and'), true).length, 3);
  assert.equal(service.references(doc, at('MAS) and'), false).length, 2);
});

test('rename keeps plurals and apostrophes, refuses names with spaces, ignores words that are not acronyms', () => {
  const { doc, text, at } = open("Noting unmanned aircraft systems (UASs),\n\n1. *Condemns* the UAS's use and UASs;\n");
  assert.deepEqual(service.prepareRename(doc, at('UASs)')), { start: at('UASs)'), end: at('UASs)') + 3 });
  const edits = service.rename(doc, at('UAS\'s'), 'UAV')!;
  assert.equal(applyFix(text, { title: '', edits }), "The Security Council,\n\nNoting unmanned aircraft systems (UAVs),\n\n1. *Condemns* the UAV's use and UAVs;\n");
  assert.equal(service.rename(doc, at('UAS\'s'), 'two words'), undefined);
  assert.equal(service.prepareRename(doc, at('Noting')), undefined);
});
