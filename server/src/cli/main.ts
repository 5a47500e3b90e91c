// The checker: `node dist/cli.js check [--format text|json|sarif|github] [--fix] PATH...`. Exit 1 on errors, 2 on usage or unreadable files.
import { createResolutionService, formatForPath, parse } from '../core';
import { expandPaths, readDraft } from './files';
import { createFixer } from './fix';
import { formatGithub } from './github';
import { formatJson, formatText, type FileReport } from './report';
import { formatSarif } from './sarif';
import { ruleDocsUrl, VERSION } from '../node/meta';
import { readWorkspaceSettings } from '../node/workspace-files';

const USAGE = `Usage: resolute check [--format text|json|sarif|github] [--fix] PATH...
  PATH: files, folders (searched for *.unres, *.resolution.md, *.md, *.txt) or globs.
  --fix: apply the safe fixes and save the files (nothing is written without it).
Exit status: 0 no errors, 1 errors reported, 2 usage error or a file could not be read (or, with --fix, written).`;

const FORMATS = ['text', 'json', 'sarif', 'github'] as const;
type Format = (typeof FORMATS)[number];

interface Options {
  format: Format;
  fix: boolean;
  paths: string[];
}

function parseArgs(argv: string[]): Options | string {
  if (argv[0] !== 'check') return argv.length ? `unknown command "${argv[0]}"` : 'missing command';
  const opts: Options = { format: 'text', fix: false, paths: [] };
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--format' || a.startsWith('--format=')) {
      const v = a.includes('=') ? a.slice(9) : argv[++i];
      if (!FORMATS.includes(v as Format)) return `unknown format "${v ?? ''}"`;
      opts.format = v as Format;
    } else if (a === '--fix') opts.fix = true;
    else if (a === '--help' || a === '-h') return '';
    else if (a.startsWith('-')) return `unknown option "${a}"`;
    else opts.paths.push(a);
  }
  if (!opts.paths.length) return 'no PATH given';
  return opts;
}

async function main(argv: string[]): Promise<number> {
  const opts = parseArgs(argv);
  if (typeof opts === 'string') {
    process.stderr.write((opts ? `resolute: ${opts}\n` : '') + USAGE + '\n');
    return opts ? 2 : 0;
  }
  const problems: string[] = [];
  const settings = await readWorkspaceSettings(process.cwd(), problems);
  for (const p of problems) process.stderr.write(`resolute: ${p}\n`);
  const service = createResolutionService({ settings, logger: { error: (m) => process.stderr.write(`resolute: ${m}\n`) } });
  const fix = opts.fix ? createFixer(settings, (m) => process.stderr.write(`resolute: ${m}\n`)) : undefined;
  const { files, missing } = await expandPaths(opts.paths);
  let status = 0;
  for (const m of missing) {
    process.stderr.write(`resolute: ${m}: no such file or folder\n`);
    status = 2;
  }
  const reports: FileReport[] = [];
  for (const file of files) {
    const read = await readDraft(file);
    if (!read.ok) {
      process.stderr.write(`resolute: ${file}: ${read.reason}\n`);
      status = 2;
      continue;
    }
    const fixed = fix && (await fix(file, read));
    if (fixed?.failed) status = 2;
    const text = fixed ? fixed.text : read.text;
    const diagnostics = fixed ? fixed.diagnostics : service.diagnostics(parse(read.text, formatForPath(file)));
    reports.push({ file, text, diagnostics });
    if (status === 0 && diagnostics.some((d) => d.severity === 'error')) status = 1;
  }
  const output =
    opts.format === 'json' ? formatJson(reports)
    : opts.format === 'sarif' ? formatSarif(reports, VERSION, ruleDocsUrl)
    : opts.format === 'github' ? formatGithub(reports)
    : formatText(reports);
  await new Promise<void>((resolve) => (output ? process.stdout.write(output, () => resolve()) : resolve()));
  return status;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    process.stderr.write(`resolute: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 2;
  },
);
