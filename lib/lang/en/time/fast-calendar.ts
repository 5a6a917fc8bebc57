import * as calendar from '../../../time/calendar';
import { DAY_MS } from '../../../model';

/**
 * The calendar functions of ../calendar.ts, with the same results, for the English parsers' hot path: a text has
 * one reference date and a few hundred matches, each of which compares dates with it. Well-formed ISO dates of
 * years 1000-9999 are read by character and remembered as day numbers; anything else goes to calendar.ts.
 */
const CACHE_LIMIT = 4096;
const parsed = new Map<string, { year: number; month: number; day: number; days: number }>();

function digit(iso: string, i: number): number {
  const c = iso.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : NaN;
}

function read(iso: string): { year: number; month: number; day: number; days: number } | null {
  const hit = parsed.get(iso);
  if (hit) return hit;
  if (iso.length !== 10 || iso.charCodeAt(4) !== 45 || iso.charCodeAt(7) !== 45) return null;
  const year = digit(iso, 0) * 1000 + digit(iso, 1) * 100 + digit(iso, 2) * 10 + digit(iso, 3);
  const month = digit(iso, 5) * 10 + digit(iso, 6);
  const day = digit(iso, 8) * 10 + digit(iso, 9);
  if (!(year >= 1000) || !(month >= 0) || !(day >= 0)) return null;
  const entry = { year, month, day, days: Date.UTC(year, month - 1, day) / DAY_MS };
  if (parsed.size >= CACHE_LIMIT) parsed.clear();
  parsed.set(iso, entry);
  return entry;
}

/**
 * The parts and UTC day number of a well-formed ISO date of years 1000-9999 (shared: not to be changed), or null.
 * For callers that would otherwise build date strings only to compare them with it.
 */
export function isoParts(iso: string): Readonly<{ year: number; month: number; day: number; days: number }> | null {
  return read(iso);
}

export function parseIsoDate(iso: string): { year: number; month: number; day: number } {
  const p = read(iso);
  return p ? { year: p.year, month: p.month, day: p.day } : calendar.parseIsoDate(iso);
}

export const pad = calendar.pad;

function two(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

export function isoDate(year: number, month: number, day: number): string {
  if (
    year >= 1000 &&
    year <= 9999 &&
    month >= 0 &&
    month < 100 &&
    day >= 0 &&
    day < 100 &&
    Number.isInteger(month) &&
    Number.isInteger(day)
  ) {
    return `${year}-${two(month)}-${two(day)}`;
  }
  return calendar.isoDate(year, month, day);
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1 || day > 31) return false;
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day) || year < 100 || year > 9999) {
    return calendar.isRealDate(year, month, day);
  }
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (month === 2 && leap ? 29 : MONTH_DAYS[month - 1]!);
}

/** The ISO date of a UTC day number, or null outside years 1000-9999. */
function fromDays(days: number): string | null {
  // The proleptic Gregorian date of a day number, by arithmetic (H. Hinnant's `civil_from_days`), not a Date per call.
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shifted = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shifted + 2) / 5) + 1;
  const month = shifted < 10 ? shifted + 3 : shifted - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return year >= 1000 && year <= 9999 ? `${year}-${two(month)}-${two(day)}` : null;
}

export function addDays(iso: string, days: number): string {
  const p = read(iso);
  const out = p && Number.isInteger(days) ? fromDays(p.days + days) : null;
  return out ?? calendar.addDays(iso, days);
}

export function daysBetween(a: string, b: string): number {
  const pa = read(a);
  const pb = read(b);
  return pa && pb ? pb.days - pa.days : calendar.daysBetween(a, b);
}

/** ISO weekday of a date: Monday 1 … Sunday 7 (as calendar-units.ts computes it). */
export function weekdayOfFast(iso: string): number | null {
  const p = read(iso);
  if (!p || !Number.isFinite(p.days)) return null;
  // Day 0 (1970-01-01) was a Thursday.
  return ((((p.days + 3) % 7) + 7) % 7) + 1;
}
