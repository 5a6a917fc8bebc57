import type { DayInterval } from './interval';
import { DAY_MS } from '../model';

/** Intervals up to this many days are filed under each day; longer ones (a year, a quarter) under each month. */
const MAX_DAYS = 62;
/** Intervals longer than this many months (a decade, an open interval) go in one list checked every time. */
const MAX_MONTHS = 36;

/**
 * Things filed under the days (or months) they cover, within a family (`visit`, `meeting`, …) that alone can
 * match, so that "what of this family overlaps these days?" costs a few map look-ups instead of a scan of
 * everything: the corpus merge must stay near-linear at ten thousand articles.
 */
export class DayIndex<T> {
  private readonly byDay = new Map<string, Set<T>>();
  private readonly shortByMonth = new Map<string, Set<T>>();
  private readonly longByMonth = new Map<string, Set<T>>();
  private readonly veryLong = new Map<string, Set<T>>();

  add(item: T, interval: DayInterval, family = ''): void {
    const days = daysOf(interval);
    const months = monthsOf(interval);
    if (days) {
      for (const d of days) file(this.byDay, `${family}|${d}`, item);
      for (const m of months ?? []) file(this.shortByMonth, `${family}|${m}`, item);
    } else if (months) {
      for (const m of months) file(this.longByMonth, `${family}|${m}`, item);
    } else file(this.veryLong, family, item);
  }

  /** Everything of `family` that may overlap `interval` (callers still check the exact overlap). */
  near(interval: DayInterval, family = ''): Set<T> {
    const out = new Set<T>(this.veryLong.get(family) ?? []);
    const days = daysOf(interval);
    const months = monthsOf(interval);
    if (days) for (const d of days) collect(this.byDay, `${family}|${d}`, out);
    for (const m of months ?? []) {
      collect(this.longByMonth, `${family}|${m}`, out);
      if (!days) collect(this.shortByMonth, `${family}|${m}`, out);
    }
    if (!days && !months) {
      // A query longer than three years (rare): everything of the family.
      for (const map of [this.byDay, this.shortByMonth, this.longByMonth]) {
        for (const [key, set] of map) if (key.startsWith(`${family}|`)) for (const x of set) out.add(x);
      }
    }
    return out;
  }
}

function file<T>(map: Map<string, Set<T>>, key: string, item: T): void {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  set.add(item);
}

function collect<T>(map: Map<string, Set<T>>, key: string, out: Set<T>): void {
  for (const x of map.get(key) ?? []) out.add(x);
}

/**
 * Day numbers of ISO days and back, remembered: a corpus has a few thousand distinct days, and the merge asks for
 * them hundreds of thousands of times (parsing and formatting each time was a fifth of the merge).
 */
const dayNumbers = new Map<string, number>();
const dayNames = new Map<number, string>();
function dayNumber(iso: string): number {
  let n = dayNumbers.get(iso);
  if (n === undefined) {
    n = Date.parse(`${iso}T00:00:00Z`) / DAY_MS;
    dayNumbers.set(iso, n);
  }
  return n;
}
function dayName(n: number): string {
  let iso = dayNames.get(n);
  if (iso === undefined) {
    iso = new Date(n * DAY_MS).toISOString().slice(0, 10);
    dayNames.set(n, iso);
  }
  return iso;
}

/** The ISO days of an interval, counted on day numbers. */
function daysOf(interval: DayInterval): string[] | null {
  const first = dayNumber(interval.start);
  const last = dayNumber(interval.end);
  if (!Number.isFinite(first) || !Number.isFinite(last)) return [];
  if (last - first >= MAX_DAYS) return null;
  const days: string[] = [];
  for (let n = first; n <= last; n++) days.push(dayName(n));
  return days;
}

function monthsOf(interval: DayInterval): string[] | null {
  const months: string[] = [];
  let [y, m] = interval.start.split('-').map(Number) as [number, number];
  const last = interval.end.slice(0, 7);
  for (;;) {
    const key = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}`;
    months.push(key);
    if (key >= last) return months;
    if (months.length > MAX_MONTHS) return null;
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
}
