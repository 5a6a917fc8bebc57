import { describe, expect, it } from 'vitest';
import { buildCorpus } from '@/lib/corpus/build-corpus';
import { seedFiles } from '@/lib/test-support/seeds';
import { eventFacets, type EventFacets } from '@/lib/corpus/filter';
import { parseEventsQuery } from '@/app/_lib/api/events-params';
import { corpusFacetList, rankedEvents } from '@/app/_lib/corpus/event-query';
import { apiEventsWindow } from '@/app/_lib/api/events-answer';
import { bestMatchFirst, compareRanked, matchReason, type MatchReason } from './rank';

const corpus = buildCorpus(seedFiles());
const facets = new Map(corpusFacetList(corpus).map((f) => [f.id, f] as const));

/** Facets of a made-up event: what ranking looks at, without a corpus. */
function facetsOf(titles: string[], quotes: string[], terms: string[]): EventFacets {
  const [kk = '', ru = '', en = ''] = titles;
  return eventFacets(
    {
      id: 'x',
      type: 'talks',
      participants: [],
      placeId: null,
      title: { kk, ru, en },
      sources: quotes.map((quote) => ({ quote })),
    } as never,
    () => undefined,
    terms,
  );
}

function api(q: string) {
  const parsed = parseEventsQuery(new URLSearchParams({ q }));
  if ('error' in parsed) throw new Error(parsed.error);
  return apiEventsWindow(corpus, parsed.query, 'en');
}

describe('match reasons', () => {
  const f = facetsOf(
    ['Тоқаев Бакуде саммитке қатысты', 'Токаев посетил саммит в Баку', 'Tokayev attends Baku summit'],
    ['Переговоры прошли в Баку в рамках встречи.'],
    ['Қасым-Жомарт Тоқаев', 'Тоқаев', 'Kassym-Jomart Tokayev', 'Tokayev', 'Баку', 'Summit'],
  );

  it('a whole name or spelling, in any script, is a name match', () => {
    for (const q of ['Тоқаев', 'Токаев', 'tokayev', 'Kassym-Jomart Tokayev', 'summit', 'БАКУ'])
      expect(matchReason(f, q), q).toBe('name');
  });

  it('the beginning of a name (or of each word of it) is a prefix match', () => {
    for (const q of ['Токае', 'Kassym Tok', 'Жомарт', 'kassym', 'summ']) expect(matchReason(f, q), q).toBe('prefix');
  });

  it('a word beginning a title word is a title match; anything else that occurs is a text match', () => {
    expect(matchReason(f, 'attends')).toBe('title');
    expect(matchReason(f, 'посетил')).toBe('title');
    expect(matchReason(f, 'переговоры')).toBe('text');
    expect(matchReason(f, 'ttends')).toBe('text');
    expect(matchReason(f, 'Ankara')).toBeNull();
  });

  it('orders by reason, then newest first, undated last', () => {
    const rows = [
      { id: 'a', reason: 'text' as const, start: '2025-06-01' },
      { id: 'b', reason: 'name' as const, start: '2024-01-01' },
      { id: 'c', reason: 'name' as const, start: '2025-01-01' },
      { id: 'd', reason: 'name' as const, start: null },
      { id: 'e', reason: 'title' as const, start: '2026-01-01' },
    ];
    expect(rows.sort(compareRanked).map((r) => r.id)).toEqual(['c', 'b', 'd', 'e', 'a']);
  });
});

describe('ranked search over the seed corpus', () => {
  const ofType = (type: string) => corpus.events.filter((e) => e.type === type).map((e) => e.id);
  const withActor = (id: string) =>
    corpus.events
      .filter((e) => facets.get(e.id)?.persons.includes(id) || facets.get(e.id)?.countries.includes(id))
      .map((e) => e.id);

  it.each([
    ['Tokayev', () => withActor('tokayev')],
    ['Токаев', () => withActor('tokayev')],
    ['Тоқаев', () => withActor('tokayev')],
    ['Toqaev', () => withActor('tokayev')],
    ['Azerbaijan', () => withActor('az')],
    ['Әзербайжан', () => withActor('az')],
    ['summit', () => ofType('summit')],
    ['саммит', () => ofType('summit')],
    ['переговоры', () => ofType('talks')],
  ])('"%s" finds its events first, as name matches, newest first', (q, expected) => {
    const ids = expected();
    expect(ids.length, q).toBeGreaterThan(0);
    const answer = api(q);
    const dated = ids.filter((id) => corpus.events.find((e) => e.id === id)?.start !== null);
    // Every event of the name is found, and all of them come before any weaker match.
    expect(
      answer.events
        .slice(0, dated.length)
        .map((e) => e.id)
        .sort(),
    ).toEqual(dated.sort());
    for (const e of answer.events.slice(0, dated.length))
      expect(e.match, `${q} ${e.id}`).toEqual({ reason: 'name', score: 4 });
    const starts = answer.events.slice(0, dated.length).map((e) => ('start' in e ? e.start : null) as string);
    expect(starts).toEqual(starts.slice().sort().reverse());
  });

  it('a title word ranks above a match in a source sentence only', () => {
    const ranked = rankedEvents(corpus, corpus.events, 'переговоры');
    const reasons = ranked.map((r) => r.reason);
    expect(reasons).toEqual(
      reasons
        .slice()
        .sort(
          (a, b) => ['name', 'prefix', 'title', 'text'].indexOf(a) - ['name', 'prefix', 'title', 'text'].indexOf(b),
        ),
    );
  });

  it('without a search, the API keeps date order and says nothing of matches', () => {
    const parsed = parseEventsQuery(new URLSearchParams({ type: 'summit' }));
    if ('error' in parsed) throw new Error(parsed.error);
    const answer = apiEventsWindow(corpus, parsed.query, 'en');
    expect(answer.events.every((e) => e.match === undefined)).toBe(true);
  });
});

describe('bestMatchFirst', () => {
  it('orders as compareRanked does, keeps the items and leaves the input alone', () => {
    const items = [
      { id: 'a', start: '2025-11-14', label: 'A' },
      { id: 'b', start: '2025-11-16', label: 'B' },
      { id: 'c', start: null, label: 'C' },
      { id: 'd', start: '2025-11-15', label: 'D' },
    ];
    const reasons: Record<string, MatchReason | null> = { a: 'name', b: 'text', c: 'name', d: 'text' };
    const ranked = bestMatchFirst(items, (id) => reasons[id] ?? null);
    expect(ranked.map((r) => r.label)).toEqual(['A', 'C', 'B', 'D']);
    expect(items.map((r) => r.id)).toEqual(['a', 'b', 'c', 'd']);
  });
});
