import fc from 'fast-check';
import type { APIResponse } from '@playwright/test';
import { expect, test } from './fixtures';

// Requests an attacker or a careless client sends (issue 11): none may crash the server, and every answer carries
// the security headers.

function expectHeaders(res: APIResponse, where: string): void {
  const h = res.headers();
  expect(h['x-content-type-options'], `${where}: nosniff`).toBe('nosniff');
  expect(h['content-security-policy'], `${where}: CSP`).toMatch(/frame-ancestors 'self'/);
  expect(h['referrer-policy'], `${where}: Referrer-Policy`).toBeTruthy();
}

const PROTOTYPE_NAMES = [
  'toString',
  'constructor',
  '__proto__',
  'valueOf',
  'hasOwnProperty',
  'isPrototypeOf',
  '__defineGetter__',
];

test.describe('hostile requests', () => {
  test('names from Object.prototype as filter values: 400 from the API, never 500 from a page or an export', async ({
    request,
  }) => {
    for (const name of PROTOTYPE_NAMES) {
      const res = await request.get(`/api/events?type=${name}`);
      expect(res.status(), `/api/events?type=${name}`).toBe(400);
      expect((await res.json()) as { error: string }).toMatchObject({
        error: expect.stringContaining('Unknown event type'),
      });
      expectHeaders(res, '/api/events');
      // Pages and the exports of a view drop a value they do not know, as they do any malformed one.
      for (const path of [
        '/',
        '/present',
        '/present/print',
        '/embed',
        '/api/export.json',
        '/api/export.csv',
        '/api/export.ics',
      ]) {
        const res = await request.get(`${path}?type=${name}&country=${name}&event=${name}&lang=${name}`);
        expect(res.status(), `${path}?type=${name}`).toBeLessThan(500);
        expectHeaders(res, path);
      }
    }
  });

  test('malformed addresses, methods no route answers and unknown APIs: 400, 405, 404, with the headers', async ({
    request,
  }) => {
    const cases: Array<[string, string, number, 'json' | 'text' | null]> = [
      ['GET', '/articles/%ZZ', 400, 'text'],
      ['GET', '/events/%', 400, 'text'],
      ['GET', '/events/%E0%A4%A', 400, 'text'],
      ['GET', '/api/articles/%ZZ', 400, 'json'],
      ['PUT', '/present', 405, 'text'],
      ['DELETE', '/', 405, 'text'],
      ['POST', '/api/events', 405, 'json'],
      ['DELETE', '/api/articles', 405, 'json'],
      ['OPTIONS', '/api/events', 204, null],
      ['GET', '/api/unknown', 404, 'json'],
      ['PATCH', '/api/unknown/deeper', 404, 'json'],
      ['TRACE', '/', 405, 'text'],
    ];
    for (const [method, path, status, kind] of cases) {
      const res = await request.fetch(path, { method, maxRedirects: 0 });
      expect(res.status(), `${method} ${path}`).toBe(status);
      expectHeaders(res, `${method} ${path}`);
      if (kind === 'json') expect(res.headers()['content-type'], `${method} ${path}`).toContain('application/json');
      if (kind === 'text') expect(res.headers()['content-type'], `${method} ${path}`).toContain('text/plain');
    }
  });

  test('an article id is decoded once: %2541 is the id "%41", not "A"', async ({ request }) => {
    const res = await request.get('/api/articles/%2541');
    expect(res.status()).toBe(404);
    expect(((await res.json()) as { error: string }).error).toContain('"%41"');
  });

  test('the preview image of an unknown event is a 404', async ({ request }) => {
    const res = await request.get('/events/no-such-event/opengraph-image');
    expect(res.status()).toBe(404);
    const known = (await (await request.get('/api/events')).json()) as Array<{ id: string }>;
    const ok = await request.get(`/events/${known[0]!.id}/opengraph-image`);
    expect(ok.status()).toBe(200);
    expect(ok.headers()['content-type']).toBe('image/png');
  });

  test('random query strings at every route: never a 500, always the security headers', async ({ request }) => {
    const known = (await (await request.get('/api/events')).json()) as Array<{
      id: string;
      sources: Array<{ articleId: string }>;
    }>;
    const event = known[0]!;
    const routes = [
      '/',
      '/present',
      '/present/print',
      '/embed',
      '/articles',
      `/articles/${event.sources[0]!.articleId}`,
      `/events/${event.id}`,
      '/add',
      '/api/events',
      '/api/articles',
      `/api/articles/${event.sources[0]!.articleId}`,
      '/api/export.json',
      '/api/export.csv',
      '/api/export.ics',
    ];
    const names = [
      'type',
      'country',
      'person',
      'place',
      'status',
      'lang',
      'from',
      'to',
      'event',
      'view',
      'layout',
      'q',
      'limit',
      'buckets',
      'shape',
      'slide',
      ...PROTOTYPE_NAMES,
    ];
    const piece = fc.oneof(
      fc.constantFrom(...names),
      fc.constantFrom('%', '%ZZ', '%E0%A4%A', '%00', '%C0%AF', '..%2F', '%25'),
      fc.string({ maxLength: 12 }).map((s) => encodeURIComponent(s)),
      fc.constantFrom('2025-11-14', '9999-99-99', '-1', '1e9', 'visit', 'kz'),
      fc.nat(5000).map((n) => 'x'.repeat(n)),
    );
    const query = fc
      .array(fc.tuple(piece, piece), { minLength: 1, maxLength: 6 })
      .map((pairs) => pairs.map(([k, v]) => `${k}=${v}`).join('&'));
    const samples = fc.sample(fc.tuple(fc.constantFrom(...routes), query), { numRuns: 150, seed: 11 });
    for (const [route, q] of samples) {
      const res = await request.get(`${route}?${q}`, { maxRedirects: 0 });
      expect(res.status(), `${route}?${q.slice(0, 200)}`).toBeLessThan(500);
      expectHeaders(res, `${route}?${q.slice(0, 80)}`);
    }
  });

  test('/ served again from the page cache carries a fresh nonce, the same in its header and on every script', async ({
    request,
  }) => {
    const seen = new Set<string>();
    for (let i = 0; i < 4; i++) {
      const res = await request.get('/?lang=en');
      const header = /'nonce-([^']+)'/.exec(res.headers()['content-security-policy'] ?? '')?.[1];
      const onScripts = new Set([...(await res.text()).matchAll(/<script[^>]*\snonce="([^"]+)"/g)].map((m) => m[1]));
      expect(header).toBeTruthy();
      expect([...onScripts]).toEqual([header]);
      seen.add(header!);
    }
    expect(seen.size).toBe(4);
  });
});
