import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { servePageFromCache } from './page-cache.mjs';

// A stand-in for Next: every render has its own nonce, in the CSP header and on the page's scripts.
const holder = globalThis as unknown as { __jylnamaStore?: { version: number } };
let renders = 0;
let server: Server;
let origin = '';

beforeAll(async () => {
  holder.__jylnamaStore = { version: 1 };
  // Slow, as a real render is, so that requests can arrive while it runs; `?fail` renders a 500, not kept.
  const render = (request: IncomingMessage, response: ServerResponse) => {
    renders++;
    const nonce = randomBytes(16).toString('base64');
    setTimeout(() => {
      response.statusCode = request.url?.includes('fail') ? 500 : 200;
      response.setHeader('Content-Type', 'text/html; charset=utf-8');
      response.setHeader('Content-Security-Policy', `script-src 'self' 'nonce-${nonce}'`);
      response.write(`<html><script nonce="${nonce}">1</script>`);
      response.end(
        `<p>corpus ${holder.__jylnamaStore!.version} ${request.url}</p><script nonce="${nonce}">2</script></html>`,
      );
    }, 30);
  };
  server = createServer((request, response) => {
    if (servePageFromCache(request, response, () => render(request, response))) return;
    render(request, response);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const address = server.address();
  origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});
afterAll(() => server.close());

const nonces = (html: string, csp: string | null) => ({
  page: [...html.matchAll(/nonce="([^"]+)"/g)].map((m) => m[1]),
  header: /'nonce-([^']+)'/.exec(csp ?? '')?.[1],
});

describe('the page cache in front of Next', () => {
  it('renders / once, then serves it again with a fresh nonce in the header and on every script', async () => {
    const before = renders;
    const seen = new Set<string>();
    for (let i = 0; i < 5; i++) {
      const res = await fetch(`${origin}/?lang=en`, { headers: { 'Accept-Encoding': 'identity' } });
      const { page, header } = nonces(await res.text(), res.headers.get('content-security-policy'));
      expect(page).toEqual([header, header]);
      seen.add(header!);
    }
    expect(renders - before).toBe(1);
    expect(seen.size).toBe(5);
  });

  it('never keeps or serves a kept page to a signed-in editor', async () => {
    await fetch(`${origin}/?v=editor`);
    const before = renders;
    await fetch(`${origin}/?v=editor`, { headers: { Cookie: 'theme=dark; jylnama_session=abc' } });
    await fetch(`${origin}/?v=editor`, { headers: { Cookie: 'jylnama_session=abc' } });
    expect(renders - before).toBe(2);
  });

  it('gzips a kept page for a browser that takes it', async () => {
    await fetch(`${origin}/?v=gz`);
    const res = await fetch(`${origin}/?v=gz`, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(res.headers.get('content-encoding')).toBe('gzip');
    expect(await res.text()).toContain('corpus 1 /?v=gz');
  });

  it('gzips the first render as well (a miss), whole, and keeps the plain page for the next visitor', async () => {
    const before = renders;
    const res = await fetch(`${origin}/?v=gz-miss`, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(renders - before).toBe(1);
    expect(res.headers.get('content-encoding')).toBe('gzip');
    expect(Number(res.headers.get('content-length'))).toBeGreaterThan(0);
    const html = await res.text();
    expect(html).toContain('corpus');
    expect(html).toMatch(/^<html><script nonce="[^"]+">1<\/script><p>/);
    const again = await fetch(`${origin}/?v=gz-miss`, { headers: { 'Accept-Encoding': 'identity' } });
    expect(again.headers.get('content-encoding')).toBeNull();
    expect(await again.text()).toContain('/?v=gz-miss');
    expect(renders - before).toBe(1);
  });

  it('never serves a page of an older corpus, another address, or one of Next’s own navigation requests', async () => {
    await fetch(`${origin}/?q=1`);
    holder.__jylnamaStore!.version = 2;
    expect(await (await fetch(`${origin}/?q=1`)).text()).toContain('corpus 2');
    const before = renders;
    await fetch(`${origin}/?q=2`);
    await fetch(`${origin}/?q=2`, { headers: { RSC: '1' } });
    await fetch(`${origin}/events/x`);
    await fetch(`${origin}/events/x`);
    expect(renders - before).toBe(4);
  });

  it('renders once for requests that come while the page is rendering, each with its own nonce', async () => {
    const before = renders;
    const answers = await Promise.all(
      Array.from({ length: 8 }, () =>
        fetch(`${origin}/?together=1`).then(async (r) =>
          nonces(await r.text(), r.headers.get('content-security-policy')),
        ),
      ),
    );
    expect(renders - before).toBe(1);
    for (const { page, header } of answers) expect(page).toEqual([header, header]);
    expect(new Set(answers.map((a) => a.header)).size).toBe(8);
  });

  it('hands the waiting requests to the server when the render gives nothing to keep', async () => {
    const before = renders;
    const statuses = await Promise.all(
      Array.from({ length: 4 }, () => fetch(`${origin}/?fail=1`).then((r) => r.status)),
    );
    expect(statuses).toEqual([500, 500, 500, 500]);
    expect(renders - before).toBe(4);
  });
});
