import type { Article, ArticleFailure, Language } from '../article/types';
import type { TimeMention } from '../time/types';
import type { EventMention, EventStatus, EventType, Participant } from '../events/types';
import type { Link } from './link';
import type { EventCorrections } from './corrections/types';

export type { Link, LinkReason, LinkCode } from './link';

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
  /**
   * The date this source itself gives the event (EDTF), and how: stated in the sentence, inherited (`from` the
   * article's date or the event it is part of), or none.
   */
  claim: { when: string | null; how: 'stated' | 'inherited' | 'none'; from?: 'article-date' | 'parent' };
  /** Why the merge put this source under the event: the evidence and its weights (`first` for the one it began with). */
  link: Link;
}

/** Sources that give an event different dates: each date, with the statuses and articles that give it. */
export interface DateClaim {
  when: string;
  statuses: EventStatus[];
  articleIds: string[];
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
  /** The body whose meeting this is (`sco`), and which of its meetings (`7` for the VII one), when named. */
  bodyId: string | null;
  ordinal: number | null;
  parent: string | null;
  sources: EventSource[];
  /**
   * The dates its sources give, when they differ (`announced for 11–12 Nov, reported on 11 Nov`), latest article
   * last; empty when they agree. `dateConflict` is true when two of them cannot both be right (no day in common).
   */
  dateClaims: DateClaim[];
  dateConflict: boolean;
  /** What editors changed (corrections/apply.ts): absent on an event no one corrected. */
  corrections?: EventCorrections;
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

/** What a listing shows of an article: everything but its text and what was found in it. */
export type ArticleSummary = Pick<Article, 'id' | 'fileName' | 'date' | 'title' | 'language' | 'script' | 'problems'>;

/**
 * The corpus as pages read it: every event and failure, and a summary of each article. A full `Corpus` is one; a
 * server that only serves (it merges nothing) holds no more than this, and reads an article's text when a page
 * asks for it (a hundred thousand articles' texts and analyses would be most of its memory).
 */
export interface CorpusView {
  articles: ReadonlyArray<{ article: ArticleSummary }>;
  failures: ArticleFailure[];
  events: CorpusEvent[];
}
