import { describe, expect, it } from 'vitest';
import { buildCorpus } from '@/lib/corpus/build-corpus';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parseEventsQuery, type EventsQuery } from './events-params';
import { eventsInWindow } from '@/app/_lib/corpus/event-query';
import { apiEventsWindow, clusterCounts } from './events-answer';

const q = (s: string) => parseEventsQuery(new URLSearchParams(s));
const ok = (s: string): EventsQuery => {
  const r = q(s);
  if ('error' in r) throw new Error(r.error);
  return r.query;
};

describe('parseEventsQuery', () => {
  it('accepts a window, filters and a limit', () => {
    expect(ok('from=2025-11-01&to=2025-11-30&type=summit,talks&country=uz&status=reported&limit=10')).toMatchObject({
      from: '2025-11-01',
      to: '2025-11-30',
      types: ['summit', 'talks'],
      countries: ['uz'],
      status: 'reported',
      limit: 10,
      windowed: true,
    });
    expect(ok('from=2025-11-01T10:00&to=2025-11-02T00:00')).toMatchObject({ from: '2025-11-01', to: '2025-11-02' });
    expect(ok('type=visit').types).toContain('state-visit');
    expect(ok('lang=en').windowed).toBe(false);
  });

  it.each([
    ['from=2025-02-30&to=2025-03-01', /not a real calendar date/],
    ['from=yesterday&to=2025-03-01', /YYYY-MM-DD/],
    ['from=2025-03-01', /both/],
    ['from=2025-03-02&to=2025-03-01', /after/],
    ['from=2025-03-01&from=2025-03-02&to=2025-03-05', /once/],
    ['type=parade', /Unknown event type "parade"/],
    ['country=<script>', /not an id/],
    ['limit=0', /limit/],
    ['limit=-5', /limit/],
    ['limit=1e9', /limit/],
    ['status=maybe', /status/],
    ['sort=asc', /Unknown parameter "sort"/],
    [`q=${'w'.repeat(201)}`, /"q" is 201 characters/],
    ['shape=html', /"shape" must be full or timeline/],
    ['buckets=0', /buckets/],
    ['buckets=500', /buckets/],
  ])('%s is a readable error', (s, message) => {
    const r = q(s);
    expect('error' in r && r.error).toMatch(message);
  });

  it('quotes long bad values cut short', () => {
    const r = q(`type=${'x'.repeat(5000)}`);
    expect('error' in r && r.error).not.toContain('x'.repeat(41));
  });
});

describe('the events window', () => {
  const seeds = path.resolve(__dirname, '../../../seeds');
  const corpus = buildCorpus(
    readdirSync(seeds)
      .filter((n) => n.endsWith('.txt'))
      .map((n) => ({ fileName: n, bytes: new Uint8Array(readFileSync(path.join(seeds, n))) })),
  );
  const dated = corpus.events.filter((e) => e.start !== null);

  it('returns exactly the events overlapping the window', () => {
    const from = '2025-11-14';
    const to = '2025-11-14';
    const got = eventsInWindow(corpus, ok(`from=${from}&to=${to}`))
      .dated.map((e) => e.id)
      .sort();
    const expected = dated
      .filter((e) => e.start! <= to && (e.end ?? e.start!) >= from)
      .map((e) => e.id)
      .sort();
    expect(expected.length).toBeGreaterThan(0);
    expect(got).toEqual(expected);
  });

  it('filters by type, and answers counts instead of events above the limit', () => {
    const all = apiEventsWindow(corpus, ok('from=2000-01-01&to=2030-12-31'), 'en');
    expect(all.total).toBe(dated.length);
    expect(all.events).toHaveLength(dated.length);
    const summits = apiEventsWindow(corpus, ok('from=2000-01-01&to=2030-12-31&type=summit'), 'en');
    expect(summits.events.every((e) => e.type === 'summit')).toBe(true);
    const capped = apiEventsWindow(corpus, ok('from=2000-01-01&to=2030-12-31&limit=1'), 'en');
    expect(capped.events).toEqual([]);
    expect(capped.clusters.reduce((s, c) => s + c.count, 0)).toBe(dated.length);
  });

  it("searches titles, source sentences, names and kinds in any script and case, as the page's search does", () => {
    // Every event placed in Tashkent, whether or not a sentence names the city (the place's names are searched).
    const tashkent = apiEventsWindow(corpus, ok('from=2000-01-01&to=2030-12-31&q=ТАШКЕНТ'), 'en');
    expect(tashkent.total).toBeGreaterThanOrEqual(dated.filter((e) => e.placeId === 'tashkent').length);
    expect(tashkent.total).toBeGreaterThan(0);
    // A kind, in upper case: the summits, not every event.
    const summits = apiEventsWindow(corpus, ok('from=2000-01-01&to=2030-12-31&q=SUMMIT'), 'en');
    expect(summits.total).toBeGreaterThanOrEqual(dated.filter((e) => e.type === 'summit').length);
    expect(summits.total).toBeGreaterThan(0);
    expect(summits.total).toBeLessThan(dated.length);
    expect(apiEventsWindow(corpus, ok('from=2000-01-01&to=2030-12-31&q=no-such-word-anywhere'), 'en').total).toBe(0);
  });

  it("answers in the timeline's shape: labels in the language asked for, parents only when in the window", () => {
    const answer = apiEventsWindow(corpus, { ...ok('from=2025-11-15&to=2025-11-15'), shape: 'timeline' }, 'ru');
    expect(answer.events.length).toBeGreaterThan(0);
    for (const e of answer.events) {
      expect(e).toMatchObject({ id: expect.any(String), typeLabel: expect.any(String), dateLabel: expect.any(String) });
      expect(Object.keys(e)).not.toContain('sources');
      if (e.parent !== null) expect(answer.events.map((x) => x.id)).toContain(e.parent);
    }
    expect(answer.events.map((e) => e.typeLabel)).toContain('Брифинг');
  });

  it('counts an over-limit window in about as many periods as asked', () => {
    const capped = apiEventsWindow(corpus, ok('from=2025-01-01&to=2025-12-31&limit=1&buckets=12'), 'en');
    expect(capped.clusters.length).toBeGreaterThan(0);
    expect(capped.clusters.length).toBeLessThanOrEqual(12);
  });

  it('buckets are whole days inside the window', () => {
    const buckets = clusterCounts(dated, '2025-01-01', '2025-12-31');
    for (const b of buckets) expect(b.start <= b.end && b.start >= '2025-01-01' && b.end <= '2025-12-31').toBe(true);
  });
});

describe('the events window with long events', () => {
  const ev = (id: string, start: string, end: string | null) =>
    ({
      id,
      type: 'talks',
      start,
      end,
      when: start,
      before: null,
      status: 'reported',
      placeId: null,
      participants: [],
      parent: null,
      sources: [],
      title: { kk: id, en: id, ru: id },
    }) as unknown as import('@/lib/corpus/types').CorpusEvent;
  const corpus = {
    articles: [],
    failures: [],
    events: [
      ev('long', '2020-01-01', '2020-12-31'),
      ev('short', '2020-06-10', '2020-06-12'),
      ev('before', '2020-05-01', null),
    ],
  };

  it('finds an event that began long before the window and is still running', () => {
    expect(eventsInWindow(corpus, ok('from=2020-06-01&to=2020-06-30')).dated.map((e) => e.id)).toEqual([
      'long',
      'short',
    ]);
    expect(eventsInWindow(corpus, ok('from=2021-01-01&to=2021-01-31')).dated).toEqual([]);
  });
});
