import type { Metadata } from 'next';
import { getDictionary } from '@/app/_i18n/dictionary';
import { requestLocale, type SearchParams } from '@/app/_lib/view/locale';
import { briefingFromSearch } from '@/app/_lib/present/briefing';
import { PresenterConsole } from '@/app/_components/present/presenter-console';

export async function generateMetadata(): Promise<Metadata> {
  const t = getDictionary(await requestLocale());
  return { title: t.present.presenterTitle, robots: { index: false } };
}

/**
 * `/present/presenter?…&step=3`: the presenter's own window of a briefing (notes, next event, clock), opened from
 * the audience screen with the same query and moving with it.
 */
export default async function PresenterPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const b = await briefingFromSearch(await searchParams);
  const t = b.t;
  return (
    <PresenterConsole
      slides={b.slides}
      initialStep={b.initialStep}
      baseQuery={b.baseQuery}
      t={{ present: t.present, details: t.details, evidence: t.evidence, app: t.app, locale: t.locale }}
    />
  );
}
