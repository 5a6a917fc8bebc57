import type { ArticleFailure } from '../article/types';
import type { EventMention } from '../events/types';
import { CONTAINER_TYPES, PART_TYPES } from '../events/types-sets';
import { addDays } from '../time/calendar';
import { ANNOUNCED_WINDOW_DAYS, clusterMentions, type MentionWithDate } from './cluster';
import { mentionFacts, mentionsOf } from './mention-facts';
import { actorIdsOf, countriesOf, typesCompatible } from './compatible';
import { mentionInterval, type DayInterval } from './interval';
import { assignParents, clustersToEvents, corpusOrder } from './to-events';
import type { AnalysedArticle, Corpus, CorpusEvent } from './types';

/** A new mention may join, extend or contain events this many days either side of its own dates. */
const REACH_DAYS = 3;
/**
 * Undated mentions join events of their counterpart within weeks of their article's date (cluster.ts): a new
 * mention can take such mentions from, or give them to, events of its counterpart this far away.
 */
const KEYED_REACH_DAYS = ANNOUNCED_WINDOW_DAYS + REACH_DAYS;

function keysOf(m: Pick<EventMention, 'participants' | 'placeId' | 'bodyId'>): Set<string> {
  const keys = new Set<string>([...actorIdsOf(m)].map((a) => `a:${a}`));
  for (const c of countriesOf(m)) keys.add(`c:${c}`);
  if (m.placeId) keys.add(`p:${m.placeId}`);
  if (m.bodyId) keys.add(`b:${m.bodyId}`);
  return keys;
}

/**
 * What a new mention can find its events by: its counterparts, their countries, its host, city and body, as the
 * merge does (cluster.ts). The home president is in nearly every event: by him, a briefing in Astana would reach
 * every event of two months.
 */
function distinctiveKeys(x: MentionWithDate): Set<string> {
  const f = mentionFacts(x);
  const keys = new Set<string>([...f.counterparts].map((a) => `a:${a}`));
  for (const c of f.counterpartCountries) keys.add(`c:${c}`);
  for (const h of f.hosts) keys.add(`c:${h}`);
  if (f.city) keys.add(`p:${f.city}`);
  if (f.bodyId) keys.add(`b:${f.bodyId}`);
  return keys;
}

function eventKeys(e: CorpusEvent): Set<string> {
  return keysOf({ participants: e.participants, placeId: e.placeId, bodyId: e.bodyId });
}

const wide = (i: DayInterval, days: number): DayInterval => ({
  start: addDays(i.start, -days),
  end: addDays(i.end, days),
});

/**
 * The corpus with some articles added, without merging every article again: the new mentions are merged with the
 * mentions of the events they can reach (the events around their dates; undated events that share someone with
 * them; for an undated mention, the events that share someone around its article's date), and only those events
 * are rebuilt. Usually this is what a full merge gives; it can differ where the new article moves a mention of
 * an event it does not reach (an old undated mention that now has a nearer dated event, far from the new dates).
 * So it is provisional: the app shows it at once and replaces it with a full merge (`mergeAnalysed`) a moment
 * later.
 */
