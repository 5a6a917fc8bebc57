import { describe, expect, it } from 'vitest';
import { expectOne, rowsAgainst, type Row } from './expect-en';

// 2025-11-14 is a Friday.
describe('weekdays by tense, reference 2025-11-14 (Friday)', () => {
  const ref = '2025-11-14';
  it.each<Row>([
    ['The president met the delegation on Tuesday.', 'Tuesday', '2025-11-11'],
    ['The president will meet the delegation on Tuesday.', 'Tuesday', '2025-11-18'],
    ['Ministers said Friday that talks would resume.', 'Friday', '2025-11-14'],
    ['The talks will resume Friday.', 'Friday', '2025-11-14'],
    ['The deal was signed last Friday.', 'last Friday', '2025-11-07'],
    ['The vote is next Monday.', 'next Monday', '2025-11-17'],
    ['Opposition groups rejected Wednesday’s ruling.', 'Wednesday’s', '2025-11-12'],
    ['The summit is set to open Monday in Astana.', 'Monday', '2025-11-17'],
    ['The court gave them until Tuesday to leave.', 'Tuesday', '2025-11-18'],
    ['The agency extended its deadline until 9 a.m. EST Tuesday.', '9 a.m. EST Tuesday', '2025-11-18T09:00'],
  ])('%s', rowsAgainst(ref));

  it('with no tense, a weekday is the last such day', () => {
    expectOne('Talks in Astana on Wednesday.', ref, { text: 'Wednesday', value: '2025-11-12' });
  });

  it('a weekday with a part of the day is a TIMEX3 time', () => {
    const m = expectOne('Protesters gathered on Thursday night.', ref, {
      text: 'Thursday night',
      value: '2025-11-13',
      timex: '2025-11-13TNI',
    });
    expect(m.kind).toBe('time');
  });

  it('plural weekdays recur', () => {
    expectOne('Flights leave on Tuesday nights.', ref, {
      text: 'Tuesday nights',
      value: null,
      kind: 'set',
      timex: 'XXXX-WXX-2TNI',
    });
  });
});
