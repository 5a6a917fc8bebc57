import type { Metadata } from 'next';
import { getCorpus } from '@/app/_lib/corpus';
import { fill, getDictionary } from '@/app/_i18n/dictionary';
import { localHref, localeFromSearch, requestLocale, type SearchParams } from '@/app/_lib/view/locale';
import { parseView, withView } from '@/app/_lib/view/view-state';
import { briefingSlides } from '@/app/_lib/present/slides';
import { formatIsoDate } from '@/app/_lib/view/dates';
import { publicOrigin } from '@/app/_lib/security/origin';
import { filtersInWords, periodInWords } from '@/app/_lib/view/view-words';
import { HandoutEvent } from '@/app/_components/print/handout-event';
import { HandoutOverview } from '@/app/_components/print/handout-overview';
import { PrintButton } from '@/app/_components/print/print-button';

export async function generateMetadata(): Promise<Metadata> {
  return { title: getDictionary(await requestLocale()).print.title, robots: { index: false } };
}

/**
 * `/present/print?…&paper=a4|letter`: a handout of the view's dated events (its filters and period): a title page
 * with the overview, then the events packed several to a page, each kept whole, with page numbers. Print it, or
 * save it as PDF.
 */
export default async function PrintPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const search = await searchParams;
  const t = getDictionary(localeFromSearch(search));
  const view = parseView(search);
  const paper = search.paper === 'letter' ? 'letter' : 'a4';
  const { slides, total } = briefingSlides(await getCorpus(), view, t, await publicOrigin());
  const today = new Date().toISOString().slice(0, 10);
  const period = periodInWords(view, slides, t);
  const query = (p: string) => {
    const q = withView(new URLSearchParams({ paper: p }), { ...view, event: null });
    return localHref('/present/print', t.locale, Object.fromEntries(q));
  };
  return (
    <main className={`handout paper-${paper} mx-auto max-w-4xl bg-white px-4 text-ink sm:px-8`} data-testid="handout">
      <nav
        aria-label={t.print.paper}
        className="flex flex-wrap items-center gap-3 border-b border-ink/10 py-3 print:hidden"
      >
        <PrintButton label={t.print.printNow} />
        <span className="text-sm font-semibold">{t.print.paper}:</span>
        <a
          className="text-accent underline aria-[current=true]:font-bold"
          aria-current={paper === 'a4'}
          href={query('a4')}
        >
          {t.print.a4}
        </a>
        <a
          className="text-accent underline aria-[current=true]:font-bold"
          aria-current={paper === 'letter'}
          href={query('letter')}
        >
          {t.print.letter}
        </a>
        <a
          className="ml-auto text-accent underline"
          href={localHref('/', t.locale, Object.fromEntries(withView(new URLSearchParams(), view)))}
        >
          {t.event.backToTimeline}
        </a>
      </nav>
      <section className="handout-title py-10" data-testid="handout-title">
        <p className="text-xl font-semibold text-accent-dark">{t.app.name}</p>
        <h1 className="mt-2 text-4xl font-bold">{t.print.title}</h1>
        <p className="mt-4 text-lg">{t.print.intro}</p>
        <ul className="mt-4 space-y-1 text-lg">
          {period && <li data-testid="handout-period">{fill(t.print.period, { range: period })}</li>}
          <li data-testid="handout-filters">{filtersInWords(view, t)}</li>
          <li>{fill(t.print.eventsCount, { count: String(slides.length) })}</li>
        </ul>
        {total > slides.length && (
          <p className="mt-2 text-lg" data-testid="handout-truncated">
            {fill(t.present.truncated, { shown: String(slides.length), total: String(total) })}
          </p>
        )}
        <p className="mt-2 text-ink-soft">{fill(t.print.generated, { date: formatIsoDate(today, t.locale) })}</p>
        <HandoutOverview slides={slides} t={t} />
      </section>
      <div className="handout-events">
        {slides.map((s, i) => (
          <HandoutEvent key={s.view.id} slide={s} n={i + 1} t={t} />
        ))}
      </div>
    </main>
  );
}
