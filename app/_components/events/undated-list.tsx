import type { Dictionary } from '@/app/_i18n/types';
import type { EventView } from '@/app/_lib/event/event-details';
import { localHref } from '@/app/_lib/view/locale';
import { SelectLink } from '@/app/_components/selection/select-link';
import { ShownIf } from '@/app/_components/selection/selection-context';

/**
 * Events the sources give no date for: listed beside the timeline, never put on its axis at a made-up date.
 * Each entry selects the event like a timeline item does (and is a plain link to `/?event=` without JavaScript).
 */
export function UndatedList({ events, t }: { events: EventView[]; t: Dictionary }) {
  return (
    <section
      aria-labelledby="undated-heading"
      className="rounded-lg border border-dashed border-ink/30 bg-white/60 p-3"
      data-testid="undated"
    >
      <h3 id="undated-heading" className="font-semibold">
        {t.timeline.undated}
      </h3>
      <p className="mb-2 text-xs text-ink-soft">{t.timeline.undatedHelp}</p>
      {events.length === 0 ? (
        <p className="text-sm text-ink-soft">{t.timeline.noUndated}</p>
      ) : (
        <ul className="flex flex-wrap gap-2">
          {events.map((e) => (
            <ShownIf key={e.id} eventId={e.id}>
              <li className={`type-badge t-${e.type} rounded px-2 py-1 text-sm`}>
                <SelectLink
                  eventId={e.id}
                  href={localHref('/', t.locale, { event: e.id })}
                  className="font-medium text-ink underline-offset-2 hover:underline aria-[current=true]:underline"
                >
                  <span className="block text-xs uppercase tracking-wide text-ink-soft">{e.typeLabel}</span>
                  <span className="block">{e.title}</span>
                </SelectLink>
                <span className="block text-xs text-ink-soft">{e.dateLabel}</span>
              </li>
            </ShownIf>
          ))}
        </ul>
      )}
    </section>
  );
}
