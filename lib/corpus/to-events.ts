import type { Article } from '../article/types';
import { CONTAINER_TYPES, PART_TYPES } from '../events/extract-events';
import { actorById } from '../lang/gazetteer';
import type { ActorRole, EventMention, Participant } from '../events/types';
import type { Cluster } from './cluster';
import type { Link } from './link';
import { DayIndex } from './day-index';
import { baseEventId, disambiguate } from './ids';
import { addDays } from '../time/calendar';
import { claimStrength, contains, edtfToInterval, mentionValue } from './interval';
import { eventTitles } from './titles';
import type { CorpusEvent, DateClaim, EventSource } from './types';

const ROLE_RANK: Record<ActorRole, number> = { participant: 0, chair: 1, guest: 2, host: 2 };

function mergeParticipants(mentions: EventMention[]): Participant[] {
  const byActor = new Map<string, Participant>();
  for (const m of mentions) {
    for (const p of m.participants) {
      const had = byActor.get(p.actorId);
      if (!had || ROLE_RANK[p.role] > ROLE_RANK[had.role]) byActor.set(p.actorId, p);
    }
  }
  // A country stands in for its people only where none of them is named in any source.
  const personCountries = new Set(
    [...byActor.keys()]
      .map((id) => actorById(id))
      .filter((a) => a?.kind === 'person')
      .map((a) => a?.country),
  );
  return [...byActor.values()].filter(
    (p) => actorById(p.actorId)?.kind !== 'country' || !personCountries.has(p.actorId),
  );
}

function dateReason(m: EventMention): { reason: string; timeText: string | null } {
  if (m.when.source === 'stated')
    return { reason: `${m.when.time.rule}: “${m.when.time.text}” → ${m.when.time.value}`, timeText: m.when.time.text };
  if (m.when.source === 'inherited') {
    const from = m.when.from === 'parent' ? 'the event it is part of' : 'the article date (a dateline report)';
    return { reason: `${m.when.rule}: ${m.when.value}, from ${from}`, timeText: null };
  }
  return {
    reason: `${m.when.rule}: no date in the text${m.when.before ? `; before ${m.when.before}` : ''}`,
    timeText: null,
  };
}

function toSource(m: EventMention, article: Article, link: Link): EventSource {
  const { reason, timeText } = dateReason(m);
  return {
    articleId: article.id,
    articleDate: article.date,
    language: article.language,
    start: m.sentence.start,
    end: m.sentence.end,
    quote: article.text.slice(m.sentence.start, m.sentence.end),
    trigger: m.trigger,
    status: m.status,
    dateReason: reason,
    timeText,
    claim: {
      when: mentionValue(m),
      how: m.when.source,
      ...(m.when.source === 'inherited' ? { from: m.when.from } : {}),
    },
    link,
  };
}

/**
 * The date an event is served on, by the rule its readers expect: the latest article's word on it, except that a
 * later claim that is vaguer and contains an earlier, more precise one does not erase it. A date the sentence
 * states outranks one inherited from the visit it is part of, which outranks the day of a dateline report.
 */
function servedClaim(c: Cluster): { mention: EventMention; articleDate: string } | undefined {
  const dated = c.mentions.filter((x) => mentionValue(x.mention) !== null);
  const stated = latestClaim(dated.filter((x) => x.mention.when.source === 'stated'));
  const parent = latestClaim(
    dated.filter((x) => x.mention.when.source === 'inherited' && x.mention.when.from === 'parent'),
  );
  const reports = dated.filter((x) => x.mention.when.source === 'inherited' && x.mention.when.from === 'article-date');
  const wide = stated ?? parent;
  if (!wide) return latestClaim(reports);
  // Talks or a signing dated only by the days of the visit they were part of ("during the 14–15 November visit")
  // happened on one of them: a source that names the day (a report of that day, a sentence that dates it) narrows
  // it. A visit or summit keeps its days.
  if (CONTAINER_TYPES.has(c.type)) return wide;
  const within = edtfToInterval(mentionValue(wide.mention)!);
  if (!within || within.start === within.end) return wide;
  const inside = dated.filter((x) => {
    const day = edtfToInterval(mentionValue(x.mention)!);
    return day && day.start === day.end && contains(within, day);
  });
  return latestClaim(inside) ?? wide;
}

/**
 * The latest article's claim among `claims`, except that a later claim that is vaguer and contains an earlier one
 * does not erase it.
 */
