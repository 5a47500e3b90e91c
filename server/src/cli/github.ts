import { toJson, type FileReport } from './report';

const COMMAND = { error: 'error', warning: 'warning', information: 'notice', hint: 'notice' } as const;

/** Escapes workflow-command data and properties (see GitHub's workflow commands). */
const data = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const prop = (s: string) => data(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** `::error file=...,line=...,col=...,endLine=...,endColumn=...,title=CODE::message` per finding. */
export function formatGithub(reports: readonly FileReport[]): string {
  const out: string[] = [];
  for (const r of reports) {
    for (const d of toJson(r).diagnostics) {
      const s = d.range.start;
      const e = d.range.end;
      out.push(`::${COMMAND[d.severity]} file=${prop(r.file)},line=${s.line + 1},col=${s.character + 1},endLine=${e.line + 1},endColumn=${e.character + 1},title=${prop(d.code)}::${data(d.message)}`);
    }
  }
  return out.length ? out.join('\n') + '\n' : '';
}