export function withAddedArticles(corpus: Corpus, added: AnalysedArticle[], failures: ArticleFailure[] = []): Corpus {
  // The corpus's lists are in order already: the few new items are put in their places (sorting ten thousand
  // articles again was most of the time of adding one).
  const articles = insertSorted(corpus.articles, added, (a, b) => a.article.id.localeCompare(b.article.id));
  const allFailures = insertSorted(corpus.failures, failures, (a, b) => a.fileName.localeCompare(b.fileName));
  const fresh: MentionWithDate[] = mentionsOf(added);
  if (fresh.length === 0) return { articles, failures: allFailures, events: corpus.events };

  // Events the new mentions reach: any type (a new visit can adopt existing talks as its parts).
  const touched = new Set<CorpusEvent>();
  const keysByEvent = new Map<CorpusEvent, Set<string>>();
  const keysOfEvent = (e: CorpusEvent) => {
    let keys = keysByEvent.get(e);
    if (!keys) keysByEvent.set(e, (keys = eventKeys(e)));
    return keys;
  };
  for (const x of fresh) {
    const interval = mentionInterval(x.mention);
    const near = interval ? wide(interval, REACH_DAYS) : null;
    const keyed = wide(interval ?? { start: x.articleDate, end: x.articleDate }, KEYED_REACH_DAYS);
    const keys = distinctiveKeys(x);
    const shares = (e: CorpusEvent) => [...keys].some((k) => keysOfEvent(e).has(k));
    const occurrence = x.mention.bodyId !== null && x.mention.ordinal !== null;
    for (const e of corpus.events) {
      if (touched.has(e)) continue;
      // Compared as ISO strings, without an interval object per event: this loop sees every event of the corpus.
      const start = e.start;
      const end = e.end ?? e.start;
      // Its days (a new visit can adopt existing talks as its parts); its counterpart's events of its kind weeks
      // around it, and undated ones (an announcement, then the report); its named occurrence at any distance.
      if (
        (near && start !== null && end !== null && start <= near.end && end >= near.start) ||
        ((start === null || end === null || (start <= keyed.end && end >= keyed.start)) &&
          typesCompatible(e.type, x.mention.type) &&
          shares(e)) ||
        (occurrence && e.bodyId === x.mention.bodyId && e.ordinal === x.mention.ordinal)
      ) {
        touched.add(e);
      }
    }
  }

  // A visit it touches is rebuilt with its parts (talks, signings in its days), which can stretch it.
  for (const v of [...touched]) {
    if (!CONTAINER_TYPES.has(v.type) || v.start === null) continue;
    const around = wide({ start: v.start, end: v.end ?? v.start }, REACH_DAYS);
    for (const e of corpus.events) {
      if (PART_TYPES.has(e.type) && e.start !== null && e.start <= around.end && (e.end ?? e.start) >= around.start)
        touched.add(e);
    }
  }

  // Their mentions, found again in their articles by the trigger each source keeps.
  const byTrigger = new Map<string, MentionWithDate>();
  const articleIds = new Set([...touched].flatMap((e) => e.sources.map((s) => s.articleId)));
  for (const x of mentionsOf(corpus.articles.filter((a) => articleIds.has(a.article.id)))) {
    byTrigger.set(`${x.mention.articleId}:${x.mention.trigger.start}`, x);
  }
  const old = [...touched].flatMap((e) =>
    e.sources.map((s) => byTrigger.get(`${s.articleId}:${s.trigger.start}`)).filter((x) => x !== undefined),
  );

  const rebuilt = clustersToEvents(
    clusterMentions([...old, ...fresh]),
    new Map(articles.map((a) => [a.article.id, a.article])),
  );
  const kept = corpus.events.filter((e) => !touched.has(e));
  // Ids stay unique (a full merge tells the events apart the same way, from their sources).
  const taken = new Set(kept.map((e) => e.id));
  for (const e of rebuilt) {
    let id = e.id;
    for (let n = 2; taken.has(id); n++) id = `${e.id}-${n}`;
    e.id = id;
    taken.add(id);
  }
  // A rebuilt part may sit inside a visit the new article did not touch (one that overlaps it, at least).
  const partDays = rebuilt.flatMap((e) => (e.start && e.end ? [{ start: e.start, end: e.end }] : []));
  const overlapsPart = (start: string | null, end: string | null) =>
    start !== null && end !== null && partDays.some((d) => d.start <= end && start <= d.end);
  const around = [...kept, ...rebuilt].filter((e) => overlapsPart(e.start, e.end));
  assignParents(rebuilt, around);
  return { articles, failures: allFailures, events: insertSorted(kept, rebuilt, corpusOrder) };
}

/**
 * `sorted` (in `order`) with `items` put in their places: the few items are sorted and each found its place by a
 * binary search, then the two lists are walked once; the long list is never sorted again.
 */
function insertSorted<T>(sorted: readonly T[], items: readonly T[], order: (a: T, b: T) => number): T[] {
  if (items.length === 0) return [...sorted];
  const fresh = [...items].sort(order);
  const out: T[] = [];
  let from = 0;
  for (const item of fresh) {
    // The first of `sorted` after `item` (equal ones stay before it, as a stable sort of the whole would keep them).
    let lo = from;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (order(sorted[mid]!, item) <= 0) lo = mid + 1;
      else hi = mid;
    }
    for (let i = from; i < lo; i++) out.push(sorted[i]!);
    out.push(item);
    from = lo;
  }
  for (let i = from; i < sorted.length; i++) out.push(sorted[i]!);
  return out;
}
