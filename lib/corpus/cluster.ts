import { CONTAINER_TYPES } from '../events/extract-events';
import type { EventMention, EventType } from '../events/types';
import { addDays } from '../time/calendar';
import { actorIdsOf, countriesOf, intersects, moreSpecific, typesCompatible } from './compatible';
import { mentionInterval, overlaps, type DayInterval } from './interval';

/** Mentions believed to be one real event, and what they jointly say about it. */
export interface Cluster {
  mentions: Array<{ mention: EventMention; articleDate: string }>;
  type: EventType;
  bodyId: string | null;
  ordinal: number | null;
  actors: Set<string>;
  countries: Set<string>;
  places: Set<string>;
}

function newCluster(mention: EventMention, articleDate: string): Cluster {
  return {
    mentions: [{ mention, articleDate }],
    type: mention.type,
    bodyId: mention.bodyId,
    ordinal: mention.ordinal,
    actors: actorIdsOf(mention),
    countries: countriesOf(mention),
    places: new Set(mention.placeId ? [mention.placeId] : []),
  };
}

function add(cluster: Cluster, mention: EventMention, articleDate: string): void {
  cluster.mentions.push({ mention, articleDate });
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

function clusterIntervals(c: Cluster): DayInterval[] {
  return c.mentions.map((x) => mentionInterval(x.mention)).filter((i): i is DayInterval => i !== null);
}

/** The cluster's span: from the earliest start to the latest end of its dated mentions. */
export function clusterSpan(c: Cluster): DayInterval | null {
  const all = clusterIntervals(c);
  if (all.length === 0) return null;
  return { start: all.map((i) => i.start).sort()[0] ?? '', end: all.map((i) => i.end).sort().at(-1) ?? '' };
}

function widen(i: DayInterval, days: number): DayInterval {
  return days === 0 ? i : { start: addDays(i.start, -days), end: addDays(i.end, days) };
}

export interface MentionWithDate {
  mention: EventMention;
  articleDate: string;
}

/** A total order that does not depend on the order articles were read in. */
function mentionKey(x: MentionWithDate): string {
  const i = mentionInterval(x.mention);
  return [i?.start ?? '9999', x.mention.type, x.mention.articleId, String(x.mention.trigger.start).padStart(9, '0')].join('|');
}

/**
 * Group mentions into events. Dated mentions join a cluster whose dates they overlap; undated ones then join the
 * one dated cluster they fit (announced: not over before the article; reported: begun by the article date), or,
 * failing that, each other.
 */
export function clusterMentions(all: MentionWithDate[]): Cluster[] {
  const sorted = [...all].sort((a, b) => (mentionKey(a) < mentionKey(b) ? -1 : 1));
  const dated: Cluster[] = [];
  const undated: Cluster[] = [];
  for (const x of sorted) {
    const interval = mentionInterval(x.mention);
    if (!interval) continue;
    // A visit reported as arriving on the 14th and one reported on the 15th are one visit: containers may be a day apart.
    const slack = CONTAINER_TYPES.has(x.mention.type) ? 1 : 0;
    const home = dated.find((c) => sameEvent(c, x.mention) && clusterIntervals(c).some((i) => overlaps(widen(i, slack), interval)));
    if (home) add(home, x.mention, x.articleDate);
    else dated.push(newCluster(x.mention, x.articleDate));
  }
  for (const x of sorted) {
    if (mentionInterval(x.mention)) continue;
    const fits = dated.filter((c) => {
      const span = clusterSpan(c);
      if (!span || !sameEvent(c, x.mention)) return false;
      return x.mention.status === 'announced' ? span.end >= x.articleDate : span.start <= x.articleDate;
    });
    const nearest = fits.sort((a, b) => distance(a, x.articleDate) - distance(b, x.articleDate))[0];
    if (nearest) {
      add(nearest, x.mention, x.articleDate);
      continue;
    }
    const home = undated.find((c) => c.type === x.mention.type && sameEvent(c, x.mention));
    if (home) add(home, x.mention, x.articleDate);
    else undated.push(newCluster(x.mention, x.articleDate));
  }
  return [...dated, ...undated];
}

function distance(c: Cluster, date: string): number {
  const span = clusterSpan(c);
  if (!span) return Infinity;
  const ms = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
  return Math.min(Math.abs(ms(span.start) - ms(date)), Math.abs(ms(span.end) - ms(date)));
}
