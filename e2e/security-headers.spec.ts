import { apiEvents } from './corpus-api';
import { expect, test } from './fixtures';

/** What every response must carry, whatever route answered it. */
function expectSecurityHeaders(headers: Record<string, string>, where: string) {
  const csp = headers['content-security-policy'] ?? '';
  expect(csp, `${where}: Content-Security-Policy`).not.toBe('');
  expect(csp, `${where}: frame-ancestors`).toMatch(/frame-ancestors 'self'(;|$)/);
  expect(csp, `${where}: no inline script without a nonce`).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  const scriptSrc = /script-src ([^;]*)/.exec(csp)?.[1];
  if (scriptSrc !== undefined) expect(scriptSrc, where).toMatch(/'nonce-[A-Za-z0-9+/=]{16,}'/);
  else expect(csp, `${where}: without script-src, default-src must forbid scripts`).toMatch(/default-src 'none'/);
  expect(headers['x-content-type-options'], `${where}: nosniff`).toBe('nosniff');
  expect(headers['referrer-policy'], `${where}: Referrer-Policy`).toBe('strict-origin-when-cross-origin');
}

test.describe('security headers', () => {
  test('are on every route: pages, route handlers, 404s and static files', async ({ request }) => {
    const events = await apiEvents(request);
    const articleId = events[0]!.sources[0]!.articleId;
    const html = await (await request.get('/')).text();
    const chunk = /\/_next\/static\/[^"]+\.js/.exec(html)?.[0];
    expect(chunk, 'a script chunk in the HTML of /').toBeDefined();
    const routes: Array<[string, number]> = [
      ['/', 200],
      ['/?lang=en', 200],
      ['/articles', 200],
      [`/articles/${articleId}`, 200],
      [`/events/${events[0]!.id}`, 200],
      ['/add', 200],
      ['/api/events', 200],
      ['/api/events?from=2025-11-01&to=2025-11-30', 200],
      ['/api/events?from=2025-02-30&to=2025-03-01', 400],
      ['/api/articles', 200],
      [`/api/articles/${articleId}`, 200],
      ['/api/articles/no-such-article', 404],
      ['/no-such-page', 404],
      ['/favicon.ico', 200],
      ['/icon.svg', 200],
      [chunk!, 200],
    ];
    for (const [route, status] of routes) {
      const res = await request.get(route, { maxRedirects: 0 });
      expect(res.status(), route).toBe(status);
      expectSecurityHeaders(res.headers(), route);
    }
    const post = await request.post('/api/articles', { data: 'x' });
    expectSecurityHeaders(post.headers(), 'POST /api/articles');
  });

  test('every script in a page carries the nonce of its own response', async ({ request }) => {
    const [a, b] = [await request.get('/'), await request.get('/')];
    const nonceOf = (csp: string) => /'nonce-([^']+)'/.exec(csp)?.[1];
    const n1 = nonceOf(a.headers()['content-security-policy'] ?? '');
    expect(n1).toBeDefined();
    expect(nonceOf(b.headers()['content-security-policy'] ?? '')).not.toBe(n1);
    const scripts = [...(await a.text()).matchAll(/<script\b([^>]*)>/g)].map((m) => m[1] ?? '');
    expect(scripts.length).toBeGreaterThan(0);
    for (const attrs of scripts) {
      if (/type="application\/ld\+json"/.test(attrs)) continue;
      expect(attrs).toContain(`nonce="${n1}"`);
    }
  });

  test.describe('in the browser', () => {
    test.use({ allowConsoleErrors: [/Content Security Policy/] });
    test('an injected inline handler does not run', async ({ page }) => {
      await page.goto('/?lang=en');
      await expect(page.getByRole('region', { name: 'Timeline of events' })).toBeVisible();
      const violated = page.evaluate(
        () =>
          new Promise<string>((resolve) =>
            document.addEventListener('securitypolicyviolation', (e) => resolve(e.violatedDirective), { once: true }),
          ),
      );
      await page.evaluate(() => {
        const div = document.createElement('div');
        div.innerHTML = '<img src="data:," onload="window.__xss=1" onerror="window.__xss=1">';
        document.body.append(div);
      });
      expect(await violated).toMatch(/script-src/);
      expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
    });
  });
});
