// `npm run bench`: core, protocol and checker timings on the corpus copy and the seed.
// Prints a table and writes bench/results/latest.json. Not part of the tests.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createResolutionService, parse } from '../server/src/core';
import { ROOT } from '../test/helpers/fixture';
import { startServer, waitFor, type TestServer } from '../test/helpers/lsp-client';
import { buildLargeDraft } from './large-draft';
import * as esbuild from 'esbuild';

const quick = process.argv.includes('--quick');
const corpusDirs = ['sc_md', 'ga_md', 'sc_not_adopted', 'sc', 'ga'];
const corpusFiles = corpusDirs.flatMap((d) =>
  readdirSync(join(ROOT, 'test/corpus', d))
    .filter((f) => /\.(md|txt)$/.test(f))
    .map((f) => join(ROOT, 'test/corpus', d, f)),
);
const seed = readFileSync(join(ROOT, 'examples/S-RES-2370-2017.resolution.md'), 'utf8');
const large = buildLargeDraft(join(ROOT, 'test/corpus/sc_md'), 1024 * 1024);

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};
const median = (xs: number[]) => pct(xs, 50);
const ms = (x: number) => Math.round(x * 1000) / 1000;

/** Median time of fn over runs, after warm-up runs. */
function time(fn: () => void, runs: number, warm = Math.min(20, runs)): number {
  for (let i = 0; i < warm; i++) fn();
  const xs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    xs.push(performance.now() - t);
  }
  return median(xs);
}

/** Catalogue lookups, hover and completion in the core, and what the catalogue adds to the bundle. */
function catalogueBench() {
  const service = createResolutionService();
  const doc = parse(seed);
  const at = seed.indexOf('1373 (2001)') + 2;
  const typed = parse(seed.replace('20. *Decides* to remain seized of the matter.', '20. *Decides* to recall resolution 137'));
  const typedAt = typed.text.indexOf('resolution 137') + 'resolution 137'.length;
  let n = 0;
  let sink = 0;
  // Milliseconds for 1000 lookups = microseconds for one; the sum keeps the work observable.
  const lookupUs = time(() => {
    for (let i = 0; i < 1000; i++) sink += service.data.sc.get(1 + ((n++ * 7919) % 2825))?.date?.length ?? 0;
  }, quick ? 50 : 300);
  if (sink === 0) throw new Error('no lookup found a date');
  const sizes = esbuild.buildSync({
    entryPoints: ['server/src/core/data/generated/sc-catalogue.ts', 'server/src/core/data/generated/ga-resolutions.ts'],
    absWorkingDir: ROOT,
    bundle: false,
    minify: true,
    write: false,
    outdir: 'out/catalogue-size',
  }).outputFiles.reduce((sum, f) => sum + f.contents.length, 0);
  return {
    lookupMicroseconds: ms(lookupUs),
    hoverMs: ms(time(() => service.hover(doc, at), quick ? 200 : 2000)),
    completionMs: ms(time(() => service.complete(typed, typedAt), quick ? 200 : 2000)),
    catalogueModulesKB: Math.round(sizes / 1024),
  };
}

function coreBench() {
  const service = createResolutionService();
  const analyse = (text: string, format: 'markdown' | 'plain') => service.diagnostics(parse(text, format));
  const floor = /\b\d{1,4}\s\(\d{4}\)/g;
  const regexPass = (text: string) => () => {
    floor.lastIndex = 0;
    while (floor.exec(text));
  };
  const seedMs = time(() => analyse(seed, 'markdown'), quick ? 50 : 500);
  const largeMs = time(() => analyse(large, 'markdown'), quick ? 3 : 15, 2);
  const texts = corpusFiles.map((f) => ({ text: readFileSync(f, 'utf8'), format: f.endsWith('.md') ? ('markdown' as const) : ('plain' as const) }));
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t.text), 0);
  for (const t of texts) analyse(t.text, t.format);
  const t0 = performance.now();
  const rounds = quick ? 1 : 3;
  for (let r = 0; r < rounds; r++) for (const t of texts) analyse(t.text, t.format);
  const corpusMs = (performance.now() - t0) / rounds;
  const all = texts.map((t) => t.text).join('\n');
  const floorCorpusMs = time(regexPass(all), 10, 2);
  return {
    seedMs: ms(seedMs),
    seedRegexFloorMs: ms(time(regexPass(seed), 2000)),
    largeBytes: Buffer.byteLength(large),
    largeMs: ms(largeMs),
    largeRegexFloorMs: ms(time(regexPass(large), 20, 3)),
    corpusFiles: texts.length,
    corpusBytes: bytes,
    corpusMBps: Math.round((bytes / 1048576 / (corpusMs / 1000)) * 10) / 10,
    corpusRegexFloorMBps: Math.round((bytes / 1048576 / (floorCorpusMs / 1000)) * 10) / 10,
  };
}

/** What the keystrokes type, one character at a time, before taking it back with backspace. */
const TYPED = 'Recalling also its resolution 2370 (2017) and the UNOCT report, ';

