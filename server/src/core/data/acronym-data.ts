import { ALLOWLIST } from './generated/acronym-allowlist';
import { ATTESTED, OFFICIAL, USED_UNDEFINED } from './generated/acronyms';

export interface Expansion {
  readonly name: string;
  /** Where it comes from: the official list, adopted resolutions, or the user's glossary. */
  readonly origin: 'official' | 'attested' | 'glossary';
  /** For attested expansions: how many adopted resolutions define it so. */
  readonly count?: number;
  /** "Da’esh" for ISIL: written "(ISIL, also known as Da’esh)" after the name. */
  readonly alias?: string;
}

export interface UndefinedUse {
  readonly acronym: string;
  readonly usedUndefined: number;
  readonly using: number;
  readonly scUndefined: number;
  readonly gaUndefined: number;
}

/** A glossary entry written `ACR = -`: the team accepts the acronym without a definition. */
export const GLOSSARY_ALLOW = '-';

/**
 * The key an acronym is filed under: without an apostrophe-s and without a plural s
 * (UASs, IED's → UAS, IED); AIDS and GoS keep their capital S.
 */
export function acronymKey(written: string): string {
  const bare = written.replace(/['’]s$/, '');
  return /[A-Z0-9]s$/.test(bare) && /[A-Z].*[A-Z0-9]s$/.test(bare) ? bare.slice(0, -1) : bare;
}

/** An official name without its trailing note; "(also known as X)" becomes the alias. */
export function splitOfficialName(full: string): { name: string; alias?: string } {
  const t = full.trim();
  if (!t.endsWith(')')) return { name: t };
  let depth = 0;
  for (let i = t.length - 1; i >= 0; i--) {
    if (t[i] === ')') depth++;
    else if (t[i] === '(' && --depth === 0) {
      const name = t.slice(0, i).trim();
      if (!name) return { name: t };
      const aka = /^also known as\s+(.+)$/i.exec(t.slice(i + 1, -1).trim());
      return aka ? { name, alias: aka[1] } : { name };
    }
  }
  return { name: t };
}

interface Official {
  readonly name: string;
  readonly alias?: string;
  readonly kind: string;
}

/** Facts that do not depend on the user's settings, shared by every document analysis. */
class StaticAcronyms {
  readonly official = new Map<string, Official>();
  readonly attested = new Map<string, { name: string; count: number }[]>();
  readonly usedUndefined = new Map<string, UndefinedUse>();
  readonly allowlist = new Map<string, { organs: readonly string[]; usedUndefined: number; using: number }>();
  /** Every acronym the data knows, by key (plural and apostrophe removed). */
  readonly known = new Set<string>();

  constructor() {
    for (const [a, full, kind] of OFFICIAL) {
      const key = acronymKey(a);
      if (!this.official.has(key)) this.official.set(key, { ...splitOfficialName(full), kind });
      this.known.add(key);
    }
    for (const [a, name, count] of ATTESTED) {
      const key = acronymKey(a);
      const list = this.attested.get(key) ?? [];
      list.push({ name, count });
      this.attested.set(key, list);
      this.known.add(key);
    }
    for (const list of this.attested.values()) list.sort((x, y) => y.count - x.count);
    for (const [acronym, usedUndefined, using, scUndefined, gaUndefined] of USED_UNDEFINED) {
      const key = acronymKey(acronym);
      if (!this.usedUndefined.has(key)) this.usedUndefined.set(key, { acronym, usedUndefined, using, scUndefined, gaUndefined });
      this.known.add(key);
    }
    for (const [acronym, organs, usedUndefined, using] of ALLOWLIST) {
      this.allowlist.set(acronymKey(acronym), { organs, usedUndefined, using });
    }
  }

  /** Names the data gives for an acronym, official first (without the user's glossary). */
  names(key: string): string[] {
    const out: string[] = [];
    const o = this.official.get(key);
    if (o) out.push(o.name);
    for (const a of this.attested.get(key) ?? []) if (!out.includes(a.name)) out.push(a.name);
    return out;
  }
}

let shared: StaticAcronyms | undefined;
function facts(): StaticAcronyms {
  return (shared ??= new StaticAcronyms());
}

/** Whether the shipped data knows this acronym (key form) at all. */
export function isKnownAcronym(key: string): boolean {
  return facts().known.has(key);
}

/** Official and attested names of an acronym (key form), official first. */
export function knownNames(key: string): string[] {
  return facts().names(key);
}

/** The alias the official list gives an acronym: "Da’esh" for ISIL. */
export function officialAliasOf(key: string): string | undefined {
  return facts().official.get(key)?.alias;
}

/** Every official entry, for matching names written in a text: [acronym, name]. */
export function officialEntries(): Iterable<readonly [string, string]> {
  return [...facts().official].map(([a, o]) => [a, o.name] as const);
}

/** UN acronyms: official names, expansions attested in adopted resolutions, the allowlist, and the user's glossary. */
export class AcronymData {
  private readonly facts = facts();

  constructor(private readonly glossary: Readonly<Record<string, string>> = {}) {}

  officialName(acronym: string): string | undefined {
    return this.facts.official.get(acronymKey(acronym))?.name;
  }

  officialAlias(acronym: string): string | undefined {
    return this.facts.official.get(acronymKey(acronym))?.alias;
  }

  officialKind(acronym: string): string | undefined {
    return this.facts.official.get(acronymKey(acronym))?.kind;
  }

  /** Known expansions in the order the quick fixes offer them: official, attested by frequency, then the glossary. */
  expansions(acronym: string): Expansion[] {
    const key = acronymKey(acronym);
    const out: Expansion[] = [];
    const seen = new Set<string>();
    const add = (e: Expansion) => {
      const k = e.name.toLowerCase();
      if (!seen.has(k)) {
        seen.add(k);
        out.push(e);
      }
    };
    const o = this.facts.official.get(key);
    if (o) add({ name: o.name, origin: 'official', alias: o.alias });
    for (const a of this.facts.attested.get(key) ?? []) add({ name: a.name, origin: 'attested', count: a.count });
    const g = this.glossaryName(key);
    if (g) add({ name: g, origin: 'glossary' });
    return out;
  }

  /** The user's full name for an acronym, if the glossary gives one. */
  glossaryName(acronym: string): string | undefined {
    const g = this.glossary[acronym] ?? this.glossary[acronymKey(acronym)];
    return g && g.trim() !== GLOSSARY_ALLOW ? g.trim() : undefined;
  }

  /** Official acronym(s) for a full name, compared without case. */
  acronymsFor(name: string): string[] {
    const key = name.toLowerCase();
    const out: string[] = [];
    for (const [a, o] of this.facts.official) if (o.name.toLowerCase() === key) out.push(a);
    return out;
  }

  undefinedUsage(acronym: string): UndefinedUse | undefined {
    return this.facts.usedUndefined.get(acronymKey(acronym));
  }

  /**
   * Whether the acronym may stand undefined: the organ's adopted texts use it undefined in most
   * resolutions that use it (data/acronym-allowlist.csv), or the glossary says `ACR = -`.
   */
  allowedUndefined(acronym: string, organ?: 'SC' | 'GA'): { by: 'allowlist' | 'glossary'; usedUndefined?: number; using?: number } | undefined {
    const key = acronymKey(acronym);
    const g = this.glossary[acronym] ?? this.glossary[key];
    if (g !== undefined && g.trim() === GLOSSARY_ALLOW) return { by: 'glossary' };
    const a = this.facts.allowlist.get(key);
    if (a && (!organ || a.organs.includes(organ))) return { by: 'allowlist', usedUndefined: a.usedUndefined, using: a.using };
    return undefined;
  }

  inGlossary(acronym: string): boolean {
    return acronym in this.glossary || acronymKey(acronym) in this.glossary;
  }
}
