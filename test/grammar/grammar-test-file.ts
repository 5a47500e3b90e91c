// Grammar test files, in the style of vscode-tmgrammar-test: source lines, each followed by
// assertion lines that are not part of the text:
//   // ^^^^ scope.a scope.b          the marked columns carry every scope listed
//   // ^^^^ scope.a - scope.x        ... and none of those after " - "
//   // <--- scope.a                  columns 0 to 2 (one per dash), which "//" hides from carets
//   // <~-- scope.a                  columns 1 and 2 (a tilde per column skipped)
// The "//" counts as two columns, so a caret marks the character right above it. Other lines
// starting with "//" are comments; the first one names the grammar: // SYNTAX TEST "text.unres".
import type { IGrammar } from 'vscode-textmate';
import { scopesAt, tokenizeLines } from './tokenizer';

export interface Assertion {
  /** 1-based line of the assertion in the test file, for messages. */
  readonly fileLine: number;
  /** Index of the source line it applies to. */
  readonly sourceLine: number;
  readonly start: number;
  readonly end: number;
  readonly scopes: readonly string[];
  readonly absent: readonly string[];
}

export interface GrammarTestFile {
  readonly scopeName: string;
  readonly source: string[];
  readonly assertions: Assertion[];
}

const HEADER = /^\/\/ SYNTAX TEST "([^"]+)"/;
const ASSERTION = /^\/\/(\s*)(?:<(~*)(-+)|(\^+))\s+(.+?)\s*$/;

export function parseGrammarTest(text: string): GrammarTestFile {
  const lines = text.split(/\r?\n/);
  const header = HEADER.exec(lines[0] ?? '');
  if (!header) throw new Error('a grammar test file starts with // SYNTAX TEST "<scope name>"');
  const source: string[] = [];
  const assertions: Assertion[] = [];
  lines.slice(1).forEach((line, i) => {
    const fileLine = i + 2;
    if (!line.startsWith('//')) {
      source.push(line);
      return;
    }
    const m = ASSERTION.exec(line);
    if (!m) return;
    if (!source.length) throw new Error(`line ${fileLine}: an assertion before any source line`);
    const [positive, negative = ''] = m[5].split(/\s+-\s+|^-\s+/);
    const start = m[3] ? m[2].length : 2 + m[1].length;
    const end = m[3] ? start + m[3].length : start + m[4].length;
    assertions.push({
      fileLine,
      sourceLine: source.length - 1,
      start,
      end,
      scopes: positive.split(/\s+/).filter(Boolean),
      absent: negative.split(/\s+/).filter(Boolean),
    });
  });
  return { scopeName: header[1], source, assertions };
}

/** Tokenizes the source lines in order and returns one message per assertion that does not hold. */
export function checkGrammarTest(g: IGrammar, file: GrammarTestFile): string[] {
  const tokens = tokenizeLines(g, file.source);
  const failures: string[] = [];
  for (const a of file.assertions) {
    const line = file.source[a.sourceLine];
    if (a.end > line.length) {
      failures.push(`line ${a.fileLine}: marks columns ${a.start}-${a.end - 1} past the end of ${JSON.stringify(line)}`);
      continue;
    }
    for (let col = a.start; col < a.end; col++) {
      const scopes = scopesAt(tokens[a.sourceLine], col);
      const missing = a.scopes.filter((s) => !scopes.includes(s));
      const present = a.absent.filter((s) => scopes.includes(s));
      if (missing.length || present.length) {
        const what = [missing.length ? `lacks ${missing.join(' ')}` : '', present.length ? `has ${present.join(' ')}` : ''].filter(Boolean).join(', ');
        failures.push(`line ${a.fileLine}: ${JSON.stringify(line.slice(a.start, a.end))} at column ${col} (${JSON.stringify(line[col])}) ${what}; its scopes: ${scopes.slice(1).join(' ') || '(none)'}`);
        break;
      }
    }
  }
  return failures;
}
