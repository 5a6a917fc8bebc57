import type { UiLocale } from '@/app/_i18n/types';

/** Precision of an ISO calendar date string: `2025`, `2025-11` or `2025-11-14`. */
type Precision = 'year' | 'month' | 'day';

interface CalendarDate {
  /** Midnight UTC of the first day the string covers. */
  utc: number;
  precision: Precision;
}

const ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Reads `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; anything else (or an impossible day) gives null. */
export function parseIsoDate(value: string): CalendarDate | null {
  const m = ISO.exec(value);
  if (!m) return null;
  const year = Number(m[1]);
  const month = m[2] === undefined ? 1 : Number(m[2]);
  const day = m[3] === undefined ? 1 : Number(m[3]);
  const utc = Date.UTC(year, month - 1, day);
  const check = new Date(utc);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) return null;
  return { utc, precision: m[3] !== undefined ? 'day' : m[2] !== undefined ? 'month' : 'year' };
}

const OPTIONS: Record<Precision, Intl.DateTimeFormatOptions> = {
  day: { dateStyle: 'long', timeZone: 'UTC' },
  month: { year: 'numeric', month: 'long', timeZone: 'UTC' },
  year: { year: 'numeric', timeZone: 'UTC' },
};

function formatter(locale: UiLocale, precision: Precision): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat(locale, OPTIONS[precision]);
}

/** One ISO date in the UI locale (`2025 ж. 14 қараша`, `November 14, 2025`); unparseable input comes back as is. */
export function formatIsoDate(value: string, locale: UiLocale): string {
  const date = parseIsoDate(value);
  return date ? formatter(locale, date.precision).format(date.utc) : value;
}

/** A date or a range of dates, with `Intl.DateTimeFormat.formatRange` so the locale decides what to share. */
export function formatIsoRange(start: string, end: string | null, locale: UiLocale): string {
  const from = parseIsoDate(start);
  const to = end === null ? null : parseIsoDate(end);
  if (!from) return start;
  if (!to || to.utc === from.utc) return formatter(locale, from.precision).format(from.utc);
  const precision = from.precision === to.precision ? from.precision : 'day';
  return formatter(locale, precision).formatRange(from.utc, to.utc);
}

/** An EDTF day, month, year or interval of them (`2025-11-14/2025-11-15`) in the UI locale. */
export function formatEdtf(value: string, locale: UiLocale): string {
  const [start, end] = value.split('/');
  if (start && end) return formatIsoRange(start, end, locale);
  const season = /^(\d{4})-(2[1-4])$/.exec(value);
  if (season) return formatSeason(Number(season[1]), Number(season[2]) - 21, locale);
  return formatIsoDate(value, locale);
}

/** Intl has no names for seasons: spring, summer, autumn, winter (EDTF 21–24) in each UI language. */
const SEASONS: Record<UiLocale, (year: number, season: number) => string> = {
  en: (y, s) => `${['spring', 'summer', 'autumn', 'winter'][s]} ${y}`,
  ru: (y, s) => `${['весна', 'лето', 'осень', 'зима'][s]} ${y} г.`,
  kk: (y, s) => `${y} ж. ${['көктемі', 'жазы', 'күзі', 'қысы'][s]}`,
};

function formatSeason(year: number, season: number, locale: UiLocale): string {
  return SEASONS[locale](year, season);
}
