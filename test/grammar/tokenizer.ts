// Loads syntaxes/unres.tmLanguage.json with the engine VS Code uses (vscode-textmate + Oniguruma)
// and tokenizes text line by line, carrying the rule stack like the editor does.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import { INITIAL, Registry, parseRawGrammar, type IGrammar, type StateStack } from 'vscode-textmate';
import { ROOT } from '../helpers/fixture';

export const GRAMMAR_PATH = join(ROOT, 'syntaxes', 'unres.tmLanguage.json');

export interface Token {
  readonly start: number;
  readonly end: number;
  readonly scopes: readonly string[];
}

let loading: Promise<IGrammar> | undefined;

/** The grammar, loaded once per test process (Oniguruma's WASM can be loaded only once). */
export function grammar(): Promise<IGrammar> {
  loading ??= (async () => {
    const wasm = readFileSync(join(ROOT, 'node_modules', 'vscode-oniguruma', 'release', 'onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    const registry = new Registry({
      onigLib: Promise.resolve({
        createOnigScanner: (sources) => new oniguruma.OnigScanner(sources),
        createOnigString: (s) => new oniguruma.OnigString(s),
      }),
      loadGrammar: async (scopeName) =>
        scopeName === 'text.unres' ? parseRawGrammar(readFileSync(GRAMMAR_PATH, 'utf8'), GRAMMAR_PATH) : null,
    });
    const g = await registry.loadGrammar('text.unres');
    if (!g) throw new Error('text.unres did not load');
    return g;
  })();
  return loading;
}

/** Tokenizes lines in order; each result holds the tokens of one line. */
export function tokenizeLines(g: IGrammar, lines: readonly string[]): Token[][] {
  let stack: StateStack = INITIAL;
  return lines.map((line) => {
    const r = g.tokenizeLine(line, stack);
    stack = r.ruleStack;
    return r.tokens.map((t) => ({ start: t.startIndex, end: Math.min(t.endIndex, line.length), scopes: t.scopes }));
  });
}

/** The scopes of the character at `column` (the root scope included). */
export function scopesAt(tokens: readonly Token[], column: number): readonly string[] {
  return tokens.find((t) => t.start <= column && column < t.end)?.scopes ?? [];
}

/** The text of every maximal run carrying `scope`, for reading results. */
export function runsOf(line: string, tokens: readonly Token[], scope: string): string[] {
  const runs: string[] = [];
  let open = -1;
  for (const t of tokens) {
    const has = t.scopes.includes(scope);
    if (has && open < 0) open = t.start;
    if (!has && open >= 0) {
      runs.push(line.slice(open, t.start));
      open = -1;
    }
  }
  if (open >= 0) runs.push(line.slice(open));
  return runs;
}
