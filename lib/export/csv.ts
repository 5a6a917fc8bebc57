import type { ExportEvent } from './types';

export interface CsvOptions {
  /** Column headings in the UI language. */
  headings: Record<CsvColumn, string>;
}

export const CSV_COLUMNS = [
  'id',
  'start',
  'end',
  'type',
  'title',
  'status',
  'place',
  'participants',
  'url',
  'sources',
  'corrected',
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

/**
 * A cell a spreadsheet will not run: text starting with `=`, `+`, `-`, `@` (or a tab or carriage return, which
 * some programs skip before looking) gets a leading apostrophe (OWASP's advice on CSV injection).
 */
export function neutralise(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** RFC 4180 quoting: every cell quoted, quotes doubled. */
export function csvCell(value: string): string {
  return `"${neutralise(value).replace(/"/g, '""')}"`;
}

/** One row per event (dated or not), sources joined by line breaks inside their cell; CRLF between rows, UTF-8 BOM first. */
export function toCsv(events: readonly ExportEvent[], options: CsvOptions): string {
  const rows = [CSV_COLUMNS.map((c) => options.headings[c])];
  for (const e of events) {
    rows.push([
      e.id,
      e.start ?? '',
      e.end ?? e.start ?? '',
      e.typeLabel,
      e.title,
      e.statusLabel,
      e.place ?? '',
      e.participants.join('; '),
      e.url,
      e.sources.map((s) => `“${s.quote}” — ${s.articleTitle}, ${s.articleDate} <${s.url}>`).join('\n'),
      e.corrected ?? '',
    ]);
  }
  return `\uFEFF${rows.map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
