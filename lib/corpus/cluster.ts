import { CONTAINER_TYPES } from '../events/extract-events';
import type { EventMention, EventType } from '../events/types';
import { addDays } from '../time/calendar';
import { actorIdsOf, countriesOf, intersects, moreSpecific, typeFamily, typesCompatible } from './compatible';
import { DayIndex } from './day-index';
import { mentionInterval, overlaps, type DayInterval } from './interval';

/** Mentions believed to be one real event, and what they jointly say about it. */
export interface Cluster {
  mentions: Array<{ mention: EventMention; articleDate: string }>;
  /** From the earliest start to the latest end of its dated mentions, kept up to date as mentions join. */
  span: DayInterval | null;
  type: EventType;
  bodyId: string | null;
  ordinal: number | null;
  actors: Set<string>;
  countries: Set<string>;
  places: Set<string>;
}

function newCluster(mention: EventMention, articleDate: string, interval: DayInterval | null): Cluster {
  return {
    mentions: [{ mention, articleDate }],
    span: interval ? { ...interval } : null,
    type: mention.type,
    bodyId: mention.bodyId,
    ordinal: mention.ordinal,
    actors: actorIdsOf(mention),
    countries: countriesOf(mention),
    places: new Set(mention.placeId ? [mention.placeId] : []),
  };
}

function add(cluster: Cluster, mention: EventMention, articleDate: string, interval: DayInterval | null): void {
  cluster.mentions.push({ mention, articleDate });
  if (interval) {
    if (!cluster.span) cluster.span = { ...interval };
    else {
      if (interval.start < cluster.span.start) cluster.span.start = interval.start;
      if (interval.end > cluster.span.end) cluster.span.end = interval.end;
    }
  }
  cluster.type = moreSpecific(cluster.type, mention.type);
  cluster.bodyId ??= mention.bodyId;
  cluster.ordinal ??= mention.ordinal;
  for (const a of actorIdsOf(mention)) cluster.actors.add(a);
  for (const c of countriesOf(mention)) cluster.countries.add(c);
  if (mention.placeId) cluster.places.add(mention.placeId);
}

/** Same kind of event, same body and occurrence if named, and at least one actor, country, place or body in common. */
function sameEvent(cluster: Cluster, m: EventMention): boolean {
  if (!typesCompatible(cluster.type, m.type)) return false;
  if (cluster.bodyId && m.bodyId && cluster.bodyId !== m.bodyId) return false;
  if (cluster.ordinal !== null && m.ordinal !== null && cluster.ordinal !== m.ordinal) return false;
  if (cluster.bodyId && cluster.bodyId === m.bodyId) return true;
  return (
    intersects(cluster.actors, actorIdsOf(m)) ||
    intersects(cluster.countries, countriesOf(m)) ||
    (m.placeId !== null && cluster.places.has(m.placeId))
  );
}

/** The cluster's span: from the earliest start to the latest end of its dated mentions. */
export function clusterSpan(c: Cluster): DayInterval | null {
  return c.span;
}

function widen(i: DayInterval, days: number): DayInterval {
  return days === 0 ? i : { start: addDays(i.start, -days), end: addDays(i.end, days) };
}

export interface MentionWithDate {
  mention: EventMention;
  articleDate: string;
}

/** A total order that does not depend on the order articles were read in. */
function mentionKey(x: MentionWithDate, interval: DayInterval | null): string {
  return [interval?.start ?? '9999', x.mention.type, x.mention.articleId, String(x.mention.trigger.start).padStart(9, '0')].join('|');
}

/** The keys under which a mention can meet a cluster: its actors, countries, place and body, within its type family. */
function meetingKeys(m: EventMention): string[] {
  const family = typeFamily(m.type);
  return [
    ...[...actorIdsOf(m)].map((a) => `${family}|a:${a}`),
    ...[...countriesOf(m)].map((c) => `${family}|c:${c}`),
    ...(m.placeId ? [`${family}|p:${m.placeId}`] : []),
    ...(m.bodyId ? [`${family}|b:${m.bodyId}`] : []),
  ];
}

/**
 * Group mentions into events. Dated mentions join a cluster whose dates they overlap; undated ones then join the
 * one dated cluster they fit (announced: not over before the article; reported: begun by the article date), or,
 * failing that, each other. Indexes by day and by actor keep this near-linear in the number of mentions.
 */
