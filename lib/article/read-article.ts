import { findDateline } from './dateline';
import { decodeArticleBytes } from './decode';
import { parseHeader } from './header';
import { PLUGINS } from '../lang/registry';
import { detectLanguage } from './language';
import { splitSentences } from './sentences';
import { textProblems } from './text-problems';
import type { Article, ReadResult } from './types';

/** The article id is its file name without the extension: stable, readable, and safe in a URL path segment. */
export function articleIdFromFileName(fileName: string): string {
  return fileName.replace(/\.txt$/i, '');
}

/** Read one article from its decoded text. Pure: the caller does the I/O. */
export function readArticleText(fileName: string, rawText: string): ReadResult {
  const id = articleIdFromFileName(fileName);
  const fail = (reason: string): ReadResult => ({ ok: false, failure: { id, fileName, reason } });
  // A BOM is not part of the text the reader sees; dropping it keeps offsets aligned with what is shown.
  const text = rawText.charCodeAt(0) === 0xfeff ? rawText.slice(1) : rawText;

  const parsed = parseHeader(text);
  if (!parsed.ok) return fail(parsed.reason);
  const { header } = parsed;
  const bodyEnd = text.trimEnd().length;
  if (bodyEnd <= header.bodyStart) return fail('the article has a header but no body text');

  const problems: string[] = [];
  const dateline = findDateline(text, header.bodyStart);
  if (!dateline) problems.push('the body does not open with a dateline such as "ТАШКЕНТ. KAZINFORM –"');
  problems.push(...textProblems(text));

  const sentencesFrom = dateline ? dateline.end : header.bodyStart;
  const { language, script } = detectLanguage(text.slice(header.bodyStart, bodyEnd), PLUGINS);
  const article: Article = {
    id,
    fileName,
    date: header.date,
    title: header.title,
    titleSpan: header.titleSpan,
    body: { start: header.bodyStart, end: bodyEnd },
    dateline,
    language,
    script,
    text,
    sentences: [header.titleSpan, ...splitSentences(text, sentencesFrom, bodyEnd)],
    problems,
  };
  return { ok: true, article };
}

/** Read one article file's bytes: decoding problems become a failure with the reason, never an exception. */
export function readArticle(fileName: string, bytes: Uint8Array): ReadResult {
  const decoded = decodeArticleBytes(bytes);
  if (!decoded.ok)
    return { ok: false, failure: { id: articleIdFromFileName(fileName), fileName, reason: decoded.reason } };
  const result = readArticleText(fileName, decoded.text);
  if (result.ok && decoded.note) result.article.problems.push(decoded.note);
  return result;
}