function latestClaim<T extends { mention: EventMention; articleDate: string }>(claims: T[]): T | undefined {
  const ordered = [...claims].sort(
    (a, b) => a.articleDate.localeCompare(b.articleDate) || claimStrength(a.mention) - claimStrength(b.mention),
  );
  let served: T | undefined;
  for (const claim of ordered) {
    const next = edtfToInterval(mentionValue(claim.mention)!);
    const now = served ? edtfToInterval(mentionValue(served.mention)!) : null;
    if (now && next && contains(next, now) && (next.start !== now.start || next.end !== now.end)) continue;
    served = claim;
  }
  return served;
}

/** The different dates the event's stated claims give, and whether two of them have no day in common. */
function dateClaimsOf(c: Cluster): { claims: DateClaim[]; conflict: boolean } {
  const byValue = new Map<string, DateClaim & { last: string }>();
  for (const x of c.mentions) {
    if (x.mention.when.source !== 'stated' || !x.mention.when.time.value) continue;
    const when = x.mention.when.time.value;
    const claim = byValue.get(when) ?? { when, statuses: [], articleIds: [], last: '' };
    if (!claim.statuses.includes(x.mention.status)) claim.statuses.push(x.mention.status);
    if (!claim.articleIds.includes(x.mention.articleId)) claim.articleIds.push(x.mention.articleId);
    if (x.articleDate > claim.last) claim.last = x.articleDate;
    byValue.set(when, claim);
  }
  if (byValue.size < 2) return { claims: [], conflict: false };
  const claims = [...byValue.values()].sort((a, b) => a.last.localeCompare(b.last) || a.when.localeCompare(b.when));
  const intervals = claims.map((x) => edtfToInterval(x.when)).filter((x) => x !== null);
  const conflict = intervals.some((a, i) => intervals.slice(i + 1).some((b) => a.end < b.start || b.end < a.start));
  return { claims: claims.map(({ when, statuses, articleIds }) => ({ when, statuses, articleIds })), conflict };
}

/**
 * The latest article's word on whether the event has happened; but an event whose days were over before that
 * article appeared cannot still be to come (the verb of a recap was misread), and one that had not begun cannot
 * have been reported.
 */
function latestStatus(c: Cluster, days: { start: string; end: string } | null): 'announced' | 'reported' {
  const latest = [...c.mentions].sort((a, b) =>
    a.articleDate < b.articleDate ? 1 : a.articleDate > b.articleDate ? -1 : 0,
  );
  const top = latest[0]?.articleDate;
  const said = latest.some((x) => x.articleDate === top && x.mention.status === 'reported') ? 'reported' : 'announced';
  if (days && top) {
    if (said === 'announced' && days.end < top) return 'reported';
    if (said === 'reported' && days.start > top) return 'announced';
  }
  return said;
}

function mostCommon(values: Array<string | null>): string | null {
  const counts = new Map<string, number>();
  for (const v of values) if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? null;
}

/** The order of a corpus's events: by start (undated last), longer first, containers before parts, then id. */
export function corpusOrder(a: CorpusEvent, b: CorpusEvent): number {
  return (
    (a.start ?? '9999').localeCompare(b.start ?? '9999') ||
    (b.end ?? '').localeCompare(a.end ?? '') ||
    Number(a.parent !== null) - Number(b.parent !== null) ||
    a.id.localeCompare(b.id)
  );
}

/** Turn clusters into the events the timeline shows, with ids, titles, sources and parents. */
export function clustersToEvents(clusters: Cluster[], articles: Map<string, Article>): CorpusEvent[] {
  const drafts = clusters.map((c) => {
    const claim = servedClaim(c);
    const when = claim ? mentionValue(claim.mention) : null;
    const dates = dateClaimsOf(c);
    const interval = when ? edtfToInterval(when) : null;
    const placeId = claim?.mention.placeId ?? mostCommon(c.mentions.map((x) => x.mention.placeId));
    const participants = mergeParticipants(c.mentions.map((x) => x.mention));
    const countries = [...c.countries].sort();
    const befores = c.mentions
      .map((x) => (x.mention.when.source === 'none' ? x.mention.when.before : undefined))
      .filter(Boolean);
    const sources: EventSource[] = [];
    for (const { mention, link } of c.mentions) {
      const article = articles.get(mention.articleId);
      if (!article || sources.some((s) => s.articleId === article.id && s.start === mention.sentence.start)) continue;
      sources.push(toSource(mention, article, link));
    }
    sources.sort((a, b) =>
      a.articleDate === b.articleDate ? a.start - b.start : a.articleDate < b.articleDate ? -1 : 1,
    );
    const key = c.bodyId ?? (countries.length ? countries.join('-') : (placeId ?? ''));
    const earliestSource = sources.map((s) => `${s.articleId}:${String(s.start).padStart(9, '0')}`).sort()[0] ?? '';
    const event: CorpusEvent = {
      id: '',
      type: c.type,
      title: eventTitles({ type: c.type, bodyId: c.bodyId, ordinal: c.ordinal, placeId, countries, participants }),
      start: interval?.start ?? null,
      end: interval?.end ?? null,
      when,
      before: interval ? null : ((befores.sort()[0] as string | undefined) ?? null),
      status: latestStatus(c, interval),
      placeId,
      participants,
      bodyId: c.bodyId,
      ordinal: c.ordinal,
      parent: null,
      sources,
      dateClaims: dates.claims,
      dateConflict: dates.conflict,
    };
    return { event, base: baseEventId(event.start, c.type, key), earliestSource, cluster: c };
  });
  const ids = disambiguate(drafts);
  drafts.forEach((d, i) => (d.event.id = ids[i] ?? d.base));
  extendVisitsOverTheirParts(drafts.map((d) => d.event));
  assignParents(drafts.map((d) => d.event));
  shareParentsPeople(drafts.map((d) => d.event));
  return drafts.map((d) => d.event).sort(corpusOrder);
}

