import { apiArticle, apiEvents } from './corpus-api';
import { expect, test } from './fixtures';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

test.describe('GET /api/events', () => {
  test('returns one object per event with the documented fields and types', async ({ request }) => {
    const res = await request.get('/api/events');
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toContain('application/json');
    const events = await apiEvents(request);
    const ids = new Set(events.map((e) => e.id));
    expect(ids.size).toBe(events.length);
    for (const e of events) {
      expect(typeof e.id).toBe('string');
      expect(typeof e.type).toBe('string');
      expect(typeof e.title).toBe('string');
      expect(['announced', 'reported']).toContain(e.status);
      if (e.start === null) {
        expect(e.end).toBeNull();
        expect(e.when).toBeNull();
      } else {
        expect(e.start).toMatch(ISO_DATE);
        if (e.end !== null) expect(e.end >= e.start).toBe(true);
        expect(typeof e.when).toBe('string');
      }
      if (e.place !== null) expect(e.place).toEqual({ id: expect.any(String), name: expect.any(String) });
      for (const p of e.participants) {
        expect(p).toMatchObject({
          id: expect.any(String),
          name: expect.any(String),
          role: expect.stringMatching(/^(guest|host|participant|chair)$/),
        });
      }
      if (e.parent !== null) expect(ids.has(e.parent), `${e.id}'s parent exists`).toBe(true);
      expect(e.sources.length).toBeGreaterThan(0);
    }
    expect(events.map((e) => e.type)).toEqual(
      expect.arrayContaining([
        'state-visit',
        'talks',
        'council-session',
        'joint-statement',
        'summit',
        'briefing',
        'informal-visit',
      ]),
    );
  });

  test('every quote is exactly the article text between its offsets', async ({ request }) => {
    const events = await apiEvents(request);
    const texts = new Map<string, string>();
    for (const e of events) {
      for (const s of e.sources) {
        if (!texts.has(s.articleId)) texts.set(s.articleId, (await apiArticle(request, s.articleId)).text);
        expect(texts.get(s.articleId)?.slice(s.start, s.end), `${e.id} ${s.articleId}:${s.start}-${s.end}`).toBe(
          s.quote,
        );
      }
    }
  });

  test('titles follow ?lang=, and a bad lang is a readable 400', async ({ request }) => {
    const [en, kk] = [await apiEvents(request, 'en'), await apiEvents(request, 'kk')];
    expect(kk.map((e) => e.id)).toEqual(en.map((e) => e.id));
    expect(kk.map((e) => e.title)).not.toEqual(en.map((e) => e.title));
    const bad = await request.get('/api/events?lang=xx');
    expect(bad.status()).toBe(400);
    expect(((await bad.json()) as { error: string }).error).toMatch(/lang.*kk, en, ru/);
  });
});

test.describe('GET /api/articles', () => {
  test('lists the articles with their problems, and the failures', async ({ request }) => {
    const res = await request.get('/api/articles');
    expect(res.status()).toBe(200);
    const body = (await res.json()) as { articles: Record<string, unknown>[]; failures: unknown[] };
    expect(body.articles.map((a) => a.id).sort()).toEqual(['000_01a58fac432dcdd2', '002_d88e8d9bd04ff96a']);
    for (const a of body.articles) {
      expect(a).toMatchObject({
        id: expect.any(String),
        fileName: expect.stringMatching(/\.txt$/),
        date: expect.stringMatching(ISO_DATE),
        title: expect.any(String),
        language: 'kk',
        script: 'Cyrl',
        problems: expect.any(Array),
      });
    }
    expect(body.failures).toEqual([]);
  });

  test('an unknown article id is a 404', async ({ request }) => {
    expect((await request.get('/api/articles/no-such-article')).status()).toBe(404);
  });
});
