import 'server-only';
import type { CorpusView, CorpusEvent } from '@/lib/corpus/types';
import type { Dictionary } from '@/app/_i18n/types';
import { eventDateLabel } from '@/app/_lib/event/event-details';
import { formatIsoDate } from '@/app/_lib/view/dates';
import { placeName } from '@/app/_lib/view/names';
import { dateBounds } from '@/app/_lib/present/strip';
import { TYPE_COLOURS } from './type-colours';
import { OG_FONT_FAMILY } from './font';
import { DAY_MS as DAY } from '@/lib/model';

/** What the preview card of an event shows; plain strings (rendered by next/og as text, never as HTML). */
export interface CardData {
  appName: string;
  typeLabel: string;
  typeColour: string;
  title: string;
  dateLabel: string;
  placeName: string | null;
  /** Neighbouring events on a 0…1 axis; `current` is this event. */
  neighbours: { left: number; width: number; colour: string; current: boolean }[];
  axisStart: string;
  axisEnd: string;
  fontFamily: string;
}

function range(e: CorpusEvent): [number, number] | null {
  if (e.start === null) return null;
  const a = dateBounds(e.start);
  const b = e.end === null ? a : (dateBounds(e.end) ?? a);
  return a && b ? [a[0], Math.max(a[1], b[1])] : null;
}

const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Unusual spaces (thin, narrow no-break) as plain ones: the card's fonts draw those, and next/og then has no reason to fetch another font. */
const plain = (s: string) => s.replace(/[\u00a0\u2000-\u200b\u202f\u205f\u3000]/g, ' ');

/** The card of one event: its facts and a miniature of the events around it (two weeks either side, at most 12). */
export function eventCard(corpus: CorpusView, event: CorpusEvent, t: Dictionary): CardData {
  const own = range(event);
  const neighbours: CardData['neighbours'] = [];
  let axisStart = '';
  let axisEnd = '';
  if (own) {
    const near = corpus.events
      .map((e) => ({ e, r: range(e) }))
      .filter(
        (x): x is { e: CorpusEvent; r: [number, number] } =>
          x.r !== null && x.r[1] >= own[0] - 14 * DAY && x.r[0] <= own[1] + 14 * DAY,
      )
      .slice(0, 12);
    if (!near.some((x) => x.e.id === event.id)) near.push({ e: event, r: own });
    const from = Math.min(...near.map((x) => x.r[0])) - DAY;
    const to = Math.max(...near.map((x) => x.r[1])) + DAY;
    const span = to - from;
    for (const { e, r } of near) {
      neighbours.push({
        left: (r[0] - from) / span,
        width: (r[1] - r[0]) / span,
        colour: TYPE_COLOURS[e.type],
        current: e.id === event.id,
      });
    }
    neighbours.sort((a, b) => Number(a.current) - Number(b.current));
    axisStart = formatIsoDate(iso(from), t.locale);
    axisEnd = formatIsoDate(iso(to - 1), t.locale);
  }
  return {
    appName: t.app.name,
    typeLabel: t.eventTypes[event.type],
    typeColour: TYPE_COLOURS[event.type],
    title: plain(event.title[t.locale]),
    dateLabel: plain(eventDateLabel(event, t)),
    placeName: event.placeId === null ? null : plain(placeName(event.placeId, t.locale)),
    neighbours,
    axisStart: plain(axisStart),
    axisEnd: plain(axisEnd),
    fontFamily: OG_FONT_FAMILY,
  };
}
