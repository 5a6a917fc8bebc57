import type { Metadata } from 'next';
import { getDictionary } from '@/app/_i18n/dictionary';
import { requestLocale, type SearchParams } from '@/app/_lib/view/locale';
import { briefingFromSearch } from '@/app/_lib/present/briefing';
import { Presenter } from '@/app/_components/present/presenter';

export async function generateMetadata(): Promise<Metadata> {
  const t = getDictionary(await requestLocale());
  return { title: t.present.title };
}

/** `/present?…&step=3`: briefing mode over the timeline's view (same filters and period), one event per step. */
export default async function PresentPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const b = await briefingFromSearch(await searchParams);
  const t = b.t;
  return (
    <Presenter
      slides={b.slides}
      initialStep={b.initialStep}
      undated={b.undated}
      total={b.total}
      baseQuery={b.baseQuery}
      t={{ present: t.present, details: t.details, evidence: t.evidence, app: t.app, locale: t.locale }}
    />
  );
}
