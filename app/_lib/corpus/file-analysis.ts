import { readArticle } from '@/lib/article/read-article';
import type { ArticleFailure } from '@/lib/article/types';
import { analyseArticle } from '@/lib/corpus/build-corpus';
import type { AnalysedArticle } from '@/lib/corpus/types';
import { articleIdFromFileName } from '@/lib/article/read-article';

/** One file, parsed: its analysis, or why it is not an article. Plain JSON, so it can be cached on disk. */
export type FileAnalysis = { ok: true; analysed: AnalysedArticle } | { ok: false; failure: ArticleFailure };

/** Read and analyse one file's bytes. Never throws: a parser bug costs this one article, not the corpus. */
export function analyseFile(fileName: string, bytes: Uint8Array): FileAnalysis {
  try {
    const read = readArticle(fileName, bytes);
    return read.ok ? { ok: true, analysed: analyseArticle(read.article) } : read;
  } catch (e) {
    const id = articleIdFromFileName(fileName);
    return { ok: false, failure: { id, fileName, reason: `could not be parsed: ${(e as Error).message}` } };
  }
}
