import { DayIndex } from './day-index';
import { overlaps, type DayInterval } from './interval';
import {
  addToCluster,
  cannotLink,
  hasIdentity,
  identityWeight,
  newCluster,
  score,
  sharedEvidence,
  type Cluster,
  type LinkReason,
} from './link';
import { dayNumber, mentionFacts, type MentionFacts, type MentionWithDate } from './mention-facts';
import { DAY_MS } from '../model';

export type { Cluster } from './link';
export type { MentionWithDate } from './mention-facts';

/**
 * Undated mentions look this many days before (a report: "the presidents held talks") or after (an announcement:
 * "will pay a state visit") their article's date for the event they are about. Further away, the same counterpart
 * and type are no evidence at all: the President meets Putin many times a year.
 */
export const REPORTED_WINDOW_DAYS = 21;
export const ANNOUNCED_WINDOW_DAYS = 60;
/** An undated mention joins an event of its own article only this near the article's date: not a visit recalled years before. */
const ARTICLE_REACH_DAYS = 180;
/** Two undated mentions of one type, counterpart and place are one event only if their articles are this close. */
const UNDATED_PAIR_DAYS = 30;

/** A total order that does not depend on the order articles were read in. */
function orderKey(f: MentionFacts): string {
  const m = f.x.mention;
  return [f.interval?.start ?? '9999', m.type, m.articleId, String(m.trigger.start).padStart(9, '0')].join('|');
}

interface Candidate {
  cluster: Cluster;
  reasons: LinkReason[];
}

/**
 * The best candidate, or none when two are equally good and are surely two events (days apart): an ambiguous link
 * is no link. Two equally good candidates whose days overlap are one event the merge has not yet joined: the
 * larger takes the mention.
 */
function best(candidates: Candidate[], order: Map<Cluster, number>, allowTie: boolean): Candidate | undefined {
  const sorted = candidates.sort(
    (a, b) =>
      score(b.reasons) - score(a.reasons) ||
      b.cluster.mentions.length - a.cluster.mentions.length ||
      (order.get(a.cluster) ?? 0) - (order.get(b.cluster) ?? 0),
  );
  const [first, second] = sorted;
  if (!first) return undefined;
  // A tie between a well-attested event and a stray one is no real choice: the event most sources tell of.
  const outweighs =
    second !== undefined &&
    first.cluster.mentions.length >= 2 * second.cluster.mentions.length &&
    first.cluster.mentions.length >= 3;
  if (
    !allowTie &&
    second &&
    !outweighs &&
    score(second.reasons) === score(first.reasons) &&
    !overlaps(anchor(first.cluster), anchor(second.cluster))
  )
    return undefined;
  return first;
}

/**
 * Group mentions into events, deciding each link on evidence a person can read (see link.ts):
 * 1. mentions with their own days (stated, or a visit's, or a dateline day) join an event whose days they share
 *    and that shares a counterpart, a city, a body or a named occurrence with them; a conflicting date, edition,
 *    counterpart, host or city forbids the link whatever else is shared;
 * 2. mentions dated by a month or a year join the one event inside it that shares such evidence, if only one does;
 * 3. undated mentions join an event only on local evidence: the same named occurrence, the same article, or the
 *    same counterpart, body or city within a few weeks of their article's date; otherwise they stay undated
 *    ("vague stays vague").
 * Indexes by day and by key keep this near-linear in the number of mentions.
 */
