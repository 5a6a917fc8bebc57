import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, csvCell, daySpan, escapeHtml, neutralise, toCsv, toIcs, toTimelineJs } from './index';
import { icsChunks } from './ics';
import { MONTH, SUMMIT, UNDATED, VISIT } from './fixtures.test-data';

const icsOptions = { calendarName: 'Жылнама', labels: { sources: 'Дереккөздер', participants: 'Қатысушылар' } };

describe('daySpan', () => {
  it('gives the first day and the day after the last', () => {
    expect(daySpan('2025-11-14', '2025-11-15')).toEqual({
      first: [2025, 11, 14],
      afterLast: [2025, 11, 16],
      precision: 'day',
    });
    expect(daySpan('2025-12', null)).toEqual({ first: [2025, 12, 1], afterLast: [2026, 1, 1], precision: 'month' });
    expect(daySpan('2025', null)).toEqual({ first: [2025, 1, 1], afterLast: [2026, 1, 1], precision: 'year' });
    expect(daySpan('nonsense', null)).toBeNull();
  });
});

describe('toIcs', () => {
  it('writes one all-day VEVENT per dated event, which parses back with the same facts', () => {
    const text = toIcs([VISIT, SUMMIT, MONTH, UNDATED], icsOptions);
    const cal = new ICAL.Component(ICAL.parse(text));
    const vevents = cal.getAllSubcomponents('vevent');
    expect(vevents).toHaveLength(3);
    const [visit, summit, month] = vevents.map((v) => new ICAL.Event(v));
    expect(visit?.uid).toBe(`${VISIT.id}@jylnama`);
    expect(visit?.summary).toBe(VISIT.title);
    expect(visit?.startDate.isDate).toBe(true);
    expect(visit?.startDate.toString()).toBe('2025-11-14');
    expect(visit?.endDate.toString()).toBe('2025-11-16');
    expect(visit?.location).toBe('Ташкент');
    expect(visit?.description).toContain('Қасым-Жомарт Тоқаев Өзбекстанға');
    expect(visit?.description).toContain(VISIT.url);
    expect(vevents[0]?.getFirstPropertyValue('url')).toBe(VISIT.url);
    expect(vevents[0]?.getFirstPropertyValue('status')).toBe('CONFIRMED');
    expect(vevents[1]?.getFirstPropertyValue('status')).toBe('TENTATIVE');
    expect(summit?.summary).toBe(SUMMIT.title);
    expect(summit?.endDate.toString()).toBe('2025-11-17');
    expect(month?.startDate.toString()).toBe('2025-12-01');
    expect(month?.endDate.toString()).toBe('2026-01-01');
  });

  it('joins pieces of 25 events into one calendar with every event once', () => {
    const many = Array.from({ length: 250 }, (_, i) => ({ ...SUMMIT, id: `e${i}`, title: `Event ${i}` }));
    const pieces = [...icsChunks(many, icsOptions)];
    expect(pieces).toHaveLength(10);
    const cal = new ICAL.Component(ICAL.parse(pieces.join('')));
    const uids = cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v).uid);
    expect(uids).toEqual(many.map((e) => `${e.id}@jylnama`));
    expect(pieces.join('').match(/BEGIN:VCALENDAR/g)).toHaveLength(1);
    expect(pieces.join('').match(/END:VCALENDAR/g)).toHaveLength(1);
  });

  it('writes a valid empty calendar when nothing is dated', () => {
    const cal = new ICAL.Component(ICAL.parse(toIcs([UNDATED], icsOptions)));
    expect(cal.name).toBe('vcalendar');
    expect(cal.getAllSubcomponents('vevent')).toHaveLength(0);
  });
});

