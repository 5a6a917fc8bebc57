import { addDays, isoDate, pad, parseIsoDate, weekdayOfFast } from './fast-calendar';
import type { Tense } from '../../../time/parser';
import { DAY_MS } from '../../../model';

/** ISO 8601 week of a date: `2025-W46`. */
export function isoWeek(iso: string): string {
  const { year, month, day } = parseIsoDate(iso);
  const d = new Date(Date.UTC(year, month - 1, day));
  const weekday = d.getUTCDay() || 7;
  d.setUTCDate(d.getUTCDate() + 4 - weekday);
  const firstDay = new Date(Date.UTC(d.getUTCFullYear(), 0, 1));
  const week = Math.ceil(((d.getTime() - firstDay.getTime()) / DAY_MS + 1) / 7);
  return `${d.getUTCFullYear()}-W${pad(week)}`;
}

/** ISO weekday of a date: Monday 1 … Sunday 7. */
export function weekdayOf(iso: string): number {
  const fast = weekdayOfFast(iso);
  if (fast !== null) return fast;
  const { year, month, day } = parseIsoDate(iso);
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay() || 7;
}

export function shiftMonth(referenceDate: string, shift: number): { year: number; month: number } {
  const ref = parseIsoDate(referenceDate);
  const months = ref.year * 12 + (ref.month - 1) + shift;
  return { year: Math.floor(months / 12), month: (months % 12) + 1 };
}

export const yearMonth = (year: number, month: number) => `${pad(year, 4)}-${pad(month)}`;

/** The quarter (1-4) a date falls in, and its year, `shift` quarters away. */
export function shiftQuarter(referenceDate: string, shift: number): { year: number; quarter: number } {
  const ref = parseIsoDate(referenceDate);
  const quarters = ref.year * 4 + Math.floor((ref.month - 1) / 3) + shift;
  return { year: Math.floor(quarters / 4), quarter: (quarters % 4) + 1 };
}

/**
 * The date of a weekday nearest the reference date in the direction the tense implies: past → on or before it,
 * future → on or after it. With no tense, news reports what happened: on or before. `strict` skips the reference
 * day itself (`last Friday` written on a Friday is a week ago).
 */
export function nearestWeekday(referenceDate: string, weekday: number, tense: Tense, strict = false): string {
  const today = weekdayOf(referenceDate);
  if (tense === 'future') {
    const ahead = (weekday - today + 7) % 7 || (strict ? 7 : 0);
    return addDays(referenceDate, ahead);
  }
  const back = (today - weekday + 7) % 7 || (strict ? 7 : 0);
  return addDays(referenceDate, -back);
}

export { addDays, isoDate };
