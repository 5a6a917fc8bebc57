// `npm run bench` part (g): the PostgreSQL store over a synthetic corpus (default 10,000 articles; `--store-articles=N`).
//   embedded   `next start` on PGlite: the first start (parse, merge, write the database), a restart over the
//              filled database (to the first answer, nothing parsed), the server's memory, and a one-month
//              window of /api/events under autocannon (10 connections, 10 s): p50 / p95 / p99
//   server     the same on a PostgreSQL server (DATABASE_URL, else 127.0.0.1:5432; a fresh database, dropped
//              after), plus a second server that reads no folder (JYLNAMA_READ_FOLDER=off): its start over the
//              filled database and its memory, the window under load on it, and one article dropped into the
//              first server's folder: the time until the second serves it.
// Targets (issue 12): window p95 ≤ 30 ms on PGlite at 10,000 and ≤ 20 ms on a server at 100,000; a start over a
// filled database ≤ 3 s; ingest ≥ 1,000 articles/s; added → on another server ≤ 2 s; ≤ 300 MiB per server.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { adminQuery, SERVER_BASE_URL, serverReachable } from './e2e-databases.mjs';
import { writeSynthCorpus } from './corpus-synth';
import { freePort } from './bench-server';
import { nextStartArgs, rootDir } from './next-build.mjs';

const fmt = (n: number, d = 0) => n.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });
const WINDOW = 'from=2020-01-01&to=2020-01-31&lang=en&shape=timeline&limit=300&buckets=40';

function flushSaid(): void {
  for (const line of said.splice(0)) console.log(line);
}

function rssMiB(pid: number | undefined): string {
  try {
    const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? `${fmt(Number(kb) / 1024)} MiB` : '?';
  } catch {
    return '?';
  }
}

interface Server {
  origin: string;
  child: ChildProcess;
  stop(): Promise<void>;
}

/** What the servers said of their publishes and loads (`[jylnama] published … in N ms`), printed with the figures. */
const said: string[] = [];

