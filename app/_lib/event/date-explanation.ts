import type { CorpusEvent, EventSource } from '@/lib/corpus/types';
import { fill } from '@/app/_i18n/dictionary';
import type { Dictionary } from '@/app/_i18n/types';
import { formatEdtf } from '@/app/_lib/view/dates';

/**
 * Where one source's date comes from, in plain words in the reader's language ("The date comes from «14–15
 * қараша» in this sentence."). Built from the source's structure (`claim.how`, `claim.from`, `timeText`), never
 * from the parser's rule ids, which are for developers.
 */
export function dateExplanation(
  source: EventSource,
  event: Pick<CorpusEvent, 'sources' | 'start'>,
  t: Dictionary,
): string {
  const e = t.evidence;
  const date = source.claim.when ? formatEdtf(source.claim.when, t.locale) : '';
  if (source.link.reasons.some((r) => r.code === 'editor')) return e.dateByEditor;
  if (source.claim.how === 'stated' && source.timeText !== null)
    return fill(e.dateFromText, { text: source.timeText, date });
  if (source.claim.how === 'inherited' && source.claim.from === 'parent') return fill(e.dateFromParent, { date });
  if (source.claim.how === 'inherited') return fill(e.dateFromArticleDate, { date });
  if (event.start === null) return e.dateNowhere;
  const sameArticle = event.sources.some(
    (s) => s !== source && s.articleId === source.articleId && s.claim.how === 'stated',
  );
  return sameArticle ? e.dateFromOtherSentences : e.dateFromOtherArticles;
}

/** A source's place in the list: sentences that state the event's own date first, then other dates, then none. */
export function dateGivingRank(source: EventSource, event: Pick<CorpusEvent, 'when'>): number {
  if (source.claim.how === 'stated') return source.claim.when === event.when ? 0 : 1;
  return source.claim.how === 'inherited' ? 2 : 3;
}

/** The sentence that gives the event its date, for previews: its own evidence, in the reader's language if it can be. */
export function dateGivingSource(
  event: Pick<CorpusEvent, 'sources' | 'when'>,
  locale: string,
): EventSource | undefined {
  const ranked = [...event.sources].sort(
    (a, b) =>
      dateGivingRank(a, event) - dateGivingRank(b, event) ||
      Number(b.language === locale) - Number(a.language === locale),
  );
  return ranked[0];
}
