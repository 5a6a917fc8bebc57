import { actorById, headOfState, placeById } from '../lang/gazetteer';
import type { EventMention, EventType } from '../events/types';
import { typeFamily } from './compatible';
import { edtfToInterval, mentionValue, type DayInterval } from './interval';
import type { AnalysedArticle } from './types';
import { homeCountryOf } from '../events/home-country';
import { CONTAINER_TYPES } from '../events/types-sets';
import { DAY_MS } from '../model';

/** A mention with what the merge needs from its article. */
export interface MentionWithDate {
  mention: EventMention;
  articleDate: string;
  /** The country whose "President" the article means (kz for Kazinform): never evidence that two mentions are one. */
  home?: string;
}

/**
 * How much a mention's own date pins it down:
 * - `precise`: a day or a few days the sentence states (`14-15 қараша`, `вчера`), or the days of the visit it is
 *   part of;
 * - `weak`: the day of a dateline report, taken for an event the sentence does not date (it may be a day off);
 * - `vague`: a week, a month, a year;
 * - `none`: no date at all.
 */
export type Precision = 'precise' | 'weak' | 'vague' | 'none';

/** What a mention says that can tell one event from another, computed once per mention. */
export interface MentionFacts {
  x: MentionWithDate;
  interval: DayInterval | null;
  precision: Precision;
  family: string;
  type: EventType;
  /** Participants other than the home country and its head of state: the counterparts that distinguish events. */
  counterparts: Set<string>;
  /** The countries of those counterparts. */
  counterpartCountries: Set<string>;
  /** For a visit: the country it goes to. */
  hosts: Set<string>;
  /** A city (regions are too wide to tell events apart). */
  city: string | null;
  bodyId: string | null;
  ordinal: number | null;
  document: string | null;
}

export const dayNumber = (iso: string): number => Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
export const intervalDays = (i: DayInterval): number => dayNumber(i.end) - dayNumber(i.start) + 1;

function precisionOf(m: EventMention, interval: DayInterval | null): Precision {
  if (!interval) return 'none';
  const days = intervalDays(interval);
  // A dateline day is a day, but maybe not the right one; the week of a weekly review is only a week.
  // Talks dated only by the two days of the visit they were part of happened on one of them, not on both: as firm
  // as a month, they must not chain the informal dinner of the first evening to the talks of the second day.
  if (m.when.source === 'inherited' && m.when.from === 'parent')
    return days === 1 || CONTAINER_TYPES.has(m.type) ? 'precise' : 'vague';
  if (m.when.source === 'inherited') return days <= 2 ? 'weak' : 'vague';
  if (m.when.source === 'stated' && (m.when.time.kind === 'date' || m.when.time.kind === 'range'))
    return days <= 10 ? 'precise' : 'vague';
  return days <= 3 ? 'precise' : 'vague';
}

export function mentionFacts(x: MentionWithDate): MentionFacts {
  const m = x.mention;
  const home = x.home ?? 'kz';
  const homeHead = headOfState(home, x.articleDate)?.id;
  const counterparts = new Set<string>();
  const counterpartCountries = new Set<string>();
  const hosts = new Set<string>();
  for (const p of m.participants) {
    const actor = actorById(p.actorId);
    const country = actor?.kind === 'country' ? actor.id : actor?.country;
    if (p.role === 'host' && country) hosts.add(country);
    if (p.actorId === home || p.actorId === homeHead || actor?.kind === 'body') continue;
    // Another head of the home country (an earlier president) is still the home side, not a counterpart.
    if (country === home) continue;
    counterparts.add(p.actorId);
    if (country) counterpartCountries.add(country);
  }
  const place = m.placeId ? placeById(m.placeId) : undefined;
  const city = place?.kind === 'city' ? place.id : null;
  if (m.type.endsWith('visit') && place?.country && city) hosts.add(place.country);
  const value = mentionValue(m);
  const interval = value ? edtfToInterval(value) : null;
  return {
    x,
    interval,
    precision: precisionOf(m, interval),
    family: typeFamily(m.type),
    type: m.type,
    counterparts,
    counterpartCountries,
    hosts,
    city,
    bodyId: m.bodyId,
    ordinal: m.ordinal,
    document: m.document ?? null,
  };
}

/** Every mention of analysed articles, with its article's date and home country. */
export function mentionsOf(articles: readonly AnalysedArticle[]): MentionWithDate[] {
  return articles.flatMap((a) => {
    const home = homeCountryOf(a.article);
    return a.events.map((mention) => ({ mention, articleDate: a.article.date, home }));
  });
}
