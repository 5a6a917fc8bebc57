import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveDatabaseOutage } from './database-outage.mjs';

// A stand-in for Next behind the outage check: it answers 200 with the path.
const holder = globalThis as unknown as { __jylnamaStore?: { databaseDown?: boolean } };
let server: Server;
let origin = '';

beforeAll(async () => {
  server = createServer((request, response) => {
    if (serveDatabaseOutage(request, response)) return;
    response.end(`next ${request.url}`);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const address = server.address();
  origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});
afterAll(() => {
  server.close();
  delete holder.__jylnamaStore;
});

describe('pages while the database is away', () => {
  it('are answered by Next while the database is reachable', async () => {
    holder.__jylnamaStore = { databaseDown: false };
    const res = await fetch(`${origin}/events/x`);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('next /events/x');
  });

  it('answer 503 with a readable page that reloads itself, and JSON under /api/', async () => {
    holder.__jylnamaStore = { databaseDown: true };
    const page = await fetch(`${origin}/?lang=en`);
    expect(page.status).toBe(503);
    expect(page.headers.get('retry-after')).toBe('5');
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    const html = await page.text();
    expect(html).toContain('<h1>The chronicle is briefly unavailable</h1>');
    expect(html).toContain('<meta http-equiv="refresh" content="5">');
    expect(page.headers.get('content-security-policy')).toContain("default-src 'none'");
    const api = await fetch(`${origin}/api/events?from=2025-01-01`);
    expect(api.status).toBe(503);
    expect(await api.json()).toEqual({ error: expect.stringMatching(/database cannot be reached/) });
  });

  it('leave health and static files to Next, which say why and need no corpus', async () => {
    holder.__jylnamaStore = { databaseDown: true };
    expect((await fetch(`${origin}/api/health`)).status).toBe(200);
    expect((await fetch(`${origin}/_next/static/chunks/x.js`)).status).toBe(200);
  });

  it('recover by themselves once the database is back', async () => {
    holder.__jylnamaStore = { databaseDown: true };
    expect((await fetch(`${origin}/`)).status).toBe(503);
    holder.__jylnamaStore = { databaseDown: false };
    expect((await fetch(`${origin}/`)).status).toBe(200);
  });
});
