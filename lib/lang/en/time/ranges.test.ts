import { describe, expect, it } from 'vitest';
import { expectOne, rowsAgainst, type Row } from './expect-en';

describe('ranges, reference 2025-11-14', () => {
  const ref = '2025-11-14';
  it.each<Row>([
    [
      'The forum runs from 30 November to 2 December.',
      'from 30 November to 2 December',
      '2025-11-30/2025-12-02',
      '2025-11-30',
    ],
    ['Talks were held November 14-15 in Astana.', 'November 14-15', '2025-11-14/2025-11-15', '2025-11-14'],
    ['The fair is open 14-15 November.', '14-15 November', '2025-11-14/2025-11-15'],
    ['The plan covers the years between 2024 and 2026.', 'between 2024 and 2026', '2024/2026', '2024'],
    ['Exports grew from 1990 to 1995.', 'from 1990 to 1995', '1990/1995'],
    ['The exhibition runs Nov. 30 - Dec. 2.', 'Nov. 30 - Dec. 2', '2025-11-30/2025-12-02'],
    ['In January-September 2025, trade grew.', 'January-September 2025', '2025-01/2025-09'],
    ['The plan for 2026-2027 was adopted.', '2026-2027', '2026/2027'],
    ['The 1990-91 season was short.', '1990-91', '1990/1991'],
    // Two mentions could end the range (`the year`, `the year two thousand`): the longer, found by its own parser
    // later, must win as it did when the refiners got every mention in text order.
    ['It ran from 1990 through the year two thousand.', 'from 1990 through the year two thousand', '1990/2000'],
  ])('%s', rowsAgainst(ref));

  it('a range is one mention of kind range', () => {
    const m = expectOne('The forum runs from 30 November to 2 December.', ref, {
      text: 'from 30 November to 2 December',
      value: '2025-11-30/2025-12-02',
    });
    expect(m.kind).toBe('range');
  });
});
