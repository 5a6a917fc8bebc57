import type { UiLocale } from '@/app/_i18n/types';
import { DATE_FORMATS, type DateFormatName } from '@/app/_lib/timeline/date-formats';

export type PatternPart =
  | { type: 'literal'; value: string }
  | { type: 'year' | 'month' | 'day' | 'weekday' | 'hour' | 'minute' | 'second' | 'fractionalSecond' | 'dayPeriod' };

/** One format as the server's Intl renders it: the order of parts and the locale's names for months and weekdays. */
export interface FormatSnapshot {
  parts: PatternPart[];
  /** Month names in this format's grammatical form, January first. */
  months: string[];
  /** Weekday names, Sunday first. */
  weekdays: string[];
  /** [AM, PM] when the locale uses a 12-hour clock. */
  dayPeriods: [string, string] | null;
}

export interface IntlSnapshot {
  locale: UiLocale;
  /** The long month name of November by the server's Intl: the browser compares its own to decide which to use. */
  probe: string;
  /** Put between two formatted dates when the browser formats a range from the snapshot. */
  rangeSeparator: string;
  formats: Record<DateFormatName, FormatSnapshot>;
}

const KNOWN = new Set(['year', 'month', 'day', 'weekday', 'hour', 'minute', 'second', 'fractionalSecond', 'dayPeriod']);

function partValue(f: Intl.DateTimeFormat, utc: number, type: string): string {
  return f.formatToParts(utc).find((p) => p.type === type)?.value ?? '';
}

function snapshot(locale: UiLocale, options: Intl.DateTimeFormatOptions): FormatSnapshot {
  const f = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
  const sample = Date.UTC(2025, 10, 14, 14, 5, 9, 123);
  const parts = f
    .formatToParts(sample)
    .map((p): PatternPart =>
      KNOWN.has(p.type) ? ({ type: p.type } as PatternPart) : { type: 'literal', value: p.value },
    );
  const months = Array.from({ length: 12 }, (_, m) => partValue(f, Date.UTC(2025, m, 14), 'month'));
  // 9 November 2025 is a Sunday.
  const weekdays = Array.from({ length: 7 }, (_, d) => partValue(f, Date.UTC(2025, 10, 9 + d), 'weekday'));
  const am = partValue(f, Date.UTC(2025, 10, 14, 2), 'dayPeriod');
  const pm = partValue(f, Date.UTC(2025, 10, 14, 14), 'dayPeriod');
  return { parts, months, weekdays, dayPeriods: am && pm ? [am, pm] : null };
}

/** The timeline's date formats in the UI locale, rendered by the server's (complete) Intl data. */
export function intlSnapshot(locale: UiLocale): IntlSnapshot {
  const names = Object.keys(DATE_FORMATS) as DateFormatName[];
  const range = new Intl.DateTimeFormat(locale, { year: 'numeric', timeZone: 'UTC' })
    .formatRangeToParts(Date.UTC(2024, 0, 1), Date.UTC(2025, 0, 1))
    .find((p) => p.source === 'shared' && p.type === 'literal');
  return {
    locale,
    probe: new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' }).format(Date.UTC(2025, 10, 14)),
    rangeSeparator: range?.value ?? ' – ',
    formats: Object.fromEntries(names.map((n) => [n, snapshot(locale, DATE_FORMATS[n])])) as Record<
      DateFormatName,
      FormatSnapshot
    >,
  };
}
