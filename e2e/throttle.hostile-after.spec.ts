import { expect, test } from './fixtures';

// Runs after the hostile project (it leaves this client throttled for a minute): failed writes are throttled per
// client, and a throttled client is refused before its token is even compared.
const token = process.env.JYLNAMA_E2E_EDITOR_TOKEN!;
const ARTICLE = ' date 2025-11-23 Тест\nАСТАНА. KAZINFORM – Брифинг өтті.\n';

test('wrong tokens in a burst: 403 at first, then 429 with Retry-After, even for the right token', async ({
  request,
}) => {
  const statuses: number[] = [];
  for (let i = 0; i < 15; i++) {
    const res = await request.post('/api/articles', {
      multipart: { mode: 'preview', text: ARTICLE },
      headers: { Authorization: `Bearer wrong-token-${i}-xxxxxxxx` },
    });
    statuses.push(res.status());
    if (res.status() === 429) expect(Number(res.headers()['retry-after'])).toBeGreaterThan(0);
  }
  expect(statuses.slice(0, 5)).toEqual([403, 403, 403, 403, 403]);
  expect(statuses.at(-1)).toBe(429);
  const right = await request.post('/api/articles', {
    multipart: { mode: 'preview', text: ARTICLE },
    headers: { Authorization: `Bearer ${token}` },
  });
  expect(right.status()).toBe(429);
});
