import { describe, expect, it } from 'vitest';
import { expectOne, rowsAgainst, type Row } from './expect-en';

describe('recurrences, reference 2025-11-14', () => {
  const ref = '2025-11-14';
  it.each<Row>([
    ['The forum meets every year.', 'every year', 'R/P1Y', 'P1Y'],
    ['The report is published annually.', 'annually', 'R/P1Y', 'P1Y'],
    ['Officials meet weekly.', 'weekly', 'R/P1W', 'P1W'],
    ['Flights run daily.', 'daily', 'R/P1D', 'P1D'],
    ['The fair opens each July.', 'each July', null, 'XXXX-07'],
    ['The council meets each Thursday.', 'each Thursday', null, 'XXXX-WXX-4'],
    ['The plant saves $500 million a year.', 'a year', 'R/P1Y', 'P1Y'],
    ['Prices rise 5% per year.', 'per year', 'R/P1Y', 'P1Y'],
  ])('%s', rowsAgainst(ref));

  it('a recurrence is a TIMEX3 SET', () => {
    const m = expectOne('The forum meets every year.', ref, { text: 'every year', value: 'R/P1Y' });
    expect(m.kind).toBe('set');
    expect(m.timex?.type).toBe('SET');
  });
});
