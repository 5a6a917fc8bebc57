import type { TimeMention, Timex } from './types';

/**
 * The TIMEX3 (TimeML) type and value of a mention, for scoring by TempEval rules. EDTF and TIMEX3 agree on plain
 * dates; they differ on decades (`199X` vs `199`), centuries, seasons (`2025-21` vs `2025-SP`), quarters and
 * vague references (no EDTF value; `PAST_REF` in TIMEX3).
 */
export function toTimex(m: TimeMention): Timex {
  if (m.timex) return m.timex;
  const v = m.value;
  if (m.kind === 'duration') return { type: 'DURATION', value: v ?? 'PXY' };
  if (m.kind === 'set') return { type: 'SET', value: v ?? 'XXXX' };
  if (m.kind === 'time') return { type: 'TIME', value: v ?? 'XXXX-XX-XXTXX:XX' };
  if (v === null) {
    const ref = m.direction === 'past' ? 'PAST_REF' : m.direction === 'future' ? 'FUTURE_REF' : 'PRESENT_REF';
    return { type: 'DATE', value: ref };
  }
  // A range or open interval: TIMEX3 has no interval value; its start stands for it.
  const first = v.includes('/') ? v.split('/')[0] || v.split('/')[1] || v : v;
  // Seasons and quarters are 7 characters long (`2025-21`), decades and centuries 4 (`199X`, `19XX`): the length
  // spares most values the patterns below (a plain date is 10).
  if (first.length === 7) {
    const season = /^(\d{4})-(2[1-4])$/.exec(first);
    if (season)
      return {
        type: 'DATE',
        value: `${season[1]}-${({ '21': 'SP', '22': 'SU', '23': 'FA', '24': 'WI' } as const)[season[2] as '21']}`,
      };
    const quarter = /^(\d{4})-(3[3-6])$/.exec(first);
    if (quarter) return { type: 'DATE', value: `${quarter[1]}-Q${Number(quarter[2]) - 32}` };
  } else if (first.length === 4) {
    const decade = /^(\d{3})X$/.exec(first);
    if (decade) return { type: 'DATE', value: decade[1] ?? first };
    const century = /^(\d{2})XX$/.exec(first);
    if (century) return { type: 'DATE', value: century[1] ?? first };
  }
  return { type: 'DATE', value: first };
}
