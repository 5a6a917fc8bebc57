import type { Page } from '@playwright/test';
import { apiEvents, eventOfType, type ApiEvent, itemName, itemNamePattern } from './corpus-api';
import { expect, test } from './fixtures';

const timeline = (page: Page) => page.getByRole('region', { name: 'Timeline of events' });
const list = (page: Page) => page.getByTestId('event-list');
const panel = (page: Page) => page.getByRole('complementary', { name: 'Event details' });
const count = (page: Page) => page.getByTestId('filter-count');

test.describe('the view in the URL', () => {
  let events: ApiEvent[];
  test.beforeAll(async ({ request }) => {
    events = await apiEvents(request);
  });

  test('filters by type narrow the timeline and the list, and go into the URL', async ({ page }) => {
    await page.goto('/?lang=en');
    await expect(count(page)).toHaveText(`${events.length} of ${events.length} events shown`);
    const summit = eventOfType(events, 'summit');
    const visit = eventOfType(events, 'state-visit');
    await page.getByRole('combobox', { name: 'Event type' }).selectOption('summit');
    await expect(page).toHaveURL(/[?&]type=summit(&|$)/);
    await expect(count(page)).toHaveText(`1 of ${events.length} events shown`);
    await expect(timeline(page).getByRole('button', { name: itemName(summit) })).toBeVisible();
    await expect(timeline(page).getByRole('button', { name: itemNamePattern(visit) })).toHaveCount(0);
    await expect(list(page).locator('li[data-event-id]')).toHaveCount(1);

    // Reloading the URL gives the same view, rendered by the server.
    await page.reload();
    await expect(count(page)).toHaveText(`1 of ${events.length} events shown`);
    await expect(page.getByRole('combobox', { name: 'Event type' })).toHaveValue('summit');

    // Back returns to the unfiltered view without a reload.
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 42));
    await page.getByRole('combobox', { name: 'Event type' }).selectOption('');
    await expect(count(page)).toHaveText(`${events.length} of ${events.length} events shown`);
    await page.goBack();
    await expect(count(page)).toHaveText(`1 of ${events.length} events shown`);
    await page.goForward();
    await expect(count(page)).toHaveText(`${events.length} of ${events.length} events shown`);
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(42);
  });

  test('search looks into source sentences; country and person filters', async ({ page }) => {
    const khiva = eventOfType(events, 'informal-visit');
    await page.goto('/?lang=en&q=Хива');
    await expect(list(page).locator(`li[data-event-id="${khiva.id}"]`)).toBeVisible();
    await page.getByLabel('Search events, people and places').fill('no such words anywhere');
    await expect(count(page)).toHaveText(`0 of ${events.length} events shown`);
    await expect(page).toHaveURL(/[?&]q=no(\+|%20)such/);
    await expect(list(page).getByText('No event matches these filters.')).toBeVisible();

    await page.goto('/?lang=en&country=az');
    const summit = eventOfType(events, 'summit');
    await expect(list(page).locator('li[data-event-id]')).toHaveCount(
      events.filter((e) => e.participants.some((p) => p.country === 'az' || p.id === 'az')).length,
    );
    await expect(list(page).locator(`li[data-event-id="${summit.id}"]`)).toBeVisible();
  });

  test("country lanes draw an event in each participant country's lane", async ({ page }) => {
    const visit = eventOfType(events, 'state-visit');
    await page.goto('/?lang=en');
    await page.getByLabel('Lane per country').check();
    await expect(page).toHaveURL(/[?&]lanes=country(&|$)/);
    await expect(timeline(page).getByText('Kazakhstan', { exact: true })).toBeVisible();
    await expect(timeline(page).getByText('Uzbekistan', { exact: true })).toBeVisible();
    await expect(timeline(page).getByRole('button', { name: itemNamePattern(visit) })).toHaveCount(2);
    // Selecting one copy selects the event (both copies are pressed).
    await timeline(page)
      .getByRole('button', { name: itemNamePattern(visit) })
      .first()
      .click();
    await expect(panel(page).getByRole('heading', { name: visit.title })).toBeVisible();
    await expect(timeline(page).getByRole('button', { name: itemNamePattern(visit), pressed: true })).toHaveCount(2);
  });

  test('the window goes into the URL when the user zooms, and comes back with the URL', async ({ page }) => {
    await page.goto('/?lang=en');
    await expect(page.getByTestId('timeline-window')).toContainText('Showing');
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect(page).toHaveURL(/[?&]from=[\w%-]+&to=[\w%-]+/);
    const shown = await page.getByTestId('timeline-window').textContent();
    await page.reload();
    await expect(page.getByTestId('timeline-window')).toHaveText(shown ?? '');
  });

  test('selection is a history entry; the list view mirrors it', async ({ page }) => {
    const summit = eventOfType(events, 'summit');
    const visit = eventOfType(events, 'state-visit');
    await page.goto('/?lang=en');
    await list(page)
      .locator(`li[data-event-id="${summit.id}"]`)
      .getByRole('link', { name: /Show details/ })
      .click();
    await expect(panel(page).getByRole('heading', { name: summit.title })).toBeVisible();
    await expect(list(page).locator(`li[data-event-id="${summit.id}"]`)).toHaveAttribute('data-selected', 'true');
    await timeline(page)
      .getByRole('button', { name: itemName(visit) })
      .click();
    await expect(panel(page).getByRole('heading', { name: visit.title })).toBeVisible();
    await page.goBack();
    await expect(panel(page).getByRole('heading', { name: summit.title })).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`event=${summit.id}`));
  });

  test("copy link copies the view and says so; the event's copy link copies its page", async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const summit = eventOfType(events, 'summit');
    await page.goto(`/?lang=en&type=summit&event=${summit.id}`);
    const copyView = page.getByRole('button', { name: 'Copy link to this view' });
    await copyView.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('view-toolbar').getByRole('status').first()).toHaveText('✓ Link copied');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(new RegExp(`^http://localhost:\\d+/\\?event=${summit.id}&type=summit&lang=en$`));

    await panel(page).getByRole('button', { name: 'Copy link' }).click();
    await expect(panel(page).getByTestId('copy-status')).toHaveText('✓ Link copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(
      new RegExp(`/events/${summit.id}\\?lang=en$`),
    );
  });

  test('the details panel shows the status history and why each date', async ({ page }) => {
    const visit = eventOfType(events, 'state-visit');
    await page.goto(`/?lang=en&event=${visit.id}`);
    const history = panel(page).getByTestId('status-history');
    await expect(history).toContainText(/(announced|reported) on .+ in “/);
    await expect(panel(page).getByTestId('source-article')).toHaveCount(
      new Set(visit.sources.map((s) => s.articleId)).size,
    );
    await expect(panel(page).getByTestId('why-date').first()).toContainText(
      /The date comes from “.+” in this sentence/,
    );
    await expect(panel(page).getByTestId('why-date').first()).not.toContainText('rule');
  });
});
