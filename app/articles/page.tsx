import type { Metadata } from 'next';
import { getCorpus } from '@/app/_lib/corpus';
import { getDictionary } from '@/app/_i18n/dictionary';
import { requestLocale, localeFromSearch, type SearchParams } from '@/app/_lib/view/locale';
import { PageShell } from '@/app/_components/layout/page-shell';
import { ArticleTable } from '@/app/_components/sources/article-table';
import { FailureList } from '@/app/_components/sources/failure-list';

export async function generateMetadata(): Promise<Metadata> {
  return { title: getDictionary(await requestLocale()).sources.heading };
}

export default async function SourcesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const search = await searchParams;
  const t = getDictionary(localeFromSearch(search));
  const corpus = await getCorpus();
  return (
    <PageShell t={t} path="/articles" current="sources">
      <h1 className="text-2xl font-bold">{t.sources.heading}</h1>
      <p className="mb-6 text-ink-soft">{t.sources.intro}</p>
      <FailureList failures={corpus.failures} t={t} />
      <ArticleTable corpus={corpus} t={t} page={search.page} />
    </PageShell>
  );
}
