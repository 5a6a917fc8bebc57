import { createEvents, type EventAttributes } from 'ics';
import { daySpan, type ExportEvent } from './types';

export interface IcsOptions {
  calendarName: string;
  /** Labels for the description: "Sources", "Participants". */
  labels: { sources: string; participants: string };
}

/** Line breaks and controls out of a one-line field (ics escapes `,;\` itself). */
const oneLine = (s: string) => s.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim();

function description(e: ExportEvent, labels: IcsOptions['labels']): string {
  const lines = [`${e.typeLabel} · ${e.statusLabel}`];
  if (e.participants.length > 0) lines.push(`${labels.participants}: ${e.participants.map(oneLine).join(', ')}`);
  lines.push('', `${labels.sources}:`);
  for (const s of e.sources) lines.push(`“${oneLine(s.quote)}” (${oneLine(s.articleTitle)}, ${s.articleDate})`);
  lines.push('', e.url);
  return lines.join('\n');
}

/**
 * An iCalendar file with one all-day VEVENT per dated event (a month or a year becomes the days it covers);
 * undated events are left out. Announced events are TENTATIVE, reported ones CONFIRMED. Uses the `ics` library.
 */
export function toIcs(events: readonly ExportEvent[], options: IcsOptions): string {
  const entries: EventAttributes[] = [];
  for (const e of events) {
    if (e.start === null) continue;
    const span = daySpan(e.start, e.end);
    if (!span) continue;
    entries.push({
      uid: `${e.id}@jylnama`,
      start: span.first,
      end: span.afterLast,
      title: oneLine(e.title),
      description: description(e, options.labels),
      location: e.place === null ? undefined : oneLine(e.place),
      url: e.url,
      status: e.status === 'announced' ? 'TENTATIVE' : 'CONFIRMED',
      categories: [oneLine(e.typeLabel)],
      transp: 'TRANSPARENT',
    });
  }
  const header = { productId: 'jylnama/ics', calName: oneLine(options.calendarName) };
  if (entries.length === 0) {
    // The library refuses an empty list; an empty calendar is still a valid answer.
    return ['BEGIN:VCALENDAR', 'VERSION:2.0', 'CALSCALE:GREGORIAN', `PRODID:${header.productId}`, `X-WR-CALNAME:${header.calName}`, 'END:VCALENDAR', ''].join('\r\n');
  }
  const { error, value } = createEvents(entries, header);
  if (error || value === null) throw error ?? new Error('ics: no output');
  return value;
}
