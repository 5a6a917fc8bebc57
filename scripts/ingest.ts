// `npm run ingest -- [--date YYYY-MM-DD] [--dir <seeds folder>] <files or folders>…`
// Validates articles and adds them to the seeds folder (default $JYLNAMA_SEEDS_DIR, else seeds/), one line per
// file: `added: <file> → <name>`, `skipped: <file>: already present as <name>`, `rejected: <file>: <reason>`;
// then a summary. Exits 1 when any file was rejected, 2 on a usage error. Seed-format files keep their header;
// plain text needs --date. UTF-8 (with or without BOM), UTF-16 and Windows-1251 are converted to UTF-8, and said so.
// A folder means the files directly in it (not its subfolders), hidden files left out.
import { readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { buildParseWorker } from './next-build.mjs';
import { MAX_ARTICLE_BYTES, prepareArticleWith, type Prepared } from '../app/_lib/ingest/prepare';
import { analyseFile, type FileAnalysis } from '../lib/corpus/build-corpus';
import { ParsePool } from '../app/_lib/corpus/parse-pool';
import { mapLimit } from '../app/_lib/corpus/store';
import { existingArticles, saveArticle } from '../app/_lib/ingest/save';
import { readRegularFile } from '../app/_lib/corpus/read-regular';

export interface IngestOptions {
  inputs: string[];
  dir: string;
  date: string | null;
  log: (line: string) => void;
  /** Where a progress line goes every `progressMs` on a long run (files done, files/s, time left); none when absent. */
  progress?: (line: string) => void;
  progressMs?: number;
  /** How a file is parsed (default: in this thread; the command uses the parse threads, parse-pool.ts). */
  analyse?: Analyse;
  /** Files read and parsed at once (default 256): a progress line can follow each window. */
  window?: number;
}

type Analyse = (fileName: string, bytes: Uint8Array) => Promise<FileAnalysis>;

/** `1 h 02 min`, `4 min 05 s`, `12 s`. */
export function duration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  if (s >= 3600) return `${Math.floor(s / 3600)} h ${String(Math.floor((s % 3600) / 60)).padStart(2, '0')} min`;
  if (s >= 60) return `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, '0')} s`;
  return `${s} s`;
}

/** One progress line: `progress: 12,345 of 100,000 files (12%), 1,234 files/s, about 1 min 11 s left`. */
export function progressLine(done: number, total: number, elapsedMs: number): string {
  const rate = elapsedMs > 0 ? (done / elapsedMs) * 1000 : 0;
  const left = rate > 0 ? `about ${duration((total - done) / rate)} left` : 'time left unknown';
  const n = (x: number) => x.toLocaleString('en-US');
  return `progress: ${n(done)} of ${n(total)} files (${Math.floor((done / Math.max(total, 1)) * 100)}%), ${n(Math.round(rate))} files/s, ${left}`;
}

export interface IngestSummary {
  added: number;
  skipped: number;
  rejected: number;
}

