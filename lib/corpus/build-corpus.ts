import { readArticle } from '../article/read-article';
import type { Article, ArticleFailure } from '../article/types';
import { extractEvents } from '../events/extract-events';
import { pluginFor } from '../lang/registry';
import { tagArticleTimes } from '../time/tag-times';
import { eventInOriginal, respeltArticle, timeInOriginal } from './respelt';
import { clusterMentions } from './cluster';
import { clustersToEvents } from './to-events';
import { mentionsOf } from './mention-facts';
import type { AnalysedArticle, Corpus } from './types';
import { articleIdFromFileName } from '../article/read-article';

/** One file as the app found it: its bytes, or why they could not be read. */
export interface SourceFile {
  fileName: string;
  bytes: Uint8Array | null;
  error?: string;
}

/**
 * Parse one article: its time expressions and event mentions, with the grammars of its language's plug-in. An
 * article in a spelling variant (Kazakh 2018 Latin) is read respelt, its spans mapped back. Never throws on bad text.
 */
export function analyseArticle(article: Article): AnalysedArticle {
  const plugin = pluginFor(article.language);
  const respelling = plugin.respell?.(article.text, article.script) ?? null;
  const read = respelling ? respeltArticle(article, respelling) : article;
  const times = tagArticleTimes(read, plugin.timeLanguage(article.script));
  const events = extractEvents(read, times, plugin.eventGrammar(article.script));
  if (!respelling) return { article, times, events };
  return {
    article,
    times: times.map((t) => timeInOriginal(t, article.text, respelling)),
    events: events.map((m) => eventInOriginal(m, article.text, respelling)),
  };
}

/**
 * The whole pipeline over a folder's files: read, tag, extract, merge. A file that cannot be read becomes a
 * failure with its reason; every other file still counts.
 */
export function buildCorpus(files: SourceFile[]): Corpus {
  const failures: ArticleFailure[] = [];
  const articles: AnalysedArticle[] = [];
  for (const file of files) {
    const id = articleIdFromFileName(file.fileName);
    if (!file.bytes) {
      failures.push({ id, fileName: file.fileName, reason: file.error ?? 'the file could not be read' });
      continue;
    }
    try {
      const read = readArticle(file.fileName, file.bytes);
      if (read.ok) articles.push(analyseArticle(read.article));
      else failures.push(read.failure);
    } catch (e) {
      // A parser bug must cost one article, not the corpus.
      failures.push({ id, fileName: file.fileName, reason: `could not be parsed: ${(e as Error).message}` });
    }
  }
  return mergeAnalysed(articles, failures);
}

/**
 * The cross-article step alone: merge the mentions of already analysed articles into events. `buildCorpus` ends
 * here; the app calls it directly with analyses it cached per file, so that one changed file is the only one
 * re-parsed. Sorts both arrays in place.
 */
export function mergeAnalysed(articles: AnalysedArticle[], failures: ArticleFailure[]): Corpus {
  articles.sort((a, b) => a.article.id.localeCompare(b.article.id));
  const byId = new Map(articles.map((a) => [a.article.id, a.article]));
  const events = clustersToEvents(clusterMentions(mentionsOf(articles)), byId);
  return { articles, failures: failures.sort((a, b) => a.fileName.localeCompare(b.fileName)), events };
}