export function clusterMentions(all: MentionWithDate[]): Cluster[] {
  const facts = all.map(mentionFacts).map((f) => ({ f, key: orderKey(f) }));
  facts.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const clusters: Cluster[] = [];
  const order = new Map<Cluster, number>();
  const byDay = new DayIndex<Cluster>();
  const occurrences = new Map<string, Cluster>();
  const byArticle = new Map<string, Set<Cluster>>();

  const place = (f: MentionFacts, target: Cluster | undefined, reasons: LinkReason[]): Cluster => {
    let c = target;
    if (c) addToCluster(c, f, { score: score(reasons), reasons });
    else {
      c = newCluster(f);
      order.set(c, clusters.length);
      clusters.push(c);
    }
    if (f.interval && c.span) byDay.add(c, f.interval, f.family);
    if (f.bodyId && f.ordinal !== null) occurrences.set(`${f.bodyId}#${f.ordinal}`, c);
    const m = f.x.mention;
    let set = byArticle.get(m.articleId);
    if (!set) byArticle.set(m.articleId, (set = new Set()));
    set.add(c);
    return c;
  };
  const occurrenceOf = (f: MentionFacts): Candidate | undefined => {
    const c = f.bodyId && f.ordinal !== null ? occurrences.get(`${f.bodyId}#${f.ordinal}`) : undefined;
    if (!c || !typesFit(c, f)) return undefined;
    return { cluster: c, reasons: sharedEvidence(c, f) };
  };

  // 1. Mentions with days of their own.
  for (const { f } of facts) {
    if (f.precision !== 'precise' && f.precision !== 'weak') continue;
    const named = occurrenceOf(f);
    if (named) {
      place(f, named.cluster, [...named.reasons, dateReason(named.cluster, f)]);
      continue;
    }
    const candidates: Candidate[] = [];
    for (const c of byDay.near(widen(f.interval!, 1), f.family)) {
      if (cannotLink(c, f)) continue;
      candidates.push({ cluster: c, reasons: [...sharedEvidence(c, f), dateReason(c, f)] });
    }
    const withIdentity = candidates.filter(
      (x) => identityWeight(x.reasons) >= 1.5 || x.reasons.some((r) => r.code === 'same-article'),
    );
    let chosen = best(withIdentity, order, true);
    // Nothing to tell events apart on one side (a briefing, with nobody named): the only event of its kind those days.
    if (!chosen && candidates.length === 1 && (!hasIdentity(f) || !hasIdentity(candidates[0]!.cluster.seed))) {
      chosen = candidates[0]!;
      chosen.reasons.push({ code: 'only-candidate', weight: 1 });
    }
    place(f, chosen?.cluster, chosen?.reasons ?? []);
  }

  // 2. Mentions dated by a week, a month or a year.
  for (const { f } of facts) {
    if (f.precision !== 'vague') continue;
    const named = occurrenceOf(f);
    if (named) {
      place(f, named.cluster, [...named.reasons, dateReason(named.cluster, f)]);
      continue;
    }
    const candidates: Candidate[] = [];
    for (const c of byDay.near(f.interval!, f.family)) {
      if (cannotLink(c, f)) continue;
      const reasons = [...sharedEvidence(c, f), dateReason(c, f)];
      if (identityWeight(reasons) >= 1.5) candidates.push({ cluster: c, reasons });
    }
    const chosen = best(candidates, order, false);
    place(f, chosen?.cluster, chosen?.reasons ?? []);
  }

  // 3. Undated mentions.
  const dated = new DatedByKey(clusters.filter((c) => c.span !== null));
  const undatedByKey = new Map<string, Cluster[]>();
  for (const { f } of facts) {
    if (f.precision !== 'none') continue;
    const m = f.x.mention;
    const named = occurrenceOf(f);
    if (named) {
      place(f, named.cluster, named.reasons);
      continue;
    }
    // "Earlier, the presidents held talks", "the next summit": an event before or after the news, which only its
    // edition could identify.
    if ((m.when.source === 'none' && m.when.rule === 'anterior') || m.relation) {
      place(f, undefined, []);
      continue;
    }
    // The same article: "the visit" after the dated visit it is about, not a visit it recalls years before.
    const local: Candidate[] = [];
    const day = dayNumber(f.x.articleDate);
    for (const c of byArticle.get(m.articleId) ?? []) {
      if (c.span === null || cannotLink(c, f)) continue;
      const days = anchor(c);
      const near = dayNumber(days.end) >= day - ARTICLE_REACH_DAYS && dayNumber(days.start) <= day + ARTICLE_REACH_DAYS;
      if (near) local.push({ cluster: c, reasons: sharedEvidence(c, f) });
    }
    let chosen = best(local, order, false);
    if (!chosen) {
      // The same counterpart, body or city, within a few weeks of the article: the event the article reports on.
      const window: DayInterval =
        m.status === 'announced'
          ? { start: f.x.articleDate, end: isoOf(day + ANNOUNCED_WINDOW_DAYS) }
          : { start: isoOf(day - REPORTED_WINDOW_DAYS), end: f.x.articleDate };
      const near: Candidate[] = [];
      for (const c of dated.within(keysOf(f), window)) {
        if (cannotLink(c, f)) continue;
        const reasons = sharedEvidence(c, f);
        if (identityWeight(reasons) < 1.5) continue;
        const days = anchor(c);
        const distance = Math.min(Math.abs(dayNumber(days.start) - day), Math.abs(dayNumber(days.end) - day));
        reasons.push({ code: 'near-article-date', weight: 1 - distance / 100, detail: `${distance}` });
        near.push({ cluster: c, reasons });
      }
      chosen = best(near, order, true);
    }
    if (!chosen) {
      // Another undated mention of the same type, counterpart and place, in an article a few weeks away.
      const pairs: Candidate[] = [];
      for (const key of keysOf(f)) {
        for (const c of undatedByKey.get(key) ?? []) {
          if (c.type !== f.type || cannotLink(c, f)) continue;
          const first = c.mentions[0]!;
          if (Math.abs(dayNumber(first.articleDate) - dayNumber(f.x.articleDate)) > UNDATED_PAIR_DAYS) continue;
          const reasons = sharedEvidence(c, f);
          if (identityWeight(reasons) >= 3 && !pairs.some((p) => p.cluster === c)) pairs.push({ cluster: c, reasons });
        }
      }
      chosen = best(pairs, order, true);
    }
    const c = place(f, chosen?.cluster, chosen?.reasons ?? []);
    if (c.span === null) {
      for (const key of keysOf(f)) {
        const list = undatedByKey.get(key) ?? [];
        if (!list.includes(c)) list.push(c);
        undatedByKey.set(key, list);
      }
    }
  }
  return clusters;
}

