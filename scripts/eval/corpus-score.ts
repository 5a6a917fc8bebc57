// Scores the events of one corpus against gold events, by the rules of events-dev/README.md (the rules acceptance
// uses on held-out articles): a gold event is found by a served event of its type family with a source sentence
// that overlaps the gold evidence in the same article; dates are compared as day intervals; a key told by several
// articles must come out as one event holding all of them. Pure: events and gold in, figures out.
import { edtfToInterval } from '../../lib/corpus/interval';
import type { CorpusEvent } from '../../lib/corpus/types';
import type { GoldClaim, GoldEvent } from './gold';

/** The scoring families of events-dev/README.md (wider than the merge's: talks and a summit are one family here). */
export function scoringFamily(type: string): string {
  if (type.endsWith('visit')) return 'visit';
  if (['talks', 'summit', 'multilateral-meeting', 'council-session', 'forum'].includes(type)) return 'meeting';
  if (['briefing', 'joint-statement', 'interview', 'press-statement', 'declaration'].includes(type)) return 'statement';
  if (type === 'agreement-signing') return 'agreement';
  if (type === 'phone-call') return 'call';
  return type;
}

type Interval = { start: string; end: string } | null;

function interval(when: string | null): Interval {
  return when ? edtfToInterval(when) : null;
}

function contains(outer: NonNullable<Interval>, inner: NonNullable<Interval>): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

/**
 * The merged gold date and status: the latest article's claim, except that a later, vaguer claim containing an
 * earlier, more precise one does not erase it, and an undated claim erases no date.
 */
export function mergedGold(e: GoldEvent): { when: string | null; status: 'announced' | 'reported' } {
  if (e.merged) return e.merged;
  const claims = [...e.claims].sort((a, b) => a.articleDate.localeCompare(b.articleDate));
  let when: string | null = null;
  for (const c of claims) {
    if (c.when === null) continue;
    const now = interval(when);
    const next = interval(c.when);
    if (now && next && contains(next, now) && (next.start !== now.start || next.end !== now.end)) continue;
    when = c.when;
  }
  return { when, status: claims.at(-1)?.status ?? 'reported' };
}

export interface ServedSource {
  articleId: string;
  start: number;
  end: number;
}

export type ServedEvent = Pick<CorpusEvent, 'id' | 'type' | 'start' | 'end' | 'status'> & { sources: ServedSource[] };

export interface CorpusScores {
  gold: number;
  served: number;
  found: number;
  precision: number;
  recall: number;
  f1: number;
  exactDate: number;
  status: number;
  /** Served events matched to exactly one gold event, of all matched served events. */
  pure: number;
  /** The same, and no source sentence that is evidence of another gold event of its family either. */
  pureStrict: number;
  /** Gold events told by several articles, and how many came out as one served event holding all of them. */
  multi: number;
  merged: number;
  /** … and of those, how many are also pure. */
  mergedClean: number;
  /** B-cubed over gold mentions (one per gold claim). */
  b3: { precision: number; recall: number; f1: number };
  mismatches: string[];
}

const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);
const f1 = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));
const articleIdOf = (fileName: string) => fileName.replace(/\.txt$/i, '');

function overlapsEvidence(s: ServedSource, c: GoldClaim): boolean {
  return s.articleId === articleIdOf(c.fileName) && s.start < c.evidence.end && c.evidence.start < s.end;
}

function servedInterval(e: ServedEvent): Interval {
  return e.start && e.end ? { start: e.start, end: e.end } : null;
}

function datesOverlap(a: Interval, b: Interval): boolean {
  return a !== null && b !== null && a.start <= b.end && b.start <= a.end;
}

/** Served events of the claim's family with a source over its evidence, dated-overlapping ones first. */
function candidatesFor(claims: GoldClaim[], type: string, when: Interval, byArticle: Map<string, ServedEvent[]>): ServedEvent[] {
  const family = scoringFamily(type);
  const hits = new Map<ServedEvent, number>();
  for (const c of claims) {
    for (const e of byArticle.get(articleIdOf(c.fileName)) ?? []) {
      if (scoringFamily(e.type) !== family) continue;
      if (e.sources.some((s) => overlapsEvidence(s, c))) hits.set(e, (hits.get(e) ?? 0) + 1);
    }
  }
  // Dates first (the rule); then, where a sentence tells of two events of one family (a summit and the talks on its
  // sidelines), the one of the gold's own type.
  return [...hits.entries()]
    .sort(
      (a, b) =>
        Number(datesOverlap(servedInterval(b[0]), when)) - Number(datesOverlap(servedInterval(a[0]), when)) ||
        Number(b[0].type === type) - Number(a[0].type === type) ||
        b[1] - a[1] ||
        a[0].id.localeCompare(b[0].id),
    )
    .map(([e]) => e);
}

