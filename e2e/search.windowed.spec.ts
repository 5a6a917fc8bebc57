import { expect, test } from './fixtures';

// The `windowed` project's server: 1,500 synthetic articles, windows found by the database (its SQL), then ranked.

interface Answer {
  total: number;
  limit: number;
  events: { id: string; start: string; match: { reason: string; score: number } }[];
}

const TIERS = ['name', 'prefix', 'title', 'text'];

test('a large corpus ranks a search the same way: best match first, then newest first', async ({ request }) => {
  for (const q of ['Tokayev', 'Тоқаев', 'talks']) {
    const res = await request.get(
      `/api/events?q=${encodeURIComponent(q)}&from=2010-01-01&to=2030-12-31&limit=5000&lang=en`,
    );
    expect(res.status(), q).toBe(200);
    const answer = (await res.json()) as Answer;
    expect(answer.events.length, q).toBeGreaterThan(10);
    expect(answer.events[0]?.match.reason, q).toBe('name');
    for (let i = 1; i < answer.events.length; i++) {
      const [a, b] = [answer.events[i - 1]!, answer.events[i]!];
      const [ta, tb] = [TIERS.indexOf(a.match.reason), TIERS.indexOf(b.match.reason)];
      expect(ta <= tb, `${q}: ${a.id} (${a.match.reason}) before ${b.id} (${b.match.reason})`).toBe(true);
      if (ta === tb) expect(a.start >= b.start, `${q}: ${a.id} before ${b.id}`).toBe(true);
    }
  }
  // The timeline's own requests (shape=timeline) carry the same matches; it places them by date.
  const tl = (await (
    await request.get('/api/events?q=Tokayev&from=2010-01-01&to=2030-12-31&limit=5000&shape=timeline&lang=en')
  ).json()) as Answer;
  expect(tl.events.every((e) => e.match.reason !== undefined)).toBe(true);
});
