import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

// The `windowed` project's server reads 1,500 synthetic articles with JYLNAMA_INLINE_EVENTS=100 (see
// playwright.config.ts): the timeline page carries one window and loads the others from /api/events.

interface TimelineEvent {
  id: string;
  type: string;
  typeLabel: string;
  title: string;
  start: string;
  end: string | null;
}

interface WindowAnswer {
  total: number;
  events: TimelineEvent[];
  clusters: Array<{ start: string; end: string; count: number }>;
}

const timeline = (page: Page) => page.getByRole('region', { name: 'Timeline of events' });
const list = (page: Page) => page.getByRole('region', { name: 'Events in view' });
const windowRequests = (page: Page) => {
  const seen: URL[] = [];
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (url.pathname === '/api/events' && url.searchParams.get('shape') === 'timeline') seen.push(url);
  });
  return seen;
};

/** A calendar month of the corpus with a handful of events in it. */
async function quietMonth(
  request: import('@playwright/test').APIRequestContext,
): Promise<{ from: string; to: string; events: TimelineEvent[] }> {
  const all = (await (
    await request.get('/api/events?from=2010-01-01&to=2030-12-31&shape=timeline&limit=5000&lang=en')
  ).json()) as WindowAnswer;
  expect(all.events.length).toBeGreaterThan(100);
  const byMonth = new Map<string, TimelineEvent[]>();
  for (const e of all.events)
    if (e.start.length === 10) byMonth.set(e.start.slice(0, 7), [...(byMonth.get(e.start.slice(0, 7)) ?? []), e]);
  const [month, events] = [...byMonth].find(([, es]) => es.length >= 3 && es.length <= 12)!;
  return { from: `${month}-01`, to: `${month}-28`, events };
}

test.describe('a large corpus, a window at a time', () => {
  test('opens zoomed out on counts per period, and the page does not carry every event', async ({ page, request }) => {
    const response = await page.goto('/?lang=en');
    const html = (await response!.text()).length;
    const all = (await (await request.get('/api/events?lang=en')).json()) as unknown[];
    expect(all.length).toBeGreaterThan(100);
    // Every event with its evidence would be several hundred KB; one window's counts are a few KB of data.
    expect(html).toBeLessThan(200_000);
    const buckets = timeline(page).getByRole('button', { name: /events from .*: zoom in to see them/ });
    await expect(buckets.first()).toBeVisible();
    expect(await buckets.count()).toBeGreaterThan(5);
    await expect(list(page).getByTestId('window-buckets').getByRole('link').first()).toBeVisible();
    await expect(page.getByTestId('filter-count')).toContainText(`of ${all.length} events shown`);
  });

  test('opening a count zooms to its period and loads its events', async ({ page }) => {
    const requests = windowRequests(page);
    await page.goto('/?lang=en');
    const before = await page.getByTestId('timeline-window').textContent();
    const bucket = timeline(page)
      .getByRole('button', { name: /events from .*: zoom in to see them/ })
      .nth(3);
    await bucket.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('timeline-window')).not.toHaveText(before ?? '');
    await expect.poll(() => requests.length).toBeGreaterThan(0);
    // Zoomed in far enough, the counts give way to events (vis-timeline may still group overlapping ones).
    for (let i = 0; i < 6 && (await timeline(page).locator('.vis-item.ev').count()) === 0; i++) {
      await timeline(page).focus();
      await page.keyboard.press('+');
      await page.waitForTimeout(300);
    }
    await expect(timeline(page).locator('.vis-item.ev').first()).toBeAttached();
    await expect(list(page).getByRole('listitem').first()).toBeVisible();
  });

  test('a window in the URL opens on its events; the list mirrors what was loaded', async ({ page, request }) => {
    const month = await quietMonth(request);
    await page.goto(`/?from=${month.from}&to=${month.to}&lang=en`);
    for (const e of month.events) {
      // The type is said once: as the title's own words, or before the title when the title does not name it.
      const name = e.title.toLowerCase().includes(e.typeLabel.toLowerCase())
        ? `${e.title}. `
        : `${e.typeLabel}: ${e.title}. `;
      await expect(timeline(page).getByRole('button', { name, exact: false }).first()).toBeAttached();
    }
    const rows = list(page).getByRole('listitem');
    await expect(rows.first()).toBeVisible();
    const ids = await rows.evaluateAll((els) => els.map((el) => el.getAttribute('data-event-id')));
    for (const e of month.events) expect(ids).toContain(e.id);
    await expect(page.getByTestId('filter-count')).toContainText(`${ids.length} of`);
  });

  test('panning loads the next window from the server', async ({ page, request }) => {
    const month = await quietMonth(request);
    const requests = windowRequests(page);
    await page.goto(`/?from=${month.from}&to=${month.to}&lang=en`);
    await expect(list(page).getByRole('listitem').first()).toBeVisible();
    // The list is server-rendered; the keys pan only once the timeline is drawn (and its handlers attached).
    await expect(timeline(page).locator('.vis-item').first()).toBeAttached();
    await timeline(page).focus();
    for (let i = 0; i < 8; i++) await page.keyboard.press('ArrowRight');
    await expect.poll(() => requests.length).toBeGreaterThan(0);
    const last = requests[requests.length - 1]!;
    expect(last.searchParams.get('from')! > month.from).toBe(true);
    await expect(page).toHaveURL(/from=/);
    expect(new URL(page.url()).searchParams.get('from')! > month.from).toBe(true);
  });

  test('an event loaded with a window opens its details and evidence from the server', async ({ page, request }) => {
    const month = await quietMonth(request);
    const target = month.events[0]!;
    await page.goto(`/?from=${month.from}&to=${month.to}&lang=en`);
    const row = list(page).locator(`[data-event-id="${target.id}"]`);
    await expect(row.getByRole('link', { name: target.title, exact: true })).toHaveAttribute(
      'href',
      `/events/${target.id}?lang=en`,
    );
    await row.getByRole('link', { name: /^Show details/ }).click();
    const panel = page.getByTestId('details-panel');
    await expect(panel.getByRole('heading', { level: 3, name: target.title })).toBeVisible();
    await expect(panel.getByText('Source sentences')).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`event=${target.id}`));
    // The shared link opens the same event, its panel rendered on the server and its period on the timeline.
    await page.goto(`/?event=${encodeURIComponent(target.id)}&lang=en`);
    await expect(
      page.getByTestId('details-panel').getByRole('heading', { level: 3, name: target.title }),
    ).toBeVisible();
    await expect(list(page).locator(`[data-event-id="${target.id}"]`)).toHaveAttribute('data-selected', 'true');
  });

  test('a filter is applied by the server, and the timeline asks for that type only', async ({ page, request }) => {
    const month = await quietMonth(request);
    const type = month.events[0]!.type;
    const label = month.events[0]!.typeLabel;
    const requests = windowRequests(page);
    await page.goto(`/?from=${month.from}&to=${month.to}&lang=en`);
    await page.getByTestId('filters').getByLabel('Event type').selectOption(type);
    await expect(page).toHaveURL(new RegExp(`type=${type}`));
    const rows = list(page).getByRole('listitem');
    await expect(rows.first()).toBeVisible();
    for (const badge of await rows.locator('.type-badge').allTextContents()) expect(badge).toBe(label);
    await timeline(page).focus();
    for (let i = 0; i < 8; i++) await page.keyboard.press('ArrowRight');
    await expect.poll(() => requests.filter((u) => u.searchParams.get('type') === type).length).toBeGreaterThan(0);
  });
});