/**
 * A talk, session, statement or briefing inside the days of a visit or summit that shares an actor or place with it
 * is part of it. The tightest such container is the parent. Only `events` get a parent; the containers may be
 * more (an added article's events, inside visits it did not touch).
 */
export function assignParents(events: CorpusEvent[], among: readonly CorpusEvent[] = events): void {
  const containers = new DayIndex<CorpusEvent>();
  for (const p of among)
    if (CONTAINER_TYPES.has(p.type) && p.start && p.end) containers.add(p, { start: p.start, end: p.end });
  for (const child of events) {
    if (!PART_TYPES.has(child.type) || !child.start || !child.end) continue;
    const inner = { start: child.start, end: child.end };
    const childActors = new Set(child.participants.map((p) => p.actorId));
    const candidates = [...containers.near(inner)].filter(
      (p) =>
        p !== child &&
        p.start &&
        p.end &&
        contains({ start: p.start, end: p.end }, inner) &&
        (p.participants.some((x) => childActors.has(x.actorId)) || (p.placeId !== null && p.placeId === child.placeId)),
    );
    const tightest = candidates.sort((a, b) => span(a) - span(b) || a.id.localeCompare(b.id))[0];
    child.parent = tightest?.id ?? null;
  }
}

/**
 * A visit reported by the day it began (`визит начался вчера`) lasts as long as its talks and signings: a part
 * with the same two or more people, starting within three days of the visit's start, extends it.
 */
function extendVisitsOverTheirParts(events: CorpusEvent[]): void {
  for (const visit of events) {
    // Only a visit dated by a single day (its arrival) is stretched; a stated span is the text's word on it.
    if (!visit.type.endsWith('visit') || !visit.start || !visit.end || visit.start !== visit.end) continue;
    const people = new Set(
      visit.participants.filter((p) => actorById(p.actorId)?.kind === 'person').map((p) => p.actorId),
    );
    if (people.size === 0) continue;
    const limit = addDays(visit.start, 3);
    let end = visit.end;
    for (const part of events) {
      if (!PART_TYPES.has(part.type) || !part.start || !part.end || part.start < visit.start || part.start > limit)
        continue;
      const shared = part.participants.filter((p) => people.has(p.actorId)).length;
      if (shared >= Math.min(2, people.size + 1) && shared >= 2 && part.end > end) end = part.end;
    }
    if (end !== visit.end) {
      visit.end = end;
      visit.when = `${visit.start}/${end}`;
    }
  }
}

/**
 * What a part of a visit names by country (`Kazakhstan and Türkiye signed …`) was done by the visit's people: a
 * country stands for its people in the parent event, and a part that names nobody takes the parent's people.
 */
function shareParentsPeople(events: CorpusEvent[]): void {
  const byId = new Map(events.map((e) => [e.id, e]));
  for (const child of events) {
    const parent = child.parent ? byId.get(child.parent) : undefined;
    if (!parent) continue;
    const people = parent.participants.filter((p) => actorById(p.actorId)?.kind === 'person');
    if (child.participants.length === 0) {
      child.participants = people.map((p) => ({ actorId: p.actorId, role: 'participant' }));
      continue;
    }
    const out: Participant[] = [];
    for (const p of child.participants) {
      const actor = actorById(p.actorId);
      const theirs = actor?.kind === 'country' ? people.filter((x) => actorById(x.actorId)?.country === actor.id) : [];
      if (theirs.length === 0) out.push(p);
      for (const x of theirs)
        if (!out.some((o) => o.actorId === x.actorId)) out.push({ actorId: x.actorId, role: p.role });
    }
    child.participants = out;
  }
}

function span(e: CorpusEvent): number {
  return Date.parse(e.end ?? '') - Date.parse(e.start ?? '');
}
