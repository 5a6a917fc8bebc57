import type { Language, Script, Span } from '../model';

// The shared vocabulary lives in lib/model.ts; re-exported for the article stage's own users.
export type { Language, Script, Span } from '../model';

/** `ТАШКЕНТ. KAZINFORM –`: where the report was filed, and by whom. */
export interface Dateline extends Span {
  place: string;
  agency: string;
}

/**
 * One article file, read. `text` is the whole file as decoded (header line included), so that every
 * offset in the app — title, dateline, sentences, mentions — points into one string.
 */
export interface Article {
  id: string;
  fileName: string;
  /** ISO date from the header line: the reference date for every relative expression. */
  date: string;
  title: string;
  titleSpan: Span;
  /** Everything after the header line. */
  body: Span;
  dateline: Dateline | null;
  language: Language;
  script: Script;
  text: string;
  /** The title first (a headline is a sentence for extraction), then the body's sentences in order. */
  sentences: Span[];
  /** Non-fatal issues found while reading. */
  problems: string[];
}

/** A file that could not be read as an article: reported, never fatal to the rest of the corpus. */
export interface ArticleFailure {
  id: string;
  fileName: string;
  reason: string;
}

export type ReadResult = { ok: true; article: Article } | { ok: false; failure: ArticleFailure };
