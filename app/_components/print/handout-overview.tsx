import type { Dictionary } from '@/app/_i18n/types';
import type { Slide } from '@/app/_lib/present/slides';

/**
 * The overview: the timeline as a strip of numbered marks, then the events in date order. The strip is inset by
 * half a mark on each side, so that the first and last marks stay inside the printable width.
 */
export function HandoutOverview({ slides, t }: { slides: Slide[]; t: Dictionary }) {
  // Events on (nearly) the same day are stacked instead of printed over each other.
  const rows = slides.map((s, i) => slides.slice(0, i).filter((o) => Math.abs(o.position - s.position) < 0.04).length);
  const height = 2.5 + Math.max(0, ...rows) * 1.9;
  return (
    <section className="handout-overview mt-8" data-testid="handout-overview">
      <h2 className="text-2xl font-bold">{t.print.overview}</h2>
      <div
        className="mx-4 my-6 relative"
        style={{ height: `${height}rem` }}
        aria-hidden="true"
        data-testid="handout-strip"
      >
        <div className="absolute bottom-3 left-0 right-0 h-1 bg-ink/40" />
        {slides.map((s, i) => (
          <span
            key={s.view.id}
            className={`t-${s.view.type} strip-dot absolute grid h-7 w-7 -translate-x-1/2 place-items-center rounded-full border-2 border-white text-xs font-bold text-white`}
            style={{ left: `${s.position * 100}%`, bottom: `${(rows[i] ?? 0) * 1.9}rem` }}
          >
            {i + 1}
          </span>
        ))}
      </div>
      <ol className="space-y-1">
        {slides.map((s, i) => (
          <li
            key={s.view.id}
            className="grid grid-cols-[2rem_minmax(0,1fr)] gap-x-3 [overflow-wrap:anywhere] sm:grid-cols-[2rem_minmax(0,11rem)_minmax(0,1fr)]"
          >
            <span className="font-bold">{i + 1}.</span>
            <span>{s.view.dateLabel}</span>
            <span className="col-start-2 sm:col-start-auto">
              <span className="font-semibold">{s.view.title}</span>{' '}
              <span className="text-ink-soft">({s.view.typeLabel})</span>
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
