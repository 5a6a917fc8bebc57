import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, connect, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { adminQuery, SERVER_BASE_URL as SERVER_URL, serverReachable } from '../scripts/e2e-databases.mjs';
import { nextStartArgs, rootDir } from '../scripts/next-build.mjs';
import { expect, test } from './fixtures';

// A server that only serves (JYLNAMA_READ_FOLDER=off), reaching PostgreSQL through a TCP relay this test can cut:
// it holds the events and a summary of each article, reads an article's text from the database when a page asks,
// answers 503 with a readable page while the database is away, and comes back by itself. A second server, on the
// database directly, reads the seeds and publishes the corpus. Ports: twelve and thirteen above the suite's first.
const BASE_PORT = Number(process.env.JYLNAMA_E2E_PORT || 3100) + 12;

/** A TCP relay to the PostgreSQL server that can be cut (every connection dropped, none taken) and restored. */
class Relay {
  private server: Server | null = null;
  private readonly sockets = new Set<Socket>();
  port = 0;

  constructor(private readonly target: { host: string; port: number }) {}

  async open(): Promise<void> {
    this.server = createServer((client) => {
      const upstream = connect(this.target.port, this.target.host);
      for (const s of [client, upstream]) {
        this.sockets.add(s);
        s.on('close', () => this.sockets.delete(s));
        s.on('error', () => s.destroy());
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve) => this.server!.listen(this.port, '127.0.0.1', resolve));
    const address = this.server.address();
    this.port = typeof address === 'object' && address ? address.port : 0;
  }

  async cut(): Promise<void> {
    const closed = new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
    for (const s of this.sockets) s.destroy();
    await closed;
    this.server = null;
  }
}

async function status(url: string): Promise<number> {
  return (await fetch(url).catch(() => null))?.status ?? 0;
}

test.describe('a server that only serves, while its database goes away and comes back', () => {
  test.describe.configure({ mode: 'serial', timeout: 180_000 });
  // The outage page is a 503 on purpose; the browser logs the status of the document it loaded.
  test.use({ allowConsoleErrors: [/Failed to load resource: the server responded with a status of 503/] });
  const database = `jylnama_e2e_outage_${process.pid}_${Date.now().toString(36)}`;
  const folders: string[] = [];
  const servers: ChildProcess[] = [];
  const writer = `http://localhost:${BASE_PORT}`;
  const reader = `http://localhost:${BASE_PORT + 1}`;
  let relay: Relay;

  test.beforeAll(async () => {
    test.setTimeout(180_000);
    test.skip(
      process.env.JYLNAMA_E2E_STORE === 'server',
      'the same servers as on the first run of the suite: once is enough',
    );
    test.skip(!(await serverReachable()), `no PostgreSQL server at ${SERVER_URL}`);
    await adminQuery(SERVER_URL, `create database ${database}`);
    const direct = new URL(SERVER_URL);
    direct.pathname = `/${database}`;
    relay = new Relay({ host: direct.hostname, port: Number(direct.port || 5432) });
    await relay.open();
    const relayed = new URL(direct);
    relayed.host = `127.0.0.1:${relay.port}`;

    const folder = mkdtempSync(path.join(tmpdir(), 'jylnama-outage-'));
    cpSync(path.join(rootDir, 'seeds'), folder, { recursive: true });
    folders.push(folder);
    const start = (port: number, env: Record<string, string>) => {
      const child = spawn(process.execPath, nextStartArgs(port), {
        cwd: rootDir,
        env: { ...process.env, JYLNAMA_CACHE_DIR: 'off', ...env },
        stdio: ['ignore', 'ignore', 'inherit'],
      });
      servers.push(child);
    };
    start(BASE_PORT, { DATABASE_URL: direct.toString(), JYLNAMA_SEEDS_DIR: folder });
    await expect
      .poll(
        async () =>
          (
            (await (await fetch(`${writer}/api/health`).catch(() => null))?.json().catch(() => null)) as {
              corpus?: { databaseVersion?: number };
            } | null
          )?.corpus?.databaseVersion ?? 0,
        { timeout: 120_000 },
      )
      .toBeGreaterThan(0);
    start(BASE_PORT + 1, { DATABASE_URL: relayed.toString(), JYLNAMA_READ_FOLDER: 'off' });
    await expect.poll(() => status(`${reader}/api/health`), { timeout: 90_000 }).toBe(200);
  });

  test.afterAll(async () => {
    for (const s of servers) s.kill('SIGTERM');
    await relay?.cut().catch(() => {});
    for (const f of folders) rmSync(f, { recursive: true, force: true });
    if (servers.length > 0)
      await adminQuery(SERVER_URL, `drop database if exists ${database} with (force)`).catch(() => {});
  });

  test('serves the same events, and an article’s text read from the database', async ({ page }) => {
    const [a, b] = await Promise.all(
      [writer, reader].map(async (o) => (await fetch(`${o}/api/events?lang=en`)).json()),
    );
    expect(b.map((e: { id: string }) => e.id)).toEqual(a.map((e: { id: string }) => e.id));
    expect(b.length).toBeGreaterThan(0);
    const { articles } = (await (await fetch(`${writer}/api/articles`)).json()) as { articles: Array<{ id: string }> };
    const full = await (await fetch(`${writer}/api/articles/${encodeURIComponent(articles[0]!.id)}`)).json();
    expect(await (await fetch(`${reader}/api/articles/${encodeURIComponent(articles[0]!.id)}`)).json()).toEqual(full);
    await page.goto(`${reader}/articles/${encodeURIComponent(articles[0]!.id)}?lang=en`);
    await expect(page.getByTestId('article-text')).toContainText(
      full.text.slice(full.body.start, full.body.start + 40).trim(),
    );
    await expect(page.locator('mark').first()).toBeVisible();
  });

  test('answers 503 with a readable page while the database is away, and shows the timeline again by itself', async ({
    page,
  }) => {
    await relay.cut();
    await expect.poll(() => status(`${reader}/?lang=en`), { timeout: 10_000 }).toBe(503);
    expect(await status(`${reader}/api/events`)).toBe(503);
    expect(await status(`${reader}/api/health`)).toBe(503);
    await page.goto(`${reader}/?lang=en`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('The chronicle is briefly unavailable');
    await relay.open();
    // The page reloads itself every 5 s: the reader who kept it open sees the timeline, nothing clicked.
    await expect(page.getByRole('heading', { name: 'The chronicle is briefly unavailable' })).toBeHidden({
      timeout: 20_000,
    });
    await expect(page.getByTestId('event-list')).toBeVisible();
    expect(await status(`${reader}/api/health`)).toBe(200);
  });
});