export function clusterMentions(all: MentionWithDate[]): Cluster[] {
  const keyed = all.map((x) => {
    const interval = mentionInterval(x.mention);
    return { ...x, interval, key: mentionKey(x, interval) };
  });
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const dated: Cluster[] = [];
  const order = new Map<Cluster, number>();
  const byDay = new DayIndex<Cluster>();
  const occurrences = new Map<string, Cluster>();
  const byActor = new Map<string, Set<Cluster>>();
  const file = (c: Cluster, m: EventMention) => {
    for (const k of meetingKeys(m)) {
      let set = byActor.get(k);
      if (!set) byActor.set(k, (set = new Set()));
      set.add(c);
    }
  };
  for (const x of keyed) {
    const interval = x.interval;
    if (!interval) continue;
    // A visit reported as arriving on the 14th and one reported on the 15th are one visit: containers may be a day apart.
    const slack = CONTAINER_TYPES.has(x.mention.type) ? 1 : 0;
    const wide = widen(interval, slack);
    // A named occurrence (`VII Consultative Meeting`) is one event whatever dates its reports give: a later report
    // that moves it is the same meeting, moved.
    let home: Cluster | undefined = x.mention.bodyId && x.mention.ordinal !== null ? occurrences.get(`${x.mention.bodyId}#${x.mention.ordinal}`) : undefined;
    if (!home) for (const c of byDay.near(wide, typeFamily(x.mention.type))) {
      if (sameEvent(c, x.mention) && c.span && overlaps(widen(c.span, slack), interval) && (!home || (order.get(c) ?? 0) < (order.get(home) ?? 0))) home = c;
    }
    if (home) add(home, x.mention, x.articleDate, interval);
    else {
      home = newCluster(x.mention, x.articleDate, interval);
      order.set(home, dated.length);
      dated.push(home);
    }
    byDay.add(home, wide, typeFamily(x.mention.type));
    file(home, x.mention);
    if (x.mention.bodyId && x.mention.ordinal !== null) occurrences.set(`${x.mention.bodyId}#${x.mention.ordinal}`, home);
  }
  const undated: Cluster[] = [];
  const undatedByKey = new Map<string, Set<Cluster>>();
  for (const x of keyed) {
    if (x.interval) continue;
    const candidates = new Set<Cluster>();
    for (const k of meetingKeys(x.mention)) for (const c of byActor.get(k) ?? []) candidates.add(c);
    const fits = [...candidates].filter((c) => {
      const span = clusterSpan(c);
      if (!span || !sameEvent(c, x.mention)) return false;
      // An undated mention has only its actors and place to go by: in another city, it is another event.
      if (x.mention.placeId && c.places.size > 0 && !c.places.has(x.mention.placeId)) return false;
      return x.mention.status === 'announced' ? span.end >= x.articleDate : span.start <= x.articleDate;
    });
    const nearest = fits.sort((a, b) => distance(a, x.articleDate) - distance(b, x.articleDate) || (order.get(a) ?? 0) - (order.get(b) ?? 0))[0];
    if (nearest) {
      add(nearest, x.mention, x.articleDate, null);
      file(nearest, x.mention);
      continue;
    }
    const near = new Set<Cluster>();
    for (const k of meetingKeys(x.mention)) for (const c of undatedByKey.get(k) ?? []) near.add(c);
    const home = [...near]
      .sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0))
      .find((c) => c.type === x.mention.type && sameEvent(c, x.mention));
    const target = home ?? newCluster(x.mention, x.articleDate, null);
    if (home) add(home, x.mention, x.articleDate, null);
    else {
      order.set(target, dated.length + undated.length);
      undated.push(target);
    }
    for (const k of meetingKeys(x.mention)) {
      let set = undatedByKey.get(k);
      if (!set) undatedByKey.set(k, (set = new Set()));
      set.add(target);
    }
  }
  return [...dated, ...undated];
}

function distance(c: Cluster, date: string): number {
  const span = clusterSpan(c);
  if (!span) return Infinity;
  const ms = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
  return Math.min(Math.abs(ms(span.start) - ms(date)), Math.abs(ms(span.end) - ms(date)));
}
