import { describe, expect, it } from 'vitest';
import { buildCorpus } from '@/lib/corpus/build-corpus';
import { seedFiles } from '@/lib/test-support/seeds';
import type { CorpusEvent, EventSource } from '@/lib/corpus/types';
import { getDictionary } from '@/app/_i18n/dictionary';
import { dateExplanation, dateGivingRank, dateGivingSource } from './date-explanation';
import { eventDescription } from '@/app/_lib/og/json-ld';
import { eventView } from './event-details';

const corpus = buildCorpus(seedFiles());
const of = (type: CorpusEvent['type']) => corpus.events.find((e) => e.type === type)!;
const en = getDictionary('en');
const kk = getDictionary('kk');
const ru = getDictionary('ru');
const RULE_ID = /[a-z]+\/[A-Z]|no-time|parser|rule/;

describe("where a source's date comes from, in words", () => {
  it('quotes the expression of a sentence that states the date, in each language, with no rule ids', () => {
    const visit = of('state-visit');
    const stated = visit.sources.find((s) => s.claim.how === 'stated' && s.timeText !== null)!;
    expect(dateExplanation(stated, visit, en)).toContain(`“${stated.timeText}”`);
    expect(dateExplanation(stated, visit, kk)).toContain(`«${stated.timeText}»`);
    expect(dateExplanation(stated, visit, ru)).toContain(`«${stated.timeText}»`);
    for (const e of corpus.events)
      for (const s of e.sources) for (const t of [en, kk, ru]) expect(dateExplanation(s, e, t)).not.toMatch(RULE_ID);
  });

  it('says a sentence without a date takes it from the others', () => {
    const source = (
      how: EventSource['claim']['how'],
      articleId: string,
      from?: 'parent' | 'article-date',
    ): EventSource => ({
      ...of('state-visit').sources[0]!,
      articleId,
      timeText: null,
      claim: { when: how === 'none' ? null : '2025-11-14', how, ...(from ? { from } : {}) },
    });
    const lonely = source('none', 'a');
    const event = { start: '2025-11-14', sources: [lonely, { ...source('stated', 'a'), timeText: '14 November' }] };
    expect(dateExplanation(lonely, event, en)).toBe(en.evidence.dateFromOtherSentences);
    expect(dateExplanation(lonely, { start: '2025-11-14', sources: [lonely, source('stated', 'b')] }, en)).toBe(
      en.evidence.dateFromOtherArticles,
    );
    expect(dateExplanation(lonely, { start: null, sources: [lonely] }, en)).toBe(en.evidence.dateNowhere);
    expect(dateExplanation(source('inherited', 'a', 'parent'), event, en)).toMatch(/event it is part of/);
    expect(dateExplanation(source('inherited', 'a', 'article-date'), event, en)).toMatch(/day of the report/);
  });
});

describe('the date-giving sentence first', () => {
  it("ranks a sentence stating the event's date before inherited and undated ones", () => {
    for (const e of corpus.events) {
      const first = dateGivingSource(e, 'en')!;
      expect(e.sources.every((s) => dateGivingRank(first, e) <= dateGivingRank(s, e))).toBe(true);
    }
  });

  it('lists it first on the event page', () => {
    for (const e of corpus.events) {
      const view = eventView(corpus, e, en);
      const listed = view.byLanguage.flatMap((g) => g.articles.flatMap((a) => a.sources));
      expect(listed[0]!.dateRank).toBe(Math.min(...listed.map((s) => s.dateRank)));
      expect(listed).toHaveLength(e.sources.length);
    }
  });

  it("starts the preview description with the event's own date-giving sentence", () => {
    const visit = of('state-visit');
    const view = eventView(corpus, visit, en);
    const own = dateGivingSource(visit, 'en')!;
    expect(own.claim.how).toBe('stated');
    expect(
      eventDescription(visit, view, 'fallback', 'en').startsWith(own.quote.replace(/\s+/g, ' ').trim().slice(0, 60)),
    ).toBe(true);
    expect(eventDescription(visit, view, 'fallback', 'en')).toContain(view.dateLabel);
  });
});
