import { addDays } from '../time/calendar';
import type { DayInterval } from './interval';

/** Longer intervals (a year, a decade) are kept in one list instead of under each of their days. */
const MAX_INDEXED_DAYS = 62;

/**
 * Things filed under the days they cover, so that "what overlaps these days?" costs a few map look-ups instead of
 * a scan of everything: the corpus merge must stay near-linear at ten thousand articles.
 */
export class DayIndex<T> {
  private readonly byDay = new Map<string, Set<T>>();
  private readonly long = new Set<T>();

  add(item: T, interval: DayInterval): void {
    const days = daysOf(interval);
    if (!days) {
      this.long.add(item);
      return;
    }
    for (const day of days) {
      let set = this.byDay.get(day);
      if (!set) this.byDay.set(day, (set = new Set()));
      set.add(item);
    }
  }

  /** Everything that may overlap `interval` (callers still check the exact overlap). */
  near(interval: DayInterval): Set<T> {
    const out = new Set<T>(this.long);
    const days = daysOf(interval);
    if (!days) {
      // A long interval: every indexed day inside it. Rare (a year-only mention), so a scan of the keys is fine.
      for (const [day, set] of this.byDay) if (day >= interval.start && day <= interval.end) for (const x of set) out.add(x);
      return out;
    }
    for (const day of days) for (const x of this.byDay.get(day) ?? []) out.add(x);
    return out;
  }
}

function daysOf(interval: DayInterval): string[] | null {
  const days: string[] = [];
  for (let d = interval.start; d <= interval.end; d = addDays(d, 1)) {
    days.push(d);
    if (days.length > MAX_INDEXED_DAYS) return null;
  }
  return days;
}
