import type { Locator, Page } from '@playwright/test';
import { ITEM_FRAME, apiEvents, eventOfType, type ApiEvent, itemName, itemNamePattern } from './corpus-api';
import { expect, test } from './fixtures';

const timeline = (page: Page) => page.getByRole('region', { name: 'Timeline of events' });
const caption = (page: Page) => page.getByText(/^Showing /);
const frameOf = (label: Locator) => label.locator(ITEM_FRAME);

async function box(locator: Locator) {
  const b = await locator.boundingBox();
  if (!b) throw new Error('not laid out');
  return b;
}

test.describe('zooming and panning the timeline', () => {
  let visit: ApiEvent;
  test.beforeAll(async ({ request }) => {
    visit = eventOfType(await apiEvents(request), 'state-visit');
  });

  const visitFrame = (page: Page) => frameOf(timeline(page).getByRole('button', { name: itemName(visit) }));

  test.beforeEach(async ({ page }) => {
    await page.goto('/?lang=en');
    await expect(visitFrame(page)).toBeVisible();
  });

  test('the initial window fits every dated event', async ({ page }) => {
    const area = await box(page.locator('.vis-panel.vis-center'));
    for (const label of await timeline(page).getByRole('button').all()) {
      const b = await box(frameOf(label));
      expect(b.x).toBeGreaterThanOrEqual(area.x);
      expect(b.x + b.width).toBeLessThanOrEqual(area.x + area.width);
    }
  });

  test('zoom buttons change the visible window, and "Fit all" brings it back', async ({ page }) => {
    const initialCaption = await caption(page).textContent();
    const initial = (await box(visitFrame(page))).width;

    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect(caption(page)).not.toHaveText(initialCaption ?? '');
    const zoomedIn = (await box(visitFrame(page))).width;
    expect(zoomedIn).toBeGreaterThan(initial * 1.2);

    await page.getByRole('button', { name: 'Zoom out' }).click();
    await page.getByRole('button', { name: 'Zoom out' }).click();
    await expect.poll(async () => (await box(visitFrame(page))).width).toBeLessThan(initial);

    await page.getByRole('button', { name: 'Fit all' }).click();
    await expect(caption(page)).toHaveText(initialCaption ?? '');
    expect(Math.abs((await box(visitFrame(page))).width - initial)).toBeLessThan(2);
  });

  test('keyboard: + and − zoom, ← and → pan, 0 fits all', async ({ page }) => {
    const initialCaption = await caption(page).textContent();
    const start = await box(visitFrame(page));
    await timeline(page).focus();
    await expect(timeline(page)).toBeFocused();

    await page.keyboard.press('+');
    await expect.poll(async () => (await box(visitFrame(page))).width).toBeGreaterThan(start.width * 1.2);
    await page.keyboard.press('-');
    await page.keyboard.press('-');
    await expect.poll(async () => (await box(visitFrame(page))).width).toBeLessThan(start.width);

    await page.keyboard.press('0');
    await expect(caption(page)).toHaveText(initialCaption ?? '');
    await page.keyboard.press('ArrowRight');
    await expect
      .poll(async () => (await box(visitFrame(page))).x, 'panning later moves items left')
      .toBeLessThan(start.x - 10);
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await expect
      .poll(async () => (await box(visitFrame(page))).x, 'panning earlier moves items right')
      .toBeGreaterThan(start.x + 10);
    await expect(caption(page)).not.toHaveText(initialCaption ?? '');
  });

  test('keyboard: Tab reaches the events, arrows move between them in time order', async ({ page }) => {
    const events = (await apiEvents(page.request)).filter((e) => e.start !== null);
    await timeline(page).focus();
    await page.keyboard.press('Tab');
    await expect(page.locator(':focus')).toHaveAttribute('role', 'button');
    await page.keyboard.press('Home');
    const first = page.locator(':focus');
    await expect(first).toHaveAccessibleName(itemNamePattern(visit));
    const seen = new Set<string>();
    for (let i = 0; i < events.length; i++) {
      seen.add((await page.locator(':focus').getAttribute('aria-label')) ?? '');
      await page.keyboard.press('ArrowRight');
    }
    expect(seen.size, 'every dated event is reachable with the arrow keys').toBe(events.length);
  });

  test('the mouse wheel zooms (vis-timeline)', async ({ page }) => {
    const start = (await box(visitFrame(page))).width;
    const area = await box(page.locator('.vis-panel.vis-center'));
    await page.mouse.move(area.x + area.width / 2, area.y + area.height / 2);
    await page.mouse.wheel(0, -300);
    await expect.poll(async () => (await box(visitFrame(page))).width).toBeGreaterThan(start);
  });
});
