import type { ResolutionDoc } from './syntax/model';

const cache = new WeakMap<ResolutionDoc, Map<string, unknown>>();

/** Facts derived from a parsed document alone (not from settings), computed once per document version. */
export function memo<T>(doc: ResolutionDoc, key: string, compute: () => T): T {
  let m = cache.get(doc);
  if (!m) {
    m = new Map();
    cache.set(doc, m);
  }
  if (!m.has(key)) m.set(key, compute());
  return m.get(key) as T;
}
