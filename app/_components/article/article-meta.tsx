import type { Article } from '@/lib/article/types';
import type { Dictionary } from '@/app/_i18n/types';
import { formatIsoDate } from '@/app/_lib/view/dates';
import { DetailRow } from '@/app/_components/details/detail-row';

/** The article's own date, dateline (place and agency), language, and any problems found while reading it. */
export function ArticleMeta({ article, t }: { article: Article; t: Dictionary }) {
  const a = t.article;
  return (
    <div lang={t.locale} className="space-y-2">
      <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm" data-testid="article-meta">
        <DetailRow label={a.published}>
          <time dateTime={article.date}>{formatIsoDate(article.date, t.locale)}</time>
        </DetailRow>
        {article.dateline && (
          <DetailRow label={a.dateline}>
            <span lang={article.language} data-testid="dateline">
              {article.dateline.place} · {article.dateline.agency}
            </span>
          </DetailRow>
        )}
        <DetailRow label={a.language}>
          {t.languages[article.language]} ({article.script})
        </DetailRow>
      </dl>
      {article.problems.length > 0 && (
        <div role="note" className="rounded border border-amber-300 bg-amber-50 p-3 text-sm">
          <p className="font-semibold">{a.problems}</p>
          <ul className="list-disc pl-5">
            {article.problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
