import { articleIdFromFileName, readArticle } from '../article/read-article';
import type { Article, ArticleFailure } from '../article/types';
import { extractEvents } from '../events/extract-events';
import { pluginFor } from '../lang/registry';
import { tagArticleTimes } from '../time/tag-times';
import { eventInOriginal, respeltArticle, timeInOriginal } from './respelt';
import { clusterMentions } from './cluster';
import { clustersToEvents } from './to-events';
import { mentionsOf } from './mention-facts';
import type { AnalysedArticle, Corpus } from './types';

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

/** One file, parsed: its analysis, or why it is not an article. Plain JSON, so the app can cache it on disk. */
export type FileAnalysis = { ok: true; analysed: AnalysedArticle } | { ok: false; failure: ArticleFailure };

/**
 * The per-file pipeline: read the bytes (header, encoding, language), tag, extract. Never throws: a parser bug costs
 * this one article, not the corpus. The app runs it in worker threads and caches its result per file.
 */
export function analyseFile(fileName: string, bytes: Uint8Array): FileAnalysis {
  try {
    const read = readArticle(fileName, bytes);
    return read.ok ? { ok: true, analysed: analyseArticle(read.article) } : read;
  } catch (e) {
    return {
      ok: false,
      failure: {
        id: articleIdFromFileName(fileName),
        fileName,
        reason: `could not be parsed: ${(e as Error).message}`,
      },
    };
  }
}

/**
 * The whole pipeline over a folder's files: each file through `analyseFile`, then the merge. A file that cannot be
 * read becomes a failure with its reason; every other file still counts.
 */
export function buildCorpus(files: SourceFile[]): Corpus {
  const failures: ArticleFailure[] = [];
  const articles: AnalysedArticle[] = [];
  for (const file of files) {
    if (!file.bytes) {
      failures.push({
        id: articleIdFromFileName(file.fileName),
        fileName: file.fileName,
        reason: file.error ?? 'the file could not be read',
      });
      continue;
    }
    const result = analyseFile(file.fileName, file.bytes);
    if (result.ok) articles.push(result.analysed);
    else failures.push(result.failure);
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
