import type { DateFormatName } from '@/app/_lib/timeline/date-formats';
import type { DateFormatter } from './client-dates';
import { DAY_MS } from '@/lib/model';

const SCALES = ['millisecond', 'second', 'minute', 'hour', 'weekday', 'day', 'week', 'month', 'year'] as const;
type Scale = (typeof SCALES)[number];

const isScale = (value: string): value is Scale => (SCALES as readonly string[]).includes(value);

/**
 * vis-timeline label functions that format in the UI locale instead of with moment's formats.
 * vis passes a moment object typed as Date; `new Date(+date)` reads either.
 */
export function axisFormat(dates: DateFormatter) {
  return {
    minorLabels: (date: Date, scale: string) => (isScale(scale) ? dates.format(`minor-${scale}`, new Date(+date)) : ''),
    majorLabels: (date: Date, scale: string) =>
      isScale(scale) && scale !== 'year' ? dates.format(`major-${scale}` as DateFormatName, new Date(+date)) : '',
  };
}

/** "14 – 17 Nov 2025", with the time of day once the window is shorter than two days. */
export function formatWindow(dates: DateFormatter, start: Date, end: Date): string {
  const short = end.getTime() - start.getTime() < 2 * DAY_MS;
  return dates.formatRange(short ? 'window-hours' : 'window-days', start, end);
}
