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
  if (e.corrected) lines.push(oneLine(e.corrected));
  lines.push('', `${labels.sources}:`);
  for (const s of e.sources) lines.push(`“${oneLine(s.quote)}” (${oneLine(s.articleTitle)}, ${s.articleDate})`);
  lines.push('', e.url);
  return lines.join('\n');
}

function entryOf(e: ExportEvent, labels: IcsOptions['labels']): EventAttributes | null {
  if (e.start === null) return null;
  const span = daySpan(e.start, e.end);
  if (!span) return null;
  return {
    uid: `${e.id}@jylnama`,
    start: span.first,
    end: span.afterLast,
    title: oneLine(e.title),
    description: description(e, labels),
    location: e.place === null ? undefined : oneLine(e.place),
    url: e.url,
    status: e.status === 'announced' ? 'TENTATIVE' : 'CONFIRMED',
    categories: [oneLine(e.typeLabel)],
    transp: 'TRANSPARENT',
  };
}

/**
 * RFC 5545 §3.1: a content line is at most 75 octets; a longer one continues on the next line after a space. The
 * library folds by characters, and Kazakh or Russian text is two octets a letter: the lines are unfolded and folded
 * again by octets, never inside a character.
 */
export function foldIcsLines(text: string): string {
  const unfolded = text.replace(/\r\n[ \t]/g, '');
  const encoder = new TextEncoder();
  return unfolded
    .split('\r\n')
    .map((line) => {
      if (encoder.encode(line).length <= 75) return line;
      const parts: string[] = [];
      let current = '';
      let octets = 0;
      for (const ch of line) {
        const size = encoder.encode(ch).length;
        // The first line holds 75 octets; each continuation holds 74 after its leading space.
        if (octets + size > (parts.length === 0 ? 75 : 74)) {
          parts.push(current);
          current = '';
          octets = 0;
        }
        current += ch;
        octets += size;
      }
      parts.push(current);
      return parts.join('\r\n ');
    })
    .join('\r\n');
}

/** Events per call of the library: it validates each event, which costs about a millisecond or two apiece. */
const BATCH = 25;

/**
 * An iCalendar file with one all-day VEVENT per dated event (a month or a year becomes the days it covers);
 * undated events are left out. Announced events are TENTATIVE, reported ones CONFIRMED. Uses the `ics` library.
 * Made in pieces of BATCH events (about 50 ms each), so that a server can send thousands of events as a stream and answer other
 * requests between pieces; joined, the pieces are one calendar.
 */
export function* icsChunks(events: readonly ExportEvent[], options: IcsOptions): Generator<string> {
  const entries = events.map((e) => entryOf(e, options.labels)).filter((x): x is EventAttributes => x !== null);
  const header = { productId: 'jylnama/ics', calName: oneLine(options.calendarName) };
  if (entries.length === 0) {
    // The library refuses an empty list; an empty calendar is still a valid answer.
    yield foldIcsLines(
      [
        'BEGIN:VCALENDAR',
        'VERSION:2.0',
        'CALSCALE:GREGORIAN',
        `PRODID:${header.productId}`,
        `X-WR-CALNAME:${header.calName}`,
        'END:VCALENDAR',
        '',
      ].join('\r\n'),
    );
    return;
  }
  for (let i = 0; i < entries.length; i += BATCH) {
    const { error, value } = createEvents(entries.slice(i, i + BATCH), header);
    if (error || value === null) throw error ?? new Error('ics: no output');
    // Each call makes a whole calendar: the first piece keeps its header, the last its footer, and the ones
    // between only their events.
    const first = value.indexOf('BEGIN:VEVENT');
    const end = value.lastIndexOf('END:VEVENT') + 'END:VEVENT\r\n'.length;
    yield foldIcsLines(
      `${i === 0 ? value.slice(0, first) : ''}${value.slice(first, end)}${i + BATCH >= entries.length ? value.slice(end) : ''}`,
    );
  }
}

export function toIcs(events: readonly ExportEvent[], options: IcsOptions): string {
  return [...icsChunks(events, options)].join('');
}
