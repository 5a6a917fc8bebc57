import type { EventMention } from '../events/types';

/** A closed interval of ISO days. */
export interface DayInterval {
  start: string;
  end: string;
}

/**
 * The days an EDTF value covers: `2025-11-16` → that day; `2025-11-14/2025-11-15` → both; `2025-11` → the month;
 * `2025` → the year. Open or decade values (`199X/..`) are not a day interval: null.
 */
export function edtfToInterval(value: string): DayInterval | null {
  const [a, b] = value.split('/');
  if (b !== undefined) {
    const from = a ? edtfToInterval(a) : null;
    const to = b ? edtfToInterval(b) : null;
    return from && to ? { start: from.start, end: to.end } : null;
  }
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return { start: value, end: value };
  // A month (01–12); `2024-21` … `2024-24` are seasons, below.
  if (/^\d{4}-(?:0[1-9]|1[0-2])$/.test(value)) {
    const [y, m] = value.split('-').map(Number);
    const last = new Date(Date.UTC(y ?? 0, m ?? 1, 0)).getUTCDate();
    return { start: `${value}-01`, end: `${value}-${String(last).padStart(2, '0')}` };
  }
  if (/^\d{4}$/.test(value)) return { start: `${value}-01-01`, end: `${value}-12-31` };
  // EDTF seasons (`2024-21` spring … `2024-24` winter), in the northern hemisphere: spring is March to May.
  const season = /^(\d{4})-(2[1-4])$/.exec(value);
  if (season) {
    const y = Number(season[1]);
    const [from, to] = (
      {
        '21': ['03-01', '05-31'],
        '22': ['06-01', '08-31'],
        '23': ['09-01', '11-30'],
        '24': ['12-01', '02-28'],
      } as const
    )[season[2] as '21'];
    return season[2] === '24'
      ? { start: `${y}-12-01`, end: edtfToInterval(`${y + 1}-02`)!.end }
      : { start: `${y}-${from}`, end: `${y}-${to}` };
  }
  return null;
}

export function mentionValue(m: EventMention): string | null {
  if (m.when.source === 'stated') return m.when.time.value;
  if (m.when.source === 'inherited') return m.when.value;
  return null;
}

export function mentionInterval(m: EventMention): DayInterval | null {
  const v = mentionValue(m);
  return v ? edtfToInterval(v) : null;
}

export function overlaps(a: DayInterval, b: DayInterval): boolean {
  return a.start <= b.end && b.start <= a.end;
}

export function contains(outer: DayInterval, inner: DayInterval): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

/** How much a date claim is worth: stated in the sentence beats inherited from a containing event beats the dateline. */
export function claimStrength(m: EventMention): number {
  if (m.when.source === 'stated') return m.when.time.kind === 'date' || m.when.time.kind === 'range' ? 3 : 2;
  if (m.when.source === 'inherited') return m.when.from === 'parent' ? 1.5 : 1;
  return 0;
}
