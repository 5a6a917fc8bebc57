import { request as httpRequest } from 'node:http';
import { expect, test } from './fixtures';

// The hostile server has the editor token set (playwright.config.ts) and no JYLNAMA_TRUST_PROXY.
const token = process.env.JYLNAMA_E2E_EDITOR_TOKEN!;

test.describe('hostile writes and headers', () => {
  test('a chunked upload far over the limit is cut off with a 413 while it streams', async ({ baseURL }) => {
    const url = new URL('/api/articles', baseURL);
    const chunk = Buffer.alloc(1024 * 1024, 0x61);
    const result = await new Promise<{ status: number; sentMb: number }>((resolve, reject) => {
      let sent = 0;
      const req = httpRequest(url, {
        method: 'POST',
        headers: {
          'Content-Type': 'multipart/form-data; boundary=x',
          'Transfer-Encoding': 'chunked',
          Authorization: `Bearer ${token}`,
        },
      });
      req.on('response', (res) => {
        res.resume();
        req.destroy();
        resolve({ status: res.statusCode ?? 0, sentMb: sent });
      });
      req.on('error', (e) => (sent > 40 ? undefined : reject(e)));
      const pump = () => {
        while (sent < 300) {
          sent++;
          if (!req.write(chunk)) return void req.once('drain', pump);
        }
        req.end();
      };
      pump();
    });
    expect(result.status).toBe(413);
    // Refused near the 41 MB limit, not after the whole 300 MB (the socket's buffers allow for some slack).
    expect(result.sentMb).toBeLessThan(120);
  });

  test('the Bearer scheme in any case', async ({ request }) => {
    for (const scheme of ['Bearer', 'bearer', 'BEARER']) {
      const res = await request.post('/api/articles?lang=en', {
        multipart: { mode: 'preview', text: ' date 2025-11-23 Тест\nАСТАНА. KAZINFORM – Брифинг өтті.\n' },
        headers: { Authorization: `${scheme} ${token}` },
      });
      expect(res.status(), scheme).toBe(200);
    }
  });

  test('forwarded headers from a client do not make the links the app hands out', async ({ request }) => {
    const headers = { 'X-Forwarded-Host': 'evil.example', 'X-Forwarded-Proto': 'javascript' };
    const html = await (await request.get('/?lang=en', { headers })).text();
    expect(html).not.toContain('evil.example');
    expect(html).not.toContain('javascript://');
    const exported = await request.get('/api/export.json?lang=en', { headers });
    expect(await exported.text()).not.toMatch(/evil\.example|javascript:/);
    expect(exported.headers()['cache-control']).toContain('no-store');
  });
});
