// `npm run bench` part (d): the 10,000-article synthetic corpus (scripts/corpus-synth.ts) through the app's own
// corpus store (app/_lib/corpus/store.ts) and a production server:
//   cold    parse and merge everything, empty disk cache; wall time and peak RSS
//   warm    a new store over the same folder with the cache filled (a restart with nothing changed)
//   add one a file dropped into the folder: from the write to the corpus that has it (watcher + one parse + merge)
//   API     `next start` over the folder; GET /api/events for a one-month window under autocannon on loopback
//           (10 connections, 10 s), the full answer and the timeline's shape: p50 / p90 / p95 / p99 of every response
//   drawn   Chromium: navigation start to the first `.vis-item` of the timeline on `/`
// Targets from issue 6: cold ≤ 10 s, warm ≤ 2 s, add one ≤ 100 ms, API p95 ≤ 20 ms, drawn ≤ 1.5 s.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { ensureParserVersionEnv } from './parser-hash.mjs';
import { writeSynthCorpus } from './corpus-synth';
import { buildParseWorker, nextStartArgs } from './next-build.mjs';

const fmt = (n: number, d = 0) => n.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });
const mib = (b: number) => `${fmt(b / 1024 / 1024)} MiB`;

export interface ScaleOptions {
  articles: number;
  rootDir: string;
  freePort: () => Promise<number>;
  waitForServer: (url: string, child: import('node:child_process').ChildProcess, timeoutMs?: number) => Promise<void>;
  chromiumPath: string | null;
}