describe('toCsv', () => {
  const headings = Object.fromEntries(CSV_COLUMNS.map((c) => [c, c.toUpperCase()])) as Record<
    (typeof CSV_COLUMNS)[number],
    string
  >;

  it('neutralises formula cells', () => {
    for (const bad of ['=1+1', '+1', '-1', '@SUM(A1)', '\t=1', '\r=1'])
      expect(neutralise(bad).startsWith("'")).toBe(true);
    expect(neutralise('Ташкент')).toBe('Ташкент');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
  });

  it('writes a header and one quoted row per event, undated too', () => {
    const csv = toCsv([VISIT, SUMMIT, UNDATED], { headings });
    expect(csv.startsWith('\uFEFF"ID","START"')).toBe(true);
    const rows = csv
      .slice(1)
      .split('\r\n')
      .filter((r) => r !== '');
    expect(rows).toHaveLength(4);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil"")"`);
    expect(csv).toContain(`"'@ops; +1; -2"`);
    expect(csv).toContain('"2025-11-14","2025-11-15"');
    // The line break inside a quote stays inside its quoted cell.
    expect(csv).toContain('жол\nекі');
  });
});

describe('toTimelineJs', () => {
  it('writes TimelineJS slides with escaped text', () => {
    const tl = toTimelineJs([VISIT, SUMMIT, UNDATED], {
      headline: 'Жылнама',
      text: '',
      labels: { sources: 'S', open: 'Open' },
    });
    expect(tl.events).toHaveLength(2);
    const [visit, summit] = tl.events;
    expect(visit?.start_date).toEqual({ year: 2025, month: 11, day: 14 });
    expect(visit?.end_date).toEqual({ year: 2025, month: 11, day: 15 });
    expect(visit?.unique_id).toBe(VISIT.id);
    expect(visit?.text.text).toContain('&lt;b&gt;бас&lt;/b&gt;');
    expect(visit?.text.text).not.toContain('<b>');
    expect(summit?.end_date).toBeUndefined();
    expect(escapeHtml(`<a href="x">'`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;');
  });
});

describe('corrected events', () => {
  const corrected = {
    ...VISIT,
    start: '2025-11-13',
    corrected: 'Corrected by editors: Date (aigerim, 2026-12-03: the programme began on the 13th)',
  };
  const headings = Object.fromEntries(CSV_COLUMNS.map((c) => [c, c])) as Record<(typeof CSV_COLUMNS)[number], string>;

  it('carry the corrected values, marked, in every export', () => {
    const csv = toCsv([corrected, SUMMIT], { headings });
    const [head, first, second] = csv.slice(1).split('\r\n');
    expect(head?.endsWith('"corrected"')).toBe(true);
    expect(first).toContain('"2025-11-13"');
    expect(first?.endsWith(`"${corrected.corrected}"`)).toBe(true);
    expect(second?.endsWith('""')).toBe(true);
    const vevent = new ICAL.Event(
      new ICAL.Component(ICAL.parse(toIcs([corrected], icsOptions))).getFirstSubcomponent('vevent')!,
    );
    expect(vevent.description).toContain(corrected.corrected);
    expect(vevent.startDate.toString()).toBe('2025-11-13');
    const slide = toTimelineJs([corrected], { headline: 'h', text: 't', labels: { sources: 's', open: 'o' } })
      .events[0]!;
    expect(slide.text.text).toContain('Corrected by editors: Date (aigerim');
  });
});

describe('folding', () => {
  it('keeps every line of a calendar within 75 octets, never splitting a letter, and parses back the same', () => {
    const long = {
      ...VISIT,
      title: 'Қазақстан Республикасы Президентінің Өзбекстан Республикасына мемлекеттік сапары — '.repeat(3).trim(),
    };
    const text = toIcs([long, SUMMIT], icsOptions);
    const lines = text.split('\r\n');
    const encoder = new TextEncoder();
    expect(lines.every((l) => encoder.encode(l).length <= 75)).toBe(true);
    expect(lines.some((l) => l.startsWith(' '))).toBe(true);
    expect(text).not.toContain('\uFFFD');
    const vevent = new ICAL.Event(new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent')!);
    expect(vevent.summary).toBe(long.title);
  });
});
