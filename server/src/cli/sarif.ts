import { RULES, ruleFor, type Severity } from '../core';
import { toJson, type FileReport } from './report';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

/** SARIF 2.1.0 for code-scanning annotations; help links point to the rule pages in docs/rules/. */
export function formatSarif(reports: readonly FileReport[], version: string, ruleDocs: (code: string) => string): string {
  const used = new Set(reports.flatMap((r) => r.diagnostics.map((d) => d.code)));
  const rules = RULES.filter((r) => used.has(r.code)).map((r) => r.code);
  for (const code of used) if (!rules.includes(code)) rules.push(code);
  const index = new Map(rules.map((c, i) => [c, i]));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'Resolute',
            version,
            informationUri: ruleDocs('index').replace(/index\.md$/, ''),
            rules: rules.map((code) => {
              const rule = ruleFor(code);
              return {
                id: code,
                name: code.replace(/[/-](\w)/g, (_, c: string) => c.toUpperCase()),
                shortDescription: { text: rule?.description ?? code },
                helpUri: ruleDocs(code),
                help: { text: `${rule?.description ?? code} See ${ruleDocs(code)}` },
                defaultConfiguration: { level: LEVEL[rule?.defaultSeverity ?? 'warning'] },
              };
            }),
          },
        },
        results: reports.flatMap((r) =>
          toJson(r).diagnostics.map((d) => ({
            ruleId: d.code,
            ruleIndex: index.get(d.code),
            level: LEVEL[d.severity],
            message: { text: d.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: r.file.replace(/\\/g, '/') },
                  region: {
                    startLine: d.range.start.line + 1,
                    startColumn: d.range.start.character + 1,
                    endLine: d.range.end.line + 1,
                    endColumn: d.range.end.character + 1,
                  },
                },
              },
            ],
          })),
        ),
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}