test.describe('a large corpus, accessibly', () => {
  test('the windowed timeline, zoomed out (counts) and in (events, one selected), has no axe violations', async ({
    page,
    request,
  }) => {
    const month = await quietMonth(request);
    for (const url of [
      '/?lang=en',
      `/?from=${month.from}&to=${month.to}&event=${encodeURIComponent(month.events[0]!.id)}&lang=en`,
      '/articles?lang=en',
    ]) {
      await page.goto(url);
      if (url.startsWith('/?')) await expect(page.locator('.vis-timeline')).toBeVisible();
      const result = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
        .analyze();
      expect(
        result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`),
        url,
      ).toEqual([]);
    }
  });
});

test.describe('a large corpus without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('lists counts per period, each a link that lists that period', async ({ page }) => {
    await page.goto('/?lang=en');
    await expect(page.getByText('The events of this period are listed below')).toBeVisible();
    const links = list(page).getByTestId('window-buckets').getByRole('link');
    expect(await links.count()).toBeGreaterThan(5);
    await links.nth(Math.floor((await links.count()) / 2)).click();
    await expect(page).toHaveURL(/from=\d{4}-\d{2}-\d{2}&to=/);
    const rows = list(page).getByRole('listitem');
    const buckets = list(page).getByTestId('window-buckets');
    // Either the period is small enough to list, or it is counted again, more finely.
    await expect(rows.first().or(buckets)).toBeVisible();
  });
});

test.describe('the other pages of a large corpus', () => {
  test('the Sources page lists the articles a page at a time', async ({ page, request }) => {
    const { articles } = (await (await request.get('/api/articles')).json()) as {
      articles: Array<{ fileName: string }>;
    };
    expect(articles.length).toBeGreaterThan(400);
    await page.goto('/articles?lang=en');
    const rows = page.getByTestId('articles-table').locator('tbody tr');
    await expect(rows).toHaveCount(200);
    const pages = page.getByTestId('article-pages').first();
    await expect(pages).toContainText(`Articles 1–200 of ${articles.length}`);
    await pages.getByRole('link', { name: 'Next page' }).click();
    await expect(page).toHaveURL(/page=2/);
    await expect(page.getByTestId('article-pages').first()).toContainText(`Articles 201–400 of ${articles.length}`);
    await expect(rows.first()).toHaveAttribute('data-article-id', articles[200]!.fileName.replace(/\.txt$/, ''));
  });

  test('a briefing of the whole corpus holds the first 300 events and says so; the period on screen is briefed whole', async ({
    page,
    request,
  }) => {
    await page.goto('/present?lang=en');
    await expect(page.getByTestId('briefing-truncated')).toContainText('This briefing has the first 300 of');
    await expect(page.getByText('Event 1 of 300')).toBeVisible();
    const month = await quietMonth(request);
    await page.goto(`/?from=${month.from}&to=${month.to}&lang=en`);
    await page.getByRole('link', { name: 'Present' }).click();
    await expect(page).toHaveURL(new RegExp(`from=${month.from}`));
    await expect(page.getByTestId('briefing-truncated')).toHaveCount(0);
    await expect(page.getByText(/^Event 1 of \d+$/)).toBeVisible();
  });
});
