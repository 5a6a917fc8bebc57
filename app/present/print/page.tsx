import type { Metadata } from 'next';
import { getCorpus } from '@/app/_lib/corpus-store';
import { fill, getDictionary } from '@/app/_i18n/dictionary';
import { localHref, localeFromSearch, requestLocale, type SearchParams } from '@/app/_lib/locale';
import { parseView, withView } from '@/app/_lib/view-state';
import { briefingSlides } from '@/app/_lib/slides';
import { formatIsoDate } from '@/app/_lib/dates';
import { HandoutEvent } from '@/app/_components/print/handout-event';
import { HandoutOverview } from '@/app/_components/print/handout-overview';

export async function generateMetadata(): Promise<Metadata> {
  return { title: getDictionary(await requestLocale()).print.title, robots: { index: false } };
}

/**
 * `/present/print?…&paper=a4|letter`: a handout of the view's dated events: a title page, an overview with the
 * timeline strip, then one event per page with its source sentences. Print it, or save it as PDF.
 */
export default async function PrintPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const search = await searchParams;
  const t = getDictionary(localeFromSearch(search));
  const view = parseView(search);
  const paper = search.paper === 'letter' ? 'letter' : 'a4';
  const { slides, total } = briefingSlides(await getCorpus(), view, t);
  const today = new Date().toISOString().slice(0, 10);
  const query = (p: string) => {
    const q = withView(new URLSearchParams({ paper: p }), { ...view, event: null });
    return localHref('/present/print', t.locale, Object.fromEntries(q));
  };
  return (
    <main className={`handout paper-${paper} mx-auto max-w-4xl bg-white px-8 text-ink`} data-testid="handout">
      <nav aria-label={t.print.paper} className="flex flex-wrap items-center gap-3 border-b border-ink/10 py-3 print:hidden">
        <span className="text-sm font-semibold">{t.print.paper}:</span>
        <a className="text-accent underline aria-[current=true]:font-bold" aria-current={paper === 'a4'} href={query('a4')}>
          {t.print.a4}
        </a>
        <a className="text-accent underline aria-[current=true]:font-bold" aria-current={paper === 'letter'} href={query('letter')}>
          {t.print.letter}
        </a>
        <a className="ml-auto text-accent underline" href={localHref('/', t.locale)}>
          {t.event.backToTimeline}
        </a>
      </nav>
      <section className="handout-page handout-title flex flex-col justify-center py-24" data-testid="handout-title">
        <p className="text-xl font-semibold text-accent-dark">{t.app.name}</p>
        <h1 className="mt-4 text-5xl font-bold">{t.print.title}</h1>
        <p className="mt-6 text-xl">{t.print.intro}</p>
        <p className="mt-6 text-lg">{fill(t.print.eventsCount, { count: String(slides.length) })}</p>
        {total > slides.length && (
          <p className="mt-2 text-lg" data-testid="handout-truncated">
            {fill(t.present.truncated, { shown: String(slides.length), total: String(total) })}
          </p>
        )}
        <p className="mt-2 text-ink-soft">{fill(t.print.generated, { date: formatIsoDate(today, t.locale) })}</p>
      </section>
      <HandoutOverview slides={slides} t={t} />
      {slides.map((s) => (
        <HandoutEvent key={s.view.id} slide={s} t={t} />
      ))}
    </main>
  );
}
