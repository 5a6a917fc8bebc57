import { EVENT_TYPES, type EventType } from '@/lib/events/types';
import type { Dictionary } from '@/app/_i18n/types';

/** The colour of every event type present in the corpus, in the vocabulary's order. */
export function TypeLegend({ types, t }: { types: ReadonlySet<EventType>; t: Dictionary }) {
  const shown = EVENT_TYPES.filter((type) => types.has(type));
  return (
    <section aria-labelledby="legend-heading" data-testid="legend">
      <h2 id="legend-heading" className="mb-1 text-sm font-semibold text-ink-soft">
        {t.timeline.legend}
      </h2>
      <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
        {shown.map((type) => (
          <li key={type} className={`t-${type} flex items-center gap-1.5`} data-type={type}>
            <span className="type-swatch" aria-hidden="true" />
            {t.eventTypes[type]}
          </li>
        ))}
      </ul>
    </section>
  );
}
