import type { EventStatus, EventType, Participant, Span } from '../model';
import type { TimeMention } from '../time/types';

// The shared vocabulary lives in lib/model.ts; re-exported for the events stage's own users.
export { EVENT_TYPES } from '../model';
export type { Actor, ActorKind, ActorRole, EventStatus, EventType, Participant, Place } from '../model';

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
