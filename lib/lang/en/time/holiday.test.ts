import { describe, it } from 'vitest';
import { rowsAgainst, type Row } from './expect-en';

describe('holidays, reference 1999-12-10', () => {
  const ref = '1999-12-10';
  it.each<Row>([
    ['Sales peaked at Thanksgiving.', 'Thanksgiving', '1999-11-25'],
    ['Stores will close on Christmas Day.', 'Christmas Day', '1999-12-25'],
    ['The boy arrived last Thanksgiving.', 'last Thanksgiving', '1999-11-25'],
    ['The vote falls on Election Day 2000.', 'Election Day 2000', '2000-11-07'],
    ['Pilgrims came at Easter 2000.', 'Easter 2000', '2000-04-23'],
  ])('%s', rowsAgainst(ref));
});