async function start(env: Record<string, string>): Promise<{ server: Server; readyMs: number }> {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const t0 = performance.now();
  const child = spawn(process.execPath, nextStartArgs(port, ['-H', '127.0.0.1']), {
    cwd: rootDir,
    env: { ...process.env, NODE_ENV: 'production', JYLNAMA_CACHE_DIR: 'off', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  child.stdout?.setEncoding('utf8');
  child.stdout?.on('data', (chunk: string) => {
    for (const line of chunk.split('\n'))
      if (/\[jylnama\] (published|loaded)/.test(line)) said.push(line.replace('[jylnama] ', '    '));
  });
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  // Ready: health says a corpus is served (the first answer a load balancer would send traffic on).
  const until = Date.now() + 900_000;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`next start exited with code ${child.exitCode}`);
    const res = await fetch(`${origin}/api/health`).catch(() => null);
    if (res?.status === 200) return { server: { origin, child, stop }, readyMs: performance.now() - t0 };
    await new Promise((r) => setTimeout(r, 50));
  }
  await stop();
  throw new Error('the server did not become healthy');
}

/** Until the server has written its corpus to the database (health: databaseVersion set). */
async function published(origin: string, timeoutMs = 600_000): Promise<number> {
  const t0 = performance.now();
  while (performance.now() - t0 < timeoutMs) {
    const h = (await (await fetch(`${origin}/api/health`)).json()) as { corpus: { databaseVersion: number } };
    if (h.corpus.databaseVersion > 0) return performance.now() - t0;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the corpus was never written to the database');
}

const BENCH_TOKEN = 'bench-editor-token-not-secret';

/**
 * Makes `n` corrections through the API, spread over the corpus's events (a confirmation, a status, a date: the
 * kinds editors make most), four at a time; the milliseconds it took.
 */
async function postCorrections(origin: string, n: number): Promise<number> {
  const events = (await (await fetch(`${origin}/api/events?lang=en`)).json()) as Array<{
    id: string;
    start: string | null;
    status: string;
  }>;
  const t0 = performance.now();
  let next = 0;
  const worker = async () => {
    while (next < n) {
      const i = next++;
      const e = events[(i * 7919) % events.length]!;
      const body =
        i % 3 === 0
          ? { op: 'confirm' }
          : i % 3 === 1 || e.start === null
            ? {
                op: 'set',
                field: 'status',
                value: e.status === 'announced' ? 'reported' : 'announced',
                reason: 'bench',
              }
            : { op: 'set', field: 'when', value: e.start, reason: 'bench' };
      const res = await fetch(`${origin}/api/events/${encodeURIComponent(e.id)}/corrections`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${BENCH_TOKEN}`, 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      });
      if (res.status !== 201) throw new Error(`correction ${i} of ${e.id}: ${res.status} ${await res.text()}`);
    }
  };
  await Promise.all(Array.from({ length: 4 }, worker));
  return performance.now() - t0;
}

/** `/` rendered 20 times in a row (each URL new, so that the page cache in front of Next keeps none): ms per page. */
async function pageMs(origin: string): Promise<number> {
  await (await fetch(`${origin}/?lang=en&warm=1`)).text();
  const t0 = performance.now();
  for (let i = 0; i < 20; i++) await (await fetch(`${origin}/?lang=en&v=${i}`)).text();
  return (performance.now() - t0) / 20;
}

async function underLoad(origin: string): Promise<string> {
  const { default: autocannon } = await import('autocannon');
  const times: number[] = [];
  const result = await new Promise<import('autocannon').Result>((resolve, reject) => {
    const instance = autocannon({ url: `${origin}/api/events?${WINDOW}`, connections: 10, duration: 10 }, (err, res) =>
      err ? reject(err) : resolve(res),
    );
    instance.on('response', (_c, _s, _b, ms) => times.push(ms));
  });
  times.sort((a, b) => a - b);
  const pct = (p: number) => fmt(times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))] ?? NaN, 1);
  return `${fmt(result.requests.average)} req/s, p50 ${pct(50)} ms, p95 ${pct(95)} ms, p99 ${pct(99)} ms, non-2xx ${result.non2xx}`;
}

export async function benchStore(articles: number, skipEmbedded = false, corrections = 1000): Promise<void> {
  console.log(`== (g) the PostgreSQL store: ${fmt(articles)} synthetic articles`);
  const work = mkdtempSync(path.join(tmpdir(), 'jylnama-store-bench-'));
  const dir = path.join(work, 'articles');
  try {
    writeSynthCorpus(dir, articles, 1);
    const rate = (ms: number) => `${fmt(articles / (ms / 1000))} articles/s`;

    // Embedded.
    const dataDir = path.join(work, 'data');
    if (!skipEmbedded) {
      let { server, readyMs } = await start({ JYLNAMA_SEEDS_DIR: dir, JYLNAMA_DATA_DIR: dataDir });
      const health = (await (await fetch(`${server.origin}/api/health`)).json()) as {
        corpus: { events: number; articles: number };
      };
      console.log(
        `embedded, first start (parse ${fmt(articles)} files on the worker threads, merge; serving): ${fmt(readyMs)} ms = ${rate(readyMs)}; ` +
          `${fmt(health.corpus.articles)} articles, ${fmt(health.corpus.events)} events  [target ≥ 1,000 articles/s]`,
      );
      // The corpus is served before it is written to the database: the restart below needs it written.
      console.log(`embedded, then written to the database ${fmt(await published(server.origin))} ms later`);
      flushSaid();
      await server.stop();
      ({ server, readyMs } = await start({ JYLNAMA_SEEDS_DIR: dir, JYLNAMA_DATA_DIR: dataDir }));
      console.log(
        `embedded, restart over the filled database: ${fmt(readyMs)} ms to healthy; RSS ${rssMiB(server.child.pid)}  [target ≤ 3,000 ms]`,
      );
      console.log(
        `embedded, one-month window (timeline shape) under load: ${await underLoad(server.origin)}; RSS after ${rssMiB(server.child.pid)}  [target p95 ≤ 30 ms]`,
      );
      console.log(`embedded, the timeline page: ${fmt(await pageMs(server.origin), 1)} ms per page (20 in a row)`);
      flushSaid();
      await server.stop();
      if (corrections > 0) {
        ({ server } = await start({
          JYLNAMA_SEEDS_DIR: dir,
          JYLNAMA_DATA_DIR: dataDir,
          JYLNAMA_EDITOR_TOKEN: BENCH_TOKEN,
        }));
        const ms = await postCorrections(server.origin, corrections);
        console.log(
          `embedded, ${fmt(corrections)} corrections made through the API in ${fmt(ms)} ms (${fmt(ms / corrections, 1)} ms each)`,
        );
        console.log(
          `embedded, the same window with them in force: ${await underLoad(server.origin)}; RSS after ${rssMiB(server.child.pid)}  [not worse than above]`,
        );
        console.log(
          `embedded, the timeline page with them in force: ${fmt(await pageMs(server.origin), 1)} ms per page (20 in a row)`,
        );
        await server.stop();
      }
    }

    // A PostgreSQL server.
    const base = SERVER_BASE_URL;
    if (!(await serverReachable(base))) {
      console.log('server: skipped, no PostgreSQL server reachable (DATABASE_URL or 127.0.0.1:5432)');
      return;
    }
    const name = `jylnama_bench_${process.pid}`;
    await adminQuery(base, `drop database if exists ${name} with (force)`);
    await adminQuery(base, `create database ${name}`);
    const url = new URL(base);
    url.pathname = `/${name}`;
    const servers: Server[] = [];
    try {
      const first = await start({ JYLNAMA_SEEDS_DIR: dir, DATABASE_URL: url.toString() });
      servers.push(first.server);
      console.log(`server, first start (parse, merge; serving): ${fmt(first.readyMs)} ms = ${rate(first.readyMs)}`);
      const writtenMs = await published(first.server.origin);
      console.log(
        `server, then written to the database ${fmt(writtenMs)} ms later: ${rate(first.readyMs + writtenMs)} from nothing to a filled database  [target ≥ 1,000 articles/s]`,
      );
      flushSaid();
      const reader = await start({
        JYLNAMA_SEEDS_DIR: path.join(work, 'none'),
        DATABASE_URL: url.toString(),
        JYLNAMA_READ_FOLDER: 'off',
      });
      servers.push(reader.server);
      const held = (
        (await (await fetch(`${reader.server.origin}/api/health`)).json()) as {
          corpus: { articles: number; events: number };
        }
      ).corpus;
      console.log(
        `server, a second server that reads no folder, over the filled database: ${fmt(reader.readyMs)} ms to healthy with ` +
          `${fmt(held.articles)} articles and ${fmt(held.events)} events; RSS ${rssMiB(reader.server.child.pid)}  [target ≤ 3,000 ms, ≤ 300 MiB]`,
      );
      console.log(
        `server, one-month window on the second server under load: ${await underLoad(reader.server.origin)}  [target p95 ≤ 20 ms]`,
      );
      const times: number[] = [];
      for (let i = 0; i < 3; i++) {
        // One at a time: the first server's full merge of the one before (a second or so at 10,000) is done.
        await new Promise((r) => setTimeout(r, 3000));
        const title = `Bench added ${Date.now()}`;
        const t0 = performance.now();
        writeFileSync(
          path.join(dir, `zz-bench-${i}.txt`),
          ` date 2020-01-1${i} ${title}\nASTANA. KAZINFORM – President Kassym-Jomart Tokayev held talks with President Shavkat Mirziyoyev in Astana on January 1${i}, 2020.\n`,
        );
        for (;;) {
          const res = (await (await fetch(`${reader.server.origin}/api/articles`)).json()) as {
            articles: Array<{ title: string }>;
          };
          if (res.articles.some((a) => a.title === title)) break;
          if (performance.now() - t0 > 120_000) throw new Error('the added article never reached the second server');
          await new Promise((r) => setTimeout(r, 20));
        }
        times.push(performance.now() - t0);
      }
      console.log(
        `server, one file dropped into the first server's folder → served by the second: ${times.map((t) => fmt(t)).join(', ')} ms  [target ≤ 2,000 ms]; ` +
          `RSS first ${rssMiB(first.server.child.pid)}, second ${rssMiB(reader.server.child.pid)}`,
      );
      flushSaid();
    } finally {
      for (const s of servers) await s.stop();
      await adminQuery(base, `drop database if exists ${name} with (force)`).catch(() => {});
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
