/**
 * Every date format the timeline uses in the browser, by name: axis labels per vis-timeline scale, and the
 * visible-window caption. The server snapshots them with its own Intl (see app/_lib/timeline/intl-snapshot.ts) for browsers
 * whose Intl lacks the UI locale's data (Chromium's ICU has Kazakh month names only as `M11`).
 */
export const DATE_FORMATS = {
  'minor-millisecond': { minute: '2-digit', second: '2-digit', fractionalSecondDigits: 3 },
  'minor-second': { minute: '2-digit', second: '2-digit' },
  'minor-minute': { hour: '2-digit', minute: '2-digit' },
  'minor-hour': { hour: '2-digit', minute: '2-digit' },
  'minor-weekday': { weekday: 'short', day: 'numeric' },
  'minor-day': { day: 'numeric' },
  'minor-week': { day: 'numeric', month: 'short' },
  'minor-month': { month: 'short' },
  'minor-year': { year: 'numeric' },
  'major-millisecond': { hour: '2-digit', minute: '2-digit', second: '2-digit' },
  'major-second': { day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit' },
  'major-minute': { day: 'numeric', month: 'long', year: 'numeric' },
  'major-hour': { day: 'numeric', month: 'long', year: 'numeric' },
  'major-weekday': { month: 'long', year: 'numeric' },
  'major-day': { month: 'long', year: 'numeric' },
  'major-week': { month: 'long', year: 'numeric' },
  'major-month': { year: 'numeric' },
  'window-days': { day: 'numeric', month: 'short', year: 'numeric' },
  'window-hours': { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;

export type DateFormatName = keyof typeof DATE_FORMATS;
