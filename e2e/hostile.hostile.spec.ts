import type { Page } from '@playwright/test';
import { apiEvents, type ApiEvent } from './corpus-api';
import {
  HOSTILE_BAD_FILES,
  HOSTILE_HUGE_FILE,
  HOSTILE_ODD_FILES,
  XSS_ARTICLE_ID,
  XSS_IMG,
  XSS_LINK,
  XSS_SCRIPT,
  XSS_TITLE,
  expect,
  test,
} from './fixtures';

/** No payload ran, and none became markup. */
async function expectInert(page: Page) {
  expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  await expect(page.locator('a[href^="javascript:"]')).toHaveCount(0);
}

test.describe('a seeds folder with unreadable files and a hostile article', () => {
  let events: ApiEvent[];
  let xssEvent: ApiEvent | undefined;
  test.beforeAll(async ({ request }) => {
    events = await apiEvents(request);
    xssEvent = events.find((e) => e.sources.some((s) => s.articleId === XSS_ARTICLE_ID));
  });

  test('lists every unreadable file on /articles with its name and a reason', async ({ page }) => {
    await page.goto('/articles?lang=en');
    const failures = page.getByRole('region', { name: /Files that could not be read/ });
    for (const fileName of Object.keys(HOSTILE_BAD_FILES)) {
      const row = failures.getByRole('row').filter({ hasText: fileName });
      await expect(row, fileName).toHaveCount(1);
      const reason = (await row.getByRole('cell').nth(1).textContent())?.trim() ?? '';
      expect(reason.length, `${fileName} has a reason`).toBeGreaterThan(5);
    }
    await expect(page.getByTestId('articles-table')).toContainText(XSS_TITLE);
    const huge = failures.getByRole('row').filter({ hasText: HOSTILE_HUGE_FILE });
    await expect(huge.getByRole('cell').nth(1)).toHaveText(/52428800 bytes; the limit is 2097152/);
    await expectInert(page);
  });

  test('reads every odd but valid article, lists it under its file name and opens its page', async ({ page }) => {
    await page.goto('/articles?lang=en');
    const table = page.getByTestId('articles-table');
    for (const [fileName, { problem, reported }] of Object.entries(HOSTILE_ODD_FILES)) {
      const row = table.getByRole('row').filter({ hasText: fileName });
      await expect(row, `${fileName} (${problem})`).toHaveCount(1);
      if (reported) await expect(row, `${fileName}: its problem is reported`).toContainText(reported);
    }
    for (const fileName of ['with spaces in name.txt', 'Қазақша атау.txt', 'rtl-override.txt']) {
      await page.goto('/articles?lang=en');
      await page
        .getByTestId('articles-table')
        .getByRole('row')
        .filter({ hasText: fileName })
        .getByRole('link')
        .first()
        .click();
      await expect(page.getByTestId('article-text'), fileName).toContainText('брифинг өткізді');
      await expectInert(page);
    }
  });

  test('still shows the seed events on the timeline', async ({ page }) => {
    await page.goto('/?lang=en');
    const timeline = page.getByRole('region', { name: 'Timeline of events' });
    for (const type of ['state-visit', 'summit']) {
      const e = events.find((x) => x.type === type);
      expect(e, type).toBeDefined();
      await expect(timeline.getByRole('button', { name: e?.title })).toBeVisible();
    }
    await expectInert(page);
  });

  test('shows the hostile article as text on its page', async ({ page }) => {
    await page.goto(`/articles/${XSS_ARTICLE_ID}?lang=en`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(XSS_TITLE);
    const text = page.getByTestId('article-text');
    for (const payload of [XSS_IMG, XSS_SCRIPT, XSS_LINK]) await expect(text).toContainText(payload);
    await expectInert(page);
  });

  test('the hostile article yields a timeline event', async () => {
    expect(xssEvent, `an event extracted from ${XSS_ARTICLE_ID}.txt (its 20 November briefing)`).toBeDefined();
  });

  test('shows the hostile title as text on the timeline, in the details panel and on the permalink', async ({
    page,
  }) => {
    test.skip(!xssEvent, 'no event was extracted from the hostile article (see the previous test)');
    const e = xssEvent as ApiEvent;
    await page.goto('/?lang=en');
    await page
      .getByRole('region', { name: 'Timeline of events' })
      .getByRole('button', { name: e.title })
      .first()
      .click();
    const panel = page.getByRole('complementary', { name: 'Event details' });
    await expect(panel).toContainText(XSS_TITLE);
    await expectInert(page);

    await page.goto(`/events/${e.id}?lang=en`);
    await expect(page.getByRole('main')).toContainText(XSS_TITLE);
    const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? 'null') as {
      name: string;
    };
    expect(ld.name).toBe(e.title);
    await expectInert(page);

    await page.getByRole('main').getByRole('link', { name: 'Open in article' }).first().click();
    await expect(page).toHaveURL(new RegExp(`/articles/${XSS_ARTICLE_ID}`));
    await expectInert(page);
  });
});
