import { readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures';

// The Add form works before its script loads, or without JavaScript: a POST to the page's action, never a GET that
// would put the token and the text in the address, the history, the logs and the Referer (issue 11).
const dir = process.env.JYLNAMA_HOSTILE_SEEDS_DIR!;
const token = process.env.JYLNAMA_E2E_EDITOR_TOKEN!;

test.describe('the Add page without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  // Other specs write into the same folder at the same time: this one knows its files by their title.
  const ours = () => readdirSync(dir).filter((n) => n.includes('жаваскриптсіз'));
  test.afterAll(() => {
    for (const n of ours()) rmSync(path.join(dir, n), { force: true });
  });

  test('previews and saves by POST; the token is never in a URL', async ({ page }) => {
    const urls: string[] = [];
    page.on('request', (r) => urls.push(r.url()));
    await page.goto('/add?lang=en');
    await expect(page.getByTestId('add-form')).toHaveAttribute('method', /^post$/i);
    await page.getByLabel('Editor token').fill(token);
    await page
      .getByLabel('Article text')
      .fill(
        ` date 2025-11-23 Жаваскриптсіз ${Date.now()}\nАСТАНА. KAZINFORM – 23 қарашада Президент Қасым-Жомарт Тоқаев Астанада брифинг өткізді.\n`,
      );
    const [preview] = await Promise.all([
      page.waitForRequest((r) => r.isNavigationRequest() && r.method() === 'POST'),
      page.getByRole('button', { name: 'Preview' }).click(),
    ]);
    expect(preview.method()).toBe('POST');
    await expect(page.getByTestId('add-results').getByTestId('add-status')).toHaveText(/preview, not saved yet/);
    for (const url of urls) expect(url, 'no token in any address').not.toContain(token);
    expect(page.url()).not.toContain('token');

    await page.getByLabel('Editor token').fill(token);
    await page
      .getByLabel('Article text')
      .fill(
        ` date 2025-11-23 Жаваскриптсіз сақталды ${Date.now()}\nАСТАНА. KAZINFORM – 23 қарашада Президент Қасым-Жомарт Тоқаев Астанада брифинг өткізді.\n`,
      );
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByTestId('add-results').getByTestId('add-status')).toHaveText(/^added/);
    expect(ours().filter((n) => n.includes('сақталды'))).toHaveLength(1);
    for (const url of urls) expect(url).not.toContain(token);
  });

  test('a wrong token is refused on the page, and nothing is written', async ({ page }) => {
    await page.goto('/add?lang=en');
    await page.getByLabel('Editor token').fill('not-the-token-at-all');
    await page
      .getByLabel('Article text')
      .fill(' date 2025-11-23 Жаваскриптсіз қате токен\nАСТАНА. KAZINFORM – Брифинг өтті.\n');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('alert')).toContainText('not valid');
    expect(ours().filter((n) => n.includes('қате'))).toEqual([]);
  });
});
