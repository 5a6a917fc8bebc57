import type { Span } from './types';

export interface Header {
  date: string;
  title: string;
  titleSpan: Span;
  /** Offset of the first character after the header line. */
  bodyStart: number;
}

// ` date 2025-11-15 Title…`: leading white space is tolerated, the rest is the documented format.
const HEADER = /^[ \t]*date[ \t]+(\d{4})-(\d{2})-(\d{2})[ \t]+([^\r\n]*)/;

export function isRealDate(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

export function parseHeader(text: string): { ok: true; header: Header } | { ok: false; reason: string } {
  const m = HEADER.exec(text);
  if (!m) {
    const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
    const shown = firstLine.length > 60 ? `${firstLine.slice(0, 60)}…` : firstLine;
    return { ok: false, reason: `no header line " date YYYY-MM-DD Title" (the first line is "${shown}")` };
  }
  const [, y, mo, d, rawTitle = ''] = m;
  const date = `${y}-${mo}-${d}`;
  if (!isRealDate(Number(y), Number(mo), Number(d))) {
    return { ok: false, reason: `the header date ${date} is not a real calendar date` };
  }
  const title = rawTitle.trim();
  if (title === '') return { ok: false, reason: 'the header line has a date but no title' };
  const titleStart = m.index + m[0].length - rawTitle.length + (rawTitle.length - rawTitle.trimStart().length);
  const lineEnd = text.indexOf('\n');
  return {
    ok: true,
    header: {
      date,
      title,
      titleSpan: { start: titleStart, end: titleStart + title.length },
      bodyStart: lineEnd === -1 ? text.length : lineEnd + 1,
    },
  };
}
