import type { UiLocale } from '@/app/_i18n/types';

type Scale = 'millisecond' | 'second' | 'minute' | 'hour' | 'weekday' | 'day' | 'week' | 'month' | 'year';

const MINOR: Record<Scale, Intl.DateTimeFormatOptions> = {
  millisecond: { minute: '2-digit', second: '2-digit', fractionalSecondDigits: 3 },
  second: { minute: '2-digit', second: '2-digit' },
  minute: { hour: '2-digit', minute: '2-digit' },
  hour: { hour: '2-digit', minute: '2-digit' },
  weekday: { weekday: 'short', day: 'numeric' },
  day: { day: 'numeric' },
  week: { day: 'numeric', month: 'short' },
  month: { month: 'short' },
  year: { year: 'numeric' },
};

const MAJOR: Record<Scale, Intl.DateTimeFormatOptions | null> = {
  millisecond: { hour: '2-digit', minute: '2-digit', second: '2-digit' },
  second: { day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit' },
  minute: { dateStyle: 'full' },
  hour: { dateStyle: 'full' },
  weekday: { month: 'long', year: 'numeric' },
  day: { month: 'long', year: 'numeric' },
  week: { month: 'long', year: 'numeric' },
  month: { year: 'numeric' },
  year: null,
};

function isScale(value: string): value is Scale {
  return value in MINOR;
}

/**
 * vis-timeline label functions that format with `Intl` in the UI locale instead of moment's formats.
 * vis passes a moment object typed as Date; `+date` gives the epoch milliseconds of either.
 */
export function axisFormat(locale: UiLocale) {
  const cache = new Map<string, Intl.DateTimeFormat>();
  const format = (options: Intl.DateTimeFormatOptions, date: Date): string => {
    const key = JSON.stringify(options);
    let f = cache.get(key);
    if (!f) cache.set(key, (f = new Intl.DateTimeFormat(locale, options)));
    return f.format(+date);
  };
  return {
    minorLabels: (date: Date, scale: string) => (isScale(scale) ? format(MINOR[scale], date) : ''),
    majorLabels: (date: Date, scale: string) => {
      const options = isScale(scale) ? MAJOR[scale] : null;
      return options ? format(options, date) : '';
    },
  };
}

/** "14 – 17 Nov 2025", with the time of day once the window is shorter than two days. */
export function formatWindow(locale: UiLocale, start: Date, end: Date): string {
  const short = end.getTime() - start.getTime() < 2 * 86_400_000;
  const options: Intl.DateTimeFormatOptions = short
    ? { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' }
    : { day: 'numeric', month: 'short', year: 'numeric' };
  return new Intl.DateTimeFormat(locale, options).formatRange(start, end);
}
