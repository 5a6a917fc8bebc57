import type { Metadata } from 'next';
import { getCorpus } from '@/app/_lib/corpus-store';
import { getDictionary } from '@/app/_i18n/dictionary';
import { localeFromSearch, requestLocale, type SearchParams } from '@/app/_lib/locale';
import { parseView } from '@/app/_lib/view-state';
import { briefingSlides } from '@/app/_lib/slides';
import { Presenter } from '@/app/_components/present/presenter';

export async function generateMetadata(): Promise<Metadata> {
  const t = getDictionary(await requestLocale());
  return { title: t.present.title };
}

/** `/present?…&step=3`: briefing mode over the timeline's view (same filters), one event per step. */
export default async function PresentPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const search = await searchParams;
  const t = getDictionary(localeFromSearch(search));
  const view = parseView(search);
  const { slides, undated, total } = briefingSlides(await getCorpus(), view, t);
  const requested = Number(typeof search.step === 'string' ? search.step : NaN);
  const byEvent = view.event === null ? -1 : slides.findIndex((s) => s.view.id === view.event);
  const initial = Number.isInteger(requested) && requested >= 1 ? Math.min(requested, slides.length) - 1 : Math.max(byEvent, 0);
  return (
    <Presenter
      slides={slides}
      initialStep={Math.max(initial, 0)}
      undated={undated}
      total={total}
      t={{ present: t.present, details: t.details, evidence: t.evidence, app: t.app, locale: t.locale }}
    />
  );
}
