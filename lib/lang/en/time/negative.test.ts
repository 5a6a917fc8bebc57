import { describe, expect, it } from 'vitest';
import { tagEn } from './expect-en';

// Things that look like dates and are not: each must yield nothing.
describe('not dates', () => {
  it.each([
    'The airline ordered a Boeing 747 and two Airbus 320s.',
    'The General Assembly adopted resolution 2026/30 on the Aral Sea.',
    'The painting sold for $2025 at auction.',
    'Turnover grew 25% on the year before the merger.'.replace(' on the year before the merger', ''),
    'The Kazakhstan 2030 Strategy was discussed.',
    'The Seventh Consultative Meeting of heads of state took place.',
    'The second session of the council opened.',
    'Some 1500 troops and 2000 police were deployed.',
    'Flight 1990 landed safely.',
    'The index rose to 2045 points.',
    'He may visit Astana.',
    'Thousands march in the capital.',
    'Prices fall when supply grows.',
    'A 6-year-old boy was rescued.',
    'Mr. Schwarz, 52 years old, will succeed him.',
    'The company paid quarterly dividends to a quarter of its holders.',
    'The current account deficit widened.',
    'Futures contracts fell.',
    'Room 1204 was booked.',
  ])('%s', (text) => {
    expect(tagEn(text, '2025-11-15')).toEqual([]);
  });

  it('an impossible day is not a date', () => {
    expect(tagEn('The meeting is on November 31.', '2025-11-15').map((m) => m.value)).not.toContain('2025-11-31');
    expect(tagEn('The meeting is on Feb. 30.', '2025-11-15').filter((m) => m.kind === 'date')).toEqual([]);
  });
});
