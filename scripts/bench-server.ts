// A production server for the benchmarks: `next start` of the build (built first when missing or stale) on a free
// loopback port, over the given seeds folder. One place, so that every bench section starts it the same way.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { nextStartArgs, rootDir, runNextBuild, staleBuildReason } from './next-build.mjs';

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      srv.close(() => (typeof addr === 'object' && addr ? resolve(addr.port) : reject(new Error('no free port'))));
    });
  });
}

export async function waitForServer(url: string, child: ChildProcess, timeoutMs = 60_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`next start exited with code ${child.exitCode}`);
    try {
      await fetch(url);
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  throw new Error(`next start did not answer on ${url} within ${timeoutMs / 1000} s`);
}

export async function buildIfStale(): Promise<void> {
  const reason = staleBuildReason();
  if (!reason) return;
  console.log(`building first (${reason}) ...`);
  const code = await runNextBuild();
  if (code !== 0) throw new Error(`next build failed (exit ${code})`);
}

/** Start `next start` over `seedsDir` (default seeds/); `stop()` ends it. */
export async function startBuiltServer(
  seedsDir = path.join(rootDir, 'seeds'),
): Promise<{ origin: string; stop: () => void; pid: number | undefined }> {
  await buildIfStale();
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const server = spawn(process.execPath, nextStartArgs(port, ['-H', '127.0.0.1']), {
    cwd: rootDir,
    // Its own embedded database: one process per data folder, and never the one `npm start` uses.
    env: {
      ...process.env,
      JYLNAMA_SEEDS_DIR: seedsDir,
      JYLNAMA_DATA_DIR: mkdtempSync(path.join(tmpdir(), 'jylnama-bench-data-')),
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const stop = () => server.kill('SIGTERM');
  try {
    await waitForServer(`${origin}/`, server);
  } catch (e) {
    stop();
    throw e;
  }
  return { origin, stop, pid: server.pid };
}
