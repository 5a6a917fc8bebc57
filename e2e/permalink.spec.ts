import { ITEM_FRAME, apiEvents, eventOfType, expectedDate, type ApiEvent, itemName } from './corpus-api';
import { expect, test } from './fixtures';

interface JsonLdEvent {
  '@context': string;
  '@type': string;
  name: string;
  startDate: string;
  endDate: string;
  location: { '@type': string; name: string };
  description: string;
  url: string;
}

test.describe('event permalinks without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  let events: ApiEvent[];
  test.beforeAll(async ({ request }) => {
    events = await apiEvents(request);
  });

  test('render the details on the server', async ({ page }) => {
    for (const e of events) {
      await page.goto(`/events/${e.id}?lang=en`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(e.title);
      const date =
        e.start === null
          ? `Undated, before ${expectedDate('en', e.before ?? '', null)}`
          : expectedDate('en', e.start, e.end);
      await expect(page.getByRole('main')).toContainText(date);
      if (e.place) await expect(page.getByRole('main')).toContainText(e.place.name);
      for (const p of e.participants) await expect(page.getByRole('main')).toContainText(p.name);
      await expect(page.getByTestId('source')).toHaveCount(e.sources.length);
      for (const s of e.sources) await expect(page.getByRole('main')).toContainText(s.quote);
    }
  });

  test('carry schema.org Event JSON-LD and a description', async ({ page }) => {
    const visit = eventOfType(events, 'state-visit');
    await page.goto(`/events/${visit.id}?lang=en`);
    const raw = await page.locator('script[type="application/ld+json"]').textContent();
    const ld = JSON.parse(raw ?? 'null') as JsonLdEvent;
    expect(ld['@context']).toBe('https://schema.org');
    expect(ld['@type']).toBe('Event');
    expect(ld.name).toBe(visit.title);
    expect(ld.startDate).toBe('2025-11-14');
    expect(ld.endDate).toBe('2025-11-15');
    expect(ld.location).toEqual({ '@type': 'Place', name: visit.place?.name });
    // The description starts with the visit's own sentence that states its date (14–15 November), not whichever came first.
    const stated = visit.sources.filter((s) => s.claim.how === 'stated' && s.claim.when === visit.when);
    expect(stated.length).toBeGreaterThan(0);
    expect(stated.some((s) => ld.description.startsWith(s.quote.replace(/\s+/g, ' ').trim().slice(0, 60)))).toBe(true);
    expect(new URL(ld.url).pathname).toBe(`/events/${visit.id}`);
    await expect(page).toHaveTitle(new RegExp(visit.title));
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /Tashkent/);
  });

  test('link back to the timeline focused on the event', async ({ page }) => {
    const summit = eventOfType(events, 'summit');
    await page.goto(`/events/${summit.id}?lang=en`);
    const back = page.getByRole('link', { name: 'Show on the timeline' });
    await expect(back).toHaveAttribute('href', `/?event=${summit.id}&lang=en`);
    await back.click();
    // Without JavaScript the server renders the timeline page with the details open.
    await expect(
      page.getByRole('complementary', { name: 'Event details' }).getByRole('heading', { name: summit.title }),
    ).toBeVisible();
  });
});

test.describe('the link back to the timeline, with JavaScript', () => {
  test('selects and centres the event', async ({ page, request }) => {
    const summit = eventOfType(await apiEvents(request), 'summit');
    await page.goto(`/events/${summit.id}?lang=en`);
    await page.getByRole('link', { name: 'Show on the timeline' }).click();
    await expect(page).toHaveURL(new RegExp(`/\\?event=${summit.id}&lang=en$`));
    const timeline = page.getByRole('region', { name: 'Timeline of events' });
    const label = timeline.getByRole('button', { name: itemName(summit), pressed: true });
    await expect(label).toBeVisible();
    await expect(
      page.getByRole('complementary', { name: 'Event details' }).getByRole('heading', { name: summit.title }),
    ).toBeVisible();

    const item = await label.locator(ITEM_FRAME).boundingBox();
    const area = await page.locator('.vis-panel.vis-center').boundingBox();
    if (!item || !area) throw new Error('timeline not laid out');
    const offset = Math.abs(item.x + item.width / 2 - (area.x + area.width / 2));
    expect(offset, 'the event is in the middle of the visible window').toBeLessThan(area.width * 0.05);
  });
});
