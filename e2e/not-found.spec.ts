import { expect, test } from './fixtures';

test.describe('unknown ids', () => {
  // The browser logs the 404 of the document itself.
  test.use({ allowConsoleErrors: [/Failed to load resource: the server responded with a status of 404/] });

  for (const path of [
    '/events/2099-01-01-summit-xx',
    '/articles/no-such-article',
    '/events/%3Cscript%3Ealert(1)%3C%2Fscript%3E',
    '/no/such/page',
  ]) {
    test(`${path} shows the app's 404 page`, async ({ page }) => {
      const res = await page.goto(`${path}${path.includes('?') ? '&' : '?'}lang=en`);
      expect(res?.status()).toBe(404);
      await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
      await expect(page.getByRole('link', { name: 'Back to the timeline' })).toHaveAttribute('href', '/?lang=en');
      await expect(page.getByRole('link', { name: 'Sources' })).toBeVisible();
    });
  }

  test('the 404 page speaks Kazakh by default', async ({ page }) => {
    const res = await page.goto('/events/no-such-event');
    expect(res?.status()).toBe(404);
    await expect(page.locator('html')).toHaveAttribute('lang', 'kk');
    await expect(page.getByRole('heading', { name: 'Бет табылмады' })).toBeVisible();
  });
});
