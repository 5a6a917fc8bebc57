import type { Span } from '../article/types';
import type { TimeMention } from '../time/types';

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

/** How an event mention got its date: stated in its sentence, inherited from context, or none at all. */
export type When =
  | { source: 'stated'; time: TimeMention }
  | { source: 'inherited'; value: string; from: 'article-date' | 'parent'; rule: string }
  | { source: 'none'; before?: string; rule: string };

export interface EventMention {
  articleId: string;
  sentence: Span;
  trigger: Span;
  type: EventType;
  when: When;
  participants: Participant[];
  placeId: string | null;
  status: EventStatus;
  /** An ordinal naming this occurrence of a recurring event (`екінші отырыс` → 2, `VII кездесу` → 7). */
  ordinal: number | null;
  /** A named body the event belongs to (the Supreme Interstate Council, the Consultative Meeting). */
  bodyId: string | null;
  /** "The next summit", «предыдущий форум», `келесі кездесу`: another edition than the one the article is about. */
  relation?: 'next' | 'previous' | null;
  /** For a signing: which kind of document (a declaration, a treaty, a memorandum, a package of documents). */
  document?: 'declaration' | 'treaty' | 'memorandum' | 'documents' | null;
  rule: string;
}
