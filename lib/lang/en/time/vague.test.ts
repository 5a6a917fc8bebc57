import { describe, expect, it } from 'vitest';
import { toTimex } from '../../../time/timex';
import { expectOne, rowsAgainst, type Row } from './expect-en';

describe('vague references, reference 2025-11-14', () => {
  const ref = '2025-11-14';
  it.each<Row>([
    ['The two countries now trade in tenge.', 'now', null, 'PRESENT_REF'],
    ['The plant currently employs 300 people.', 'currently', null, 'PRESENT_REF'],
    ['The minister recently visited Astana.', 'recently', null, 'PAST_REF'],
    ['Such visits were rare in the past.', 'in the past', null, 'PAST_REF'],
    ['Trade has doubled in recent years.', 'in recent years', null, 'PAST_REF'],
    ['Both sides look to the future.', 'the future', null, 'FUTURE_REF'],
    ['Prices will stay high in the near term.', 'the near term', null, 'FUTURE_REF'],
  ])('%s', rowsAgainst(ref));

  it('never makes up a date, and says which way it points', () => {
    const m = expectOne('The minister recently visited Astana.', ref, { text: 'recently', value: null, kind: 'vague' });
    expect(m.direction).toBe('past');
    expect(toTimex(m)).toEqual({ type: 'DATE', value: 'PAST_REF' });
  });
});
