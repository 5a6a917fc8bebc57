import Link from 'next/link';
import type { Corpus } from '@/lib/corpus/types';
import type { Dictionary } from '@/app/_i18n/types';
import { formatIsoDate } from '@/app/_lib/dates';
import { localHref } from '@/app/_lib/locale';

/** Every article read: id, date, title, language, how many events cite it, and its reading problems. */
export function ArticleTable({ corpus, t }: { corpus: Corpus; t: Dictionary }) {
  const s = t.sources;
  const eventCount = (id: string) => corpus.events.filter((e) => e.sources.some((src) => src.articleId === id)).length;
  return (
    <section aria-labelledby="articles-heading" className="mt-8">
      <h2 id="articles-heading" className="mb-2 text-xl font-bold">
        {s.articles} ({corpus.articles.length})
      </h2>
      <div className="overflow-x-auto rounded-lg border border-ink/10 bg-white">
        <table className="w-full text-left text-sm" data-testid="articles-table">
          <thead className="bg-ink/5">
            <tr>
              <th scope="col" className="p-2">{s.file}</th>
              <th scope="col" className="p-2">{s.date}</th>
              <th scope="col" className="p-2">{s.title}</th>
              <th scope="col" className="p-2">{s.language}</th>
              <th scope="col" className="p-2">{s.events}</th>
              <th scope="col" className="p-2">{s.problems}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-ink/10">
            {corpus.articles.map(({ article }) => (
              <tr key={article.id} data-article-id={article.id}>
                <td className="p-2 font-mono text-xs">{article.fileName}</td>
                <td className="whitespace-nowrap p-2">
                  <time dateTime={article.date}>{formatIsoDate(article.date, t.locale)}</time>
                </td>
                <td className="p-2" lang={article.language}>
                  <Link className="text-accent underline" href={localHref(`/articles/${encodeURIComponent(article.id)}`, t.locale)}>
                    {article.title}
                  </Link>
                </td>
                <td className="p-2">
                  {t.languages[article.language]} ({article.script})
                </td>
                <td className="p-2">{eventCount(article.id)}</td>
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
    </section>
  );
}
