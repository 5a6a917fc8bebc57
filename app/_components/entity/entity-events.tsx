import type { Dictionary } from '@/app/_i18n/types';
import type { EventView } from '@/app/_lib/event/event-details';
import { formatIsoDate } from '@/app/_lib/view/dates';
import { EventSummary } from '@/app/_components/events/event-summary';

/** The month an event starts in (`2025-11`), its year when that is all the sources give, or null when undated. */
const periodOf = (e: EventView) => (e.dateTime === null ? null : e.dateTime.slice(0, 7));

/** A heading begins with a capital: Intl writes Russian months in lower case (`ноябрь 2025 г.`). */
const capitalised = (text: string, locale: string) => text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);

/**
 * Events in date order, under a heading per month (a year when the sources give only that; undated ones last): the
 * timeline of one person, country or place, rendered on the server.
 */
export function EntityEvents({ events, t, headingId }: { events: EventView[]; t: Dictionary; headingId: string }) {
  const groups = new Map<string | null, EventView[]>();
  for (const e of events) {
    const key = periodOf(e);
    groups.set(key, [...(groups.get(key) ?? []), e]);
  }
  const ordered = [...groups].sort(([a], [b]) => (a === null ? 1 : b === null ? -1 : a < b ? -1 : a > b ? 1 : 0));
  return (
    <div className="space-y-6" data-testid="entity-events">
      {ordered.map(([period, list]) => {
        const id = `${headingId}-${period ?? 'undated'}`;
        return (
          <section key={period ?? 'undated'} aria-labelledby={id}>
            <h3 id={id} className="mb-2 text-lg font-semibold">
              {period === null ? t.entity.undated : capitalised(formatIsoDate(period, t.locale), t.locale)}
            </h3>
            <ol className="divide-y divide-ink/10 rounded-lg border border-ink/10 bg-white">
              {list.map((e) => (
                <li key={e.id} className="grid gap-x-4 px-4 py-2 sm:grid-cols-[16rem_1fr]" data-event-id={e.id}>
                  <EventSummary event={e} t={t} />
                </li>
              ))}
            </ol>
          </section>
        );
      })}
    </div>
  );
}