function typesFit(c: Cluster, f: MentionFacts): boolean {
  return cannotLink(c, f) === null || cannotLink(c, f) === 'dates';
}

/** How the mention's days stand to the cluster's, as a reason. */
function dateReason(c: Cluster, f: MentionFacts): LinkReason {
  const i = f.interval!;
  const against = c.preciseSpan ?? c.weakSpan ?? c.span;
  const detail = `${i.start}/${i.end}`;
  if (!against) return { code: 'dates-within', weight: 0, detail };
  if (f.precision === 'vague') return { code: 'dates-within', weight: 1, detail };
  if (overlaps(i, against)) return { code: 'dates-overlap', weight: f.precision === 'precise' ? 3 : 2, detail };
  return { code: 'dates-adjacent', weight: 1.5, detail };
}

/** The days a cluster is known to happen on: its precise dates, else its dateline days, else whatever it has. */
const anchor = (c: Cluster): DayInterval => c.preciseSpan ?? c.weakSpan ?? c.span!;

const isoOf = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);
const widen = (i: DayInterval, days: number): DayInterval => ({
  start: isoOf(dayNumber(i.start) - days),
  end: isoOf(dayNumber(i.end) + days),
});

/** The keys an undated mention can find its event under: its counterparts, their countries, its body, its city. */
function keysOf(f: MentionFacts): string[] {
  return [
    ...[...f.counterparts].map((a) => `${f.family}|a:${a}`),
    ...[...f.counterpartCountries].map((c) => `${f.family}|c:${c}`),
    ...(f.bodyId ? [`${f.family}|b:${f.bodyId}`] : []),
    ...(f.city ? [`${f.family}|p:${f.city}`] : []),
    ...[...f.hosts].map((h) => `${f.family}|h:${h}`),
  ];
}

function clusterKeys(c: Cluster): string[] {
  const family = c.seed.family;
  return [
    ...[...c.counterparts].map((a) => `${family}|a:${a}`),
    ...[...c.counterpartCountries].map((x) => `${family}|c:${x}`),
    ...(c.bodyId ? [`${family}|b:${c.bodyId}`] : []),
    ...[...c.cities].map((p) => `${family}|p:${p}`),
    ...[...c.hosts].map((h) => `${family}|h:${h}`),
  ];
}

/** First index whose value is at least `value`. */
function lowerBound(xs: readonly number[], value: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Dated clusters under each key, sorted by the first day of their span, with the longest span under the key: the
 * clusters that overlap a window are found by a binary search and a walk over that window alone.
 */
class DatedByKey {
  private readonly lists = new Map<string, { clusters: Cluster[]; starts: number[]; longest: number }>();

  constructor(clusters: Cluster[]) {
    const byKey = new Map<string, Cluster[]>();
    for (const c of clusters) for (const k of clusterKeys(c)) byKey.set(k, [...(byKey.get(k) ?? []), c]);
    for (const [key, list] of byKey) {
      list.sort((a, b) => dayNumber(anchor(a).start) - dayNumber(anchor(b).start));
      const starts = list.map((c) => dayNumber(anchor(c).start));
      const longest = Math.max(0, ...list.map((c, i) => dayNumber(anchor(c).end) - starts[i]!));
      this.lists.set(key, { clusters: list, starts, longest });
    }
  }

  /** Clusters under any of `keys` whose span overlaps the window. */
  within(keys: readonly string[], window: DayInterval): Set<Cluster> {
    const out = new Set<Cluster>();
    const lo = dayNumber(window.start);
    const hi = dayNumber(window.end);
    for (const key of keys) {
      const list = this.lists.get(key);
      if (!list) continue;
      for (let i = lowerBound(list.starts, lo - list.longest); i < list.clusters.length && list.starts[i]! <= hi; i++) {
        const c = list.clusters[i]!;
        if (dayNumber(anchor(c).end) >= lo) out.add(c);
      }
    }
    return out;
  }
}
