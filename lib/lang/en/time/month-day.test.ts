import { describe, expect, it } from 'vitest';
import { expectOne, rowsAgainst, type Row } from './expect-en';

describe('month and day, reference 2025-11-14 (a Friday)', () => {
  const ref = '2025-11-14';
  it.each<Row>([
    ['The summit opened on Nov. 14 in Astana.', 'Nov. 14', '2025-11-14'],
    ['Talks are due on November 18, 2025.', 'November 18, 2025', '2025-11-18'],
    ['The treaty was signed on 14 November 2025.', '14 November 2025', '2025-11-14'],
    ['He arrived on the 12th of November.', 'the 12th of November', '2025-11-12'],
    ['The vote is set for Sept. 30, 2026.', 'Sept. 30, 2026', '2026-09-30'],
    ['It happened on Friday, Oct. 13.', 'Friday, Oct. 13', '2025-10-13'],
    ['The visit ends December 2.', 'December 2', '2025-12-02'],
    ['International Women’s Day is on March eighth.', 'March eighth', '2026-03-08'],
    ['The deal was struck Aug. 7, 1998, in Nairobi.', 'Aug. 7, 1998', '1998-08-07'],
  ])('%s', rowsAgainst(ref));

  it('marks the year as implied when the text does not state it', () => {
    const m = expectOne('The summit opened on Nov. 14 in Astana.', ref, {
      text: 'Nov. 14',
      value: '2025-11-14',
      kind: 'date',
    });
    expect(m.stated).toEqual({ year: false, month: true, day: true });
    expect(m.rule).toBe('parser/en/MonthDay');
    const full = expectOne('The treaty was signed on 14 November 2025.', ref, {
      text: '14 November 2025',
      value: '2025-11-14',
    });
    expect(full.stated.year).toBe(true);
    expect(full.rule).toBe('parser/en/DayMonth');
  });
});

describe('year inference by tense, reference 2026-01-10', () => {
  const ref = '2026-01-10';
  it('a past-tense December is last year', () => {
    expectOne('The president visited Astana on Dec. 28.', ref, { text: 'Dec. 28', value: '2025-12-28' });
  });
  it('a future-tense February is this year', () => {
    expectOne('The summit will open on Feb. 5.', ref, { text: 'Feb. 5', value: '2026-02-05' });
  });
  it('a deadline looks ahead whatever the verb', () => {
    expectOne('The court gave the family until Jan. 14 to respond.', ref, { text: 'Jan. 14', value: '2026-01-14' });
  });
  it('with no verb near, the nearest occurrence', () => {
    expectOne(
      'The dividend, payable Jan. 20 to holders of record, was approved by the board after a long meeting.',
      ref,
      {
        text: 'Jan. 20',
        value: '2026-01-20',
      },
    );
  });
});
