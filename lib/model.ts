/**
 * The vocabulary every stage shares: spans into an article, languages and scripts, event types and statuses, and
 * who and where (actors, places). Its own home, so that an earlier stage (`lib/lang`, `lib/time`) never imports a
 * later one's folder to name these; lib/import-boundaries.test.ts keeps it so.
 */

/** A half-open range of UTF-16 code units into `Article.text`: `text.slice(start, end)`. */
export interface Span {
  start: number;
  end: number;
}

export type Language = 'kk' | 'ru' | 'en' | 'uz';
export type Script = 'Cyrl' | 'Latn';

export const EVENT_TYPES = [
  'state-visit',
  'official-visit',
  'working-visit',
  'informal-visit',
  'visit',
  'talks',
  'summit',
  'multilateral-meeting',
  'council-session',
  'briefing',
  'press-statement',
  'joint-statement',
  'declaration',
  'agreement-signing',
  'phone-call',
  'interview',
  'forum',
  'other',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export type EventStatus = 'announced' | 'reported';

export type ActorKind = 'person' | 'country' | 'body';
export type ActorRole = 'guest' | 'host' | 'participant' | 'chair';

/** An entry of the gazetteer: one real-world person, country or body, named in several languages. */
export interface Actor {
  id: string;
  kind: ActorKind;
  names: { kk: string; ru: string; en: string };
  wikidata?: string;
  /** The country a person or body belongs to (ISO 3166 alpha-2, lower case), for filters and lanes. */
  country?: string;
}

export interface Place {
  id: string;
  names: { kk: string; ru: string; en: string };
  wikidata?: string;
  country?: string;
}

export interface Participant {
  actorId: string;
  role: ActorRole;
}

/** One calendar day in milliseconds (UTC days: no daylight saving in the dates the app computes). */
export const DAY_MS = 86_400_000;

/** The most one article file may weigh, wherever it comes in: the seeds folder, the Add page, the command line. */
export const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;
