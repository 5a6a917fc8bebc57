import type { Metadata } from 'next';
import { getDictionary } from '@/app/_i18n/dictionary';
import { requestLocale, localeFromSearch, type SearchParams } from '@/app/_lib/view/locale';
import { editorToken } from '@/app/_lib/ingest/editor-auth';
import { PageShell } from '@/app/_components/layout/page-shell';
import { AddForm } from '@/app/_components/add/add-form';

export const dynamic = 'force-dynamic';

export async function generateMetadata(): Promise<Metadata> {
  return { title: getDictionary(await requestLocale()).add.heading, robots: { index: false } };
}

/** `/add`: paste or upload articles, preview what would be extracted, save them (editors, with the token). */
export default async function AddPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const t = getDictionary(localeFromSearch(await searchParams));
  const enabled = editorToken() !== null;
  return (
    <PageShell t={t} path="/add">
      <h1 className="text-2xl font-bold">{t.add.heading}</h1>
      <p className="mb-6 text-ink-soft">{t.add.intro}</p>
      {enabled ? (
        <AddForm labels={t.add} locale={t.locale} />
      ) : (
        <p role="status" data-testid="writing-off" className="rounded-lg border-2 border-amber-300 bg-amber-50 p-4">
          {t.add.off}
        </p>
      )}
    </PageShell>
  );
}
