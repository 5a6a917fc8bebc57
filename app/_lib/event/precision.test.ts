import { describe, expect, it } from 'vitest';
import { buildCorpus } from '@/lib/corpus/build-corpus';
import { seedFiles } from '@/lib/test-support/seeds';
import { getDictionary } from '@/app/_i18n/dictionary';
import { eventDateLabel, isImprecise } from './event-details';
import { timelineEvents } from '@/app/_lib/timeline/timeline-items';

const visit = buildCorpus(seedFiles()).events.find((e) => e.type === 'state-visit' && e.start === '2025-11-14')!;
const inJuly = { ...visit, id: 'july', when: '2024-07', start: '2024-07-01', end: '2024-07-31' };
const in2024 = { ...visit, id: 'year', when: '2024', start: '2024-01-01', end: '2024-12-31' };

describe('an event known only to the month or the year', () => {
  it('says so in words, in each language, instead of a span of days that reads as a long event', () => {
    expect(eventDateLabel(inJuly, getDictionary('en'))).toBe('Some time in July 2024 (no exact day)');
    expect(eventDateLabel(in2024, getDictionary('en'))).toBe('Some time in 2024 (no exact day)');
    expect(eventDateLabel(in2024, getDictionary('ru'))).toMatch(/^Точный день неизвестен: 2024/);
    expect(eventDateLabel(inJuly, getDictionary('kk'))).toMatch(/^Нақты күні белгісіз: /);
    expect(eventDateLabel(visit, getDictionary('en'))).not.toMatch(/Some time/);
  });

  it('is drawn as an imprecise marker; an event known to the day is not', () => {
    expect([isImprecise(inJuly), isImprecise(in2024), isImprecise(visit)]).toEqual([true, true, false]);
    const [july, year, days] = timelineEvents([inJuly, in2024, visit], () => [], getDictionary('en'));
    expect([july?.imprecise, year?.imprecise, days?.imprecise]).toEqual([true, true, undefined]);
  });
});
