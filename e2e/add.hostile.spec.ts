import { readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { APIRequestContext } from '@playwright/test';
import { expect, test } from './fixtures';

// The hostile server has JYLNAMA_EDITOR_TOKEN set and a scratch seeds folder (see playwright.config.ts).
const dir = process.env.JYLNAMA_HOSTILE_SEEDS_DIR!;
const token = process.env.JYLNAMA_E2E_EDITOR_TOKEN!;
const listing = () => readdirSync(dir).sort();
/**
 * Files that appeared since `before` and hold `text`: what this spec wrote. The other specs of the hostile project
 * add and remove their own articles in the same folder meanwhile, so the folder as a whole is not compared.
 */
const writtenSince = (before: string[], text: string) => listing().filter((n) => !before.includes(n) && holds(n, text));
/** Whether the file `name` holds `text`; a file another spec removed between the listing and the read holds nothing. */
function holds(name: string, text: string): boolean {
  try {
    return readFileSync(path.join(dir, name), 'utf8').includes(text);
  } catch {
    return false;
  }
}

const ARTICLE = (title: string) =>
  ` date 2025-11-22 ${title}\nАСТАНА. KAZINFORM – 22 қарашада Президент Қасым-Жомарт Тоқаев Астанада брифинг өткізді.\n`;

async function post(
  request: APIRequestContext,
  form: Record<string, string | { name: string; mimeType: string; buffer: Buffer }>,
  auth: string | null = token,
) {
  return request.post('/api/articles?lang=en', {
    multipart: form,
    headers: auth === null ? {} : { Authorization: `Bearer ${auth}` },
  });
}

test.describe('adding articles', () => {
  const added: string[] = [];
  test.afterAll(() => {
    for (const name of added) rmSync(path.join(dir, name), { force: true });
  });

  test('without the token or with a wrong one: 401/403 and nothing written', async ({ request }) => {
    const before = listing();
    const none = await post(request, { mode: 'save', text: ARTICLE('Токенсіз') }, null);
    expect(none.status()).toBe(401);
    expect(((await none.json()) as { error: string }).error).toMatch(/token/);
    expect((await post(request, { mode: 'save', text: ARTICLE('Қате токен') }, 'wrong-token-000000')).status()).toBe(
      403,
    );
    expect(writtenSince(before, 'Токенсіз')).toEqual([]);
    expect(writtenSince(before, 'Қате токен')).toEqual([]);
  });

  test('an article over 2 MB is a 413 with a clear message, nothing written', async ({ request }) => {
    const before = listing();
    const big = Buffer.alloc(2 * 1024 * 1024 + 1, 0x61);
    const res = await post(request, { mode: 'save', file: { name: 'big.txt', mimeType: 'text/plain', buffer: big } });
    expect(res.status()).toBe(413);
    expect(((await res.json()) as { error: string }).error).toMatch(/big\.txt.*limit is 2\.0 MB/);
    expect(writtenSince(before, 'a'.repeat(64))).toEqual([]);
  });

  test('a name with ../ cannot escape the folder; Windows-1251 is converted and said so', async ({ request }) => {
    const ru =
      'Переговоры в Астане\nАСТАНА. KAZINFORM – Сегодня президенты Казахстана и Узбекистана провели переговоры в Астане.\n';
    // Windows-1251 by hand: А…я are 0xC0…0xFF, the en dash is 0x96.
    const bytes = Buffer.from(
      [...ru].map((c) => {
        const code = c.charCodeAt(0);
        return code < 128 ? code : code === 0x2013 ? 0x96 : code - 0x410 + 0xc0;
      }),
    );
    const res = await post(request, {
      mode: 'save',
      date: '2025-11-23',
      file: { name: '../../escape.txt', mimeType: 'text/plain', buffer: bytes },
    });
    expect(res.status()).toBe(200);
    const { items } = (await res.json()) as {
      items: { status: string; fileName: string; encoding: string; notes: string[] }[];
    };
    expect(items[0]).toMatchObject({ status: 'added', encoding: 'Windows-1251' });
    expect(items[0]!.notes.join(' ')).toMatch(/converted from Windows-1251/);
    added.push(items[0]!.fileName);
    expect(items[0]!.fileName).not.toMatch(/[/\\]|\.\./);
    expect(readFileSync(path.join(dir, items[0]!.fileName), 'utf8')).toContain('Переговоры в Астане');
  });

  test('the Add page previews, saves, and the article reaches the Sources page; saving again skips it', async ({
    page,
  }) => {
    const title = `Қосу беті ${Date.now()}`;
    await page.goto('/add?lang=en');
    await page.getByLabel('Editor token').fill(token);
    await page.getByLabel('Article text').fill(ARTICLE(title));
    await page.getByRole('button', { name: 'Preview' }).click();
    const results = page.getByTestId('add-results');
    await expect(results.getByTestId('add-status')).toHaveText(/preview, not saved yet/);
    await expect(results).toContainText('2025-11-22');
    await expect(results).toContainText('брифинг өткізді');
    const before = listing();
    expect(before.filter((n) => n.includes('қосу-беті'))).toEqual([]);

    await page.getByRole('button', { name: 'Save' }).click();
    await expect(results.getByTestId('add-status')).toHaveText(/^added/);
    const [name, ...more] = writtenSince(before, title);
    expect(name, 'one new file').toBeDefined();
    expect(more).toEqual([]);
    added.push(name!);

    await page.goto('/articles?lang=en');
    await expect(page.getByTestId('articles-table')).toContainText(title);

    await page.goto('/add?lang=en');
    await page.getByLabel('Editor token').fill(token);
    await page.getByLabel('Article text').fill(ARTICLE(title));
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByTestId('add-results').getByTestId('add-status')).toHaveText(/already present/);
  });
});

test.describe('a file dropped into the folder', () => {
  test('appears, changes and disappears in the running app without a restart', async ({ request }) => {
    const name = `dropped-${Date.now()}.txt`;
    const file = path.join(dir, name);
    const titles = async () =>
      ((await (await request.get('/api/articles')).json()) as { articles: { fileName: string; title: string }[] })
        .articles;
    try {
      await (await import('node:fs/promises')).writeFile(file, ARTICLE('Тасталған файл'));
      await expect
        .poll(async () => (await titles()).find((a) => a.fileName === name)?.title, { timeout: 5000 })
        .toBe('Тасталған файл');
      await (await import('node:fs/promises')).writeFile(file, ARTICLE('Өзгерген файл'));
      await expect
        .poll(async () => (await titles()).find((a) => a.fileName === name)?.title, { timeout: 5000 })
        .toBe('Өзгерген файл');
    } finally {
      rmSync(file, { force: true });
    }
    await expect.poll(async () => (await titles()).some((a) => a.fileName === name), { timeout: 5000 }).toBe(false);
  });
});