/**
 * Time from a one-character didChange to the diagnostics of that version: typing TYPED before the
 * first "Reaffirming", then deleting it again (`cycles` times), so that every version is new (as
 * when drafting: the edited paragraph is never found in a cache) and the text ends as it began.
 */
async function keystrokes(server: TestServer, uri: string, text: string, cycles: number): Promise<number[]> {
  const n = cycles * 2 * TYPED.length;
  const anchor = text.indexOf('Reaffirming');
  const before = text.slice(0, anchor);
  const line = before.split('\n').length - 1;
  const character = anchor - before.lastIndexOf('\n') - 1;
  const out: number[] = [];
  let version = 1;
  let typed = 0;
  for (let i = 0; i < n; i++) {
    version++;
    // Type forward for a stretch, then backspace over it.
    const forward = Math.floor(i / TYPED.length) % 2 === 0;
    const at = { line, character: character + (forward ? typed : typed - 1) };
    const change = forward ? { range: { start: at, end: at }, text: TYPED[typed] } : { range: { start: at, end: { line, character: at.character + 1 } }, text: '' };
    typed += forward ? 1 : -1;
    const t = performance.now();
    await server.change(uri, version, [change]);
    await server.diagnosticsFor(uri, version, 10000);
    out.push(performance.now() - t);
  }
  return out;
}

const SEED_URI = 'file:///bench/seed.resolution.md';
const LARGE_URI = 'file:///bench/large.resolution.md';

/** Opens a document and waits for its first diagnostics (a long draft's first check takes longer). */
async function openChecked(server: TestServer, uri: string, text: string): Promise<void> {
  await server.open(uri, text);
  await server.diagnosticsFor(uri, 1, text.length > 256 * 1024 ? 30000 : 10000);
}

/** VmRSS (resident now) or VmHWM (the peak) of a process, in KB. */
function statusKb(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
}

/** How long the bench waits after the long draft's rehearsal before typing in it. */
const READ_MS = 2000;

/** The same keystrokes in a fresh server, typed the moment the draft's first diagnostics arrive. */
async function typedAtOnce() {
  const server = await startServer({ latestOnly: true });
  try {
    await openChecked(server, LARGE_URI, large);
    const latency = await keystrokes(server, LARGE_URI, large, 1);
    return { largeAtOnceP50: ms(pct(latency, 50)), largeAtOnceP95: ms(pct(latency, 95)), firstFive: latency.slice(0, 5).map(ms) };
  } finally {
    await server.stop();
  }
}

async function protocolBench() {
  const t0 = performance.now();
  const server = await startServer({ latestOnly: true });
  const initializeMs = performance.now() - t0;
  try {
    const n = quick ? 40 : 200;
    await openChecked(server, SEED_URI, seed);
    const seedLatency = await keystrokes(server, SEED_URI, seed, quick ? 1 : 2);
    const at = seed.indexOf('1373 (2001)');
    const before = seed.slice(0, at);
    const pos = { line: before.split('\n').length - 1, character: at - before.lastIndexOf('\n') };
    const hover: number[] = [];
    const completion: number[] = [];
    for (let i = 0; i < n; i++) {
      let t = performance.now();
      await server.request('textDocument/hover', { textDocument: { uri: SEED_URI }, position: pos });
      hover.push(performance.now() - t);
      t = performance.now();
      await server.request('textDocument/completion', { textDocument: { uri: SEED_URI }, position: { line: pos.line, character: pos.character + 2 } });
      completion.push(performance.now() - t);
    }
    await openChecked(server, LARGE_URI, large);
    // The drafter reads before typing; the server rehearses edits meanwhile (server/src/lsp/rehearsal.ts),
    // then releases memory once the draft has been quiet for 1.5 s: typing starts READ_MS after the rehearsal.
    const rehearsal = await waitFor('the rehearsal', () => server.logs.find((l) => l.startsWith('Rehearsed ')), 30000);
    await new Promise((r) => setTimeout(r, READ_MS));
    const largeLatency = await keystrokes(server, LARGE_URI, large, 1);
    const peak = statusKb(server.process.pid!, 'VmHWM');
    // At rest: once the draft has been quiet for a while the server returns what typing left behind.
    await new Promise((r) => setTimeout(r, 3000));
    const rss = statusKb(server.process.pid!, 'VmRSS');
    return {
      initializeMs: ms(initializeMs),
      seedChangeP50: ms(pct(seedLatency, 50)),
      seedChangeP95: ms(pct(seedLatency, 95)),
      largeChangeP50: ms(pct(largeLatency, 50)),
      largeChangeP95: ms(pct(largeLatency, 95)),
      // After the memory release of the quiet draft: where a release that cost recompiling would show.
      largeFirstFive: largeLatency.slice(0, 5).map(ms),
      largeSlowest: [...largeLatency].sort((a, b) => b - a).slice(0, 7).map(ms),
      rehearsal,
      hoverP95: ms(pct(hover, 95)),
      completionP95: ms(pct(completion, 95)),
      rssMBWithLargeOpen: Math.round(rss / 1024),
      peakRssMB: Math.round(peak / 1024),
    };
  } finally {
    await server.stop();
  }
}

