import { createHash } from 'node:crypto';
import { decodeForIngest, type SourceEncoding } from '@/lib/article/decode';
import { isRealDate, parseHeader } from '@/lib/article/header';
import type { AnalysedArticle } from '@/lib/corpus/types';
import { analyseFile, type FileAnalysis } from '@/lib/corpus/build-corpus';
import { MAX_ARTICLE_BYTES } from '@/lib/model';

/** The most an article may weigh (lib/model.ts): the same on the Add page, on the command line and in the folder. */
export { MAX_ARTICLE_BYTES } from '@/lib/model';

export interface IncomingArticle {
  /** Where it came from (a file name or "pasted text"): for messages and the new name only, never a path. */
  source: string;
  bytes: Uint8Array;
  /** For plain text without a header line: the article's date, YYYY-MM-DD. */
  date?: string | null;
}

export type Prepared =
  | {
      ok: true;
      source: string;
      /** The new file's name in the seeds folder: `<date>-<words of the title>-<8 hex of the content>.txt`. */
      fileName: string;
      /** What will be written: UTF-8, in the seed format. */
      text: string;
      bytes: Uint8Array;
      encoding: SourceEncoding;
      /** "converted from Windows-1251 to UTF-8", "a header line was added", …: what was done to it. */
      notes: string[];
      analysed: AnalysedArticle;
    }
  | { ok: false; source: string; reason: string; tooLarge?: boolean };

const MAX_TITLE = 200;

/** Words of the title, safe anywhere: letters and digits of any script joined by '-', at most 48 characters. */
export function slug(title: string): string {
  const s = title
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48)
    .replace(/-+$/, '');
  return s || 'article';
}

type Unparsed = Omit<Extract<Prepared, { ok: true }>, 'analysed'>;

/**
 * Turns what a user gave (seed-format text, or plain text plus a date) into the file that would be saved, and
 * reads it with the app's own parser. Nothing is written here. Never throws.
 */
export function prepareArticle(incoming: IncomingArticle): Prepared {
  const text = prepareText(incoming);
  return text.ok ? withAnalysis(text, analyseFile(text.fileName, text.bytes)) : text;
}

/** The same, with the parse done by `analyse` (the server's parse threads: a request never parses in the server's thread). */
export async function prepareArticleWith(
  incoming: IncomingArticle,
  analyse: (fileName: string, bytes: Uint8Array) => Promise<FileAnalysis>,
): Promise<Prepared> {
  const text = prepareText(incoming);
  return text.ok ? withAnalysis(text, await analyse(text.fileName, text.bytes)) : text;
}

function withAnalysis(text: Unparsed, analysis: FileAnalysis): Prepared {
  if (!analysis.ok) return { ok: false, source: text.source, reason: analysis.failure.reason };
  return { ...text, notes: [...text.notes, ...analysis.analysed.article.problems], analysed: analysis.analysed };
}

/** The file that would be saved (its name, UTF-8 bytes and notes), before it is parsed. */
function prepareText({ source, bytes, date }: IncomingArticle): Unparsed | Extract<Prepared, { ok: false }> {
  const reject = (reason: string, tooLarge = false) => ({ ok: false as const, source, reason, tooLarge });
  if (bytes.length > MAX_ARTICLE_BYTES) {
    return reject(
      `the file is ${bytes.length.toLocaleString('en-US')} bytes; the limit is ${MAX_ARTICLE_BYTES.toLocaleString('en-US')} bytes (2 MB) per article`,
      true,
    );
  }
  const decoded = decodeForIngest(bytes);
  if (!decoded.ok) return reject(decoded.reason);
  const notes: string[] = [];
  if (decoded.encoding !== 'UTF-8') notes.push(`converted from ${decoded.encoding} to UTF-8`);
  if (decoded.note) notes.push(decoded.note);
  let text = decoded.text.replace(/\r\n?/g, '\n');

  const header = parseHeader(text);
  if (!header.ok) {
    if (/not a real calendar date|no title/.test(header.reason)) return reject(header.reason);
    if (!date)
      return reject(`${header.reason}; for plain text, give the article's date (--date YYYY-MM-DD, or the date field)`);
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
    if (!m || !isRealDate(Number(m[1]), Number(m[2]), Number(m[3])))
      return reject(`the date "${date.slice(0, 40)}" is not a real YYYY-MM-DD date`);
    // Plain text: its first non-empty line is the title, the rest the body.
    const lines = text.split('\n');
    const first = lines.findIndex((l) => l.trim() !== '');
    const title = (lines[first] ?? '').trim().replace(/\s+/g, ' ').slice(0, MAX_TITLE);
    const body = lines
      .slice(first + 1)
      .join('\n')
      .trim();
    if (body === '') return reject('plain text needs a title line and a body; only one line was given');
    text = ` date ${date} ${title}\n${body}\n`;
    notes.push(`a header line with the date ${date} was added`);
  }

  const out = new TextEncoder().encode(text);
  if (out.length > MAX_ARTICLE_BYTES)
    return reject(
      `converted to UTF-8 it is ${out.length} bytes; the limit is ${MAX_ARTICLE_BYTES} bytes per article`,
      true,
    );
  const parsedHeader = parseHeader(text);
  const dateOf = parsedHeader.ok ? parsedHeader.header.date : 'undated';
  const titleOf = parsedHeader.ok ? parsedHeader.header.title : source;
  const hash = createHash('sha256').update(out).digest('hex').slice(0, 8);
  const fileName = `${dateOf}-${slug(titleOf)}-${hash}.txt`;
  return { ok: true, source, fileName, text, bytes: out, encoding: decoded.encoding, notes };
}
