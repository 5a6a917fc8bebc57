/** Calendar arithmetic on ISO dates (`YYYY-MM-DD`), in UTC so that no time zone moves a day. */
import { DAY_MS } from '../model';

export function parseIsoDate(iso: string): { year: number; month: number; day: number } {
  const [y, m, d] = iso.split('-').map(Number);
  return { year: y ?? NaN, month: m ?? NaN, day: d ?? NaN };
}

export function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

export function isoDate(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

export function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1 || day > 31) return false;
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

export function addDays(iso: string, days: number): string {
  const { year, month, day } = parseIsoDate(iso);
  const d = new Date(Date.UTC(year, month - 1, day + days));
  return isoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

export function daysBetween(a: string, b: string): number {
  const pa = parseIsoDate(a);
  const pb = parseIsoDate(b);
  return (Date.UTC(pb.year, pb.month - 1, pb.day) - Date.UTC(pa.year, pa.month - 1, pa.day)) / DAY_MS;
}

/**
 * The year of a day and month stated without one: the occurrence nearest the reference date, moved by tense
 * (a future-tense clause does not point into the past, a past-tense one not into the future).
 */
export function inferYear(month: number, day: number, referenceDate: string, tense: 'past' | 'future' | null): number {
  const ref = parseIsoDate(referenceDate);
  const candidates = [ref.year - 1, ref.year, ref.year + 1].filter((y) => isRealDate(y, month, day) || month === 2);
  let best = ref.year;
  let bestDistance = Infinity;
  for (const y of candidates) {
    const delta = daysBetween(referenceDate, isoDate(y, month, Math.min(day, 28)));
    if (tense === 'future' && delta < -1) continue;
    if (tense === 'past' && delta > 1) continue;
    if (Math.abs(delta) < bestDistance) {
      bestDistance = Math.abs(delta);
      best = y;
    }
  }
  return best;
}

/** ISO weekday of a date: Monday 1 … Sunday 7. */
export function isoWeekday(iso: string): number {
  const { year, month, day } = parseIsoDate(iso);
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay() || 7;
}

/** ISO 8601 week of a date: `2025-W46`. */
export function isoWeek(iso: string): string {
  const { year, month, day } = parseIsoDate(iso);
  const d = new Date(Date.UTC(year, month - 1, day));
  d.setUTCDate(d.getUTCDate() + 4 - (d.getUTCDay() || 7));
  const firstDay = new Date(Date.UTC(d.getUTCFullYear(), 0, 1));
  const week = Math.ceil(((d.getTime() - firstDay.getTime()) / DAY_MS + 1) / 7);
  return `${d.getUTCFullYear()}-W${pad(week)}`;
}

/** The days of an ISO week (`2025-W46` → `2025-11-10/2025-11-16`): EDTF has no week, but an interval of days. */
export function weekDays(week: string): string | null {
  // Every tagged value comes here: the length and the `W` settle most without the pattern.
  if (week.length !== 8 || week.charCodeAt(5) !== 87) return null;
  const m = /^(\d{4})-W(\d{2})$/.exec(week);
  if (!m) return null;
  const year = Number(m[1]);
  const jan4 = new Date(Date.UTC(year, 0, 4));
  const monday = new Date(jan4.getTime() - ((jan4.getUTCDay() || 7) - 1) * DAY_MS + (Number(m[2]) - 1) * 7 * DAY_MS);
  return `${isoDay(monday)}/${isoDay(new Date(monday.getTime() + 6 * DAY_MS))}`;
}

/** The UTC day of `d`, as `toISOString` writes it: by its parts for four-digit years (cheaper), else by it. */
function isoDay(d: Date): string {
  const year = d.getUTCFullYear();
  return year >= 1000 && year <= 9999
    ? isoDate(year, d.getUTCMonth() + 1, d.getUTCDate())
    : d.toISOString().slice(0, 10);
}
