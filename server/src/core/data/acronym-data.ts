import { ATTESTED, OFFICIAL, USED_UNDEFINED } from './generated/acronyms';

export interface Expansion {
  readonly name: string;
  /** Where it comes from: the official list, adopted resolutions, or the user's glossary. */
  readonly origin: 'official' | 'attested' | 'glossary';
  /** For attested expansions: how many adopted resolutions define it so. */
  readonly count?: number;
}

export interface UndefinedUse {
  readonly acronym: string;
  readonly usedUndefined: number;
  readonly using: number;
  readonly scUndefined: number;
  readonly gaUndefined: number;
}

/** UN acronyms: official names, expansions attested in adopted resolutions, and the user's glossary. */
export class AcronymData {
  private readonly official = new Map<string, { name: string; kind: string }>();
  private readonly attested = new Map<string, { name: string; count: number }[]>();
  private readonly undefinedUse = new Map<string, UndefinedUse>();

  constructor(private readonly glossary: Readonly<Record<string, string>> = {}) {
    for (const [a, name, kind] of OFFICIAL) if (!this.official.has(a)) this.official.set(a, { name, kind });
    for (const [a, name, count] of ATTESTED) {
      const list = this.attested.get(a) ?? [];
      list.push({ name, count });
      this.attested.set(a, list);
    }
    for (const list of this.attested.values()) list.sort((x, y) => y.count - x.count);
    for (const [acronym, usedUndefined, using, scUndefined, gaUndefined] of USED_UNDEFINED) {
      this.undefinedUse.set(acronym, { acronym, usedUndefined, using, scUndefined, gaUndefined });
    }
  }

  officialName(acronym: string): string | undefined {
    return this.official.get(acronym)?.name;
  }

  officialKind(acronym: string): string | undefined {
    return this.official.get(acronym)?.kind;
  }

  /** Known expansions, best first: glossary, official, then attested by frequency. */
  expansions(acronym: string): Expansion[] {
    const out: Expansion[] = [];
    const seen = new Set<string>();
    const add = (e: Expansion) => {
      if (!seen.has(e.name)) {
        seen.add(e.name);
        out.push(e);
      }
    };
    const g = this.glossary[acronym];
    if (g) add({ name: g, origin: 'glossary' });
    const o = this.official.get(acronym);
    if (o) add({ name: o.name, origin: 'official' });
    for (const a of this.attested.get(acronym) ?? []) add({ name: a.name, origin: 'attested', count: a.count });
    return out;
  }

  /** Official acronym(s) for a full name, compared without case. */
  acronymsFor(name: string): string[] {
    const key = name.toLowerCase();
    const out: string[] = [];
    for (const [a, o] of this.official) if (o.name.toLowerCase() === key) out.push(a);
    return out;
  }

  undefinedUsage(acronym: string): UndefinedUse | undefined {
    return this.undefinedUse.get(acronym);
  }

  inGlossary(acronym: string): boolean {
    return acronym in this.glossary;
  }
}
