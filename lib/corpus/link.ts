import { actorById, placeById } from '../lang/gazetteer';
import type { EventType } from '../events/types';
import { moreSpecific, typesCompatible } from './compatible';
import { overlaps, type DayInterval } from './interval';
import { dayNumber, type MentionFacts, type MentionWithDate } from './mention-facts';
import { DAY_MS } from '../model';

/**
 * Why a mention was put under an event, as a person would say it: each piece of evidence with the weight it carried.
 * The codes are stable (the UI words them in its language); `detail` names what was shared (an actor, a city, a
 * date) in gazetteer ids or ISO dates.
 */
export type LinkCode =
  | 'first'
  | 'same-occurrence'
  | 'same-body'
  | 'dates-overlap'
  | 'dates-adjacent'
  | 'dates-within'
  | 'same-counterpart'
  | 'same-counterpart-country'
  | 'same-place'
  | 'same-host'
  | 'same-article'
  | 'same-type'
  | 'only-candidate'
  | 'near-article-date'
  /** An editor attached the sentence to the event (corrections/apply.ts): no evidence weighed, a person's word. */
  | 'editor';

export interface LinkReason {
  code: LinkCode;
  weight: number;
  detail?: string;
}

export interface Link {
  score: number;
  reasons: LinkReason[];
}

/** Mentions believed to be one real event, what they jointly say, and why each one is there. */
export interface Cluster {
  mentions: Array<MentionWithDate & { link: Link }>;
  /** From the earliest start to the latest end of its dated mentions (any precision). */
  span: DayInterval | null;
  /** The same over its precise mentions only (stated days, or a visit's days): what a new date must agree with. */
  preciseSpan: DayInterval | null;
  /** The same over its dateline-day mentions (a report's day, for an event it does not date). */
  weakSpan: DayInterval | null;
  type: EventType;
  bodyId: string | null;
  ordinal: number | null;
  actors: Set<string>;
  countries: Set<string>;
  places: Set<string>;
  counterparts: Set<string>;
  counterpartCountries: Set<string>;
  hosts: Set<string>;
  cities: Set<string>;
  articles: Set<string>;
  /** Its first member's facts: the mention it was made from. */
  seed: MentionFacts;
  /** For a signing: the kind of document, once a source names it. */
  document: string | null;
}

const union = (a: DayInterval | null, b: DayInterval): DayInterval =>
  a ? { start: a.start < b.start ? a.start : b.start, end: a.end > b.end ? a.end : b.end } : { ...b };
const unionOrNull = (a: DayInterval | null, b: DayInterval | null): DayInterval | null =>
  a && b ? union(a, b) : (a ?? b);

export function newCluster(f: MentionFacts): Cluster {
  const c: Cluster = {
    mentions: [],
    span: null,
    preciseSpan: null,
    weakSpan: null,
    type: f.type,
    bodyId: null,
    ordinal: null,
    actors: new Set(),
    countries: new Set(),
    places: new Set(),
    counterparts: new Set(),
    counterpartCountries: new Set(),
    hosts: new Set(),
    cities: new Set(),
    articles: new Set(),
    seed: f,
    document: null,
  };
  addToCluster(c, f, { score: 0, reasons: [{ code: 'first', weight: 0 }] });
  return c;
}

export function addToCluster(c: Cluster, f: MentionFacts, link: Link): void {
  const m = f.x.mention;
  c.mentions.push({ ...f.x, link });
  if (f.interval) {
    c.span = union(c.span, f.interval);
    if (f.precision === 'precise') c.preciseSpan = union(c.preciseSpan, f.interval);
    if (f.precision === 'weak') c.weakSpan = union(c.weakSpan, f.interval);
  }
  c.type = moreSpecific(c.type, m.type);
  c.bodyId ??= m.bodyId;
  c.ordinal ??= m.ordinal;
  c.document ??= f.document;
  for (const p of m.participants) {
    c.actors.add(p.actorId);
    const country = actorById(p.actorId)?.country;
    if (country) c.countries.add(country);
  }
  if (m.placeId) c.places.add(m.placeId);
  for (const a of f.counterparts) c.counterparts.add(a);
  for (const a of f.counterpartCountries) c.counterpartCountries.add(a);
  for (const h of f.hosts) c.hosts.add(h);
  if (f.city) c.cities.add(f.city);
  c.articles.add(m.articleId);
}

const intersection = <T>(a: Set<T>, b: Set<T>): T[] => [...a].filter((x) => b.has(x));

/** Events that happen between two sides: a different counterpart is a different event. */
const BILATERAL: ReadonlySet<string> = new Set([
  'visit',
  'talks',
  'phone-call',
  'agreement-signing',
  'joint-statement',
  'declaration',
  'briefing',
  'press-statement',
  'interview',
]);

const widen = (i: DayInterval, days: number): DayInterval =>
  days === 0 ? i : { start: isoOf(dayNumber(i.start) - days), end: isoOf(dayNumber(i.end) + days) };
