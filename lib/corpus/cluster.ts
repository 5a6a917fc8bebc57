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
  // Undated mentions: each joins the nearest dated cluster it fits (ties: the earlier cluster), else an undated
  // cluster of its type it meets, else starts one. Both searches go through indexes that give exactly what a scan
  // of every cluster sharing a key would (see DatedByKey, UndatedByKey): ten thousand articles are thousands of
  // clusters under a key like "visits of Kazakhstan", and thousands of undated mentions to place.
  const datedByKey = new DatedByKey(byActor);
  const undated: Cluster[] = [];
  const undatedByKey = new UndatedByKey(order);
  for (const x of keyed) {
    if (x.interval) continue;
    const keys = meetingKeys(x.mention);
    const fits = (c: Cluster) => {
      const span = c.span;
      if (!span || !sameEvent(c, x.mention)) return false;
      // An undated mention has only its actors and place to go by: in another city, it is another event.
      if (x.mention.placeId && c.places.size > 0 && !c.places.has(x.mention.placeId)) return false;
      return x.mention.status === 'announced' ? span.end >= x.articleDate : span.start <= x.articleDate;
    };
    const nearest = datedByKey.nearest(keys, dayNumber(x.articleDate), fits, order);
    if (nearest) {
      add(nearest, x.mention, x.articleDate, null);
      for (const k of meetingKeys(x.mention)) datedByKey.file(k, nearest);
      continue;
    }
    const home = undatedByKey.first(x.mention.type, keys, (c) => sameEvent(c, x.mention));
    const target = home ?? newCluster(x.mention, x.articleDate, null);
    if (home) add(home, x.mention, x.articleDate, null);
    else {
      order.set(target, dated.length + undated.length);
      undated.push(target);
    }
    for (const k of keys) undatedByKey.file(x.mention.type, k, target);
  }
  return [...dated, ...undated];
}

const DAY_MS = 86_400_000;
const dayNumber = (iso: string) => Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);

/** Days from `day` to the nearer end of the cluster's span. */
function distance(c: Cluster, day: number): number {
  const span = c.span!;
  return Math.min(Math.abs(dayNumber(span.start) - day), Math.abs(dayNumber(span.end) - day));
}

/** First index whose value is greater than `value` (or, with `orEqual`, at least `value`). */
function bound(xs: readonly number[], value: number, orEqual = false): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid]! < value || (!orEqual && xs[mid] === value)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Dated clusters under each meeting key, sorted by the first day of their span, with the longest span under the
 * key: the nearest cluster to a day is found by walking out from that day in both directions, and the walk stops
 * once nothing further out can be as near (to the left, a span ends at most `longest` days after it starts).
 */
class DatedByKey {
  private readonly lists = new Map<string, { clusters: Cluster[]; starts: number[]; longest: number; members: Set<Cluster> }>();

  constructor(initial: Map<string, Set<Cluster>>) {
    for (const [key, set] of initial) {
      const clusters = [...set].filter((c) => c.span !== null).sort((a, b) => dayNumber(a.span!.start) - dayNumber(b.span!.start));
      const starts = clusters.map((c) => dayNumber(c.span!.start));
      const longest = Math.max(0, ...clusters.map((c, i) => dayNumber(c.span!.end) - starts[i]!));
      this.lists.set(key, { clusters, starts, longest, members: new Set(clusters) });
    }
  }

  file(key: string, c: Cluster): void {
    if (!c.span) return;
    let list = this.lists.get(key);
    if (!list) this.lists.set(key, (list = { clusters: [], starts: [], longest: 0, members: new Set() }));
    if (list.members.has(c)) return;
    list.members.add(c);
    const start = dayNumber(c.span.start);
    const at = bound(list.starts, start);
    list.clusters.splice(at, 0, c);
    list.starts.splice(at, 0, start);
    list.longest = Math.max(list.longest, dayNumber(c.span.end) - start);
  }

  /** The fitting cluster under any of `keys` nearest to `day`; among equally near ones, the first in `order`. */
  nearest(keys: readonly string[], day: number, fits: (c: Cluster) => boolean, order: Map<Cluster, number>): Cluster | undefined {
    let best: Cluster | undefined;
    let bestDistance = Infinity;
    const consider = (c: Cluster) => {
      const d = distance(c, day);
      if (d > bestDistance || (d === bestDistance && (order.get(c) ?? 0) >= (order.get(best!) ?? 0))) return;
      if (!fits(c)) return;
      best = c;
      bestDistance = d;
    };
    for (const key of keys) {
      const list = this.lists.get(key);
      if (!list) continue;
      const middle = bound(list.starts, day, true);
      // Starting on or after the day: the distance is the start's, growing to the right.
      for (let i = middle; i < list.clusters.length && list.starts[i]! - day <= bestDistance; i++) consider(list.clusters[i]!);
      // Starting before it: the span ends at the earliest `longest` days after its start.
      for (let i = middle - 1; i >= 0 && day - list.starts[i]! - list.longest <= bestDistance; i--) consider(list.clusters[i]!);
    }
    return best;
  }
}

/**
 * Undated clusters by type and meeting key, each list in cluster order: the first cluster of the mention's type
 * under any of its keys that accepts it is the one a scan in cluster order would find.
 */
class UndatedByKey {
  private readonly lists = new Map<string, { clusters: Cluster[]; orders: number[]; members: Set<Cluster> }>();

  constructor(private readonly order: Map<Cluster, number>) {}

  file(type: string, key: string, c: Cluster): void {
    const k = `${type}#${key}`;
    let list = this.lists.get(k);
    if (!list) this.lists.set(k, (list = { clusters: [], orders: [], members: new Set() }));
    if (list.members.has(c)) return;
    list.members.add(c);
    const o = this.order.get(c) ?? 0;
    const at = bound(list.orders, o);
    list.clusters.splice(at, 0, c);
    list.orders.splice(at, 0, o);
  }

  first(type: string, keys: readonly string[], accepts: (c: Cluster) => boolean): Cluster | undefined {
    let best: Cluster | undefined;
    let bestOrder = Infinity;
    for (const key of keys) {
      const list = this.lists.get(`${type}#${key}`);
      if (!list) continue;
      for (let i = 0; i < list.clusters.length && list.orders[i]! < bestOrder; i++) {
        if (accepts(list.clusters[i]!)) {
          best = list.clusters[i];
          bestOrder = list.orders[i]!;
          break;
        }
      }
    }
    return best;
  }
}
