import { describe, it } from 'vitest';
import { rowsAgainst, type Row } from './expect-en';

describe('seasons, quarters and halves, reference 1989-10-27', () => {
  const ref = '1989-10-27';
  it.each<Row>([
    ['Sales slumped last fall.', 'last fall', '1988-23', '1988-FA'],
    ['The plant will reopen this summer.', 'this summer', '1989-22', '1989-SU'],
    ['Troops withdrew in the winter of 1994.', 'the winter of 1994', '1994-24', '1994-WI'],
    ['Profit rose in the third quarter.', 'the third quarter', '1989-35', '1989-Q3'],
    ['Third-quarter profit rose 5%.', 'Third-quarter', '1989-35', '1989-Q3'],
    ['Sales fell in the fourth quarter of 1984.', 'the fourth quarter of 1984', '1984-36', '1984-Q4'],
    ['Net rose in the 1988 third quarter.', 'the 1988 third quarter', '1988-35', '1988-Q3'],
    ['Profit will rise in the first half of 1990.', 'the first half of 1990', '1990-40', '1990-H1'],
    ['Earnings for the quarter were flat.', 'the quarter', '1989-35', '1989-Q3'],
    ['Losses narrowed in the current quarter.', 'the current quarter', '1989-36', '1989-Q4'],
    ['Net fell from the year-ago quarter.', 'the year-ago quarter', '1988-35', '1988-Q3'],
  ])('%s', rowsAgainst(ref));

  it('a past-tense quarter that has not begun is last year’s, reference 1998-01-20', () => {
    rowsAgainst('1998-01-20')('Profit rose in the fourth quarter.', 'the fourth quarter', '1997-36', '1997-Q4');
  });

  it('`a year earlier` after a named quarter is that quarter a year before', () => {
    const text = 'Third-quarter net rose to $5 million from $3 million a year earlier.';
    const found = expectRowFrom(text, ref);
    expect(found).toEqual([
      ['Third-quarter', '1989-Q3'],
      ['a year earlier', '1988-Q3'],
    ]);
  });
});

import { expect } from 'vitest';
import { toTimex } from '../../../time/timex';
import { tagEn } from './expect-en';

function expectRowFrom(text: string, ref: string): Array<[string, string]> {
  return tagEn(text, ref).map((m) => [m.text, toTimex(m).value]);
}
