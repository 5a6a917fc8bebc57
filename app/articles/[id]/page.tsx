import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getArticle, getCorpus } from '@/app/_lib/corpus';
import { getDictionary } from '@/app/_i18n/dictionary';
import { localHref, localeFromSearch, type SearchParams } from '@/app/_lib/view/locale';
import { articleMarks } from '@/app/_lib/article/article-marks';
import { decodeParam } from '@/app/_lib/api/route-param';
import { PageShell } from '@/app/_components/layout/page-shell';
import { MarkedText } from '@/app/_components/article/marked-text';
import { ArticleMeta } from '@/app/_components/article/article-meta';
import { MarksLegend } from '@/app/_components/article/marks-legend';
import { HashHighlighter } from '@/app/_components/article/hash-highlighter';
import { ArticleEvents } from '@/app/_components/article/article-events';
import { AttachSelection } from '@/app/_components/corrections/attach-selection';
import { currentEditor } from '@/app/_lib/editors/session';
import { correctEvent } from '@/app/_actions/correct-event';

interface Props {
  params: Promise<{ id: string }>;
  searchParams: Promise<SearchParams>;
}

async function load({ params, searchParams }: Props) {
  const [{ id }, search] = await Promise.all([params, searchParams]);
  const [corpus, analysed] = await Promise.all([getCorpus(), getArticle(decodeParam(id))]);
  if (!analysed) notFound();
  return { corpus, analysed, t: getDictionary(localeFromSearch(search)) };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { analysed } = await load(props);
  return { title: analysed.article.title };
}

export default async function ArticlePage(props: Props) {
  const { corpus, analysed, t } = await load(props);
  const { article } = analysed;
  const { sentences, marks, events } = articleMarks(corpus, analysed, t);
  const links = { events, label: t.article.toEvent, locale: t.locale };
  const editor = await currentEditor();
  return (
    <PageShell t={t} path={`/articles/${encodeURIComponent(article.id)}`} current="sources">
      <article className="mx-auto max-w-3xl" lang={article.language}>
        <header className="mb-6 space-y-3">
          <h1 className="text-3xl font-bold leading-tight" data-testid="article-title">
            <MarkedText text={article.text} range={article.titleSpan} sentences={sentences} marks={marks} />
          </h1>
          <ArticleMeta article={article} t={t} />
        </header>
        <MarksLegend t={t} />
        <h2 className="sr-only">{t.article.text}</h2>
        <div className="article-text mt-4 text-lg leading-relaxed" data-testid="article-text" data-article-text="">
          <MarkedText text={article.text} range={article.body} sentences={sentences} marks={marks} links={links} />
        </div>
        <ArticleEvents corpus={corpus} articleId={article.id} t={t} />
        <p className="mt-8" lang={t.locale}>
          <Link className="text-accent underline" href={localHref('/articles', t.locale)}>
            ← {t.article.backToSources}
          </Link>
        </p>
      </article>
      <HashHighlighter />
      {editor && (
        <AttachSelection
          articleId={article.id}
          csrf={editor.csrf}
          lang={t.locale}
          labels={{
            heading: t.editing.attachHeading,
            event: t.editing.attachEvent,
            reason: t.editing.reason,
            attach: t.editing.attach,
          }}
          action={correctEvent}
        />
      )}
    </PageShell>
  );
}
