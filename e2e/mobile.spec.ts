import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { apiEvents, eventOfType } from './corpus-api';
import { expect, test } from './fixtures';

// Runs in the `phone` (390×844) and `tablet` (820×1180) projects only (playwright.config.ts): below the `md`
// breakpoint (768 px) a stream of cards stands for the timeline; from it up, the timeline itself.
const isPhone = (page: Page) => (page.viewportSize()?.width ?? 0) < 768;

/** Axe with WCAG 2.2 AA as well: on a touch screen, target size matters (24×24 px at least). */
async function axe(page: Page) {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`);
}

async function noSidewaysScroll(page: Page) {
  const { scroll, client } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
  expect(scroll, `${page.url()} scrolls sideways`).toBeLessThanOrEqual(client);
}

test.describe('phone and tablet', () => {
  test('the first screen shows events, in every language, and nothing scrolls sideways', async ({ page, request }) => {
    const events = await apiEvents(request);
    const visit = eventOfType(events, 'state-visit');
    for (const lang of ['kk', 'ru', 'en']) {
      await page.goto(`/?lang=${lang}`);
      if (isPhone(page)) {
        const card = page.getByTestId('event-stream').locator('li[data-event-id]').first();
        await expect(card).toBeVisible();
        // The whole first card is on the first screen: events come before anything else of length.
        const box = await card.boundingBox();
        expect(box && box.y + box.height).toBeLessThanOrEqual(page.viewportSize()!.height);
        // vis-timeline is not even loaded on a phone.
        await expect(page.locator('.vis-timeline')).toHaveCount(0);
        // ... so there is no picture of it to take.
        await expect(page.locator('.png-export')).toBeHidden();
      } else {
        await expect(page.locator('.vis-timeline')).toBeVisible();
        await expect(page.getByTestId('event-stream')).toBeHidden();
        await expect(page.locator('.png-export')).toBeVisible();
      }
      await noSidewaysScroll(page);
    }
    // A narrow embed (a phone, a sidebar) gets the stream too.
    await page.goto('/embed?lang=en');
    await expect(isPhone(page) ? page.getByTestId('event-stream') : page.locator('.vis-timeline')).toBeVisible();
    for (const url of [
      `/events/${visit.id}`,
      `/articles/${visit.sources[0]!.articleId}`,
      '/articles',
      '/present',
      '/embed',
    ]) {
      await page.goto(url);
      await noSidewaysScroll(page);
    }
  });

  test('the filters fold into one button that counts them', async ({ page }) => {
    test.skip(!isPhone(page), 'the filters fold on a phone only');
    await page.goto('/?lang=en');
    const fold = page.getByTestId('filter-fold');
    await expect(fold).toHaveText('Filters');
    await expect(fold).toHaveAttribute('aria-expanded', 'false');
    await expect(page.getByLabel('Event type', { exact: true })).toBeHidden();
    await fold.click();
    await expect(fold).toHaveAttribute('aria-expanded', 'true');
    const cards = page.getByTestId('event-stream').locator('li[data-event-id]');
    const before = await cards.count();
    await page.getByLabel('Event type', { exact: true }).selectOption('state-visit');
    await expect(fold).toHaveText('Filters (1)');
    await expect(cards).toHaveCount(1);
    expect(before).toBeGreaterThan(1);
    // Folded again, the count still says that a filter is on.
    await fold.click();
    await expect(page.getByLabel('Event type', { exact: true })).toBeHidden();
    await expect(fold).toHaveText('Filters (1)');
    // A filtered link opens folded, with its count.
    await page.goto('/?lang=en&type=talks&q=Tashkent');
    await expect(page.getByTestId('filter-fold')).toHaveText('Filters (2)');
  });

  test('a card opens its key sentence with one tap, in the source language, linked to the article', async ({
    page,
    request,
  }) => {
    test.skip(!isPhone(page), 'the stream is the phone layout');
    const visit = eventOfType(await apiEvents(request), 'state-visit');
    await page.goto('/?lang=ru');
    const card = page.locator(`li[data-event-id="${visit.id}"]`);
    const quote = card.locator('blockquote');
    await expect(quote).toBeHidden();
    await card.getByText('Источник', { exact: true }).tap();
    await expect(quote).toBeVisible();
    await expect(quote).toHaveAttribute('lang', 'kk');
    const text = (await quote.textContent()) ?? '';
    expect(visit.sources.some((s) => text.includes(s.quote))).toBe(true);
    await expect(card.getByRole('link', { name: /, / }).last()).toHaveAttribute('href', /\/articles\/.+#m-\d+-\d+/);
    await card.getByRole('link').first().tap();
    await expect(page).toHaveURL(new RegExp(`/events/${visit.id}`));
  });

  test('arrow keys move between cards; a shared event link opens on its card', async ({ page, request }) => {
    test.skip(!isPhone(page), 'the stream is the phone layout');
    const events = await apiEvents(request);
    const visit = eventOfType(events, 'state-visit');
    await page.goto(`/?lang=en&event=${visit.id}`);
    const selected = page.getByTestId('event-stream').locator('li[data-selected]');
    await expect(selected).toHaveAttribute('data-event-id', visit.id);
    await expect(selected.locator('blockquote')).toBeVisible();
    const titles = page.locator('.stream-title');
    await titles.first().focus();
    await page.keyboard.press('ArrowDown');
    await expect(titles.nth(1)).toBeFocused();
    await page.keyboard.press('k');
    await expect(titles.first()).toBeFocused();
    await page.keyboard.press('End');
    await expect(titles.last()).toBeFocused();
  });

  test('while a search is typed the cards come best match first, as the list and the API order them', async ({
    page,
    request,
  }) => {
    test.skip(!isPhone(page), 'the stream is the phone layout');
    for (const q of ['Ташкент', 'Tokayev']) {
      const res = await request.get(`/api/events?lang=en&q=${encodeURIComponent(q)}`);
      const ranked = ((await res.json()) as { events: { id: string; start: string | null }[] }).events
        .filter((e) => e.start !== null)
        .map((e) => e.id);
      expect(ranked.length).toBeGreaterThan(1);
      await page.goto(`/?lang=en&q=${encodeURIComponent(q)}`);
      const stream = page.getByTestId('event-stream');
      await expect(stream.getByTestId('stream-ranked')).toBeVisible();
      await expect(stream.locator('li[data-event-id]')).toHaveCount(ranked.length);
      expect(
        await stream
          .locator('li[data-event-id]')
          .evaluateAll((cards) => cards.map((c) => c.getAttribute('data-event-id'))),
      ).toEqual(ranked);
    }
    // Without a search the stream is by month again.
    await page.goto('/?lang=en');
    await expect(page.getByTestId('event-stream').locator('h3 time').first()).toBeVisible();
    await expect(page.getByTestId('stream-ranked')).toHaveCount(0);
  });

  test('the timeline, an event, an article and the sources have no axe violations (WCAG 2.2 AA)', async ({
    page,
    request,
  }) => {
    const visit = eventOfType(await apiEvents(request), 'state-visit');
    for (const url of [
      '/?lang=kk',
      `/?lang=en&event=${visit.id}`,
      `/events/${visit.id}?lang=ru`,
      `/articles/${visit.sources[0]!.articleId}`,
      '/articles?lang=en',
    ]) {
      await page.goto(url);
      if (url.startsWith('/?'))
        await expect(isPhone(page) ? page.getByTestId('event-stream') : page.locator('.vis-timeline')).toBeVisible();
      expect(await axe(page), url).toEqual([]);
    }
  });
});
