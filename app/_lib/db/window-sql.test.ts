import fc from 'fast-check';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { buildCorpus } from '@/lib/corpus/build-corpus';
import { emptyHistory } from '@/lib/corpus/id-history';
import type { Corpus } from '@/lib/corpus/types';
import { seedFiles, utf8 } from '@/lib/test-support/seeds';
import { synthCorpus } from '@/scripts/corpus-synth';
import { parseEventsQuery, type EventsQuery } from '@/app/_lib/api/events-params';
import { eventsInWindow } from '@/app/_lib/corpus/event-query';
import { serverEventFacets } from '@/app/_lib/search/terms';
import { CorpusRepository } from './corpus-repository';
import type { CorpusDatabase } from './open';
import { databasesUnderTest, freshDatabaseFor } from './test-databases';

// A window query answered by the database's indexes gives exactly the events the in-memory look-up gives
// (the timeline's filters in the browser follow the same rules): random windows, filters and words, over the
// seeds and a synthetic corpus of several years in three languages.
const targets = await databasesUnderTest();
// An embedded PostgreSQL (WebAssembly) is opened and migrated per database, on two cores shared with the other
// test files: seconds, not the default five.
vi.setConfig({ testTimeout: 30_000, hookTimeout: 30_000 });
const corpus: Corpus = buildCorpus([
  ...seedFiles(),
  ...synthCorpus(300, 7).articles.map((a) => ({ fileName: a.fileName, bytes: utf8(a.text) })),
]);
const facets = corpus.events.map((e) => serverEventFacets(e));
const values = <T>(xs: Iterable<T>) => [...new Set(xs)].sort();
const types = values(corpus.events.map((e) => e.type));
const countries = values(facets.flatMap((f) => f.countries));
const persons = values(facets.flatMap((f) => f.persons));
const places = values(corpus.events.flatMap((e) => (e.placeId ? [e.placeId] : [])));
// Words that occur (from titles and sentences, any case), and some that do not, and LIKE's own wildcards.
const words = values(
  corpus.events.flatMap((e) => e.title.en.split(/\s+/).concat(e.sources[0]?.quote.split(/\s+/).slice(0, 4) ?? [])),
).filter((w) => w.length > 1);

const day = fc
  .integer({ min: Date.UTC(2014, 0, 1), max: Date.UTC(2026, 11, 31) })
  .map((t) => new Date(t).toISOString().slice(0, 10));
const queryArb = fc
  .record({
    window: fc.option(
      fc.tuple(day, day).map(([a, b]) => (a <= b ? [a, b] : [b, a])),
      { nil: null },
    ),
    type: fc.subarray(types, { maxLength: 2 }),
    country: fc.subarray(countries, { maxLength: 2 }),
    person: fc.subarray(persons, { maxLength: 1 }),
    place: fc.subarray(places, { maxLength: 1 }),
    status: fc.constantFrom(null, 'announced', 'reported'),
    q: fc.oneof(
      fc.constant(''),
      fc.constantFrom(...words),
      fc.constantFrom('100%', 'a_b', 'no-such-word', 'тоқаев ташкент'),
    ),
  })
  .map((r) => {
    const p = new URLSearchParams();
    if (r.window) {
      p.set('from', r.window[0]!);
      p.set('to', r.window[1]!);
    }
    if (r.type.length) p.set('type', r.type.join(','));
    if (r.country.length) p.set('country', r.country.join(','));
    if (r.person.length) p.set('person', r.person.join(','));
    if (r.place.length) p.set('place', r.place.join(','));
    if (r.status) p.set('status', r.status);
    if (r.q) p.set('q', r.q);
    const parsed = parseEventsQuery(p);
    if ('error' in parsed) throw new Error(`${p}: ${parsed.error}`);
    return parsed.query;
  });

describe.each(targets)('window queries in SQL on the $name database', (target) => {
  const database = freshDatabaseFor(target);
  let open: CorpusDatabase;
  let repo: CorpusRepository;
  beforeAll(async () => {
    open = database();
    repo = new CorpusRepository(open.db, 'v1', () => {});
    // Parses first: a corpus is published only with every article's parse beside it.
    await repo.keepParsed(corpus.articles.map((a) => [`k-${a.article.fileName}`, { ok: true, analysed: a }] as const));
    await repo.publish(
      corpus,
      'k',
      new Map(corpus.articles.map((a) => [a.article.fileName, `k-${a.article.fileName}`])),
      emptyHistory(),
    );
  }, 60_000);

  const inMemory = (q: EventsQuery) => {
    const { dated, undated } = eventsInWindow(corpus, q);
    return { dated: dated.map((e) => e.id).sort(), undated: undated.map((e) => e.id).sort() };
  };

  it('finds what the in-memory look-up finds, for any window, filters and words', async () => {
    expect(corpus.events.length).toBeGreaterThan(100);
    let found = 0;
    let foundByWord = 0;
    await fc.assert(
      fc.asyncProperty(queryArb, async (q) => {
        const sqlAnswer = await repo.windowIds(q);
        const expected = inMemory(q);
        expect({ dated: sqlAnswer.dated.sort(), undated: sqlAnswer.undated.sort() }).toEqual(expected);
        if (expected.dated.length > 0) found++;
        if (expected.dated.length > 0 && q.q !== '') foundByWord++;
      }),
      // A fixed seed: the same queries on every run, so that the counts below are not left to chance.
      { numRuns: 200, seed: 20_261_203 },
    );
    // Not a property that holds because nothing is ever found.
    expect(found).toBeGreaterThan(10);
    expect(foundByWord).toBeGreaterThan(3);
  }, 60_000);

  it('uses the indexes for a window and for words', async () => {
    // Planner choices depend on table size; with sequential scans off, the plan must be able to use the indexes.
    await open.db.transaction().execute(async (tx) => {
      const { sql } = await import('kysely');
      await sql`set local enable_seqscan = off`.execute(tx);
      const windowPlan = await sql<{
        'QUERY PLAN': string;
      }>`explain select id from events where period && daterange('2025-11-01', '2025-11-30', '[]')`.execute(tx);
      expect(windowPlan.rows.map((r) => r['QUERY PLAN']).join('\n')).toMatch(/events_period/);
      const wordPlan = await sql<{
        'QUERY PLAN': string;
      }>`explain select id from events where search like '%ташкент%'`.execute(tx);
      expect(wordPlan.rows.map((r) => r['QUERY PLAN']).join('\n')).toMatch(/events_search/);
    });
  });
});
