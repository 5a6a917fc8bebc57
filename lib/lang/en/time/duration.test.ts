import { describe, it } from 'vitest';
import { rowsAgainst, type Row } from './expect-en';

describe('durations, reference 2025-11-14', () => {
  const ref = '2025-11-14';
  it.each<Row>([
    ['He served for five years.', 'five years', 'P5Y'],
    ['The talks lasted three months.', 'three months', 'P3M'],
    ['Exports rose in the past two months.', 'the past two months', 'P2M'],
    ['The loan runs about 18 months.', 'about 18 months', 'P18M'],
    ['The trip lasts two to three weeks.', 'two to three weeks', 'P2W'],
    ['The hearing lasted 2 1/2 hours.', '2 1/2 hours', 'PT2H30M'],
    ['They signed a five-year agreement.', 'five-year', 'P5Y'],
    ['Stocks hit a five year low.', 'five year', 'P5Y'],
    ['The ban lasted a year.', 'a year', 'P1Y'],
    ['A 16-hour flight ended the visit.', '16-hour', 'PT16H'],
    ['Relations improved over the past decade.', 'the past decade', 'P10Y'],
    ['Over the past 30 years, trade grew tenfold.', 'the past 30 years', 'P30Y'],
    ['The talks lasted over a week.', 'over a week', 'P1W'],
    ['The conflict lasted two decades.', 'two decades', 'P20Y'],
    ['The team has worked for several years.', 'several years', null, 'PXY'],
    ['Talks will continue in the next few days.', 'the next few days', null, 'PXD'],
    ['Tensions have eased in recent months.', 'recent months', null, 'PXM'],
    ['The region was ruled from Moscow for centuries.', 'centuries', null, 'PXCE'],
    ['The decades-long dispute ended.', 'decades-long', null, 'PXDE'],
  ])('%s', rowsAgainst(ref));
});