/** Printable on one line whatever the file is called: control and bidi characters escaped. */
export function shown(name: string): string {
  return name.replace(
    /[\u0000-\u001f\u007f\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu,
    (c) => `\\u{${c.codePointAt(0)!.toString(16)}}`,
  );
}

async function expand(inputs: string[], log: (line: string) => void): Promise<{ files: string[]; missing: number }> {
  const files: string[] = [];
  let missing = 0;
  for (const input of inputs) {
    const s = await stat(input).catch(() => null);
    if (!s) {
      log(`rejected: ${shown(input)}: no such file or folder`);
      missing++;
    } else if (s.isDirectory()) {
      const names = (await readdir(input)).filter((n) => !n.startsWith('.')).sort();
      for (const n of names) {
        const full = path.join(input, n);
        if ((await stat(full).catch(() => null))?.isFile()) files.push(full);
      }
    } else files.push(input);
  }
  return { files, missing };
}

/** Files read and parsed at once: the threads stay busy, and memory stays bounded on a hundred thousand files. */
const WINDOW = 256;

type Outcome = { rejected: string } | { prepared: Extract<Prepared, { ok: true }> };

/** Reads and parses one file (never throws): what to save, or why it is refused. */
async function prepareFile(file: string, date: string | null, analyse: Analyse): Promise<Outcome> {
  const size = (await stat(file).catch(() => null))?.size ?? 0;
  if (size > MAX_ARTICLE_BYTES) {
    // Not read at all: a 50 MB file must not be loaded to be refused.
    return {
      rejected: `the file is ${size.toLocaleString('en-US')} bytes; the limit is ${MAX_ARTICLE_BYTES.toLocaleString('en-US')} bytes (2 MB) per article`,
    };
  }
  // A file named on the command line may be a link the operator meant; a pipe or a device is refused, not waited on.
  const read = await readRegularFile(await realpath(file).catch(() => file), MAX_ARTICLE_BYTES);
  if (!read.ok) return { rejected: read.reason };
  const prepared = await prepareArticleWith({ source: path.basename(file), bytes: read.bytes, date }, analyse);
  return prepared.ok ? { prepared } : { rejected: prepared.reason };
}

export async function ingest({
  inputs,
  dir,
  date,
  log,
  progress,
  progressMs = 2000,
  analyse = async (n, b) => analyseFile(n, b),
  window: windowSize = WINDOW,
}: IngestOptions): Promise<IngestSummary> {
  const summary: IngestSummary = { added: 0, skipped: 0, rejected: 0 };
  const { files, missing } = await expand(inputs, log);
  summary.rejected += missing;
  const existing = await existingArticles(dir);
  const started = Date.now();
  let lastProgress = started;
  for (let first = 0; first < files.length; first += windowSize) {
    const window = files.slice(first, first + windowSize);
    // Parsed side by side (on the parse threads when there are any); saved one by one, in the order given, so
    // that two copies of one article in the same run are told apart (the second is skipped) and the log reads in order.
    const outcomes = await mapLimit(window, 32, (file) => prepareFile(file, date, analyse));
    for (const [i, outcome] of outcomes.entries()) {
      const label = shown(window[i]!);
      if ('rejected' in outcome) {
        log(`rejected: ${label}: ${outcome.rejected}`);
        summary.rejected++;
        continue;
      }
      const prepared = outcome.prepared;
      try {
        const result = await saveArticle(dir, prepared, existing);
        if (result.status === 'skipped') {
          log(`skipped: ${label}: already present as ${result.fileName}`);
          summary.skipped++;
        } else {
          const events = prepared.analysed.events.length;
          const notes = prepared.notes.length > 0 ? `; ${prepared.notes.join('; ')}` : '';
          log(`added: ${label} → ${result.fileName} (${events} event mention${events === 1 ? '' : 's'}${notes})`);
          summary.added++;
        }
      } catch (e) {
        log(`rejected: ${label}: ${(e as Error).message}`);
        summary.rejected++;
      }
    }
    const done = first + window.length;
    // The last window is followed by the summary line instead.
    if (progress && done < files.length && Date.now() - lastProgress >= progressMs) {
      lastProgress = Date.now();
      progress(progressLine(done, files.length, lastProgress - started));
    }
  }
  const seconds = (Date.now() - started) / 1000;
  log(
    `${summary.added} added, ${summary.skipped} skipped (already present), ${summary.rejected} rejected; folder: ${dir}`,
  );
  if (progress && files.length > 0)
    progress(
      `done: ${files.length.toLocaleString('en-US')} files in ${duration(seconds)} (${Math.round(files.length / Math.max(seconds, 0.001)).toLocaleString('en-US')} files/s)`,
    );
  return summary;
}

export function parseArgs(
  argv: string[],
): { ok: true; inputs: string[]; date: string | null; dir: string | null } | { ok: false; message: string } {
  const inputs: string[] = [];
  let date: string | null = null;
  let dir: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const [flag, inline] = a.startsWith('--') ? (a.split('=', 2) as [string, string | undefined]) : [a, undefined];
    if (flag === '--date' || flag === '--dir') {
      const value = inline ?? argv[++i];
      if (!value) return { ok: false, message: `${flag} needs a value` };
      if (flag === '--date') {
        if (!/^\d{4}-\d{2}-\d{2}$/.test(value))
          return { ok: false, message: `--date must be YYYY-MM-DD, not "${value}"` };
        date = value;
      } else dir = value;
    } else if (a === '--') continue;
    else if (a.startsWith('--')) return { ok: false, message: `unknown option ${a}` };
    else inputs.push(a);
  }
  if (inputs.length === 0) return { ok: false, message: 'no files or folders given' };
  return { ok: true, inputs, date, dir };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = parseArgs(process.argv.slice(2));
  if (!args.ok) {
    console.error(
      `ingest: ${args.message}\nusage: npm run ingest -- [--date YYYY-MM-DD] [--dir <seeds folder>] <files or folders>…`,
    );
    process.exit(2);
  }
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const dir = path.resolve(args.dir ?? process.env.JYLNAMA_SEEDS_DIR ?? path.join(root, 'seeds'));
  // Parsed on a thread per core (at most four), by the parser of this checkout: bundled afresh (a second or so),
  // since a bundle left by an older build would parse with an older parser.
  const bundleDir = mkdtempSync(path.join(tmpdir(), 'jylnama-ingest-'));
  const workerFile = path.join(bundleDir, 'parse-worker.mjs');
  await buildParseWorker(workerFile, root);
  const pool = new ParsePool({ workerFile, log: (l) => console.error(l) });
  // Progress on stderr, so that the per-file lines on stdout stay one per file for whoever reads them.
  const summary = await ingest({
    inputs: args.inputs,
    dir,
    date: args.date,
    log: (l) => console.log(l),
    progress: (l) => console.error(l),
    analyse: (n, b) => pool.analyse(n, b),
  });
  await pool.close();
  rmSync(bundleDir, { recursive: true, force: true });
  process.exit(summary.rejected > 0 ? 1 : 0);
}
