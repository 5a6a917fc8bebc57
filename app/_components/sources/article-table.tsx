import Link from 'next/link';
import { citationCount } from '@/lib/corpus/query';
import type { CorpusView } from '@/lib/corpus/types';
import { fill } from '@/app/_i18n/dictionary';
import type { Dictionary } from '@/app/_i18n/types';
import { formatIsoDate } from '@/app/_lib/view/dates';
import { localHref } from '@/app/_lib/view/locale';

/** Rows per page: ten thousand articles on one page would be megabytes of HTML. */
export const ARTICLES_PER_PAGE = 200;

/** The pages of the table: 1-based, clamped to those that exist. */
export function articlePage(
  requested: unknown,
  total: number,
): { page: number; pages: number; first: number; last: number } {
  const pages = Math.max(1, Math.ceil(total / ARTICLES_PER_PAGE));
  const n = typeof requested === 'string' && /^\d{1,6}$/.test(requested) ? Number(requested) : 1;
  const page = Math.min(Math.max(n, 1), pages);
  const first = (page - 1) * ARTICLES_PER_PAGE;
  return { page, pages, first, last: Math.min(first + ARTICLES_PER_PAGE, total) };
}

/** The articles read, a page at a time: id, date, title, language, how many events cite it, its reading problems. */
export function ArticleTable({ corpus, t, page: requested }: { corpus: CorpusView; t: Dictionary; page?: unknown }) {
  const s = t.sources;
  const { page, pages, first, last } = articlePage(requested, corpus.articles.length);
  const pageHref = (n: number) => localHref('/articles', t.locale, n === 1 ? {} : { page: String(n) });
  // Above the table a navigation landmark; below it the same links again, without a second landmark of that name.
  const pager = (Tag: 'nav' | 'div') =>
    pages > 1 && (
      <Tag
        aria-label={Tag === 'nav' ? s.pages : undefined}
        className="my-2 flex flex-wrap items-center gap-3 text-sm"
        data-testid="article-pages"
      >
        <span>
          {fill(s.pageRange, { from: String(first + 1), to: String(last), total: String(corpus.articles.length) })}
        </span>
        {page > 1 && (
          <Link className="text-accent underline" href={pageHref(page - 1)} rel="prev">
            {s.previousPage}
          </Link>
        )}
        {page < pages && (
          <Link className="text-accent underline" href={pageHref(page + 1)} rel="next">
            {s.nextPage}
          </Link>
        )}
      </Tag>
    );
  return (
    <section aria-labelledby="articles-heading" className="mt-8">
      <h2 id="articles-heading" className="mb-2 text-xl font-bold">
        {s.articles} ({corpus.articles.length})
      </h2>
      {pager('nav')}
      <div className="overflow-x-auto rounded-lg border border-ink/10 bg-white">
        <table className="w-full text-left text-sm" data-testid="articles-table">
          <thead className="bg-ink/5">
            <tr>
              {[s.file, s.date, s.title, s.language, s.events, s.problems].map((heading) => (
                <th key={heading} scope="col" className="p-2">
                  {heading}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-ink/10">
            {corpus.articles.slice(first, last).map(({ article }) => (
              <tr key={article.id} data-article-id={article.id}>
                <td className="max-w-[9rem] break-all p-2 font-mono text-xs">{article.fileName}</td>
                <td className="whitespace-nowrap p-2">
                  <time dateTime={article.date}>{formatIsoDate(article.date, t.locale)}</time>
                </td>
                {/* A title keeps a readable width; on a phone the table scrolls sideways in its box instead. */}
                <td className="min-w-56 p-2" lang={article.language}>
                  <Link
                    className="text-accent underline"
                    href={localHref(`/articles/${encodeURIComponent(article.id)}`, t.locale)}
                  >
                    {article.title}
                  </Link>
                </td>
                <td className="p-2">
                  {t.languages[article.language]} ({article.script})
                </td>
                <td className="p-2">{citationCount(corpus, article.id)}</td>
                <td className="p-2">
                  {article.problems.length === 0 ? (
                    <span className="text-ink-soft">{s.none}</span>
                  ) : (
                    <ul className="list-disc pl-4 text-amber-800">
                      {article.problems.map((p) => (
                        <li key={p}>{p}</li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {pager('div')}
    </section>
  );
}
