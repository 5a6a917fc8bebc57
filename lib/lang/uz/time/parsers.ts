import { addDays, inferYear, isoDate, isRealDate } from '../../../time/calendar';
import type { ParsedTime, TimeParser } from '../../../time/parser';
import { UZ_CASE, UZ_MONTHS, UZ_RELATIVE_DAYS, uzMonthNumber } from '../words';

const L = '(?<![\\p{L}\\p{N}])';
const R = '(?![\\p{L}\\p{N}])';
const MONTH = `(?:${UZ_MONTHS.flatMap(([, stems]) => stems).join('|')})${UZ_CASE}`;
const MONTH_STEMS = new RegExp(UZ_MONTHS.flatMap(([, stems]) => stems).join('|'), 'iu');
const DASH = '\\s*[-–—]\\s*';

/**
 * A day or a range of days and a month, with a year before: `14-15 noyabr`, `14-noyabrda`, `2025-yil 14-noyabr`,
 * `2025-yil 14-15 noyabr kunlari`. The hyphen after a number is the Uzbek ordinal mark (`14-noyabr` "14 November").
 */
export const dayMonthParser: TimeParser = {
  name: 'parser/uz/DayMonth',
  pattern: new RegExp(
    `${L}(?:(?<year>\\d{4})-?\\s*yil(?:ning|da|gi)?\\s+)?(?<d1>\\d{1,2})(?:${DASH}(?<d2>\\d{1,2}))?-?\\s*(?<month>${MONTH})${R}`,
    'giu',
  ),
  requires: MONTH_STEMS,
  extract(m, ctx): ParsedTime | null {
    const g = m.groups ?? {};
    const month = uzMonthNumber(g.month ?? '');
    const d1 = Number(g.d1);
    const d2 = g.d2 ? Number(g.d2) : null;
    if (month === null) return null;
    const stated = { year: Boolean(g.year), month: true, day: true };
    const y = g.year ? Number(g.year) : inferYear(month, d1, ctx.referenceDate, ctx.tense);
    if (!isRealDate(y, month, d1) || (d2 !== null && (!isRealDate(y, month, d2) || d2 <= d1))) return null;
    if (d2 === null) return { value: isoDate(y, month, d1), kind: 'date', stated };
    return { value: `${isoDate(y, month, d1)}/${isoDate(y, month, d2)}`, kind: 'range', stated };
  },
};

/** A month with its year: `2025-yil noyabr oyida`, `noyabr 2025`. */
export const monthYearParser: TimeParser = {
  name: 'parser/uz/MonthYear',
  pattern: new RegExp(
    `${L}(?:(?<year>\\d{4})-?\\s*yil(?:ning|da|gi)?\\s+(?<m1>${MONTH})(?:\\s+oy${UZ_CASE})?|(?<m2>${MONTH})\\s+(?<year2>\\d{4})(?:-?\\s*yil${UZ_CASE})?)${R}`,
    'giu',
  ),
  requires: MONTH_STEMS,
  extract(m): ParsedTime | null {
    const g = m.groups ?? {};
    const month = uzMonthNumber(g.m1 ?? g.m2 ?? '');
    if (month === null) return null;
    return {
      value: `${g.year ?? g.year2}-${String(month).padStart(2, '0')}`,
      kind: 'month',
      stated: { year: true, month: true, day: false },
    };
  },
};

/** A year: `2025-yilda`, `2025 yil`. */
export const yearParser: TimeParser = {
  name: 'parser/uz/Year',
  pattern: new RegExp(`${L}(?<year>\\d{4})-?\\s*yil${UZ_CASE}${R}`, 'giu'),
  requires: /\d{4}/,
  extract(m): ParsedTime | null {
    return { value: m.groups?.year ?? null, kind: 'year', stated: { year: true, month: false, day: false } };
  },
};

/** `bugun`, `ertaga`, `kecha`: the article date moved by a day or two. */
export const relativeDayParser: TimeParser = {
  name: 'parser/uz/RelativeDay',
  pattern: new RegExp(`${L}(?<word>${Object.keys(UZ_RELATIVE_DAYS).join('|')})(?:gi|ki)?${R}`, 'giu'),
  extract(m, ctx): ParsedTime | null {
    const offset = UZ_RELATIVE_DAYS[(m.groups?.word ?? '').toLowerCase()];
    if (offset === undefined) return null;
    return {
      value: addDays(ctx.referenceDate, offset),
      kind: 'relative',
      stated: { year: false, month: false, day: false },
    };
  },
};

/** The longer match wins (lib/time/refine.ts); between equal ones the earlier parser here. */
export const UZ_PARSERS: readonly TimeParser[] = [dayMonthParser, monthYearParser, yearParser, relativeDayParser];