export function scoreCorpus(gold: GoldEvent[], served: ServedEvent[]): CorpusScores {
  const byArticle = new Map<string, ServedEvent[]>();
  for (const e of served) {
    for (const id of new Set(e.sources.map((s) => s.articleId))) {
      let list = byArticle.get(id);
      if (!list) byArticle.set(id, (list = []));
      list.push(e);
    }
  }
  const mismatches: string[] = [];
  const chosenBy = new Map<ServedEvent, GoldEvent[]>();
  let exact = 0, status = 0, multi = 0, merged = 0;
  const mergedEvents: Array<[GoldEvent, ServedEvent]> = [];
  const show = (e: GoldEvent) => `${e.key} (${e.type} ${mergedGold(e).when ?? 'undated'})`;
  for (const g of gold) {
    const truth = mergedGold(g);
    const articles = new Set(g.claims.map((c) => articleIdOf(c.fileName)));
    if (articles.size > 1) multi++;
    const match = candidatesFor(g.claims, g.type, interval(truth.when), byArticle)[0];
    if (!match) {
      mismatches.push(`missed: ${show(g)} in ${g.claims.map((c) => c.fileName).join(', ')}`);
      continue;
    }
    chosenBy.set(match, [...(chosenBy.get(match) ?? []), g]);
    const want = interval(truth.when);
    const got = servedInterval(match);
    if ((want === null && got === null) || (want && got && want.start === got.start && want.end === got.end)) exact++;
    else mismatches.push(`date: ${show(g)} served as ${match.id} ${got ? `${got.start}/${got.end}` : 'undated'}`);
    if (match.status === truth.status) status++;
    else mismatches.push(`status: ${show(g)} served ${match.status}, expected ${truth.status}`);
    if (articles.size > 1) {
      const has = new Set(match.sources.map((s) => s.articleId));
      const missing = [...articles].filter((a) => !has.has(a));
      if (missing.length === 0) {
        merged++;
        mergedEvents.push([g, match]);
      } else mismatches.push(`split: ${show(g)}: ${match.id} lacks ${missing.join(', ')}`);
    }
  }

  // Pure: chosen by one gold event, and no source over the evidence of another gold event of its family.
  const claimsByArticle = new Map<string, Array<{ g: GoldEvent; c: GoldClaim }>>();
  for (const g of gold) for (const c of g.claims) {
    const id = articleIdOf(c.fileName);
    claimsByArticle.set(id, [...(claimsByArticle.get(id) ?? []), { g, c }]);
  }
  const keysUnder = (e: ServedEvent) => {
    const keys = new Set<string>();
    for (const s of e.sources) for (const { g, c } of claimsByArticle.get(s.articleId) ?? []) {
      if (scoringFamily(g.type) === scoringFamily(e.type) && overlapsEvidence(s, c)) keys.add(g.key);
    }
    return keys;
  };
  let pure = 0;
  let pureStrict = 0;
  const pureSet = new Set<ServedEvent>();
  for (const [e, gs] of chosenBy) {
    const keys = keysUnder(e);
    if (gs.length === 1) {
      pure++;
      pureSet.add(e);
      if (keys.size <= 1) pureStrict++;
    } else mismatches.push(`impure: ${e.id} stands for ${gs.map((g) => g.key).join(' + ')}`);
  }
  const mergedClean = mergedEvents.filter(([, e]) => pureSet.has(e)).length;
  for (const e of served) if (!chosenBy.has(e)) mismatches.push(`spurious: ${e.id} (${e.sources.map((s) => s.articleId).join(', ')})`);

  // B-cubed over gold mentions: each claim's served event is the one of its family over its evidence.
  const mentions = gold.flatMap((g) =>
    g.claims.map((c) => ({ key: g.key, served: candidatesFor([c], g.type, interval(c.when), byArticle)[0] ?? null })),
  );
  const byServed = new Map<ServedEvent, typeof mentions>();
  const byKey = new Map<string, typeof mentions>();
  for (const m of mentions) {
    if (m.served) byServed.set(m.served, [...(byServed.get(m.served) ?? []), m]);
    byKey.set(m.key, [...(byKey.get(m.key) ?? []), m]);
  }
  let bp = 0, br = 0;
  for (const m of mentions) {
    const cluster = m.served ? byServed.get(m.served)! : [m];
    const same = cluster.filter((x) => x.key === m.key).length;
    bp += same / cluster.length;
    br += same / byKey.get(m.key)!.length;
  }
  const b3p = ratio(bp, mentions.length);
  const b3r = ratio(br, mentions.length);

  const found = [...chosenBy.values()].reduce((n, gs) => n + gs.length, 0);
  const precision = ratio(chosenBy.size, served.length);
  const recall = ratio(found, gold.length);
  return {
    gold: gold.length,
    served: served.length,
    found,
    precision,
    recall,
    f1: f1(precision, recall),
    exactDate: ratio(exact, found),
    status: ratio(status, found),
    pure: ratio(pure, chosenBy.size),
    pureStrict: ratio(pureStrict, chosenBy.size),
    multi,
    merged,
    mergedClean,
    b3: { precision: b3p, recall: b3r, f1: f1(b3p, b3r) },
    mismatches,
  };
}
