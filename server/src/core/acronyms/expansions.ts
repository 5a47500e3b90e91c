// The names a quick fix can insert for an acronym, best first: (1) a definition of the same entity
// elsewhere in the document, (2) the official name, else the names adopted resolutions give it, most
// frequent first, (3) the user's glossary.
import type { AcronymData } from '../data/acronym-data';
import { memo } from '../memo';
import type { ResolutionDoc } from '../syntax/model';
import { acronymsOf, placeOf } from './index';
import type { AcronymDefinition } from './model';
import { nameKey, sameName } from './names';

export interface NameChoice {
  readonly name: string;
  readonly alias?: string;
  readonly origin: 'document' | 'official' | 'attested' | 'glossary';
  /** Why this name, for the fix title: "official name", "as 12 adopted resolutions define it". */
  readonly why: string;
}

export function nameChoices(doc: ResolutionDoc, data: AcronymData, key: string): NameChoice[] {
  const known = data.expansions(key);
  const out: NameChoice[] = [];
  const add = (c: NameChoice) => {
    if (!out.some((o) => sameName(o.name, c.name))) out.push(c);
  };
  if (known.length) {
    const names = new Set(known.map((k) => nameKey(k.name)));
    for (const def of namedDefinitions(doc)) {
      if (def.key === key || !names.has(nameKey(def.name!))) continue;
      const name = def.name!;
      const e = known.find((k) => sameName(k.name, name));
      if (e) add({ name, alias: e.alias, origin: 'document', why: `as ${placeOf(doc, def.paragraph)} names it` });
    }
  }
  for (const e of known) {
    if (e.origin === 'official') add({ name: e.name, alias: e.alias, origin: 'official', why: 'official name' });
    else if (e.origin === 'attested') add({ name: e.name, origin: 'attested', why: `as ${e.count} adopted resolution${e.count === 1 ? '' : 's'} define${e.count === 1 ? 's' : ''} it` });
    else add({ name: e.name, origin: 'glossary', why: 'from your glossary' });
  }
  return out;
}

/** Definitions whose words spell the acronym, in document order: the names a document gives. */
function namedDefinitions(doc: ResolutionDoc): readonly AcronymDefinition[] {
  return memo(doc, 'acronyms/named-definitions', () => {
    const out: AcronymDefinition[] = [];
    for (const o of acronymsOf(doc).occurrences) if (o.kind === 'definition' && o.def.name && (o.def.fit === 'initials' || o.def.fit === 'data')) out.push(o.def);
    return out;
  });
}

/** "unmanned aircraft systems (UASs)", "Islamic State in Iraq and the Levant (ISIL, also known as Da’esh)". */
export function definitionText(name: string, written: string, alias?: string): string {
  return `${name} (${written}${alias ? `, also known as ${alias}` : ''})`;
}
