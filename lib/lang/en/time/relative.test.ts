import { describe, expect, it } from 'vitest';
import { expectOne, rowsAgainst, type Row } from './expect-en';

describe('relative expressions, reference 2025-11-14', () => {
  const ref = '2025-11-14';
  it.each<Row>([
    ['The minister arrived today.', 'today', '2025-11-14'],
    ['The minister arrived yesterday.', 'yesterday', '2025-11-13'],
    ['The minister leaves tomorrow.', 'tomorrow', '2025-11-15'],
    ['Shares fell late yesterday.', 'late yesterday', '2025-11-13'],
    ['Trade grew this year.', 'this year', '2025'],
    ['Trade grew last year.', 'last year', '2024'],
    ['Trade will grow next year.', 'next year', '2026'],
    ['Prices rose earlier this year.', 'earlier this year', '2025'],
    ['Talks stalled last week.', 'last week', '2025-11-03/2025-11-09'],
    ['Talks resume next month.', 'next month', '2025-12'],
    ['The accord was signed this month.', 'this month', '2025-11'],
    ['The envoy left two days ago.', 'two days ago', '2025-11-12'],
    ['Profit rose from $3 million a year earlier.', 'a year earlier', '2024'],
    ['The pact was signed almost four years ago.', 'almost four years ago', '2021'],
    ['The embassy opened three months ago.', 'three months ago', '2025-08'],
    ['The crisis began a decade ago.', 'a decade ago', '2015'],
    ['Profit beat year-earlier results.', 'year-earlier', '2024'],
    ['Results for the weekend were strong.', 'the weekend', '2025-11-08/2025-11-09', '2025-W45-WE'],
    ['A hearing is set for the week of Dec. 1.', 'the week of Dec. 1', '2025-12-01/2025-12-07'],
  ])('%s', rowsAgainst(ref));

  it('a time of a relative day: this morning, last night', () => {
    expectOne('Shares fell this morning.', ref, { text: 'this morning', value: '2025-11-14', timex: '2025-11-14TMO' });
    expectOne('The blast was heard last night.', ref, {
      text: 'last night',
      value: '2025-11-13',
      timex: '2025-11-13TNI',
    });
  });

  it('an uncounted `years ago` is vague: no made-up date', () => {
    const m = expectOne('The border was closed years ago.', ref, { text: 'years ago', value: null, kind: 'vague' });
    expect(m.direction).toBe('past');
  });

  it('`N days later` counts from the story, not the article date: a duration', () => {
    expectOne('The treaty was ratified three days later.', ref, { text: 'three days', value: 'P3D', kind: 'duration' });
  });
});
