import type { Dictionary } from '@/app/_i18n/types';
import type { EventView } from '@/app/_lib/event/event-details';
import { localHref } from '@/app/_lib/view/locale';
import { SelectLink } from '@/app/_components/selection/select-link';
import { ListRow, NoneShown } from './list-row';
import { EventSummary } from './event-summary';
import { RankedRows } from './ranked-rows';

/**
 * Every event the view's filters keep, as a server-rendered list (date, title, type, permalink): works without
 * JavaScript and is the accessible mirror of the timeline (same filters, same selection). A search lists its best
 * matches first (ranked-rows.tsx).
 */
export function EventList({ events, t, linkBase = '/' }: { events: EventView[]; t: Dictionary; linkBase?: string }) {
  return (
    <section
      aria-labelledby="all-events-heading"
      className="mt-10 scroll-mt-4"
      id="event-list"
      tabIndex={-1}
      data-testid="event-list"
    >
      <h2 id="all-events-heading" className="text-xl font-bold">
        {t.list.heading}
      </h2>
      <p className="mb-3 text-sm text-ink-soft">{t.list.intro}</p>
      {events.length === 0 ? (
        <p>{t.list.empty}</p>
      ) : (
        <>
          <NoneShown>{t.filters.noMatches}</NoneShown>
          <ol className="divide-y divide-ink/10 rounded-lg border border-ink/10 bg-white">
            <RankedRows
              rows={events.map((e) => ({
                id: e.id,
                start: e.dateTime,
                row: (
                  <ListRow eventId={e.id} className="grid gap-x-4 px-4 py-2 sm:grid-cols-[16rem_1fr_auto]">
                    <EventSummary event={e} t={t} />
                    <SelectLink
                      eventId={e.id}
                      href={localHref(linkBase, t.locale, { event: e.id })}
                      className="text-sm text-accent underline aria-[current=true]:font-semibold"
                    >
                      {t.timeline.showOnTimeline}
                      <span className="sr-only">: {e.title}</span>
                    </SelectLink>
                  </ListRow>
                ),
              }))}
            />
          </ol>
        </>
      )}
    </section>
  );
}
