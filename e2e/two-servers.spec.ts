import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { adminQuery, SERVER_BASE_URL as SERVER_URL, serverReachable } from '../scripts/e2e-databases.mjs';
import { nextStartArgs, rootDir } from '../scripts/next-build.mjs';
import { expect, test } from './fixtures';
import { healthy } from './servers';

// Two app servers over one PostgreSQL server (issue 12): an article added through one is served by the other,
// whose own folder never sees the file: it comes through the database (NOTIFY). Each server has its own copy of
// the seeds, so that nothing but the database can carry it across.
// Ten above the suite's first port (3300 + 6 would be MariaDB's 3306).
const BASE_PORT = Number(process.env.JYLNAMA_E2E_PORT || 3100) + 10;
const TOKEN = 'two-servers-token-not-secret';

test.describe('two app servers over one PostgreSQL', () => {
  test.describe.configure({ mode: 'serial', timeout: 180_000 });
  const database = `jylnama_e2e_${process.pid}_${Date.now().toString(36)}`;
  const folders: string[] = [];
  const servers: ChildProcess[] = [];
  const origins = [`http://localhost:${BASE_PORT}`, `http://localhost:${BASE_PORT + 1}`];

  test.beforeAll(async () => {
    test.setTimeout(180_000);
    test.skip(
      process.env.JYLNAMA_E2E_STORE === 'server',
      'the same servers as on the first run of the suite: once is enough',
    );
    test.skip(!(await serverReachable()), `no PostgreSQL server at ${SERVER_URL}`);
    await adminQuery(SERVER_URL, `create database ${database}`);
    const url = new URL(SERVER_URL);
    url.pathname = `/${database}`;
    for (let i = 0; i < 2; i++) {
      const folder = mkdtempSync(path.join(tmpdir(), `jylnama-two-${i}-`));
      cpSync(path.join(rootDir, 'seeds'), folder, { recursive: true });
      folders.push(folder);
      const child = spawn(process.execPath, nextStartArgs(BASE_PORT + i), {
        cwd: rootDir,
        env: {
          ...process.env,
          DATABASE_URL: url.toString(),
          JYLNAMA_SEEDS_DIR: folder,
          JYLNAMA_EDITOR_TOKEN: TOKEN,
          JYLNAMA_CACHE_DIR: 'off',
        },
        stdio: ['ignore', 'ignore', 'inherit'],
      });
      servers.push(child);
      // One after the other: the first merges and publishes, the second finds the corpus in the database.
      await healthy(origins[i]!);
    }
  });

  test.afterAll(async () => {
    for (const s of servers) s.kill('SIGTERM');
    for (const f of folders) rmSync(f, { recursive: true, force: true });
    if (servers.length > 0)
      await adminQuery(SERVER_URL, `drop database if exists ${database} with (force)`).catch(() => {});
  });

  test('both report the same corpus from the database; the second parsed nothing of it', async ({ request }) => {
    const [a, b] = await Promise.all(origins.map(async (o) => (await request.get(`${o}/api/health`)).json()));
    expect(a.database).toMatchObject({ kind: 'server', reachable: true });
    expect(a.database.where).not.toContain('@127.0.0.1:5432/postgres');
    expect(a.corpus).toMatchObject({ served: true, mergedHere: true });
    expect(b.corpus).toMatchObject({
      served: true,
      mergedHere: false,
      events: a.corpus.events,
      articles: a.corpus.articles,
      databaseVersion: a.corpus.databaseVersion,
    });
  });

  test('an article added through one server is on the other’s timeline within 2 s', async ({ page }) => {
    const title = `Екі сервер ${Date.now()}`;
    await page.goto(`${origins[0]}/add?lang=en`);
    await page.getByLabel('Editor token').fill(TOKEN);
    await page
      .getByLabel('Article text')
      .fill(
        ` date 2025-11-24 ${title}\nАСТАНА. KAZINFORM – 24 қарашада Президент Қасым-Жомарт Тоқаев Астанада Өзбекстан Сыртқы істер министрін қабылдады.\n`,
      );
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByTestId('add-results').getByTestId('add-status')).toHaveText(/^added/);
    const saved = Date.now();
    await expect
      .poll(
        async () =>
          (
            (await (await fetch(`${origins[1]}/api/articles`)).json()) as { articles: Array<{ title: string }> }
          ).articles.some((x) => x.title === title),
        { timeout: 2000, intervals: [100] },
      )
      .toBe(true);
    test.info().annotations.push({ type: 'seen on the second server after', description: `${Date.now() - saved} ms` });
    await page.goto(`${origins[1]}/articles?lang=en`);
    await expect(page.getByText(title)).toBeVisible();
  });
});
