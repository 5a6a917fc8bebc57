import { test, expect, watchBrowserErrors } from './fixtures';

// The console guard of ./fixtures, tested on pages made in place (no server needed). Each test watches its own
// fresh context, so the deliberate errors below never reach the auto fixture that guards this spec itself.

test.describe('console guard', () => {
  test('catches console.error, uncaught errors and unhandled rejections, and nothing else', async ({ browser }) => {
    const context = await browser.newContext();
    const problems = watchBrowserErrors(context);
    const page = await context.newPage();
    await page.setContent(`<p>ok</p><script>
      console.log('a log'); console.warn('a warning'); console.info('info');
      console.error('deliberate console error');
      setTimeout(() => { throw new Error('deliberate uncaught error'); });
      Promise.reject(new Error('deliberate rejection'));
    </script>`);
    await expect.poll(() => problems.length).toBe(3);
    expect(problems).toEqual([
      'console.error: deliberate console error',
      expect.stringMatching(/^pageerror: Error: deliberate (uncaught error|rejection)/),
      expect.stringMatching(/^pageerror: Error: deliberate (uncaught error|rejection)/),
    ]);
    await context.close();
  });

  test('names the resource of a failed load, and an allowlist pattern can match it', async ({ browser }) => {
    const context = await browser.newContext();
    const all = watchBrowserErrors(context);
    const allowed = watchBrowserErrors(context, [
      /^Failed to load resource: .* 404 .*\[https:\/\/jylnama\.test\/missing\.js\]$/,
    ]);
    await context.route('https://jylnama.test/**', (route) =>
      route.request().url().endsWith('/missing.js')
        ? route.fulfill({ status: 404, body: 'no' })
        : route.fulfill({ contentType: 'text/html', body: '<script src="/missing.js"></script><p>page</p>' }),
    );
    const page = await context.newPage();
    await page.goto('https://jylnama.test/');
    await expect.poll(() => all.length).toBe(1);
    expect(all[0]).toMatch(/^console\.error: Failed to load resource: the server responded with a status of 404/);
    expect(allowed).toEqual([]);
    await context.close();
  });

  test.describe('with test.use({ allowConsoleErrors })', () => {
    test.use({ allowConsoleErrors: [/^deliberate allowed error$/] });

    test('the auto fixture lets an allowlisted console error pass', async ({ page }) => {
      await page.setContent('<script>console.error("deliberate allowed error")</script>');
      await expect(page.locator('script')).toHaveCount(1);
    });
  });
});
