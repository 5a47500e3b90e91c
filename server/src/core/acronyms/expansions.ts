// The names a quick fix can insert for an acronym, best first: (1) a definition of the same entity
// elsewhere in the document, (2) the official name, else the names adopted resolutions give it, most
// frequent first, (3) the user's glossary.
import type { AcronymData } from '../data/acronym-data';
import type { ResolutionDoc } from '../syntax/model';
import { acronymsOf, placeOf } from './index';
import { sameName } from './names';

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
  for (const def of acronymsOf(doc).occurrences) {
    if (def.kind !== 'definition' || def.def.key === key || !def.def.name || (def.def.fit !== 'initials' && def.def.fit !== 'data')) continue;
    const name = def.def.name;
    const e = known.find((k) => sameName(k.name, name));
    if (e) add({ name, alias: e.alias, origin: 'document', why: `as ${placeOf(doc, def.def.paragraph)} names it` });
  }
  for (const e of known) {
    if (e.origin === 'official') add({ name: e.name, alias: e.alias, origin: 'official', why: 'official name' });
    else if (e.origin === 'attested') add({ name: e.name, origin: 'attested', why: `as ${e.count} adopted resolution${e.count === 1 ? '' : 's'} define${e.count === 1 ? 's' : ''} it` });
    else add({ name: e.name, origin: 'glossary', why: 'from your glossary' });
  }
  return out;
}

/** "unmanned aircraft systems (UASs)", "Islamic State in Iraq and the Levant (ISIL, also known as Da’esh)". */
export function definitionText(name: string, written: string, alias?: string): string {
  return `${name} (${written}${alias ? `, also known as ${alias}` : ''})`;
}
