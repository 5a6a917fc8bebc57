import type { Slide } from '@/app/_lib/present/slides';

/** A strip of the briefing's timeline: a dot per event, the current one large and labelled. */
export function TimelineStrip({
  slides,
  current,
  label,
  onSelect,
}: {
  slides: Slide[];
  current: number;
  label: string;
  onSelect: (i: number) => void;
}) {
  // Events on (nearly) the same day are stacked upwards instead of drawn over each other.
  const rows = slides.map((s, i) => slides.slice(0, i).filter((o) => Math.abs(o.position - s.position) < 0.03).length);
  const height = 3.5 + Math.max(0, ...rows) * 1.5;
  return (
    <nav aria-label={label} className="px-6 pb-2 pt-1 sm:px-10" data-testid="present-strip">
      <ol className="relative" style={{ height: `${height}rem` }}>
        <li aria-hidden="true" className="absolute bottom-6 left-0 right-0 h-1 rounded bg-white/40" />
        {slides.map((s, i) => (
          <li
            key={s.view.id}
            className="absolute -translate-x-1/2"
            style={{
              left: `${s.position * 100}%`,
              bottom: `${(rows[i] ?? 0) * 1.5}rem`,
              zIndex: i === current ? 2 : 1,
            }}
          >
            <button
              type="button"
              onClick={() => onSelect(i)}
              aria-current={i === current ? 'step' : undefined}
              aria-label={`${i + 1}. ${s.view.title} (${s.view.dateLabel})`}
              title={`${s.view.title} (${s.view.dateLabel})`}
              className={`t-${s.view.type} strip-dot mb-3 block rounded-full border-2 border-white ${i === current ? 'h-7 w-7' : 'h-4 w-4 -translate-y-1.5'}`}
            />
          </li>
        ))}
      </ol>
      <p className="mt-1 text-center text-lg text-white/90">{slides[current]?.view.dateLabel}</p>
    </nav>
  );
}
