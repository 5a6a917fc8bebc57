// `npm run bench`: two figures, printed plainly so that a later run can be compared by eye.
//   (a) parsing speed: seeds/*.txt repeated to at least 1,000 articles, each copy under its own file name, through
//       `buildCorpus` (the whole lib/ pipeline: article → time → events → corpus), several timed runs;
//   (b) JavaScript weight of `/`: `next start` of the production build (built first if missing or stale) on a free
//       port; every <script src> and modulepreload/preload-as-script link in the HTML, fetched and gzipped; then,
//       when a Chromium is found, every script the page really loads (lazy chunks such as vis-timeline included).
//   (c) the temporal tagger's throughput on TempEval-3 English text, and chrono-node's on the same text.
// No assertions: it measures. Options: --runs=N (default 7), --articles=N (default 1000), --skip-js, --skip-parse,
// --skip-tagger, --skip-lighthouse, --skip-scale, --skip-store (--store-articles=N, --store-corrections=N), --skip-load.
//   (d) Lighthouse scores and LCP/TBT/CLS of / and one /events/[id] (scripts/bench-lighthouse.ts).
//   (e) scale, on a synthetic corpus (scripts/bench-scale.ts): cold and warm start, adding one article, /api/events
//       latency under a loopback load, navigation to a drawn timeline. --scale-articles=N (default 10000).
//   (f) load over seeds/ (scripts/bench-load.ts): / and /api/events req/s and p99, server memory after 5 rounds.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { buildIfStale, freePort, startBuiltServer, waitForServer } from './bench-server';
import { findChromium } from './find-chromium.mjs';
import { rootDir } from './next-build.mjs';

const args = new Map(
  process.argv.slice(2).map((a) => {
    const [k, v] = a.replace(/^--/, '').split('=');
    return [k ?? '', v ?? 'true'] as const;
  }),
);
const RUNS = Number(args.get('runs') ?? 7);
const MIN_ARTICLES = Number(args.get('articles') ?? 1000);

const fmt = (n: number, digits = 1) =>
  n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

async function benchParse(): Promise<void> {
  // Imported here so that the JS measurement still runs while lib/ is incomplete.
  const { buildCorpus } = await import('../lib/corpus/build-corpus');
  type SourceFile = Parameters<typeof buildCorpus>[0][number];

  const seedsDir = path.join(rootDir, 'seeds');
  const seeds = readdirSync(seedsDir)
    .filter((n) => n.endsWith('.txt'))
    .sort();
  if (seeds.length === 0) throw new Error(`no .txt files in ${seedsDir}`);
  const bytes = seeds.map((n) => new Uint8Array(readFileSync(path.join(seedsDir, n))));
  const copies = Math.ceil(MIN_ARTICLES / seeds.length);
  const files: SourceFile[] = [];
  for (let c = 0; c < copies; c++) {
    seeds.forEach((name, i) => files.push({ fileName: `copy${String(c).padStart(4, '0')}_${name}`, bytes: bytes[i]! }));
  }
  const totalBytes = bytes.reduce((sum, b) => sum + b.length, 0) * copies;

  console.log('== (a) parsing: buildCorpus over the seeds, repeated');
  console.log(
    `input: ${files.length} articles (${seeds.length} seeds x ${copies} copies), ${fmt(totalBytes / 1024, 0)} KiB`,
  );

  const warm = buildCorpus(files); // JIT warm-up, and a sanity line for the output
  console.log(
    `result: ${warm.articles.length} articles read, ${warm.failures.length} failures, ${warm.events.length} events`,
  );

  const times: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    const t0 = performance.now();
    buildCorpus(files);
    times.push(performance.now() - t0);
  }
  const med = median(times);
  const best = Math.min(...times);
  console.log(`runs: ${RUNS}, ms per run: ${times.map((t) => fmt(t, 1)).join(' ')}`);
  console.log(
    `articles/s: ${fmt((files.length / med) * 1000, 0)} (median run), ${fmt((files.length / best) * 1000, 0)} (best run)`,
  );
  console.log(`ms/article: ${fmt(med / files.length, 3)} (median run)`);
  console.log(`MiB/s: ${fmt(totalBytes / 1024 / 1024 / (med / 1000), 2)} (median run)`);

  // The same per-article work on a corpus of the seeds alone: the gap to the figure above is what merging
  // across 1,000 articles costs.
  const single = seeds.map((name, i): SourceFile => ({ fileName: name, bytes: bytes[i]! }));
  const reps = Math.max(20, Math.ceil(200 / seeds.length));
  const t0 = performance.now();
  for (let r = 0; r < reps; r++) buildCorpus(single);
  const perCorpus = (performance.now() - t0) / reps;
  console.log(
    `seeds alone (${seeds.length} articles, ${reps} runs): ${fmt(perCorpus, 2)} ms per corpus, ` +
      `${fmt((seeds.length / perCorpus) * 1000, 0)} articles/s, ${fmt(perCorpus / seeds.length, 3)} ms/article`,
  );
}

interface Weight {
  url: string;
  raw: number;
  gzip: number;
}

function printWeights(title: string, weights: Weight[], origin: string): void {
  console.log(title);
  const width = Math.max(...weights.map((w) => w.url.length - origin.length), 4);
  for (const w of [...weights].sort((a, b) => b.gzip - a.gzip)) {
    console.log(
      `  ${w.url.slice(origin.length).padEnd(width)}  ${String(w.raw).padStart(9)} B raw  ${String(w.gzip).padStart(8)} B gzip`,
    );
  }
  const raw = weights.reduce((s, w) => s + w.raw, 0);
  const gz = weights.reduce((s, w) => s + w.gzip, 0);
  console.log(
    `  ${'total'.padEnd(width)}  ${String(raw).padStart(9)} B raw  ${String(gz).padStart(8)} B gzip  (${weights.length} files, ${fmt(gz / 1024)} KiB gzip)`,
  );
}

