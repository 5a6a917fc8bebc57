import type { Locator, Page } from '@playwright/test';
import { ITEM_FRAME, apiEvents, eventOfType, expectedDate, type ApiEvent, itemName } from './corpus-api';
import { expect, test } from './fixtures';

const TYPE_LABEL: Record<string, string> = {
  'state-visit': 'State visit',
  talks: 'Talks',
  'council-session': 'Council session',
  'joint-statement': 'Joint statement',
  summit: 'Summit',
  briefing: 'Briefing',
  'informal-visit': 'Informal visit',
};

const timeline = (page: Page) => page.getByRole('region', { name: 'Timeline of events' });
const item = (page: Page, e: ApiEvent) => timeline(page).getByRole('button', { name: itemName(e) });

async function box(locator: Locator) {
  const b = await locator.boundingBox();
  if (!b) throw new Error('not laid out');
  return b;
}

test.describe('the timeline of the seed articles', () => {
  let events: ApiEvent[];
  test.beforeAll(async ({ request }) => {
    events = await apiEvents(request);
  });

  test('shows the state visit as a range, with the talks, council session and joint statement under it', async ({
    page,
  }) => {
    await page.goto('/?lang=en');
    const visit = eventOfType(events, 'state-visit');
    const summit = eventOfType(events, 'summit');
    await expect(item(page, visit)).toBeVisible();
    await expect(item(page, summit)).toBeVisible();

    // A two-day range is about twice as wide as the one-day summit.
    const visitBox = await box(item(page, visit).locator(ITEM_FRAME));
    const summitBox = await box(item(page, summit).locator(ITEM_FRAME));
    expect(visitBox.width).toBeGreaterThan(summitBox.width * 1.6);

    await expect(timeline(page).getByText(`During: ${visit.title}`)).toBeVisible();
    for (const type of ['talks', 'council-session', 'joint-statement']) {
      const part = eventOfType(events, type);
      expect(part.parent).toBe(visit.id);
      const partBox = await box(item(page, part).locator(ITEM_FRAME));
      expect(partBox.y, `${type} is drawn below the visit`).toBeGreaterThan(visitBox.y + visitBox.height - 1);
      expect(partBox.x, `${type} starts within the visit`).toBeGreaterThanOrEqual(visitBox.x - 2);
      expect(partBox.x + partBox.width, `${type} ends within the visit`).toBeLessThanOrEqual(
        visitBox.x + visitBox.width + 2,
      );
    }
  });

  test('places the 16 November summit after the visit and the 15 November briefing inside its span', async ({
    page,
  }) => {
    await page.goto('/?lang=en');
    const visit = eventOfType(events, 'state-visit');
    const summit = eventOfType(events, 'summit');
    const briefing = eventOfType(events, 'briefing');
    expect(summit.start).toBe('2025-11-16');
    expect(briefing.start).toBe('2025-11-15');
    const frame = (e: ApiEvent) => item(page, e).locator(ITEM_FRAME);
    const [v, s, b] = [await box(frame(visit)), await box(frame(summit)), await box(frame(briefing))];
    expect(s.x).toBeGreaterThanOrEqual(v.x + v.width - 2);
    expect(b.x).toBeGreaterThan(v.x + v.width / 3);
    expect(b.x + b.width).toBeLessThanOrEqual(v.x + v.width + 2);
  });

  test('lists the undated Khiva visit in its own "Undated" section, not on the time axis', async ({ page }) => {
    await page.goto('/?lang=en');
    const khiva = eventOfType(events, 'informal-visit');
    expect(khiva.start).toBeNull();
    const undated = page.getByRole('region', { name: 'Undated' });
    await expect(undated.getByRole('link', { name: khiva.title })).toBeVisible();
    await expect(undated).toContainText(`Undated, before ${expectedDate('en', khiva.before ?? '', null)}`);
    await expect(item(page, eventOfType(events, 'state-visit'))).toBeVisible();
    await expect(timeline(page).getByText(khiva.title)).toHaveCount(0);
  });

  test('has a legend with every event type on the page, in the colours of the items', async ({ page }) => {
    await page.goto('/?lang=en');
    const legend = page.getByRole('region', { name: 'Event types' });
    for (const e of events) {
      const entry = legend.getByRole('listitem').filter({ hasText: TYPE_LABEL[e.type] ?? e.type });
      await expect(entry).toBeVisible();
      if (e.start === null) continue;
      const swatchColour = await entry.locator('.type-swatch').evaluate((el) => getComputedStyle(el).borderLeftColor);
      const frame = item(page, e).locator(ITEM_FRAME);
      await expect(frame).toBeVisible();
      const itemColour = await frame.evaluate((el) => getComputedStyle(el).borderLeftColor);
      expect(itemColour, `${e.type}: item and legend share a colour`).toBe(swatchColour);
    }
  });

  test('reserves the timeline height before it loads (no layout shift)', async ({ page }) => {
    await page.goto('/?lang=en', { waitUntil: 'domcontentloaded' });
    const before = await box(timeline(page));
    const undatedBefore = await box(page.getByRole('region', { name: 'Undated' }));
    await expect(item(page, eventOfType(events, 'state-visit'))).toBeVisible();
    const after = await box(timeline(page));
    expect(after.height).toBe(before.height);
    expect(after.y).toBe(before.y);
    expect((await box(page.getByRole('region', { name: 'Undated' }))).y).toBe(undatedBefore.y);
  });
});
