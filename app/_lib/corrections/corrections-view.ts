import type { CorrectableField, CorrectionMark } from '@/lib/corpus/corrections/types';
import type { CorpusEvent } from '@/lib/corpus/types';
import { fill } from '@/app/_i18n/dictionary';
import type { Dictionary } from '@/app/_i18n/types';
import { formatIsoDate, formatIsoRange } from '@/app/_lib/view/dates';
import { actorName, placeName } from '@/app/_lib/view/names';

/** One corrected field, in the reader's language: what it is now, what the sources say, who changed it and why. */
export interface CorrectionLine {
  field: CorrectableField;
  label: string;
  value: string;
  sourcesSay: string;
  byLine: string;
  reason: string;
}

export interface CorrectionsView {
  lines: CorrectionLine[];
  confirmed: string | null;
  /** "Joined with …: by aigerim, 3 December 2026: «why»", one per merge or split. */
  structure: string[];
}

function when(start: string | null | undefined, end: string | null | undefined, t: Dictionary): string {
  return start ? formatIsoRange(start, end ?? null, t.locale) : t.details.undated;
}

function byLine(m: CorrectionMark, t: Dictionary): string {
  return fill(t.event.corrections.byLine, { by: m.by, at: formatIsoDate(m.at.slice(0, 10), t.locale) });
}

/** The corrections of an event, as the event page shows them; null when no one corrected it. */
export function correctionsView(event: CorpusEvent, t: Dictionary): CorrectionsView | null {
  const c = event.corrections;
  if (!c || (Object.keys(c.fields).length === 0 && !c.confirmed && !c.structure?.length)) return null;
  const m = c.machine;
  const text: Record<CorrectableField, [string, string]> = {
    when: [when(event.start, event.end, t), when(m.start, m.end, t)],
    type: [t.eventTypes[event.type], m.type ? t.eventTypes[m.type] : ''],
    title: [event.title[t.locale], m.title?.[t.locale] ?? ''],
    place: [event.placeId ? placeName(event.placeId, t.locale) : '—', m.placeId ? placeName(m.placeId, t.locale) : '—'],
    participants: [
      event.participants.map((p) => actorName(p.actorId, t.locale)).join(', ') || '—',
      (m.participants ?? []).map((p) => actorName(p.actorId, t.locale)).join(', ') || '—',
    ],
    status: [t.statuses[event.status], m.status ? t.statuses[m.status] : ''],
  };
  const lines = (Object.entries(c.fields) as Array<[CorrectableField, CorrectionMark]>).map(([field, mark]) => ({
    field,
    label: t.event.corrections.fields[field],
    value: text[field][0],
    sourcesSay: fill(t.event.corrections.sourcesSay, { machine: text[field][1] }),
    byLine: byLine(mark, t),
    reason: mark.reason,
  }));
  const confirmed = c.confirmed
    ? fill(t.event.corrections.confirmed, {
        by: c.confirmed.by,
        at: formatIsoDate(c.confirmed.at.slice(0, 10), t.locale),
      })
    : null;
  const structure = (c.structure ?? []).map((m) => {
    const what = fill(
      m.op === 'merge' ? t.editing.mergedWith : m.op === 'split' ? t.editing.splitFrom : t.editing.attachedFrom,
      { other: m.other },
    );
    return `${what}: ${byLine(m, t)}${m.reason ? ` «${m.reason}»` : ''}`;
  });
  return { lines, confirmed, structure };
}
