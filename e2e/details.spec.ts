import type { Page } from '@playwright/test';
import { apiEvents, eventOfType, expectedDate, type ApiEvent, itemName } from './corpus-api';
import { expect, test } from './fixtures';

const timeline = (page: Page) => page.getByRole('region', { name: 'Timeline of events' });
const panel = (page: Page) => page.getByRole('complementary', { name: 'Event details' });
const ROLE: Record<string, string> = { guest: 'guest', host: 'host', participant: 'participant', chair: 'chair' };
const STATUS = { announced: 'Announced (planned)', reported: 'Reported (took place)' } as const;

/** What the details panel must show for an event: type, date, place, participants, status and every source. */
async function expectDetails(page: Page, e: ApiEvent, typeLabel: string) {
  const details = panel(page);
  await expect(details.getByRole('heading', { name: e.title })).toBeVisible();
  const row = (label: string) =>
    details.locator('dt', { hasText: new RegExp(`^${label}$`) }).locator('xpath=following-sibling::dd[1]');
  await expect(row('Type')).toHaveText(typeLabel);
  await expect(row('Date')).toHaveText(
    e.start === null
      ? `Undated, before ${expectedDate('en', e.before ?? '', null)}`
      : expectedDate('en', e.start, e.end),
  );
  await expect(row('Place')).toHaveText(e.place?.name ?? 'Not stated');
  for (const p of e.participants) await expect(row('Participants')).toContainText(`${p.name} (${ROLE[p.role]})`);
  await expect(row('Status')).toHaveText(STATUS[e.status]);

  const sources = details.getByTestId('source');
  await expect(sources).toHaveCount(e.sources.length);
  // Sources are grouped by language and article, so each is looked up by its quote rather than by position.
  for (const s of e.sources) {
    const source = sources.filter({ has: page.locator('blockquote', { hasText: s.quote }) }).first();
    await expect(source.locator('blockquote')).toHaveText(s.quote);
    await expect(source.getByTestId('why-date')).toContainText('Why this date:');
    await expect(source.getByRole('link', { name: 'Open in article' })).toHaveAttribute(
      'href',
      `/articles/${s.articleId}?lang=en#m-${s.start}-${s.end}`,
    );
  }
  await expect(details.getByRole('link', { name: 'Permalink' })).toHaveAttribute('href', `/events/${e.id}?lang=en`);
}

test.describe('the details panel', () => {
  let events: ApiEvent[];
  test.beforeAll(async ({ request }) => {
    events = await apiEvents(request);
  });

  test('opens on a click and shows everything about the state visit', async ({ page }) => {
    const visit = eventOfType(events, 'state-visit');
    expect(visit.sources.length, 'the visit is reported by both articles').toBeGreaterThan(1);
    expect(new Set(visit.sources.map((s) => s.articleId)).size).toBe(2);
    await page.goto('/?lang=en');
    // Nothing selected: no details, and the timeline has the whole width.
    await expect(page.getByTestId('details-layout')).toHaveAttribute('data-details', 'closed');
    await expect(panel(page)).toHaveCount(0);
    const wide = (await timeline(page).boundingBox())!.width;
    await timeline(page)
      .getByRole('button', { name: itemName(visit) })
      .click();
    await expect(page).toHaveURL(new RegExp(`[?&]event=${visit.id}(&|$)`));
    await expectDetails(page, visit, 'State visit');
    await expect(timeline(page).getByRole('button', { name: itemName(visit), pressed: true })).toBeVisible();
    // The details open beside the timeline, which gives them room.
    expect((await timeline(page).boundingBox())!.width).toBeLessThan(wide - 200);
    // Esc closes them and gives focus back to the event on the timeline.
    await page.keyboard.press('Escape');
    await expect(panel(page)).toHaveCount(0);
    await expect(page).not.toHaveURL(/[?&]event=/);
    await expect(timeline(page).getByRole('button', { name: itemName(visit) })).toBeFocused();
  });

  test('opens with Enter on a focused item (the announced summit)', async ({ page }) => {
    const summit = eventOfType(events, 'summit');
    expect(summit.status).toBe('announced');
    await page.goto('/?lang=en');
    const label = timeline(page).getByRole('button', { name: itemName(summit) });
    await label.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`[?&]event=${summit.id}(&|$)`));
    await expectDetails(page, summit, 'Summit');
  });

  test('shows a sub-event with a link to the visit it is part of', async ({ page }) => {
    const talks = eventOfType(events, 'talks');
    const visit = eventOfType(events, 'state-visit');
    await page.goto('/?lang=en');
    await timeline(page)
      .getByRole('button', { name: itemName(talks) })
      .click();
    await expectDetails(page, talks, 'Talks');
    await expect(panel(page).getByRole('link', { name: visit.title })).toHaveAttribute(
      'href',
      `/events/${visit.id}?lang=en`,
    );
  });

  test('opens for the undated Khiva visit from the Undated section, and closes', async ({ page }) => {
    const khiva = eventOfType(events, 'informal-visit');
    await page.goto('/?lang=en');
    await page.getByRole('region', { name: 'Undated' }).getByRole('link', { name: khiva.title }).click();
    await expect(page).toHaveURL(new RegExp(`[?&]event=${khiva.id}(&|$)`));
    await expectDetails(page, khiva, 'Informal visit');
    await panel(page).getByRole('button', { name: 'Close details' }).click();
    await expect(panel(page)).toHaveCount(0);
    await expect(page).not.toHaveURL(/[?&]event=/);
  });
});