function checkerBench() {
  const files = corpusFiles.filter((f) => f.endsWith('.md'));
  const runs = quick ? 3 : 7;
  const run = (cmd: string, args: string[]) => {
    const xs: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      spawnSync(cmd, args, { cwd: ROOT, stdio: 'ignore', maxBuffer: 1 << 30 });
      xs.push(performance.now() - t);
    }
    return median(xs);
  };
  const rel = files.map((f) => f.slice(ROOT.length + 1));
  const resolute = run(process.execPath, [join(ROOT, 'dist/cli.js'), 'check', '--format', 'json', ...rel]);
  const mdl = run(process.execPath, [join(ROOT, 'node_modules/markdownlint-cli2/markdownlint-cli2-bin.mjs'), ...rel]);
  return { files: files.length, resoluteMs: Math.round(resolute), markdownlintCli2Ms: Math.round(mdl), ratio: Math.round((mdl / resolute) * 100) / 100 };
}

async function main() {
  const machine = { cpus: `${cpus().length} x ${cpus()[0]?.model ?? '?'}`, memoryGB: Math.round(totalmem() / 2 ** 30), node: process.version };
  const core = coreBench();
  const catalogue = catalogueBench();
  const protocol = { ...(await protocolBench()), ...(await typedAtOnce()) };
  const checker = checkerBench();
  const result = { date: new Date().toISOString(), machine, core, catalogue, protocol, checker };
  mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
  writeFileSync(join(ROOT, 'bench/results/latest.json'), JSON.stringify(result, null, 2) + '\n');
  const rows: [string, string, string][] = [
    ['core: seed, parse + all rules (warm, median)', `${core.seedMs} ms`, '< 1 ms'],
    ['core: seed, one regex pass (floor)', `${core.seedRegexFloorMs} ms`, ''],
    [`core: ${Math.round(core.largeBytes / 1024)} KB draft (warm, median)`, `${core.largeMs} ms`, ''],
    ['core: same draft, one regex pass (floor)', `${core.largeRegexFloorMs} ms`, ''],
    [`core: corpus throughput (${core.corpusFiles} files, ${Math.round(core.corpusBytes / 1024)} KB)`, `${core.corpusMBps} MB/s`, ''],
    ['core: corpus, one regex pass (floor)', `${core.corpusRegexFloorMBps} MB/s`, ''],
    ['core: catalogue lookup (one resolution)', `${catalogue.lookupMicroseconds} µs`, '< 1 ms'],
    ['core: hover on 1373 (2001) / completion after "resolution 137"', `${catalogue.hoverMs} / ${catalogue.completionMs} ms`, '< 1 ms'],
    ['catalogue modules, minified (SC + GA)', `${catalogue.catalogueModulesKB} KB`, '< 300 KB'],
    ['protocol: initialize answered after spawn', `${protocol.initializeMs} ms`, '<= 300 ms'],
    ['protocol: keystroke to diagnostics, seed p50 / p95', `${protocol.seedChangeP50} / ${protocol.seedChangeP95} ms`, 'p95 <= 16 ms'],
    [`protocol: keystroke to diagnostics, 1 MB p50 / p95 (typed ${READ_MS / 1000} s after the rehearsal)`, `${protocol.largeChangeP50} / ${protocol.largeChangeP95} ms`, 'p95 <= 50 ms'],
    ['protocol: the first five of those / the seven slowest', `${protocol.largeFirstFive.join(', ')} / ${protocol.largeSlowest.join(', ')} ms`, ''],
    ['protocol: the same, typed at once after opening (fresh server)', `${protocol.largeAtOnceP50} / ${protocol.largeAtOnceP95} ms`, ''],
    ['protocol: the first five keystrokes of those', protocol.firstFive.join(', ') + ' ms', ''],
    ['protocol: rehearsal after opening the 1 MB draft', protocol.rehearsal.replace(/ \(.*$/, ''), ''],
    ['protocol: hover p95', `${protocol.hoverP95} ms`, '<= 5 ms'],
    ['protocol: completion p95', `${protocol.completionP95} ms`, '<= 5 ms'],
    ['protocol: resident memory, 1 MB draft open (at rest, 3 s after typing)', `${protocol.rssMBWithLargeOpen} MB`, '<= 120 MB'],
    ['protocol: peak resident memory (opening and typing in the 1 MB draft)', `${protocol.peakRssMB} MB`, ''],
    [`checker vs markdownlint-cli2 (${checker.files} files, median of runs)`, `${checker.resoluteMs} vs ${checker.markdownlintCli2Ms} ms (x${checker.ratio})`, 'ratio >= 1'],
  ];
  const w = Math.max(...rows.map((r) => r[0].length));
  console.log(`Machine: ${machine.cpus}, ${machine.memoryGB} GB, Node ${machine.node}`);
  for (const [a, b, c] of rows) console.log(`${a.padEnd(w)}  ${b.padEnd(26)}${c}`);
  console.log('Written to bench/results/latest.json');
}

void main();
