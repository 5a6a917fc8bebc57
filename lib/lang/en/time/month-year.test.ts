import { describe, expect, it } from 'vitest';
import { expectOne, rowsAgainst, type Row } from './expect-en';

describe('months, reference 2025-11-14', () => {
  const ref = '2025-11-14';
  it.each<Row>([
    ['Trade grew in November 2025.', 'November 2025', '2025-11'],
    ['The plan was adopted in Nov. 2024.', 'Nov. 2024', '2024-11'],
    ['Talks resumed in September.', 'September', '2025-09'],
    ['The summit will be held in March.', 'March', '2026-03'],
    ['Prices fell last November.', 'last November', '2024-11'],
    ['Talks stalled in early October.', 'early October', '2025-10'],
    ['The report is expected in mid-December.', 'mid-December', '2025-12'],
    ['Work started at the end of August.', 'the end of August', '2025-08'],
    ['The office opened in June last year.', 'June last year', '2024-06'],
    ['He was born in January nineteen ninety-seven.', 'January nineteen ninety-seven', '1997-01'],
  ])('%s', rowsAgainst(ref));

  it('a month is a month, with the year implied', () => {
    const m = expectOne('Talks resumed in September.', ref, { text: 'September', value: '2025-09', kind: 'month' });
    expect(m.stated).toEqual({ year: false, month: true, day: false });
  });
});
