import { test, expect } from './fixtures';

// Checks the console guard in ./fixtures itself, on pages made in place (no server needed).
// `test.fail()` marks a test that must fail: it passes only if the guard turned the error into a failure.

test.describe('console guard', () => {
  test('fails a test whose page logs console.error', async ({ page }) => {
    test.fail();
    await page.setContent('<script>console.error("deliberate console error")</script>');
  });

  test('fails a test whose page throws an uncaught error', async ({ page }) => {
    test.fail();
    await page.setContent('<script>setTimeout(() => { throw new Error("deliberate uncaught error"); })</script>');
    await page.waitForTimeout(50);
  });

  test('fails a test whose page rejects a promise unhandled', async ({ page }) => {
    test.fail();
    await page.setContent('<script>Promise.reject(new Error("deliberate rejection"))</script>');
    await page.waitForTimeout(50);
  });

  test('lets a clean page pass', async ({ page }) => {
    await page.setContent('<p>ok</p><script>console.log("not an error"); console.warn("nor this")</script>');
    await expect(page.locator('p')).toHaveText('ok');
  });

  test.describe('with an allowlist', () => {
    test.use({ allowConsoleErrors: [/^deliberate allowed error/] });

    test('ignores a console error that matches', async ({ page }) => {
      await page.setContent('<script>console.error("deliberate allowed error")</script>');
    });

    test('still fails on one that does not match', async ({ page }) => {
      test.fail();
      await page.setContent('<script>console.error("another error")</script>');
    });
  });
});
