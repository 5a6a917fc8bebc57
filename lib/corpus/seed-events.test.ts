import { describe, expect, it } from 'vitest';
import { buildCorpus } from './build-corpus';
import { childrenOf } from './query';
import { seedFiles } from '../test-support/seeds';
import type { CorpusEvent } from './types';

// Every row of docs/seed-events.md, pinned. The values come from the article text through lib/; this
// file is the only place the expected answers are written down.
const corpus = buildCorpus(seedFiles());
const one = (pred: (e: CorpusEvent) => boolean): CorpusEvent => {
  const hits = corpus.events.filter(pred);
  expect(hits).toHaveLength(1);
  return hits[0]!;
};
const actorIds = (e: CorpusEvent) => e.participants.map((p) => p.actorId).sort();
const quotes = (e: CorpusEvent, articleId: string) =>
  e.sources.filter((s) => s.articleId === articleId).map((s) => s.quote);
const A000 = '000_01a58fac432dcdd2';
const A002 = '002_d88e8d9bd04ff96a';

describe('the seed articles', () => {
  it('read without failures', () => {
    expect(corpus.failures).toEqual([]);
    expect(corpus.articles.map((a) => [a.article.id, a.article.date])).toEqual([
      [A000, '2025-11-15'],
      [A002, '2025-11-14'],
    ]);
  });

  it('yield exactly the seven events, no more', () => {
    expect(corpus.events.map((e) => e.type).sort()).toEqual(
      ['briefing', 'council-session', 'informal-visit', 'joint-statement', 'state-visit', 'summit', 'talks'].sort(),
    );
  });

  it('1: the state visit to Tashkent, 14-15 November, announced in 002 and reported by 000', () => {
    const e = one((x) => x.type === 'state-visit');
    expect(e.id).toBe('2025-11-14-state-visit-kz-uz');
    expect([e.start, e.end, e.when]).toEqual(['2025-11-14', '2025-11-15', '2025-11-14/2025-11-15']);
    expect(e.placeId).toBe('tashkent');
    expect(e.participants).toEqual(
      expect.arrayContaining([
        { actorId: 'tokayev', role: 'guest' },
        { actorId: 'mirziyoyev', role: 'host' },
      ]),
    );
    expect(e.status).toBe('reported');
    expect(e.sources.find((s) => s.articleId === A002)?.status).toBe('announced');
    expect(quotes(e, A002).some((q) => q.includes('14-15 қараша күндері Қасым-Жомарт Тоқаев'))).toBe(true);
    expect(quotes(e, A002).some((q) => q.includes('мемлекеттік сапары қарсаңында'))).toBe(true);
    expect(quotes(e, A000).some((q) => q.includes('Осы сапарымның басты мақсаты'))).toBe(true);
    expect(e.parent).toBeNull();
  });

  it('2, 3, 6: talks, the council session and the joint statement happen during the visit', () => {
    const visit = one((x) => x.type === 'state-visit');
    const talks = one((x) => x.type === 'talks');
    const council = one((x) => x.type === 'council-session');
    const statement = one((x) => x.type === 'joint-statement');
    expect(childrenOf(corpus, visit.id).map((e) => e.type)).toEqual(
      expect.arrayContaining(['talks', 'council-session', 'joint-statement']),
    );
    for (const e of [talks, council, statement]) {
      expect(e.parent).toBe(visit.id);
      expect(e.start! >= '2025-11-14' && e.end! <= '2025-11-15').toBe(true);
      expect(e.placeId).toBe('tashkent');
      expect(e.status).toBe('reported');
      expect(actorIds(e)).toEqual(['mirziyoyev', 'tokayev']);
    }
    expect(quotes(talks, A002).some((q) => q.includes('шағын және кеңейтілген құрамда келіссөз жүргізеді'))).toBe(true);
    expect(quotes(talks, A000).some((q) => q.includes('келіссөздердің'))).toBe(true);
    expect(quotes(council, A002).some((q) => q.includes('Жоғары мемлекетаралық кеңесінің екінші отырысы өтеді'))).toBe(
      true,
    );
    expect(quotes(council, A000).some((q) => q.includes('Жоғары мемлекетаралық кеңесі екінші отырысының'))).toBe(true);
    expect(council.title.en).toMatch(/Second meeting of the Kazakhstan–Uzbekistan Supreme Interstate Council/);
    expect(statement.when).toBe('2025-11-15');
    expect(quotes(statement, A000).some((q) => q.includes('Бірлескен мәлімдеме қабылдаған еді'))).toBe(true);
  });

  it('4: the VII Consultative Meeting on 16 November, announced', () => {
    const e = one((x) => x.type === 'summit');
    expect(e.when).toBe('2025-11-16');
    expect(e.placeId).toBe('tashkent');
    expect(e.status).toBe('announced');
    expect(actorIds(e)).toContain('tokayev');
    expect(e.title.en).toBe('VII Consultative Meeting of the Heads of State of Central Asia');
    expect(quotes(e, A002).some((q) => q.includes('Ал 16 қарашада Президент Ташкентте өтетін'))).toBe(true);
    expect(e.parent).toBeNull();
  });

  it('5: the briefing for the media on 15 November, from the title of 000', () => {
    const e = one((x) => x.type === 'briefing');
    expect(e.when).toBe('2025-11-15');
    expect(e.placeId).toBe('tashkent');
    expect(e.status).toBe('reported');
    expect(actorIds(e)).toEqual(['mirziyoyev', 'tokayev']);
    expect(quotes(e, A000)[0]).toBe('Қазақстан мен Өзбекстан президенттері БАҚ өкілдеріне арналған брифинг өткізді');
  });

  it('7: the informal visit to Khiva is undated, before 14 November, never on a made-up date', () => {
    const e = one((x) => x.type === 'informal-visit');
    expect([e.start, e.end, e.when]).toEqual([null, null, null]);
    expect(e.before).toBe('2025-11-14');
    expect(e.placeId).toBe('khiva');
    expect(e.status).toBe('reported');
    expect(actorIds(e)).toEqual(['mirziyoyev', 'tokayev']);
    expect(quotes(e, A002).some((q) => q.includes('Хиуаға жасаған кейінгі бейресми сапары'))).toBe(true);
  });

  it('the commentator and the press service are sources, not participants', () => {
    for (const e of corpus.events) expect(actorIds(e)).not.toContain('tolipov');
  });
});

describe('temporal expressions of the seeds', () => {
  const times = (id: string) =>
    corpus.articles.find((a) => a.article.id === id)!.times.map((t) => [t.text, t.value, t.kind]);
  it('002', () => {
    expect(times(A002)).toEqual([
      ['2025-11-14', '2025-11-14', 'date'],
      ['Бірнеше жыл бұрын', null, 'vague'],
      ['90-шы жылдардан бастап', '199X/..', 'decade'],
      ['14-15 қараша күндері', '2025-11-14/2025-11-15', 'range'],
      ['16 қарашада', '2025-11-16', 'date'],
    ]);
  });
  it('000', () => {
    expect(times(A000)).toEqual([
      ['2025-11-15', '2025-11-15', 'date'],
      ['бүгінгі', '2025-11-15', 'relative'],
    ]);
  });
});
