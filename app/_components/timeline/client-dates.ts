import type { FormatSnapshot, IntlSnapshot } from '@/app/_lib/timeline/intl-snapshot';
import { DATE_FORMATS, type DateFormatName } from '@/app/_lib/timeline/date-formats';

export interface DateFormatter {
  format(name: DateFormatName, date: Date): string;
  formatRange(name: DateFormatName, start: Date, end: Date): string;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** Fills a server-rendered pattern with a local date's fields (the timeline draws in local time). */
function fillSnapshot(s: FormatSnapshot, name: DateFormatName, date: Date): string {
  const options: Intl.DateTimeFormatOptions = DATE_FORMATS[name];
  const hours = date.getHours();
  return s.parts
    .map((p) => {
      switch (p.type) {
        case 'literal':
          return p.value;
        case 'year':
          return String(date.getFullYear());
        case 'month':
          return s.months[date.getMonth()] ?? '';
        case 'day':
          return options.day === '2-digit' ? pad(date.getDate(), 2) : String(date.getDate());
        case 'weekday':
          return s.weekdays[date.getDay()] ?? '';
        case 'hour':
          return pad(s.dayPeriods ? hours % 12 || 12 : hours, 2);
        case 'minute':
          return pad(date.getMinutes(), 2);
        case 'second':
          return pad(date.getSeconds(), 2);
        case 'fractionalSecond':
          return pad(date.getMilliseconds(), 3);
        case 'dayPeriod':
          return s.dayPeriods?.[hours < 12 ? 0 : 1] ?? '';
      }
    })
    .join('');
}

/**
 * Formats with the browser's Intl when it has real data for the locale (its November matches the server's), and
 * otherwise with the server's Intl snapshot, so Kazakh dates read as Kazakh in every browser.
 */
export function dateFormatter(snapshot: IntlSnapshot): DateFormatter {
  const { locale } = snapshot;
  const native = new Intl.DateTimeFormat(locale, { month: 'long' }).format(new Date(2025, 10, 14)) === snapshot.probe;
  const cache = new Map<DateFormatName, Intl.DateTimeFormat>();
  const intl = (name: DateFormatName) => {
    let f = cache.get(name);
    if (!f) cache.set(name, (f = new Intl.DateTimeFormat(locale, DATE_FORMATS[name])));
    return f;
  };
  if (native) {
    return {
      format: (name, date) => intl(name).format(date),
      formatRange: (name, start, end) => intl(name).formatRange(start, end),
    };
  }
  const format = (name: DateFormatName, date: Date) => fillSnapshot(snapshot.formats[name], name, date);
  return {
    format,
    formatRange: (name, start, end) => `${format(name, start)}${snapshot.rangeSeparator}${format(name, end)}`,
  };
}