export async function benchScale(o: ScaleOptions): Promise<void> {
  console.log(`== (e) scale: ${fmt(o.articles)} synthetic articles (kk, ru, en)`);
  const work = mkdtempSync(path.join(tmpdir(), 'jylnama-scale-'));
  const dir = path.join(work, 'articles');
  const cacheDir = path.join(work, 'cache');
  const version = ensureParserVersionEnv(o.rootDir);
  try {
    const made = writeSynthCorpus(dir, o.articles, 1);
    console.log(
      `corpus: ${dir} (kk ${made.byLang.kk}, ru ${made.byLang.ru}, en ${made.byLang.en}); parser version ${version}`,
    );
    const { CorpusStore } = await import('../app/_lib/corpus/store');
    // The store parses on worker threads as `next start` does: with the worker bundled as `npm run build` bundles it.
    const parseWorker = path.join(work, 'parse-worker.mjs');
    await buildParseWorker(parseWorker, o.rootDir);

    let peak = process.memoryUsage().rss;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
    const rss0 = process.memoryUsage().rss;
    const cold = new CorpusStore({
      dir,
      cacheDir,
      parserVersion: version,
      debounceMs: 5,
      recheckMs: 3_600_000,
      parseWorker,
    });
    let t0 = performance.now();
    const corpus = await cold.get();
    const coldMs = performance.now() - t0;
    clearInterval(sampler);
    peak = Math.max(peak, process.memoryUsage().rss);
    console.log(
      `cold (parse + merge, empty cache): ${fmt(coldMs)} ms; ${corpus.articles.length} articles, ${corpus.events.length} events, ` +
        `${corpus.failures.length} failures; peak RSS ${mib(peak)} (+${mib(peak - rss0)})  [target ≤ 10,000 ms]`,
    );

    await cold.flushSnapshot();
    const warm = new CorpusStore({ dir, cacheDir, parserVersion: version, watch: false, parseWorker });
    t0 = performance.now();
    await warm.get();
    const warmMs = performance.now() - t0;
    console.log(
      `warm (new store, cache filled): ${fmt(warmMs)} ms; ${warm.lastStats?.fromSnapshot ? 'merged corpus from the snapshot' : `${warm.lastStats?.fromDisk} from the disk cache, merged again`}, ${warm.lastStats?.parsed} parsed  [target ≤ 2,000 ms]`,
    );
    warm.close();

    // Add one: write, then poll the store (as requests would) until the article is there.
    const name = 'added-one.txt';
    const text =
      ' date 2025-11-20 Брифинг\nАСТАНА. KAZINFORM – 20 қарашада Президент Қасым-Жомарт Тоқаев Астанада брифинг өткізді.\n';
    t0 = performance.now();
    writeFileSync(path.join(dir, name), text);
    for (;;) {
      const c = await cold.get();
      if (c.articles.some((a) => a.article.fileName === name)) break;
      await new Promise((r) => setTimeout(r, 1));
    }
    const addMs = performance.now() - t0;
    t0 = performance.now();
    await cold.settle();
    const settleMs = performance.now() - t0;
    const settled = (await cold.get()).articles.some((a) => a.article.fileName === name);
    console.log(
      `add one (write → corpus has it, watcher debounce 5 ms): ${fmt(addMs)} ms, provisionally (its mentions merged with the ` +
        `events they reach); the full merge that replaces it in the background: ${fmt(settleMs)} ms (${settled ? 'article kept' : 'ARTICLE LOST'})  [target ≤ 100 ms]`,
    );
    cold.close();

    await benchServer(o, dir, cacheDir);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

async function benchServer(o: ScaleOptions, dir: string, cacheDir: string): Promise<void> {
  const port = await o.freePort();
  const origin = `http://127.0.0.1:${port}`;
  const server = spawn(process.execPath, nextStartArgs(port, ['-H', '127.0.0.1']), {
    cwd: o.rootDir,
    // As before the database: the disk cache the stores above filled (the database's own figures are part (g)).
    env: {
      ...process.env,
      JYLNAMA_SEEDS_DIR: dir,
      JYLNAMA_CACHE_DIR: cacheDir,
      JYLNAMA_DATA_DIR: 'off',
      NODE_ENV: 'production',
    },
    stdio: ['ignore', 'ignore', 'ignore'],
  });
  try {
    await o.waitForServer(`${origin}/api/articles`, server, 180_000);
    let t0 = performance.now();
    const first = await fetch(`${origin}/api/events?from=2020-01-01&to=2020-01-31`);
    console.log(
      `server: first /api/events (warm cache, in a fresh process) ${fmt(performance.now() - t0)} ms, HTTP ${first.status}`,
    );
    const body = (await first.json()) as { total: number; events: unknown[]; clusters: unknown[] };
    console.log(
      `one-month window 2020-01: ${body.total} events (${body.events.length} returned, ${body.clusters.length} clusters)`,
    );

    const { default: autocannon } = await import('autocannon');
    // Two one-month windows: the full answer (with the evidence) and what the timeline asks for when the user
    // pans (shape=timeline). Every response time is recorded, for an exact p95.
    const month = 'from=2020-01-01&to=2020-01-31&lang=en';
    for (const [name, query] of [
      ['full answer', month],
      ['timeline shape', `${month}&shape=timeline&limit=300&buckets=40`],
    ] as const) {
      const times: number[] = [];
      const result = await new Promise<import('autocannon').Result>((resolve, reject) => {
        const instance = autocannon(
          { url: `${origin}/api/events?${query}`, connections: 10, duration: 10 },
          (err, res) => (err ? reject(err) : resolve(res)),
        );
        instance.on('response', (_client, _status, _bytes, ms) => times.push(ms));
      });
      times.sort((a, b) => a - b);
      const pct = (p: number) => fmt(times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))] ?? NaN, 1);
      console.log(
        `API ${name} under load (autocannon, 10 connections, 10 s, loopback): ${fmt(result.requests.average)} req/s, ` +
          `latency p50 ${pct(50)} ms, p90 ${pct(90)} ms, p95 ${pct(95)} ms, p99 ${pct(99)} ms, max ${pct(100)} ms; ` +
          `errors ${result.errors}, non-2xx ${result.non2xx}  [target p95 ≤ 20 ms]`,
      );
    }

    if (!o.chromiumPath) {
      console.log('drawn: skipped, no Chromium found');
      return;
    }
    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch({
      executablePath: o.chromiumPath,
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
    });
    try {
      const times: string[] = [];
      for (let i = 0; i < 3; i++) {
        const page = await browser.newPage();
        t0 = performance.now();
        try {
          await page.goto(`${origin}/?lang=en`, { waitUntil: 'commit', timeout: 60_000 });
          // An event, a count per period, or one of vis-timeline's clusters (not the hidden stems of clusters).
          await page.locator('.vis-item:visible').first().waitFor({ state: 'visible', timeout: 60_000 });
          times.push(fmt(performance.now() - t0));
        } catch {
          times.push(`not drawn within ${fmt((performance.now() - t0) / 1000)} s`);
          await page.close();
          break;
        }
        await page.close();
      }
      console.log(
        `drawn (navigation → first timeline item visible, Chromium, up to 3 loads): ${times.join(', ')} ms  [target ≤ 1,500 ms]`,
      );
    } finally {
      await browser.close();
    }
  } finally {
    server.kill('SIGTERM');
  }
}
