import { apiEvents, expectedDate } from './corpus-api';
import { expect, test } from './fixtures';

test.describe('the timeline page without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('lists every event with its date and permalink', async ({ page, request }) => {
    const events = await apiEvents(request);
    expect(events.length).toBeGreaterThanOrEqual(7);
    await page.goto('/?lang=en');
    const list = page.getByRole('region', { name: 'All events' });
    await expect(list.getByRole('listitem')).toHaveCount(events.length);
    for (const e of events) {
      const row = list.getByRole('listitem').filter({ has: page.getByRole('link', { name: e.title, exact: true }) });
      await expect(row).toHaveCount(1);
      await expect(row.getByRole('link', { name: e.title, exact: true })).toHaveAttribute(
        'href',
        `/events/${e.id}?lang=en`,
      );
      const date =
        e.start === null
          ? `Undated, before ${expectedDate('en', e.before ?? '', null)}`
          : expectedDate('en', e.start, e.end);
      await expect(row).toContainText(date);
    }
  });

  test('says the interactive timeline needs JavaScript and still shows the undated section', async ({ page }) => {
    await page.goto('/?lang=en');
    await expect(page.getByText('The interactive timeline needs JavaScript')).toBeVisible();
    await expect(page.getByRole('region', { name: 'Timeline of events' })).toBeHidden();
    await expect(page.getByRole('region', { name: 'Undated' })).toBeVisible();
  });

  test('opens the details of an event from its ?event= link', async ({ page, request }) => {
    const khiva = (await apiEvents(request)).find((e) => e.start === null);
    if (!khiva) throw new Error('no undated event');
    await page.goto('/?lang=en');
    await page.getByRole('region', { name: 'Undated' }).getByRole('link', { name: khiva.title }).click();
    await expect(
      page.getByRole('complementary', { name: 'Event details' }).getByRole('heading', { name: khiva.title }),
    ).toBeVisible();
  });
});
