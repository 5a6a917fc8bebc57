import type { Dictionary } from '@/app/_i18n/types';
import type { Slide } from '@/app/_lib/slides';

/** The overview page: the timeline as a strip of numbered marks, then the events in date order. */
export function HandoutOverview({ slides, t }: { slides: Slide[]; t: Dictionary }) {
  return (
    <section className="handout-page py-10" data-testid="handout-overview">
      <h2 className="text-3xl font-bold">{t.print.overview}</h2>
      <div className="relative my-8 h-16" aria-hidden="true">
        <div className="absolute left-0 right-0 top-7 h-1 bg-ink/40" />
        {slides.map((s, i) => (
          <span
            key={s.view.id}
            className={`t-${s.view.type} strip-dot absolute top-4 grid h-7 w-7 -translate-x-1/2 place-items-center rounded-full border-2 border-white text-xs font-bold text-white`}
            style={{ left: `${s.position * 100}%` }}
          >
            {i + 1}
          </span>
        ))}
      </div>
      <ol className="space-y-2 text-lg">
        {slides.map((s, i) => (
          <li key={s.view.id} className="grid grid-cols-[2rem_14rem_1fr] gap-3">
            <span className="font-bold">{i + 1}.</span>
            <span>{s.view.dateLabel}</span>
            <span>
              <span className="font-semibold">{s.view.title}</span> <span className="text-ink-soft">({s.view.typeLabel})</span>
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
