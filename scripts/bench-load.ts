// `npm run bench` part (f): the pages and the API of `next start` over seeds/ under a loopback load, in five rounds:
// requests per second and latency (p50, p99, every response timed) of `/` and of `/api/events`, and the server's
// resident memory after each round (a leak shows as a climb). The load generator runs on the same cores.
import { readFileSync } from 'node:fs';
import { startBuiltServer } from './bench-server';

const fmt = (n: number, d = 0) => n.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });

/** The server's resident set, from /proc (Linux); null elsewhere. */
function rssOf(pid: number | undefined): number | null {
  if (!pid) return null;
  try {
    const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Number(kb) * 1024 : null;
  } catch {
    return null;
  }
}

async function load(
  url: string,
  connections: number,
  seconds: number,
  headers: Record<string, string> = {},
): Promise<{ rps: number; p50: number; p99: number; non2xx: number }> {
  const { default: autocannon } = await import('autocannon');
  const times: number[] = [];
  const result = await new Promise<import('autocannon').Result>((resolve, reject) => {
    const instance = autocannon({ url, connections, duration: seconds, headers }, (err, res) =>
      err ? reject(err) : resolve(res),
    );
    instance.on('response', (_client, _status, _bytes, ms) => times.push(ms));
  });
  times.sort((a, b) => a - b);
  const pct = (p: number) => times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))] ?? NaN;
  return { rps: result.requests.average, p50: pct(50), p99: pct(99), non2xx: result.non2xx + result.errors };
}

export async function benchLoad(rounds = 5, seconds = 10): Promise<void> {
  console.log(`== (f) load: / and /api/events over seeds/, ${rounds} rounds of ${seconds} s each, 20 connections`);
  const { origin, stop, pid } = await startBuiltServer();
  try {
    await fetch(`${origin}/`);
    console.log(`server RSS before: ${fmt((rssOf(pid) ?? NaN) / 1024 / 1024)} MiB`);
    for (let round = 1; round <= rounds; round++) {
      const page = await load(`${origin}/`, 20, seconds);
      // As browsers ask for it: gzip costs the server a compression per answer.
      const gzipped = await load(`${origin}/`, 20, seconds, { 'accept-encoding': 'gzip' });
      const api = await load(`${origin}/api/events`, 20, seconds);
      console.log(
        `round ${round}: / ${fmt(page.rps)} req/s, p50 ${fmt(page.p50, 1)} ms, p99 ${fmt(page.p99, 1)} ms, non-2xx ${page.non2xx}  [target ≥ 200 req/s]; ` +
          `/ gzip ${fmt(gzipped.rps)} req/s, p99 ${fmt(gzipped.p99, 1)} ms; ` +
          `/api/events ${fmt(api.rps)} req/s, p50 ${fmt(api.p50, 1)} ms, p99 ${fmt(api.p99, 1)} ms; server RSS ${fmt((rssOf(pid) ?? NaN) / 1024 / 1024)} MiB`,
      );
    }
  } finally {
    stop();
  }
}
