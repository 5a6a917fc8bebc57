import type { Article } from '../article/types';
import type { EventMention, When } from '../events/types';
import type { Respelling } from '../lang/plugin';
import type { Span } from '../model';
import type { TimeMention } from '../time/types';

/**
 * An article in a spelling its grammars do not read (Kazakh in the 2018 or 2017 Latin alphabet) is analysed in the
 * respelt copy, and every span found there is mapped back, so that `text.slice(start, end)` of the original is what a
 * mention quotes. These are the two ways.
 */
export function respeltArticle(article: Article, r: Respelling): Article {
  const to = (s: Span): Span => ({ start: r.fromOriginal(s.start), end: r.fromOriginal(s.end) });
  const titleSpan = to(article.titleSpan);
  return {
    ...article,
    text: r.text,
    title: r.text.slice(titleSpan.start, titleSpan.end),
    titleSpan,
    body: to(article.body),
    dateline: article.dateline ? { ...article.dateline, ...to(article.dateline) } : null,
    sentences: article.sentences.map(to),
  };
}

function back(s: Span, r: Respelling): Span {
  return { start: r.toOriginal(s.start), end: r.toOriginal(s.end) };
}

export function timeInOriginal(t: TimeMention, original: string, r: Respelling): TimeMention {
  const span = back(t, r);
  return { ...t, ...span, text: original.slice(span.start, span.end) };
}

export function eventInOriginal(m: EventMention, original: string, r: Respelling): EventMention {
  const when: When =
    m.when.source === 'stated' ? { ...m.when, time: timeInOriginal(m.when.time, original, r) } : m.when;
  return { ...m, sentence: back(m.sentence, r), trigger: back(m.trigger, r), when };
}
