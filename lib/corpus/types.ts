import type { Article, ArticleFailure, Language } from '../article/types';
import type { TimeMention } from '../time/types';
import type { EventMention, EventStatus, EventType, Participant } from '../events/types';

export type UiLocale = 'kk' | 'ru' | 'en';

/** One quoted sentence that supports an event: `quote === article.text.slice(start, end)`. */
export interface EventSource {
  articleId: string;
  articleDate: string;
  language: Language;
  start: number;
  end: number;
  quote: string;
  trigger: { start: number; end: number };
  status: EventStatus;
  /** Why this mention has the date it has: the expression and rule, or the inheritance. */
  dateReason: string;
  timeText: string | null;
}

/** A real-world event, merged from every mention of it across the corpus. */
export interface CorpusEvent {
  /** Stable and readable: date + type + main actors, e.g. `2025-11-14-state-visit-kz-uz`. */
  id: string;
  type: EventType;
  title: Record<UiLocale, string>;
  /** ISO dates; null when undated. */
  start: string | null;
  end: string | null;
  /** EDTF value, or null when undated. */
  when: string | null;
  /** For an undated event: the latest date it must precede (from a past-tense report). */
  before: string | null;
  status: EventStatus;
  placeId: string | null;
  participants: Participant[];
  parent: string | null;
  sources: EventSource[];
}

export interface AnalysedArticle {
  article: Article;
  times: TimeMention[];
  events: EventMention[];
}

export interface Corpus {
  articles: AnalysedArticle[];
  failures: ArticleFailure[];
  events: CorpusEvent[];
}
