import AxeBuilder from '@axe-core/playwright';
import { apiEvents, eventOfType } from './corpus-api';
import { expect, test } from './fixtures';

async function axe(page: import('@playwright/test').Page) {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`);
}

test.describe('accessibility (axe)', () => {
  test('the timeline, an event, an article and the briefing have no violations', async ({ page, request }) => {
    const events = await apiEvents(request);
    const visit = eventOfType(events, 'state-visit');
    const article = visit.sources[0]?.articleId ?? '';
    for (const url of [
      '/',
      `/?lang=en&event=${visit.id}`,
      `/events/${visit.id}`,
      `/articles/${article}`,
      '/present?lang=ru',
      '/present/presenter?lang=kk',
      '/embed',
      '/present/print',
    ]) {
      await page.goto(url);
      // On a phone (the `phone` project) the home page and the embed draw a stream of cards instead of the timeline.
      const stream =
        (url.startsWith('/?') || url === '/' || url === '/embed') && (page.viewportSize()?.width ?? 0) < 768;
      if (stream) await expect(page.getByTestId('event-stream')).toBeVisible();
      else if (url.startsWith('/?') || url === '/' || url === '/embed')
        await expect(page.locator('.vis-timeline')).toBeVisible();
      expect(await axe(page), url).toEqual([]);
    }
  });

  test('every filter and share control is reachable with Tab and shows a focus ring', async ({ page }) => {
    await page.goto('/?lang=en');
    const phone = (page.viewportSize()?.width ?? 0) < 768;
    await expect(phone ? page.getByTestId('event-stream') : page.locator('.vis-timeline')).toBeVisible();
    const seen = new Set<string>();
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      const info = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        // Past the last control focus leaves the page (a phone's page has fewer controls than 40 Tabs).
        if (!el || el === document.body) return null;
        const style = getComputedStyle(el);
        return {
          name: el.getAttribute('aria-label') ?? el.textContent?.trim() ?? '',
          outline: style.outlineStyle !== 'none' && style.outlineWidth !== '0px',
        };
      });
      if (!info) continue;
      expect(info.outline, `focus ring on "${info.name}"`).toBe(true);
      seen.add(info.name);
    }
    // On a phone the filters are one button and the stream is the list (no link to skip to it).
    const expected = phone
      ? ['Filters', 'Copy link to this view', 'Present', 'Calendar (.ics)']
      : ['Skip to the list of events', 'Copy link to this view', 'Present', 'Calendar (.ics)'];
    for (const name of expected) expect([...seen]).toContain(name);
  });
});
