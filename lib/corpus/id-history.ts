import type { CorpusEvent } from './types';

/**
 * What became of every event id the app has served. A shared link is a promise: when a later article splits an
 * event in two or joins two into one, or a better parser reads an event differently, the old permalink must still
 * lead somewhere. Each id is remembered by its evidence (the sentences it was read from); an id that disappears
 * is followed to the events that now hold most of that evidence.
 */
export interface IdHistory {
  version: 1;
  /** Current ids and the sentences (`articleId:start`) each stands on. */
  current: Record<string, string[]>;
  /** Former ids → the current ids holding their sentences, most first; empty when all of them are gone. */
  moved: Record<string, string[]>;
}

/** How many former ids are remembered; the oldest are forgotten first (a link years old may then 404). */
const MAX_MOVED = 100_000;

/**
 * The sentences an event stands on. Kept per event object: adding one article keeps nearly every event object of
 * the corpus, and this is asked of all of them each time.
 */
const evidenceCache = new WeakMap<CorpusEvent, { sources: CorpusEvent['sources']; evidence: string[] }>();
function evidenceOf(e: CorpusEvent): string[] {
  const hit = evidenceCache.get(e);
  if (hit && hit.sources === e.sources) return hit.evidence;
  const evidence = [...new Set(e.sources.map((s) => `${s.articleId}:${s.start}`))];
  evidenceCache.set(e, { sources: e.sources, evidence });
  return evidence;
}

export function emptyHistory(): IdHistory {
  return { version: 1, current: {}, moved: {} };
}

/**
 * The history after a new corpus: its events become the current ids; every id that was current and is not any
 * more moves to the events that share its sentences; ids that had moved before follow their successors on.
 */
export function updateIdHistory(previous: IdHistory, events: readonly CorpusEvent[]): IdHistory {
  const current: Record<string, string[]> = Object.create(null) as Record<string, string[]>;
  const bySentence = new Map<string, string[]>();
  for (const e of events) {
    const evidence = evidenceOf(e);
    current[e.id] = evidence;
    for (const key of evidence) {
      const ids = bySentence.get(key);
      if (ids) ids.push(e.id);
      else bySentence.set(key, [e.id]);
    }
  }
  const successors = (evidence: readonly string[]): string[] => {
    const counts = new Map<string, number>();
    for (const key of evidence) for (const id of bySentence.get(key) ?? []) counts.set(id, (counts.get(id) ?? 0) + 1);
    return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([id]) => id);
  };
  const moved = new Map<string, string[]>();
  // Ids that moved before: their successors may have moved since (or come back).
  for (const [id, to] of Object.entries(previous.moved)) {
    if (Object.hasOwn(current, id)) continue;
    const next = new Set<string>();
    for (const t of to) {
      if (Object.hasOwn(current, t)) next.add(t);
      else if (Object.hasOwn(previous.current, t)) for (const s of successors(previous.current[t]!)) next.add(s);
    }
    moved.set(id, [...next]);
  }
  for (const [id, evidence] of Object.entries(previous.current)) {
    if (!Object.hasOwn(current, id)) moved.set(id, successors(evidence));
  }
  const kept = [...moved.entries()].slice(-MAX_MOVED);
  return { version: 1, current, moved: Object.fromEntries(kept) };
}

/**
 * Where a former id leads now: one id (a redirect), several (it was split), none (its sources are gone), or
 * null when the id was never served.
 */
export function movedTo(history: IdHistory, id: string): string[] | null {
  return Object.hasOwn(history.moved, id) ? history.moved[id]! : null;
}

/** Reads a history saved as JSON; anything malformed is an empty history, never an error. */
export function parseIdHistory(json: string): IdHistory {
  try {
    const value = JSON.parse(json) as Partial<IdHistory>;
    if (
      value.version !== 1 ||
      typeof value.current !== 'object' ||
      typeof value.moved !== 'object' ||
      !value.current ||
      !value.moved
    )
      return emptyHistory();
    const clean = (r: object) =>
      Object.fromEntries(
        Object.entries(r).filter(([, v]) => Array.isArray(v) && v.every((x) => typeof x === 'string')),
      ) as Record<string, string[]>;
    return { version: 1, current: clean(value.current), moved: clean(value.moved) };
  } catch {
    return emptyHistory();
  }
}
