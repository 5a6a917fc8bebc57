import { apiEvents, eventOfType, expectedDate, itemName } from './corpus-api';
import { expect, test } from './fixtures';

test.describe('UI languages', () => {
  test('Kazakh is the default: strings, html[lang] and Intl dates are Kazakh', async ({ page, request }) => {
    const visit = eventOfType(await apiEvents(request, 'kk'), 'state-visit');
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'kk');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Уақыт сызығы');
    await expect(page.getByRole('link', { name: 'Дереккөздер' })).toBeVisible();
    const list = page.getByRole('region', { name: 'Барлық оқиғалар' });
    await expect(list).toContainText(expectedDate('kk', '2025-11-14', '2025-11-15'));
    await expect(list.getByRole('link', { name: visit.title, exact: true })).toBeVisible();
    // The axis is labelled in Kazakh too (formatted from the server's Intl when the browser lacks Kazakh data).
    await expect(page.getByRole('region', { name: 'Оқиғалардың уақыт сызығы' })).toContainText('қараша');
  });

  test('English: strings, html[lang] and Intl dates differ from Kazakh', async ({ page, request }) => {
    const visit = eventOfType(await apiEvents(request, 'en'), 'state-visit');
    await page.goto('/?lang=en');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Timeline');
    const list = page.getByRole('region', { name: 'All events' });
    const en = expectedDate('en', '2025-11-14', '2025-11-15');
    expect(en).not.toBe(expectedDate('kk', '2025-11-14', '2025-11-15'));
    await expect(list).toContainText(en);
    await expect(list.getByRole('link', { name: visit.title, exact: true })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Timeline of events' })).toContainText('November');
  });

  test('the language switcher changes the page language and links keep it', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('link', { name: 'English' }).click();
    await expect(page).toHaveURL(/\?lang=en$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.getByRole('link', { name: 'Sources' }).click();
    await expect(page).toHaveURL(/\/articles\?lang=en$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sources');
    await page.getByRole('link', { name: 'Русский' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Источники');
  });

  test('switching language keeps the selected event', async ({ page, request }) => {
    const summit = eventOfType(await apiEvents(request, 'en'), 'summit');
    const summitKk = eventOfType(await apiEvents(request, 'kk'), 'summit');
    await page.goto('/?lang=en');
    await page
      .getByRole('region', { name: 'Timeline of events' })
      .getByRole('button', { name: itemName(summit) })
      .click();
    await expect(page).toHaveURL(new RegExp(`event=${summit.id}`));
    await page.getByRole('link', { name: 'Қазақша' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'kk');
    await expect(page).toHaveURL(new RegExp(`event=${summit.id}`));
    const panel = page.getByRole('complementary', { name: 'Оқиға туралы' });
    await expect(panel.getByRole('heading', { name: summitKk.title })).toBeVisible();
    await expect(panel).toContainText(expectedDate('kk', '2025-11-16', null));
  });

  test('an unknown ?lang= falls back to Kazakh', async ({ page }) => {
    await page.goto('/?lang=xx');
    await expect(page.locator('html')).toHaveAttribute('lang', 'kk');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Уақыт сызығы');
  });
});