const gz = (buf: Uint8Array) => gzipSync(buf, { level: 9 }).length;

/** Script URLs referenced by the HTML: `<script src>`, `<link rel=modulepreload>` and `<link rel=preload as=script>`. */
function scriptUrlsIn(html: string, base: string): string[] {
  const urls = new Set<string>();
  const attr = (tag: string, name: string) =>
    new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  const val = (m: RegExpExecArray | null) => (m ? (m[1] ?? m[2] ?? m[3] ?? '') : '');
  for (const [tag] of html.matchAll(/<script\b[^>]*>/gi)) {
    if (/\snomodule\b/i.test(tag)) continue; // legacy polyfills: a current browser does not load them
    const src = val(attr(tag, 'src'));
    if (src) urls.add(new URL(src.replace(/&amp;/g, '&'), base).href);
  }
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    const rel = val(attr(tag, 'rel')).toLowerCase();
    const as = val(attr(tag, 'as')).toLowerCase();
    if (rel === 'modulepreload' || (rel === 'preload' && as === 'script')) {
      const href = val(attr(tag, 'href'));
      if (href) urls.add(new URL(href.replace(/&amp;/g, '&'), base).href);
    }
  }
  return [...urls];
}

async function benchJs(): Promise<void> {
  console.log('== (b) JavaScript loaded by /');
  const { origin, stop } = await startBuiltServer();
  try {
    const res = await fetch(`${origin}/`);
    const html = await res.text();
    console.log(`GET / -> ${res.status}, HTML ${Buffer.byteLength(html)} B raw, ${gz(Buffer.from(html))} B gzip`);

    const initial: Weight[] = [];
    for (const url of scriptUrlsIn(html, `${origin}/`)) {
      if (!url.startsWith(origin)) continue;
      const body = new Uint8Array(await (await fetch(url)).arrayBuffer());
      initial.push({ url, raw: body.length, gzip: gz(body) });
    }
    const inline = [...html.matchAll(/<script\b(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/gi)]
      .map((m) => m[1] ?? '')
      .join('');
    printWeights(
      'scripts referenced by the HTML of / (script src without nomodule, modulepreload, preload as=script):',
      initial,
      origin,
    );
    console.log(
      `  inline <script> content (RSC payload etc.), not counted above: ${Buffer.byteLength(inline)} B raw, ${gz(Buffer.from(inline))} B gzip`,
    );

    const chromium = await findChromium();
    if (!chromium.ok) {
      console.log('scripts loaded by the browser: skipped, no Chromium found (see scripts/find-chromium.mjs)');
      return;
    }
    const { chromium: pw } = await import('playwright-core');
    const browser = await pw.launch({
      executablePath: chromium.path,
      args: ['--no-sandbox', '--disable-background-networking', '--disable-gpu', '--disable-dev-shm-usage'],
    });
    try {
      const page = await browser.newPage();
      const loaded = new Map<string, Promise<Weight>>();
      page.on('response', (r) => {
        if (r.request().resourceType() !== 'script' || !r.url().startsWith(origin) || loaded.has(r.url())) return;
        loaded.set(
          r.url(),
          r.body().then((b) => ({ url: r.url(), raw: b.length, gzip: gz(b) })),
        );
      });
      await page.goto(`${origin}/`, { waitUntil: 'networkidle' });
      await page.waitForTimeout(1000); // let idle-time chunks (e.g. the timeline) arrive
      const weights = await Promise.all(loaded.values());
      printWeights(`scripts loaded by Chromium opening / (until network idle), gzipped here:`, weights, origin);
    } finally {
      await browser.close();
    }
  } finally {
    stop();
  }
}

if (!args.has('skip-parse')) {
  try {
    await benchParse();
  } catch (e) {
    console.log(`parsing: not measured: ${(e as Error).message}`);
    process.exitCode = 1;
  }
  console.log();
}
if (!args.has('skip-tagger')) {
  const { benchTagger } = await import('./bench-tagger');
  // A pass takes tens of milliseconds: fifteen of each at least, for a median that two runs of the bench agree on.
  await benchTagger(rootDir, Math.max(RUNS, 15));
  console.log();
}
if (!args.has('skip-js')) await benchJs();
if (!args.has('skip-lighthouse')) {
  console.log();
  const { benchLighthouse } = await import('./bench-lighthouse');
  await benchLighthouse(rootDir);
}
if (!args.has('skip-scale')) {
  console.log();
  await buildIfStale();
  const chromium = await findChromium();
  const { benchScale } = await import('./bench-scale');
  await benchScale({
    articles: Number(args.get('scale-articles') ?? 10000),
    rootDir,
    freePort,
    waitForServer,
    chromiumPath: chromium.ok ? chromium.path : null,
  });
}
if (!args.has('skip-store')) {
  console.log();
  await buildIfStale();
  const { benchStore } = await import('./bench-store');
  await benchStore(
    Number(args.get('store-articles') ?? 10000),
    args.has('store-server-only'),
    Number(args.get('store-corrections') ?? 1000),
  );
}
if (!args.has('skip-load')) {
  console.log();
  const { benchLoad } = await import('./bench-load');
  await benchLoad(Number(args.get('load-rounds') ?? 5));
}