const isoOf = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** What makes the mention and the cluster two events, whatever else they share; null when nothing does. */
export function cannotLink(c: Cluster, f: MentionFacts): string | null {
  if (!typesCompatible(c.type, f.type)) return 'type';
  const occurrence = c.bodyId !== null && c.bodyId === f.bodyId && c.ordinal !== null && c.ordinal === f.ordinal;
  if (c.bodyId && f.bodyId && c.bodyId !== f.bodyId) return 'body';
  if (c.ordinal !== null && f.ordinal !== null && c.ordinal !== f.ordinal) return 'ordinal';
  // The Declaration and the package of documents signed at the same ceremony are two signings.
  if (c.document && f.document && c.document !== f.document) return 'document';
  // A named occurrence is one event whatever dates its reports give: a later report that moves it is the meeting, moved.
  if (!occurrence && f.interval && c.span) {
    if (f.precision === 'precise' || f.precision === 'weak') {
      // A dateline day may be a day after the event; a visit reported by its arrival day runs on into the next.
      const slack = f.precision === 'weak' || f.family === 'visit' ? 1 : 0;
      const against =
        f.precision === 'precise' ? (c.preciseSpan ?? c.weakSpan) : unionOrNull(c.preciseSpan, c.weakSpan);
      const pad = f.precision === 'precise' && !c.preciseSpan ? 1 : slack;
      if (against && !overlaps(widen(f.interval, pad), against)) return 'dates';
      if (!against && !overlaps(f.interval, c.span)) return 'dates';
    } else if (f.precision === 'vague' && !overlaps(f.interval, c.preciseSpan ?? c.weakSpan ?? c.span)) return 'dates';
  }
  if (BILATERAL.has(f.family) || BILATERAL.has(f.type)) {
    if (
      f.counterpartCountries.size > 0 &&
      c.counterpartCountries.size > 0 &&
      intersection(f.counterpartCountries, c.counterpartCountries).length === 0
    )
      return 'counterpart';
  }
  if (f.family === 'visit' && f.hosts.size > 0 && c.hosts.size > 0 && intersection(f.hosts, c.hosts).length === 0)
    return 'host';
  if (f.city && c.cities.size > 0 && !c.cities.has(f.city)) {
    // A visit moves between the cities of one country (Tashkent, then Samarkand); anything else in another city is another event.
    const country = placeById(f.city)?.country;
    const sameCountry = [...c.cities].every((x) => placeById(x)?.country === country);
    if (f.family !== 'visit' || !sameCountry) return 'place';
  }
  return null;
}

/** The evidence beyond the date that the mention and the cluster are one event. */
export function sharedEvidence(c: Cluster, f: MentionFacts): LinkReason[] {
  const reasons: LinkReason[] = [];
  const m = f.x.mention;
  if (c.bodyId !== null && c.bodyId === f.bodyId) {
    if (c.ordinal !== null && c.ordinal === f.ordinal)
      reasons.push({ code: 'same-occurrence', weight: 5, detail: `${f.bodyId}#${f.ordinal}` });
    else reasons.push({ code: 'same-body', weight: 2, detail: f.bodyId ?? undefined });
  }
  const persons = intersection(f.counterparts, c.counterparts);
  if (persons.length > 0) reasons.push({ code: 'same-counterpart', weight: 2, detail: persons.join(',') });
  else {
    const countries = intersection(f.counterpartCountries, c.counterpartCountries);
    if (countries.length > 0)
      reasons.push({ code: 'same-counterpart-country', weight: 1.5, detail: countries.join(',') });
  }
  if (f.city && c.cities.has(f.city)) reasons.push({ code: 'same-place', weight: 1.5, detail: f.city });
  else if (f.family === 'visit') {
    const hosts = intersection(f.hosts, c.hosts);
    if (hosts.length > 0) reasons.push({ code: 'same-host', weight: 1, detail: hosts.join(',') });
  }
  if (c.articles.has(m.articleId)) reasons.push({ code: 'same-article', weight: 1.5, detail: m.articleId });
  if (c.type === f.type) reasons.push({ code: 'same-type', weight: 0.5, detail: f.type });
  return reasons;
}

/** Whether the mention says anything beyond its type and date that could tell its event from another. */
export function hasIdentity(f: MentionFacts): boolean {
  return f.counterparts.size > 0 || f.city !== null || f.bodyId !== null || f.hosts.size > 0;
}

/** The strongest identity evidence among reasons: an occurrence, a body, a counterpart or a place. */
export function identityWeight(reasons: readonly LinkReason[]): number {
  return reasons
    .filter(
      (r) =>
        r.code === 'same-occurrence' ||
        r.code === 'same-body' ||
        r.code === 'same-counterpart' ||
        r.code === 'same-counterpart-country' ||
        r.code === 'same-place' ||
        r.code === 'same-host',
    )
    .reduce((n, r) => n + r.weight, 0);
}

export const score = (reasons: readonly LinkReason[]): number => reasons.reduce((n, r) => n + r.weight, 0);
